"""A response that denies the answer ("not 29%", "isn't 7 April 2025") is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import grade, load_deck
from trainer.core.deck import Card, Deck

DECKS = Path(__file__).resolve().parents[2] / "decks"
DENIED = "that says it is not the answer"


@pytest.fixture(scope="module")
def april_call() -> Deck:
    return load_deck(DECKS / "rubio-dar-call-april-2025.yaml")


@pytest.mark.parametrize(
    ("card_id", "response"),
    [
        ("tariff-rate", "not 29%"),
        ("tariff-rate", "isn't 29%"),
        ("tariff-rate", "isn’t 29 per cent"),
        ("tariff-rate", "never 29%"),
        ("tariff-rate", "it's not 29%"),
        ("tariff-rate", "It was not 29%"),
        ("call-date", "not 7 April 2025"),
        ("call-date", "isn't 7 April 2025"),
        ("call-date", "Not April 7, 2025"),
        ("hallmark", "not hallmark"),
        ("hallmark", "never the hallmark"),
        ("tariff-imposer", "not Trump"),
        ("tariff-imposer", "not Donald Trump"),
        ("statement-source", "not MOFA"),
        ("dar-areas-pti", "not trade, investment and counter-terrorism"),
        ("first-interaction", "not a"),
    ],
)
def test_a_denied_answer_is_wrong(april_call: Deck, card_id: str, response: str) -> None:
    card = april_call.card(card_id)
    result = grade(card, response)
    assert (result.verdict, result.detail) == ("wrong", DENIED)


def test_denying_a_wrong_answer_keeps_its_own_detail(april_call: Deck) -> None:
    assert grade(april_call.card("tariff-rate"), "not 10%").detail == "number 10 ≠ 29"


@pytest.mark.parametrize(
    "response", ["not cornerstone", "it wasn't cornerstone", "never cornerstone"]
)
def test_denying_a_rejected_answer_says_it_is_rejected(response: str) -> None:
    deck = load_deck(DECKS / "rubio-dar-call-april-2025.yaml")
    result = grade(deck.card("hallmark"), response)
    assert (result.verdict, result.detail) == ("wrong", "rejected: cornerstone")


@pytest.mark.parametrize("response", ["not quite 70", "not sure, 70", "notably 70"])
def test_a_hedge_is_not_a_denial(response: str) -> None:
    card = Card(id="card", kind="number", prompt="?", answer="70", tolerance="5%")
    assert grade(card, response).verdict == "correct"


def test_an_answer_that_affirms_first_and_denies_after_is_kept() -> None:
    deck = load_deck(DECKS / "dar-rubio-washington-july-2025.yaml")
    card = deck.card("deal-timing")
    assert grade(card, "weeks and days, not months").verdict == "correct"
    assert grade(card, "not months").verdict == "wrong"


def test_an_answer_that_starts_with_a_denial_is_graded_as_written() -> None:
    card = Card(id="card", kind="text", prompt="?", answer="not guilty")
    assert grade(card, "not guilty").verdict == "correct"
    assert grade(card, "Not Guilty").verdict == "correct"
    assert grade(card, "guilty").verdict == "wrong"
