"""Where a meeting, opening, launch or route takes place is asked as a short "Where ...?"
question in the clause's own verb, a list of places being one answer."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_meeting_places import find_meeting_places


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The finance ministers of the five states met in Lisbon on Friday.",
            "Where did the finance ministers of the five states meet?",
            "Lisbon",
        ),
        (
            "A trial scheme will be launched in the Bay of Kotor before the summer.",
            "Where will a trial scheme be launched?",
            "Bay of Kotor",
        ),
        (
            "Fees will rise next year, and walk-in centres will open in Hull, Derby and Crewe "
            "in the spring.",
            "Where will walk-in centres open?",
            "Hull, Derby and Crewe",
        ),
        (
            "The summit will be hosted by Chile at the Valparaíso naval academy in May 2028.",
            "Where will the summit be hosted by Chile?",
            "Valparaíso naval academy",
        ),
        (
            "The games will run from 4 to 8 May 2029 at the Kelvin Arena, with 900 athletes.",
            "Where will the games run?",
            "Kelvin Arena",
        ),
        (
            "The old sewer, which runs beneath Harbour Street, collapsed on Sunday.",
            "Where does the old sewer run?",
            "Harbour Street",
        ),
    ],
)
def test_where_it_happens_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_meeting_places(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They met in Oslo on Monday.",  # "Where did they meet?" says nothing alone
        "The company said it met in Paris.",
        "The board met in March to approve the plan.",  # a month is no place
        "Delegates will meet in private.",  # no name
    ],
)
def test_no_place_is_asked_without_a_named_place_and_subject(sentence: str) -> None:
    assert find_meeting_places(sentence, 1) == []


def test_a_named_place_cut_off_is_asked_by_its_state() -> None:
    sentence = "Power is back in Ardmore, but Kinlochard remains reachable only by boat."
    found = find_meeting_places(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("Which place remains reachable only by boat?", "Kinlochard")
    ]


def test_it_cut_off_names_no_place() -> None:
    assert find_meeting_places("It remains cut off from the coast.", 1) == []


def test_a_list_in_the_subject_is_left_to_its_own_card() -> None:
    sentence = "The trade ministers of Chile, Peru and Ecuador met in Lima on Monday."
    found = find_meeting_places(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        ("Where did the trade ministers meet?", "Lima")
    ]
