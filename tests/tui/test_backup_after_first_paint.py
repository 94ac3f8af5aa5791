"""Today's backup starts only once the first question is on screen, then runs to the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_support import FROZEN_NOW

from trainer import load_deck, paths
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store
from trainer.tui import app as app_module
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizScreen


def one_review(data_dir: Path, clock: ManualClock) -> None:
    """A database worth backing up: one saved answer, made without a backup."""
    with Store.open(data_dir, clock=clock, backup=False) as store:
        scheduled = Scheduler(fuzz=False).review(None, "good", FROZEN_NOW)
        store.record_review(
            SessionRef(FROZEN_NOW, ("earlier",)),
            NewReview(
                deck_id="earlier",
                card_id="c1",
                kind="text",
                tags=(),
                response="x",
                verdict="correct",
                score=1.0,
                rating="good",
                reviewed_at=FROZEN_NOW,
            ),
            scheduled,
        )


async def test_the_backup_waits_for_the_first_paint(
    data_dir: Path, deck_dir: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shorter than the real delay, yet long enough that the first question of a loaded
    # machine is drawn well before it.
    monkeypatch.setattr(app_module, "BACKUP_AFTER_FIRST_SCREEN_S", 1.5)
    one_review(data_dir, clock)
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
