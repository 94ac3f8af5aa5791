"""An editable install compiles the package where it will be imported from.

The real thing: this interpreter's pip installs a copy of the project with ``-e`` (its
build backend and hook, hatch_build.py), and each module's bytecode is then checked the way
the import system checks it, so the first ``trainer`` run compiles nothing.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from editable_copy import install_editable_copy


def without_bytecode_setting() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def is_current(module: Path) -> bool:
    """True when ``module``'s bytecode is what an import would use without compiling: this
    Python's magic number, checked by the source's time and size, and they match."""
    compiled = Path(importlib.util.cache_from_source(str(module)))
    if not compiled.exists():
        return False
    header = compiled.read_bytes()[:16]
    source = module.stat()
    return (
        header[:4] == importlib.util.MAGIC_NUMBER
        and int.from_bytes(header[4:8], "little") == 0  # timestamp-checked, not hash-based
        and int.from_bytes(header[8:12], "little") == int(source.st_mtime) & 0xFFFFFFFF
        and int.from_bytes(header[12:16], "little") == source.st_size & 0xFFFFFFFF
    )


@pytest.mark.slow
def test_an_editable_install_leaves_every_module_compiled_as_an_import_would(
    tmp_path: Path,
) -> None:
    environment = without_bytecode_setting()
    # A SOURCE_DATE_EPOCH would make py_compile write hash-checked bytecode by default.
    environment["SOURCE_DATE_EPOCH"] = "1700000000"
    package = install_editable_copy(tmp_path, environment)
    modules = sorted(package.rglob("*.py"))
    assert len(modules) > 100
    assert [module for module in modules if not is_current(module)] == []
    # A run from the copy compiles none of the modules on the way to the first question;
    # the probe does see a module whose bytecode is gone.
    assert compiled_on_import(package) == []
    Path(importlib.util.cache_from_source(str(package / "cli" / "__init__.py"))).unlink()
    assert compiled_on_import(package) == [str(package / "cli" / "__init__.py")]


# Runs in a child: SourceLoader.source_to_code is what an import calls to compile a module
# whose bytecode is missing or stale, and only then.
COMPILE_PROBE = """
import importlib._bootstrap_external as external, sys
compiled = []
original = external.SourceLoader.source_to_code
def spy(self, data, path, *args, **kwargs):
    compiled.append(path)
    return original(self, data, path, *args, **kwargs)
external.SourceLoader.source_to_code = spy
import trainer.cli, trainer.cli.app_launcher, trainer.tui.app, trainer.core.store.sqlite
print("\\n".join(path for path in compiled if path.startswith(sys.argv[1])))
"""


def compiled_on_import(package: Path) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", COMPILE_PROBE, str(package)],
        capture_output=True,
        text=True,
        check=True,
        env={
            **without_bytecode_setting(),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(package.parent),
        },
        cwd=package.parent.parent,
    )
    return run.stdout.split()


@pytest.mark.slow
def test_an_editable_install_writes_no_bytecode_when_asked_not_to(tmp_path: Path) -> None:
    package = install_editable_copy(
        tmp_path, {**without_bytecode_setting(), "PYTHONDONTWRITEBYTECODE": "1"}
    )
    assert list(package.rglob("*.pyc")) == []
