"""Below 80×24 the quiz says it is cramped, and still shows each verdict and the summary."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable, Footer, Static
from tui_support import answer, press

from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.widgets.card_prompt import CardPrompt


def size_notices(app: TrainerApp) -> list[str]:
    return [n.message for n in app._notifications if n.title == "Terminal too small"]


def verdict_on_screen(app: TrainerApp) -> str:
    """The verdict's text, having checked it is drawn above the footer and wide enough."""
    screen = app.screen
    verdict = screen.query_one("#verdict", Static)
    footer_top = screen.query_one(Footer).region.y
    region = verdict.region
    assert 0 < region.y < footer_top and region.bottom <= footer_top
    assert region.width >= len("✗ Wrong")
    return str(verdict.content)


async def test_at_40x12_the_verdict_shows_and_the_minimum_size_is_named(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-26")
        assert verdict_on_screen(app).startswith("✗ Wrong")
        assert size_notices(app) == [
            "The quiz needs a terminal of at least 80×24; this one is 40×12."
        ]
        # The next card brings the prompt and the answer box back.
        await press(pilot, "enter")
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.query_one(CardPrompt).display
        assert screen.query_one("#answer").display
        assert screen.query_one(CardPrompt).progress_text == "2 / 5"
        await answer(pilot, "29%")
        assert verdict_on_screen(app).startswith("✓ Correct")
        await press(pilot, "escape")
        assert isinstance(app.screen, SummaryScreen)
        table = app.screen.query_one(DataTable)
        rows_shown = table.scrollable_content_region.height - table.header_height
        assert table.row_count == 2 and rows_shown >= 2
        # Said once, not at every answer (on a slow machine the first may have timed out).
        assert len(size_notices(app)) <= 1


async def test_at_60x20_the_quiz_keeps_its_prompt_beside_the_verdict(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-26")
        assert verdict_on_screen(app).startswith("✗ Wrong")
        assert app.screen.query_one(CardPrompt).display
        assert size_notices(app) == [
            "The quiz needs a terminal of at least 80×24; this one is 60×20."
        ]


async def test_at_80x24_there_is_no_notice(open_on_quiz: Callable[..., TrainerApp]) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await answer(pilot, "2025-07-26")
        assert verdict_on_screen(app).startswith("✗ Wrong")
        assert app.screen.query_one("#answer").display
        assert size_notices(app) == []
