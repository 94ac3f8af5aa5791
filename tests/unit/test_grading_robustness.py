"""No response can make grading fail: odd, hostile and huge input grades wrong, never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer import grade, load_deck
from trainer.core.deck import Card, Deck
from trainer.core.grading.normalize import normalize

DECK_FILE = Path(__file__).resolve().parent.parent / "data" / "grading_deck.yaml"
DECK: Deck = load_deck(DECK_FILE)
ONE_OF_EACH_KIND = {card.kind: card for card in DECK.cards}

ODD_RESPONSES = [
    "",
    "   \t\n ",
    "🙂",
    "👍🏽🇵🇰",
    "مرحبا بالعالم",
    "שלום",
    "\u202eevil\u202c",
    "\x00\x01\x02",
    "ﷺ",
    "(" * 50,
    "%$€£",
    "1e400",
    "9" * 250,
    "a" * 10_000,
    "Islamabad " * 1000,
    "x" * 1_000_000,
    "1" * 1_000_000,
    "\n" * 1_000_000,
]


@pytest.mark.parametrize("kind", sorted(ONE_OF_EACH_KIND))
@pytest.mark.parametrize("response", ODD_RESPONSES, ids=lambda text: repr(text[:12]))
def test_odd_responses_grade_wrong(kind: str, response: str) -> None:
    result = grade(ONE_OF_EACH_KIND[kind], response)
    assert result.verdict == "wrong"
    assert result.score < 0.5
    assert result.detail


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card=st.sampled_from(DECK.cards), response=st.text(max_size=200))
def test_no_response_raises(card: Card, response: str) -> None:
    result = grade(card, response)
    assert result.verdict in ("correct", "close", "wrong")
    assert 0.0 <= result.score <= 1.0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    card=st.sampled_from(DECK.cards),
    response=st.lists(
        st.sampled_from(
            [
                "29",
                "%",
                "$",
                "billion",
                "bn",
                "July",
                "25",
                "/",
                "-",
                ",",
                "and",
                "the",
                "Dar",
                "Rubio",
                "a",
                "b",
                "(",
                ")",
                ".",
                "'",
                "2025",
                "twenty",
                "point",
                "per",
                "cent",
            ]
        ),
        max_size=12,
    ).map(" ".join),
)
def test_no_response_made_of_meaningful_pieces_raises(card: Card, response: str) -> None:
    result = grade(card, response)
    assert result.verdict in ("correct", "close", "wrong")


@settings(max_examples=150, deadline=None)
@given(
    kind=st.sampled_from(["text", "name", "number", "date", "choice", "list"]),
    answer=st.text(min_size=1, max_size=40),
    response=st.text(max_size=60),
)
def test_no_card_the_loader_could_build_makes_grading_raise(
    kind: str, answer: str, response: str
) -> None:
    # Cards built in code skip the loader's checks: grading must still not raise.
    fields: dict[str, object] = {}
    if kind == "choice":
        fields["options"] = (answer, "other")
    card = Card(
        id="c", kind=kind, prompt="?", answer=(answer,) if kind == "list" else answer, **fields
    )
    assert grade(card, response).verdict in ("correct", "close", "wrong")


@pytest.mark.parametrize("answer", ["Ann:_Lee", "0:_0", "Ann _ Lee", "Ann_:_Lee"])
def test_punctuation_next_to_an_underscore_leaves_one_space(answer: str) -> None:
    assert "  " not in normalize(answer)
    for kind in ("text", "name", "list", "choice"):
        card = Card(id="card", kind=kind, prompt="?", answer=answer)
        assert grade(card, answer).verdict == "correct"
