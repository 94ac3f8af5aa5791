"""A card another trainer answers while the feedback is read is not asked again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trainer import load_deck
from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.widgets.card_prompt import CardPrompt
from trainer.tui.widgets.title_bar import TitleBar


async def test_the_next_card_is_checked_against_the_store_when_it_is_shown(
    open_on_quiz: Callable[..., TrainerApp],
    store: Store,
    data_dir: Path,
    deck_dir: Path,
    clock: ManualClock,
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"2025-07-25", "enter")
        await pilot.pause()
        # While the feedback shows, a line-mode trainer answers the next card, the tariff.
        clock.advance(seconds=30)
        with Store.open(data_dir, clock=clock, backup=False) as other_store:
            other = QuizSession(
                [load_deck(deck_dir / "harbour-talks.yaml")],
                other_store,
                Scheduler(fuzz=False),
                clock,
            )
            # Its queue starts at the tariff: the date is answered and not due.
            assert other.current is not None and other.current.id == "tariff"
            other.submit("29%", elapsed_s=4.0)
        await pilot.press("enter")
        await pilot.pause()
        prompt = app.screen.query_one(CardPrompt)
        assert prompt.prompt_text == "In which city did the ministers meet?"
        assert prompt.progress_text == "2 / 4"
    assert sorted(review.card for review in history.reviews(store)) == [
        "meeting-date",
        "tariff",
    ]


async def test_the_title_s_card_count_follows_the_cards_passed_over(
    open_on_quiz: Callable[..., TrainerApp],
    data_dir: Path,
    deck_dir: Path,
    clock: ManualClock,
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        title_bar = app.screen.query_one(TitleBar)
        assert title_bar.render_line(0).text.strip().endswith("· 5 cards")
        await pilot.press(*"2025-07-25", "enter")
        await pilot.pause()
        clock.advance(seconds=30)
        with Store.open(data_dir, clock=clock, backup=False) as other_store:
            other = QuizSession(
                [load_deck(deck_dir / "harbour-talks.yaml")],
                other_store,
                Scheduler(fuzz=False),
                clock,
            )
            other.submit("29%", elapsed_s=4.0)  # the tariff, this session's next card
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(CardPrompt).progress_text == "2 / 4"
        assert title_bar.render_line(0).text.strip().endswith("· 4 cards")
