"""Today's backup starts only once the first question is on screen, then runs to the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from quiz_fixtures import answer_saved_at
from tui_support import FROZEN_NOW

from trainer import load_deck, paths
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import Store
from trainer.tui import app as app_module
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizScreen


async def test_the_backup_waits_for_the_first_paint(
    data_dir: Path, deck_dir: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shorter than the real delay, yet long enough that the first question of a loaded
    # machine is drawn well before it.
    monkeypatch.setattr(app_module, "BACKUP_AFTER_FIRST_SCREEN_S", 1.5)
    answer_saved_at(data_dir, FROZEN_NOW)
    backups = paths.backups_dir(data_dir)
    with Store.open(data_dir, clock=clock, backup_later=True) as store:
        assert store._backup is None  # opening started nothing
        app = TrainerApp(
            store,
            [deck_dir],
            clock=clock,
            scheduler=Scheduler(fuzz=False),
            start_decks=[load_deck(deck_dir / "harbour-talks.yaml")],
            poll_interval=None,
            cursor_blink=False,
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QuizScreen)
            assert store._backup is None  # the question is on screen; the backup waits
            await pilot.pause(2.0)
            assert store._backup is not None
            store.wait_for_backup()
        assert [backup.name for backup in backups.iterdir()] == [
            f"trainer-{FROZEN_NOW.date().isoformat()}.sqlite3"
        ]
