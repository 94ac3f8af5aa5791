"""The quiz's title bar and card prompt: what they say, and how they give way when narrow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tui_support import SECOND_DECK, write_deck

from trainer import load_deck
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizScreen
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
        await pilot.pause()  # the session's count is in the sub-title once it is built
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


async def test_quizzing_every_deck_says_all_decks(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        line = screen_lines(app.screen.query_one(TitleBar))[0]
        assert line.strip() == "Briefing trainer — All decks · 6 cards"


async def test_a_quiz_of_several_decks_names_them_and_keeps_the_count_whole(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    decks = [load_deck(deck_dir / name) for name in ("harbour-talks.yaml", "ports.yaml")]
    app = make_app(start_decks=decks)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        line = screen_lines(app.screen.query_one(TitleBar))[0].strip()
        assert line.startswith("Briefing trainer — 2 decks: Harbour talks, 2025")
        assert line.endswith("… · 6 cards")
        assert len(line) <= 60


LONG_TITLED_DECK = """\
id: long-titled
title: Ports, tariffs and the ministers' harbour meeting, as the papers told it
cards:
  - id: port-count
    kind: number
    prompt: How many ports did officials name?
    answer: "3"
"""


def two_deck_app(make_app: Callable[..., TrainerApp], deck_dir: Path) -> TrainerApp:
    """A quiz of two decks whose names together run past 80 columns."""
    write_deck(deck_dir, "long.yaml", LONG_TITLED_DECK)
    decks = [load_deck(deck_dir / name) for name in ("harbour-talks.yaml", "long.yaml")]
    return make_app(start_decks=decks)


async def test_widened_the_title_bar_shows_the_names_it_had_to_cut(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    app = two_deck_app(make_app, deck_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        narrow = screen_lines(app.screen.query_one(TitleBar))[0].strip()
        assert narrow.endswith("… · 6 cards")
        await pilot.resize_terminal(140, 24)
        await pilot.pause()
        wide = screen_lines(app.screen.query_one(TitleBar))[0].strip()
        assert wide == (
            "Briefing trainer — 2 decks: Harbour talks, 2025; Ports, tariffs and "
            "the ministers' harbour meeting, as the papers told it · 6 cards"
        )


async def test_narrowed_the_title_bar_cuts_the_names_and_keeps_the_count(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    app = two_deck_app(make_app, deck_dir)
    async with app.run_test(size=(140, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        line = screen_lines(app.screen.query_one(TitleBar))[0].strip()
        assert line.startswith("Briefing trainer — 2 decks: Harbour talks, 2025; Ports")
        assert line.endswith("… · 6 cards")
        assert len(line) <= 80
