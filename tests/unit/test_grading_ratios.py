"""A share told as a ratio ("one in five", "3 in 10") is one number to the grader, so a key
written that way grades its own answer, and a year after "in" is no ratio."""

from __future__ import annotations

from fractions import Fraction

from trainer.core.deck import Card
from trainer.core.grading import grade
from trainer.core.grading.numbers import parse_number


def test_a_ratio_in_words_or_digits_is_one_share() -> None:
    for text in ("one in five", "1 in 5", "one in every five", "about one in five adults"):
        quantity = parse_number(text)
        assert quantity is not None and quantity.figure == Fraction(1, 5), text
    three = parse_number("3 in 10")
    assert three is not None and three.figure == Fraction(3, 10)


def test_a_count_in_a_year_is_no_ratio() -> None:
    assert parse_number("2 in 2024") is None


def test_a_ratio_card_accepts_the_ratio_in_any_writing_and_nothing_else() -> None:
    card = Card(id="share", kind="number", prompt="What share?", answer="one in four")
    assert grade(card, "1 in 4").accepted
    assert grade(card, "one in every four").accepted
    assert not grade(card, "four").accepted
    assert not grade(card, "one in five").accepted
