"""The gate: lint, format, types and the architecture's import rules, run as tests.

The README's test command (and so .ci/run) runs these with the rest of the suite, the way
harlequin's `make check` runs its tools: one command, one verdict. The tools read their
settings from pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECKED = ["trainer", "tests", "benchmarks", "docs", "hatch_build.py"]


def tool(name: str) -> str:
    """The command from this venv's test extra (or, failing that, from PATH)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is part of the test extra: pip install -e '.[test]'"
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    result = run(tool("ruff"), "check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_changes_nothing() -> None:
    result = run(tool("ruff"), "format", "--check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    # Files, strictness and the packages without types are set in pyproject.toml.
    result = run(tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_are_kept() -> None:
    # The core never imports a front end or textual; grading imports no store.
    result = run(tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
