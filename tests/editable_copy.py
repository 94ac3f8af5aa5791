"""A copy of the project installed with ``pip install -e``, as a user's checkout would be.

For the test of the build hook (tests/process/test_editable_install.py) and the benchmark of
the first run after such an install (benchmarks/bench_large.py). This interpreter's pip
installs the copy without dependencies and without build isolation (hatchling and
editables come from the test extra: nothing fetched), into a prefix of its own with
``--ignore-installed``, else pip would uninstall this environment's own trainer to
"upgrade" it. The copy's modules are imported by putting the copy on ``PYTHONPATH``, as the
install's ``.pth`` file would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
# What the build reads: the project's files, the package and the bundled decks it carries.
PROJECT = ("pyproject.toml", "hatch_build.py", "README.md", "trainer", "decks", "seeds")


def install_editable_copy(folder: Path, environment: dict[str, str]) -> Path:
    """Copy the project into ``folder`` (no compiled module), install it editable with
    ``environment``, and return the copy's package folder."""
    copy = folder / "project"
    copy_project(copy, PROJECT)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--ignore-installed",
            "--prefix",
            str(folder / "prefix"),
            "--editable",
            str(copy),
        ],
        check=True,
        capture_output=True,
        env=environment,
    )
    return copy / "trainer"


def copy_project(copy: Path, names: tuple[str, ...]) -> None:
    """Copy ``names`` from the repository into ``copy``, leaving every compiled module."""
    copy.mkdir(parents=True)
    for name in names:
        source = REPOSITORY / name
        if source.is_dir():
            shutil.copytree(
                source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(source, copy / name)
