"""A helpline's telephone number the story gives the public is asked as a card of its own
(find_phone_numbers.py); invented sentences."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_phone_numbers import find_phone_numbers


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "A free flood helpline, 0800 555 0199, is open around the clock.",
            ("0800 555 0199", "What is the number of the free flood helpline?"),
        ),
        (
            "Anyone worried should call the council's advice line on 01872 322 000 or visit a"
            " library.",
            ("01872 322 000", "What is the number of the council's advice line?"),
        ),
        (
            "Callers abroad can use the hotline +44 20 7946 0958 at any hour.",
            ("+44 20 7946 0958", "What is the number of the hotline?"),
        ),
    ],
)
def test_a_helplines_number_is_asked(sentence: str, asked: tuple[str, str]) -> None:
    assert [(fact.answer, fact.prompt) for fact in find_phone_numbers(sentence, 1)] == [asked]


@pytest.mark.parametrize(
    "sentence",
    [
        "The line carried 1,400 passengers a day in 2024.",  # a figure, not a number to call
        "The new line opens in 2027 2028 or later.",  # years
        "The number of cases rose to 12 in 14 days.",  # no telephone number at all
    ],
)
def test_no_card_where_no_telephone_number_is_given(sentence: str) -> None:
    assert find_phone_numbers(sentence, 1) == []
