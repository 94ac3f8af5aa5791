"""The full-screen quiz on a team server that goes away and comes back (real app, Pilot)."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ServerDatabase, new_analyst
from test_store_server_life import analyst_name, end_connections, set_login

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tui"))
from tui_support import DECK, FROZEN_NOW, StepTimer, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store.open import open_review_store
from trainer.tui.app import TrainerApp
from trainer.tui.widgets.card_prompt import CardPrompt


async def test_an_answer_while_the_server_is_away_is_kept_in_the_box_and_saved_later(
    pg_database: ServerDatabase, data_dir: Path, tmp_path: Path
) -> None:
    url = new_analyst(pg_database)
    analyst = analyst_name(url)
    decks = tmp_path / "decks"
    write_deck(decks, "harbour-talks.yaml", DECK)
    clock = ManualClock(FROZEN_NOW)
    with open_review_store(data_dir, url, clock=clock) as store:
        app = TrainerApp(
            store,
            [decks],
            start_decks=[load_deck(decks / "harbour-talks.yaml")],
            clock=clock,
            scheduler=Scheduler(fuzz=False),
            timer=StepTimer(),
            poll_interval=None,
            cursor_blink=False,
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press(*"2025-07-25", "enter")  # saved on the server
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            second = app.screen.query_one(CardPrompt).prompt_text
            set_login(pg_database, analyst, allowed=False)
            end_connections(pg_database, analyst)
            await pilot.press(*"29%", "enter")
            await pilot.pause()
            notices = [n.message for n in app._notifications]
            assert any("cannot be reached" in m and "nothing was saved" in m for m in notices), (
                notices
            )
            # Still the same card, the typed answer still in the box to send again.
            assert app.screen.query_one(CardPrompt).prompt_text == second
            assert app.screen.query_one("#answer").value == "29%"  # type: ignore[attr-defined]
            set_login(pg_database, analyst, allowed=True)
            await pilot.press("enter")
            await pilot.pause()
        assert store.review_count() == 2
