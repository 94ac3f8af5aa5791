"""The quiz's title bar and card prompt: what they say, and how they give way when narrow."""

from __future__ import annotations

from collections.abc import Callable

from trainer.tui.app import TrainerApp
from trainer.tui.widgets.card_prompt import CardPrompt
from trainer.tui.widgets.title_bar import TitleBar


def screen_lines(widget: CardPrompt | TitleBar) -> list[str]:
    """The lines the widget draws inside its border and padding, trailing spaces dropped."""
    return [widget.render_line(row).text.rstrip() for row in range(widget.content_size.height)]


async def test_the_title_bar_names_the_deck_and_its_card_count(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        line = screen_lines(app.screen.query_one(TitleBar))[0]
        assert "Briefing trainer — " in line
        assert "5 cards" in line


async def test_the_title_bar_follows_a_new_sub_title(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.sub_title = "Another line"
        await pilot.pause()
        assert screen_lines(app.screen.query_one(TitleBar))[0].endswith("Another line")


async def test_the_prompt_puts_kind_and_tags_left_progress_right_and_the_question_below(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        prompt = app.screen.query_one(CardPrompt)
        meta, blank, question = screen_lines(prompt)
        assert meta.startswith("date  meeting, dates")
        assert meta.endswith("1 / 5")
        assert len(meta) == prompt.content_size.width
        assert blank == ""
        assert question == prompt.prompt_text
        assert prompt.about_text == "date  meeting, dates"


async def test_on_a_narrow_terminal_the_tags_give_way_and_the_prompt_wraps_whole(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(26, 30)) as pilot:
        await pilot.pause()
        prompt = app.screen.query_one(CardPrompt)
        lines = screen_lines(prompt)
        meta = lines[0]
        assert meta.endswith(" 1 / 5")
        assert "…" in meta
        assert meta.startswith("date  meet")
        # The box grows to hold every word of the wrapped question.
        assert " ".join(" ".join(lines[2:]).split()) == prompt.prompt_text


async def test_a_hint_adds_its_lines_under_the_question(
    open_on_quiz: Callable[..., TrainerApp],
) -> None:
    app = open_on_quiz()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        prompt = app.screen.query_one(CardPrompt)
        before = prompt.outer_size.height
        prompt.show_hint("Think of the harbour.")
        await pilot.pause()
        assert prompt.outer_size.height == before + 2
        assert screen_lines(prompt)[-2:] == ["", "Hint Think of the harbour."]
