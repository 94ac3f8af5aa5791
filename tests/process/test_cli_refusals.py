"""The installed `trainer` command refuses bad input with one sentence, before any screen opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A bound on a command that should fail at once, not a measure of its speed.
RUN_LIMIT_S = 60


def trainer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).parent / "trainer"
    return subprocess.run(
        [str(command), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=RUN_LIMIT_S,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize("how", ["--decks", "TRAINER_DECKS"])
def test_the_deck_list_refuses_a_missing_deck_folder(
    how: str, tmp_path: Path, data_dir: Path
) -> None:
    missing = tmp_path / "no-such-decks"
    if how == "--decks":
        result = trainer("--decks", str(missing))
    else:
        result = trainer(env={"TRAINER_DECKS": str(missing)})
    assert result.returncode == 2
    # Nothing drawn: the screen never opened.
    assert result.stdout == ""
    assert result.stderr == (
        f"trainer: the deck folder {missing} (from {how}) does not exist; check the path\n"
    )
    assert not data_dir.exists()


def test_a_quiz_refuses_a_missing_deck_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-decks"
    result = trainer("--decks", str(missing), "quiz", "anything")
    assert result.returncode == 2 and result.stdout == ""
    assert str(missing) in result.stderr and result.stderr.count("\n") == 1


def test_export_anki_refuses_standard_output_and_csv_goes_there(tmp_path: Path) -> None:
    deck = "rubio-dar-call-april-2025"
    refused = subprocess.run(
        [
            str(Path(sys.executable).parent / "trainer"),
            "export",
            deck,
            "--format",
            "anki",
            "-o",
            "-",
        ],
        capture_output=True,
        cwd=tmp_path,
        timeout=RUN_LIMIT_S,
    )
    assert refused.returncode == 2 and refused.stdout == b""
    assert b"standard output" in refused.stderr
    assert not (tmp_path / "-").exists()
    exported = subprocess.run(
        [
            str(Path(sys.executable).parent / "trainer"),
            "export",
            deck,
            "--format",
            "csv",
            "-o",
            "-",
        ],
        capture_output=True,
        cwd=tmp_path,
        timeout=RUN_LIMIT_S,
    )
    assert exported.returncode == 0
    assert exported.stdout.startswith(b"prompt,answer,")
    assert list(tmp_path.iterdir()) == []
