"""The package build's one hook: an editable install compiles the trainer's modules.

pip compiles every module of a wheel it installs (``pip install .``), so the first
``trainer`` run after that finds them compiled. An editable install (``pip install -e .``)
runs the modules from this source tree instead, where nothing has compiled them: the first
run would compile the forty-odd modules on the way to its first question, some 25 ms that
no later run pays (docs/performance.md). This compiles them at install time, into the tree's
own ``__pycache__`` folders, as Python itself would on that first run. A module edited
afterwards is compiled again on its next import, as always (the bytecode records its
source's size and time).
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path
from py_compile import PycInvalidationMode
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "trainer"


class CompileEditableSources(BuildHookInterface[BuilderConfig]):
    """Compiles the package in place when the wheel being built is an editable one."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # PYTHONDONTWRITEBYTECODE asks that no bytecode be written: then none is.
        if version == "editable" and not sys.dont_write_bytecode:
            compile_package(Path(self.root) / PACKAGE)


def compile_package(package: Path) -> bool:
    """Compile every module under ``package`` beside its source; False if any failed.

    A failure (a read-only tree, a module with a syntax error) never fails the install:
    that module is compiled, or reported, when it is first imported, as without this hook.
    """
    return bool(
        compileall.compile_dir(
            package,
            quiet=2,
            # Checked against the source's size and time, as an import writes it: a
            # SOURCE_DATE_EPOCH in the build's environment would otherwise make it hash-based.
            invalidation_mode=PycInvalidationMode.TIMESTAMP,
        )
    )
