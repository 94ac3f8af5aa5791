"""The core and the non-interactive commands never load textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import trainer.core


def core_modules() -> list[str]:
    return [
        module.name
        for module in pkgutil.walk_packages(trainer.core.__path__, prefix="trainer.core.")
    ]


def test_core_never_imports_textual() -> None:
    modules = ["trainer", "trainer.paths", "trainer.cli", *core_modules()]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_validate_and_history_commands_never_import_textual(tmp_path) -> None:
    code = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'validate', {str(tmp_path)!r}])\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'history', '--format', 'json'])\n"
        "print('textual' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "False"
