"""Screenshots of every screen at fixed sizes, frozen time and isolated data.

Update after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``
and look at the report before committing the new SVGs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from tui_support import BROKEN_DECK, seed_two_sessions, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.store import Store
from trainer.tui.app import TrainerApp

SMALL = (80, 24)
LARGE = (120, 36)

SnapCompare = Callable[..., bool]


async def open_quiz(pilot: Pilot[None]) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def answer_wrong(pilot: Pilot[None]) -> None:
    """Second card of the deck (the tariff), answered 19 instead of 29%."""
    await open_quiz(pilot)
    await pilot.press(*"2025-07-25", "enter", "enter", *"19", "enter")
    await pilot.pause()


async def reach_summary(pilot: Pilot[None]) -> None:
    await answer_wrong(pilot)
    # The skip shows the skipped card's answer; Enter moves on to the choice card.
    await pilot.press("enter", *"Islamabad", "enter", "enter", "ctrl+n", "enter", "c", "enter")
    # The cards missed come back; ending the session there shows first-try and final scores.
    await pilot.press("escape")
    await pilot.pause()


async def open_history(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await pilot.pause()


async def open_help(pilot: Pilot[None]) -> None:
    await pilot.press("f1")
    await pilot.pause()


def test_deck_list(
    snap_compare: SnapCompare, make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "broken.yaml", BROKEN_DECK)
    assert snap_compare(make_app(), terminal_size=SMALL)


def test_quiz_prompt(snap_compare: SnapCompare, make_app: Callable[..., TrainerApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=open_quiz)


@pytest.mark.parametrize(
    ("size", "theme"),
    [
        (SMALL, "textual-dark"),
        (SMALL, "textual-light"),
        (LARGE, "textual-dark"),
    ],
    ids=["80x24-dark", "80x24-light", "120x36-dark"],
)
def test_quiz_feedback(
    snap_compare: SnapCompare,
    make_app: Callable[..., TrainerApp],
    size: tuple[int, int],
    theme: str,
) -> None:
    assert snap_compare(make_app(theme=theme), terminal_size=size, run_before=answer_wrong)


def test_choice_card(snap_compare: SnapCompare, make_app: Callable[..., TrainerApp]) -> None:
    async def reach_choice(pilot: Pilot[None]) -> None:
        await answer_wrong(pilot)
        await pilot.press("enter", *"Islamabad", "enter", "enter", "ctrl+n", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SMALL, run_before=reach_choice)


def test_summary(snap_compare: SnapCompare, make_app: Callable[..., TrainerApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=reach_summary)


@pytest.mark.parametrize(
    ("size", "theme"),
    [
        (SMALL, "textual-dark"),
        (LARGE, "textual-dark"),
        (LARGE, "textual-light"),
    ],
    ids=["80x24-dark", "120x36-dark", "120x36-light"],
)
def test_history(
    snap_compare: SnapCompare,
    make_app: Callable[..., TrainerApp],
    store: Store,
    deck_dir: Path,
    clock: ManualClock,
    size: tuple[int, int],
    theme: str,
) -> None:
    seed_two_sessions(store, load_deck(deck_dir / "harbour-talks.yaml"), clock)
    assert snap_compare(make_app(theme=theme), terminal_size=size, run_before=open_history)


def test_help(snap_compare: SnapCompare, make_app: Callable[..., TrainerApp]) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=open_help)
