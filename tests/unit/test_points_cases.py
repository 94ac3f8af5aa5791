"""The labelled long answers (tests/data/points_cases.yaml) against the points grader.

The labels are a careful marker's, written before the grader ran; the goal is agreement on
at least 90% of them, and never an answer that contradicts its card accepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer import grade, load_deck

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def cases() -> list[tuple[object, str, dict]]:
    deck = load_deck(DATA / "points_deck.yaml")
    raw = yaml.safe_load((DATA / "points_cases.yaml").read_text(encoding="utf-8"))
    return [(deck.card(entry["card"]), str(entry["response"]), entry) for entry in raw]


def test_the_set_is_large_enough_and_every_card_has_points(cases: list) -> None:
    cards = {card.id: card for card, _, _ in cases}
    assert len(cases) >= 150 and len(cards) >= 15
    assert all(card.points for card in cards.values())


def test_the_grader_agrees_with_the_marker_on_nine_answers_in_ten(cases: list) -> None:
    disagreements = [
        (card.id, response, entry["marker"], grade(card, response).verdict)
        for card, response, entry in cases
        if grade(card, response).verdict != entry["marker"]
    ]
    assert 1 - len(disagreements) / len(cases) >= 0.9, disagreements


def test_no_answer_that_contradicts_its_card_is_accepted(cases: list) -> None:
    accepted = [
        (card.id, response, grade(card, response))
        for card, response, entry in cases
        if entry.get("contradicts") and grade(card, response).accepted
    ]
    assert accepted == []


def test_where_the_marker_and_the_contract_agree_the_grader_mostly_does_too(
    cases: list,
) -> None:
    agreed = [(card, response, entry) for card, response, entry in cases if "contract" not in entry]
    misses = [
        (card.id, response, entry["marker"], grade(card, response).verdict)
        for card, response, entry in agreed
        if grade(card, response).verdict != entry["marker"]
    ]
    assert len(misses) <= len(agreed) // 50, misses
