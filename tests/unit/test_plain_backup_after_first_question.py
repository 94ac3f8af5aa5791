"""Line mode: today's backup starts once the first question is printed, and still happens."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import START, answer_saved_at, card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.core import backup as backup_module


def test_the_backup_starts_after_the_first_question_is_printed(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    deck = write_deck(tmp_path / "decks", "demo", [card("capital", "Paris")], title="Demo")
    answer_saved_at(data_dir, START - timedelta(days=3))
    printed_when_started: list[str] = []
    real_start = backup_module.DailyBackup.start

    def start_and_note(self: backup_module.DailyBackup) -> backup_module.DailyBackup:
        # What the terminal showed at the moment the real backup thread was started.
        printed_when_started.append(capsys.readouterr().out)
        return real_start(self)

    monkeypatch.setattr(backup_module.DailyBackup, "start", start_and_note)
    monkeypatch.setattr("sys.stdin", io.StringIO("Paris\n"))

    assert main(["quiz", str(deck), "--plain"]) == 0

    assert len(printed_when_started) == 1
    assert "[1/1] What is capital?" in printed_when_started[0]
    assert "Correct" not in printed_when_started[0]  # started before the answer was read
    backups = sorted(path.name for path in paths.backups_dir(data_dir).iterdir())
    assert len(backups) == 1 and backups[0].startswith("trainer-")
