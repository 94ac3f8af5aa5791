"""A length of time told in two units is graded by its total, however it is written."""

from __future__ import annotations

import pytest

from trainer import grade
from trainer.core.deck import Card


def _card(answer: str) -> Card:
    return Card(id="d", kind="text", prompt="How long will the crossing take?", answer=answer)


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("1 hour 35 minutes", "95 minutes"),
        ("1 hour 35 minutes", "an hour and 35 minutes"),
        ("1 hour 35 minutes", "1h 35m"),
        ("four hours and 10 minutes", "250 minutes"),
        ("three years and six months", "42 months"),
        ("three years and six months", "3.5 years"),
        ("two weeks and two days", "16 days"),
    ],
)
def test_the_same_length_told_another_way_is_right(answer: str, response: str) -> None:
    result = grade(_card(answer), response)
    assert (result.verdict, result.detail) == ("correct", "the same length of time")


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        ("1 hour 35 minutes", "1 hour 53 minutes", "1 hour 53 minutes ≠ 1 hour 35 minutes"),
        ("1 hour 35 minutes", "35 minutes", "35 minutes ≠ 1 hour 35 minutes"),
        ("three years and six months", "three years", "3 years ≠ 3 years 6 months"),
    ],
)
def test_another_length_or_one_unit_alone_is_wrong(answer: str, response: str, detail: str) -> None:
    result = grade(_card(answer), response)
    assert (result.verdict, result.detail) == ("wrong", detail)
