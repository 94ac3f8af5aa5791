"""The summary names a session's decks as its title bar did, on one line cut to fit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Static
from tui_support import SECOND_DECK, write_deck

from trainer import load_deck
from trainer.tui.app import TrainerApp
from trainer.tui.screens.summary import SummaryScreen

# Deck titles as long as the bundled decks': listed one after another they fill lines.
LONG_TITLES = [
    "Pakistan and the United States on tariffs, July 2025",
    "Critical minerals and the reciprocal trade talks, 2025",
    "The field marshal's White House lunch, June 2025",
    "Rubio and Dar on the telephone, April to August 2025",
]


def deck_text(index: int, title: str) -> str:
    return (
        f'id: extra-{index}\ntitle: "{title}"\ncards:\n  - id: only\n'
        f'    prompt: What is {index}?\n    answer: "{index}"\n'
    )


def summary_title(app: TrainerApp) -> tuple[str, list[str]]:
    """The summary's title as written, and the lines it shows."""
    assert isinstance(app.screen, SummaryScreen)
    widget = app.screen.query_one("#summary-title", Static)
    lines = [widget.render_line(row).text.rstrip() for row in range(widget.size.height)]
    return str(widget.content), [line.strip() for line in lines if line.strip()]


async def test_a_summary_of_every_deck_says_all_decks_on_one_line(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    for index, title in enumerate(LONG_TITLES):
        write_deck(deck_dir, f"extra-{index}.yaml", deck_text(index, title))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.press(*"2025-07-25", "enter", "escape")
        await pilot.pause()
        text, lines = summary_title(app)
        assert text == "Session ended early: 1 of 10 cards asked  All decks"
        assert lines == [text]


async def test_a_summary_of_several_decks_cuts_their_names_to_one_line(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    paths = [
        write_deck(deck_dir, f"extra-{index}.yaml", deck_text(index, title))
        for index, title in enumerate(LONG_TITLES)
    ]
    app = make_app(start_decks=[load_deck(path) for path in paths[:3]])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        text, lines = summary_title(app)
        assert text.startswith(
            "Session ended early: 1 of 3 cards asked  3 decks: Pakistan "
            "and the United States on tariffs, July 2025; Critical"
        )
        (line,) = lines
        assert line.endswith("…")
        assert len(line) <= 80
