"""Deck text and typed answers holding terminal escapes are shown, never obeyed (issue 12,
item 2): the full-screen quiz draws ESC, BEL and NUL as visible symbols."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.widgets import Input

from trainer import load_deck
from trainer.tui.app import TrainerApp

CLEAR = "\x1b[2J"
TITLE = "\x1b]0;pwned\x07"
CLIPBOARD = "\x1b]52;c;aGVsbG8=\x07"
RAW = ("\x1b", "\x07", "\x00", "\x9b")


def hostile_deck(deck_dir: Path):  # type: ignore[no-untyped-def]
    """The harbour-talks deck with escapes in its title and in every card's texts, as a deck
    from a crafted cache or a future loader could carry them."""
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    cards = [
        dataclasses.replace(
            card,
            prompt=f"{card.prompt} {CLEAR}",
            note=f"note {TITLE}",
            evidence=f"{card.evidence or 'e'} {CLIPBOARD}",
            tags=(*card.tags, "t\x00"),
        )
        for card in deck.cards
    ]
    return dataclasses.replace(deck, title=f"Deck {TITLE}", cards=cards)


def screen_text(app: TrainerApp) -> str:
    """Every character on the screen, as the terminal would be sent it (from the SVG
    screenshot, its markup dropped)."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]*>", "", svg.split("</style>")[-1])).replace("\xa0", " ")


async def test_escapes_in_a_deck_and_an_answer_are_drawn_as_symbols(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    app = make_app(start_decks=[hostile_deck(deck_dir)])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        drawn = screen_text(app)
        assert "␛[2J" in drawn
        assert "Deck ␛]0;pwned␇" in drawn
        assert not any(raw in drawn for raw in RAW)
        # A paste is the way such text reaches the answer box.
        app.screen.query_one(Input).post_message(events.Paste(f"answer {CLEAR}\x9b1m\x00"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        drawn = screen_text(app)
        assert "answer ␛[2J" in drawn
        assert "␛]52;c;aGVsbG8=␇" in drawn
        for raw in RAW:
            at = drawn.find(raw)
            assert at < 0, (raw, drawn[max(0, at - 60) : at + 20])


async def test_a_deck_title_is_never_read_as_markup(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    deck_file = deck_dir / "harbour-talks.yaml"
    text = deck_file.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    deck_file.write_text(
        text.replace(title_line, "title: '[b]Bold[/b] [link=http://evil.example]x[/]'"),
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_history(None)
        await pilot.pause()
        app.screen.query_one("#history-deck").expanded = True
        await pilot.pause()
        drawn = screen_text(app)
        # Written out as typed (the narrow menu wraps it after "[/b]").
        assert "[b]Bold[/b]" in drawn and "[link=http://evil.example]x[/]" in drawn
