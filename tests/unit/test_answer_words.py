"""A card's answer as the quiz shows it: dates in words, everything else as written."""

from __future__ import annotations

import pytest

from trainer.core.answer_words import answer_in_words
from trainer.core.deck import Card


@pytest.mark.parametrize(
    ("kind", "answer", "shown"),
    [
        ("date", "2025-07-25", "25 July 2025"),
        ("date", "2025-01-05", "5 January 2025"),
        ("date", "2025-12", "December 2025"),
        ("text", "2025-07-25", "2025-07-25"),
        ("number", "29%", "29%"),
        ("name", "Ishaq Dar", "Ishaq Dar"),
    ],
)
def test_answer_in_words(kind: str, answer: str, shown: str) -> None:
    assert answer_in_words(Card(id="c", kind=kind, prompt="?", answer=answer)) == shown
