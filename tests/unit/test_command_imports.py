"""Each command loads only what it needs: the parser imports only the command it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli import command_named


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["quiz", "deck"], "quiz"),
        (["--data-dir", "quiz", "validate"], "validate"),
        (["--decks", "d1", "--decks", "d2", "history", "--format", "json"], "history"),
        (["--version"], None),
        ([], None),
        (["bogus"], None),
        (["--data=somewhere", "stats"], "stats"),
    ],
)
def test_the_command_is_found_after_the_global_options(
    argv: list[str], command: str | None
) -> None:
    assert command_named(argv) == command


@pytest.mark.slow
def test_validate_loads_neither_the_grader_nor_the_authoring_tools(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from trainer.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'validate', {str(tmp_path)!r}])\n"
        "loaded = [name for name in sys.modules if name.startswith(\n"
        "    ('trainer.core.grading', 'trainer.core.authoring', 'trainer.cli.draft'))]\n"
        "print(sorted(loaded), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_every_command_still_shows_its_options_in_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "quiz", "--help"],
        capture_output=True, text=True, check=True,
    )
    assert "--new-limit" in result.stdout
    listing = subprocess.run(
        [sys.executable, "-m", "trainer", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("quiz", "validate", "history", "stats", "draft", "serve"):
        assert command in listing.stdout
