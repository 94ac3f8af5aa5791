"""The quiz's title bar and prompt line: what they say, and how they give way when narrow."""

from __future__ import annotations

from collections.abc import Callable

from trainer.tui.app import TrainerApp
from trainer.tui.widgets.card_prompt import CardPrompt, PromptMeta
from trainer.tui.widgets.title_bar import TitleBar


def screen_line(widget: PromptMeta | TitleBar) -> str:
    """The line as drawn on screen, trailing spaces dropped."""
    return widget.render_line(0).text.rstrip()


async def test_the_title_bar_names_the_deck_and_its_card_count(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        line = screen_line(app.screen.query_one(TitleBar))
        assert "Briefing trainer — " in line
        assert "5 cards" in line


async def test_the_title_bar_follows_a_new_sub_title(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.sub_title = "Another line"
        await pilot.pause()
        assert screen_line(app.screen.query_one(TitleBar)).endswith("Another line")


async def test_the_prompt_line_puts_kind_and_tags_left_and_progress_right(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        meta = app.screen.query_one(PromptMeta)
        line = screen_line(meta)
        assert line.startswith("date  meeting, dates")
        assert line.endswith("1 / 5")
        assert len(line) == meta.content_region.width
        assert app.screen.query_one(CardPrompt).about_text == "date  meeting, dates"


async def test_on_a_narrow_terminal_the_tags_give_way_and_the_progress_stays_whole(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(26, 30)) as pilot:
        await pilot.pause()
        line = screen_line(app.screen.query_one(PromptMeta))
        assert line.endswith(" 1 / 5")
        assert "…" in line
        assert line.startswith("date  meet")
