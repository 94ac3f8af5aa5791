"""Names of exercises written in capitals and with their series number: "the next exercise
of the series, BALTIC DAWN 28," and "Exercise POLAR GATE 25" are asked whole, number kept."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_capital_names import find_capital_names
from trainer.core.authoring.find_named_things import find_named_things


def test_a_name_in_capitals_after_its_thing_is_asked_by_the_thing() -> None:
    sentence = "They agreed that the next exercise of the series, BALTIC DAWN 28, will be in May."
    found = find_capital_names(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("What is the next exercise of the series called?", "BALTIC DAWN 28")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency, NASA, said so.",  # one word in capitals is an acronym, not such a name
        "The report, Clear Water Futures, was published.",  # not in capitals
    ],
)
def test_other_appositives_are_not_capital_names(sentence: str) -> None:
    assert find_capital_names(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "answer", "accepted"),
    [
        (
            "Ministers praised Exercise POLAR GATE 25 in March, which drew 900 troops.",
            "Exercise POLAR GATE 25",
            "POLAR GATE 25",
        ),
        # A count after the name is no part of it.
        ("Exercise Polar Gate 12 days later ended.", "Exercise Polar Gate", "Polar Gate"),
    ],
)
def test_an_exercise_keeps_its_series_number_and_accepts_the_bare_name(
    sentence: str, answer: str, accepted: str
) -> None:
    exercise = [fact for fact in find_named_things(sentence, 1) if fact.answer.startswith("Ex")]
    assert [(fact.answer, fact.accept) for fact in exercise] == [(answer, (accepted,))]
