"""The labelled set: every (card, response, verdict) in tests/data/grading_cases.yaml."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from trainer import grade, load_deck
from trainer.core.deck import Deck

DATA = Path(__file__).resolve().parent.parent / "data"
DECK_FILE = DATA / "grading_deck.yaml"
CASES_FILE = DATA / "grading_cases.yaml"
VERDICTS = ("correct", "close", "wrong")


def labelled_cases() -> list[tuple[str, str, str]]:
    """(card id, response, expected verdict) for every labelled response."""
    raw = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    return [
        (card_id, str(response), verdict)
        for card_id, by_verdict in raw.items()
        for verdict in VERDICTS
        for response in by_verdict.get(verdict, [])
    ]


CASES = labelled_cases()


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


@pytest.mark.parametrize(
    ("card_id", "response", "expected"),
    CASES,
    ids=[f"{card}:{verdict}:{response}" for card, response, verdict in CASES],
)
def test_labelled_response(deck: Deck, card_id: str, response: str, expected: str) -> None:
    result = grade(deck.card(card_id), response)
    assert result.verdict == expected, f"{response!r} -> {result}"


def test_the_set_is_large_and_covers_every_kind_and_verdict(deck: Deck) -> None:
    assert len(CASES) >= 300
    kinds = Counter(deck.card(card_id).kind for card_id, _, _ in CASES)
    assert set(kinds) == {"text", "name", "number", "date", "choice", "list"}
    assert set(Counter(verdict for _, _, verdict in CASES)) == set(VERDICTS)


def test_every_card_of_the_deck_is_labelled(deck: Deck) -> None:
    labelled = {card_id for card_id, _, _ in CASES}
    assert labelled == {card.id for card in deck.cards}


def test_scores_order_the_verdicts(deck: Deck) -> None:
    for card_id, response, _ in CASES:
        result = grade(deck.card(card_id), response)
        assert 0.0 <= result.score <= 1.0
        if result.verdict == "correct":
            assert result.score == 1.0
        elif result.verdict == "close":
            assert 0.5 <= result.score < 1.0
        else:
            assert result.score < 0.5
        assert result.detail
