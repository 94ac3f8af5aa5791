"""The quiz the app opens on draws its first question before its store and session exist.

The launcher hands the app the database opened and checked (``OpenedDatabase``); the first
card comes from its reads (``QuizStart``), and the session, the ``Store`` and the scheduler
are built after that frame, or by the first answer that comes sooner. Real SQLite files,
the real app under Pilot, the real scheduler.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tui_support import StepTimer, burst, progress, seed_two_sessions, wait_for, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.quiz_start import QuizStart
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.session_builder import SessionOptions
from trainer.core.store import Store
from trainer.core.store.opened import OpenedDatabase
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizScreen


@pytest.fixture
def opened(data_dir: Path, clock: ManualClock) -> Iterator[OpenedDatabase]:
    with OpenedDatabase.open(data_dir, clock=clock) as database:
        yield database


@pytest.fixture
def deck(deck_dir: Path) -> Deck:
    return load_deck(deck_dir / "harbour-talks.yaml")


def _app(opened: OpenedDatabase, deck: Deck, deck_dir: Path, clock: ManualClock) -> TrainerApp:
    return TrainerApp(
        opened,
        [deck_dir],
        clock=clock,
        scheduler=Scheduler(fuzz=False),
        timer=StepTimer(),
        poll_interval=None,
        cursor_blink=False,
        start_decks=[deck],
    )


def _prompt(app: TrainerApp) -> str:
    from trainer.tui.widgets.card_prompt import CardPrompt

    return str(app.screen.query_one(CardPrompt).render())


async def test_an_answer_queued_with_the_first_question_is_saved_for_the_card_shown(
    opened: OpenedDatabase, deck: Deck, deck_dir: Path, clock: ManualClock, data_dir: Path
) -> None:
    app = _app(opened, deck, deck_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        first = screen.asked.current
        assert first is not None and first.id == "meeting-date"  # the deck's first new card
        assert first.prompt in _prompt(app)
        # Typed at once, as the question appears: queued before any of them is read.
        burst(app, *"2025-07-25", "enter")
        assert await wait_for(pilot, lambda: screen.answered)
        # The session the screen built starts on the card it showed, counted once built.
        assert screen.session.deck_ids == ("harbour-talks",)
        assert await wait_for(pilot, lambda: screen.session.counted)
        assert screen.session.total == 5
        assert app.store is opened.store()  # one Store, over the launcher's connection
    with Store.open(data_dir, backup=False) as store:
        assert [(row[1], row[2], row[3]) for row in store.review_rows()] == [
            ("meeting-date", "2025-07-25", "correct")
        ]


async def test_the_first_question_shows_the_most_overdue_card_and_counts_follow(
    opened: OpenedDatabase, deck: Deck, deck_dir: Path, clock: ManualClock
) -> None:
    seed_two_sessions(opened.store(), deck, clock)
    clock.advance(days=30)  # every card due, the order by due time
    # A new app over a database whose Store is not built yet, as a new run finds it.
    with OpenedDatabase.open(opened.path.parent, clock=clock) as reopened:
        expected = QuizSession([deck], reopened.store(), Scheduler(), clock).current
        with OpenedDatabase.open(opened.path.parent, clock=clock) as fresh:
            app = _app(fresh, deck, deck_dir, clock)
            async with app.run_test(size=(80, 24)) as pilot:
                screen = app.screen
                assert isinstance(screen, QuizScreen)
                assert expected is not None and screen.asked.current == expected
                assert await wait_for(pilot, lambda: progress(app).endswith("/ 5"))
                assert screen.session.current == expected


@pytest.mark.parametrize("why", ["cram", "briefing", "choice first"])
def test_sessions_whose_first_card_needs_the_queue_get_no_start(
    why: str, opened: OpenedDatabase, deck: Deck, tmp_path: Path, clock: ManualClock
) -> None:
    options = SessionOptions(cram=why == "cram")
    if why == "briefing":
        opened.store().add_briefing(clock() + timedelta(days=2), [deck.id])
    if why == "choice first":
        write_deck(
            tmp_path / "choices",
            "picks.yaml",
            "id: picks\ntitle: Picks\ncards:\n"
            "  - {id: port, kind: choice, prompt: Which port?, answer: Gwadar,"
            " options: [Gwadar, Karachi, Qasim]}\n",
        )
        deck = load_deck(tmp_path / "choices" / "picks.yaml")
    assert QuizStart.find([deck], opened, options, clock) is None


async def test_a_quiz_with_no_start_still_opens_on_its_session(
    opened: OpenedDatabase, deck: Deck, deck_dir: Path, clock: ManualClock
) -> None:
    opened.store().add_briefing(clock() + timedelta(days=2), [deck.id])
    app = _app(opened, deck, deck_dir, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.session.deadlines  # built before its first frame, briefing order
        assert await wait_for(pilot, lambda: progress(app).startswith("1 /"))
