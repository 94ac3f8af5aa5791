"""A single user on SQLite never loads psycopg: only the team server's functions import it."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.slow
def test_importing_every_module_of_the_trainer_loads_no_psycopg() -> None:
    code = (
        "import importlib, pkgutil, sys, trainer\n"
        "for module in pkgutil.walk_packages(trainer.__path__, 'trainer.'):\n"
        "    if module.name != 'trainer.__main__':\n"
        "        importlib.import_module(module.name)\n"
        "assert 'trainer.core.server.admin' in sys.modules\n"
        "print(sorted(name for name in sys.modules if name.startswith('psycopg')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
