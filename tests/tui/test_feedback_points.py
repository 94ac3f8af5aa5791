"""The full-screen feedback lists a card's points, held and missing, as line mode does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tui_support import shown, write_deck

from trainer import load_deck
from trainer.core.grading.point_lines import point_lines
from trainer.tui.app import TrainerApp

POINTS_DECK = """\
id: aims
title: Aims
cards:
  - id: minerals-aim
    prompt: For the US, what could minerals cooperation with Pakistan help do?
    answer: reduce reliance on Chinese resources
    points:
      - [reduce, cut, lessen]
      - [reliance, dependence]
      - [Chinese, China]
  - id: city
    prompt: Where did the ministers meet?
    answer: Islamabad
"""


async def test_the_points_are_listed_under_the_answer_and_hidden_without_points(
    make_app: Callable[..., TrainerApp], tmp_path: Path
) -> None:
    folder = tmp_path / "aims"
    deck = load_deck(write_deck(folder, "aims.yaml", POINTS_DECK))
    app = make_app(deck_folders=[folder], start_decks=[deck])
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        await pilot.press(*"increase reliance on China", "enter")
        await pilot.pause()
        points = shown(app, "#points")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Islamabad", "enter")
        await pilot.pause()
        hidden = not app.screen.query_one("#points").display

    assert points.splitlines() == list(point_lines(deck.cards[0], "increase reliance on China"))
    assert points.splitlines() == [
        "✗ reduce: missing",
        "✓ reliance",
        "✓ Chinese: “china”",
        "+ not in the answer: increase",
    ]
    assert hidden
