"""Ranges on text cards: both ends compared by value, however the range is written."""

from __future__ import annotations

import pytest

from trainer.core.deck import Card
from trainer.core.grading import grade
from trainer.core.grading.ranges import read_range


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("22 to 28 per cent", "22-28%"),
        ("22 to 28 per cent", "22% to 28%"),
        ("600,000 to 750,000", "between 600,000 and 750,000"),
        ("600,000 to 750,000", "600k to 750k"),
        ("£2.1 billion to £2.3 billion", "£2.1-2.3bn"),
        ("12 to 75", "12-75 years"),
        ("five to eight days", "5-8 days"),
    ],
)
def test_the_same_range_in_another_form_is_correct(answer: str, typed: str) -> None:
    card = Card(id="r", kind="text", prompt="What range?", answer=answer)
    assert grade(card, typed).verdict == "correct"


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("22 to 28 per cent", "22 to 29%"),
        ("22 to 28 per cent", "22%"),
        ("£2.1 billion to £2.3 billion", "$2.1-2.3bn"),
        ("£2.1 billion to £2.3 billion", "£2.1-2.3 million"),
    ],
)
def test_another_range_one_end_or_another_currency_is_wrong(answer: str, typed: str) -> None:
    card = Card(id="r", kind="text", prompt="What range?", answer=answer)
    assert grade(card, typed).verdict == "wrong"


def test_a_vote_count_is_no_range() -> None:
    # "7-4" falls from its first number to its second: a score, never read as a range.
    assert read_range("7-4") is None
    card = Card(id="v", kind="text", prompt="By what vote?", answer="7-4")
    assert grade(card, "4-7").verdict == "wrong"


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("six votes to three", "six to three"),
        ("six votes to three", "6-3"),
        ("six votes to three", "a vote of six to three"),
        ("11-4", "eleven to four"),
    ],
)
def test_the_same_tally_written_another_way_is_correct(answer: str, typed: str) -> None:
    card = Card(id="t", kind="text", prompt="How did the board vote?", answer=answer)
    assert (grade(card, typed).verdict, grade(card, typed).detail) == ("correct", "same tally")


@pytest.mark.parametrize(
    ("answer", "typed"),
    [("six votes to three", "three votes to six"), ("11-4", "4-11")],
)
def test_a_tally_reversed_is_wrong_however_alike_its_words(answer: str, typed: str) -> None:
    card = Card(id="t", kind="text", prompt="How did the board vote?", answer=answer)
    result = grade(card, typed)
    assert (result.verdict, result.detail) == ("wrong", "the tally reversed")
