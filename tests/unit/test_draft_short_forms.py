"""A short form written first with its full name in brackets (issue 15): "SKADI (Snow and
Ice Kinematic Altimetry and Depth Imager)" asks "What does SKADI stand for?"; a bracket that
explains rather than spells out is no full name. Sentences are the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_short_forms import find_short_forms


@pytest.mark.parametrize(
    ("sentence", "short", "long"),
    [
        (
            "The satellite carries SKADI (Snow and Ice Kinematic Altimetry and Depth Imager), "
            "a radar built in Norway.",
            "SKADI",
            "Snow and Ice Kinematic Altimetry and Depth Imager",
        ),
        (
            "Complaints went to the FSA (Food Standards Agency) within a week.",
            "FSA",
            "Food Standards Agency",
        ),
        (
            "Data come from ARGO (Advanced Radar for Glacier Observation), launched in 2024.",
            "ARGO",
            "Advanced Radar for Glacier Observation",
        ),
        (
            "Talks were hosted by ECOWAS (Economic Community of West African States) in Abuja.",
            "ECOWAS",
            "Economic Community of West African States",
        ),
    ],
)
def test_a_short_form_with_its_full_name_after_it_is_asked(
    sentence: str, short: str, long: str
) -> None:
    found = find_short_forms(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [
        (f"What does {short} stand for?", long)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It carries TELO (a small camera) to map the ice.",  # explains, spells nothing
        "The BBC (Reuters) reported the fire.",  # a source, not what the letters stand for
        "Ms Roe (Labour) won the seat.",  # a party after a name
        "The UN (Geneva Office) said nothing.",  # the letters are not read from the words
        "The Food Standards Agency (FSA) said so.",  # the other order: find_facts' own
    ],
)
def test_no_full_name_where_the_bracket_does_not_spell_the_letters(sentence: str) -> None:
    assert find_short_forms(sentence, 1) == []


def test_the_full_name_is_one_card_and_other_prompts_keep_the_short_form(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The probe carries MIRA (Magnetic Imaging of Remote Asteroids), built for "
        "£40 million.\n\nMIRA will switch on in 2029.\n",
    )
    assert card_answering(cards, "Magnetic Imaging of Remote Asteroids").prompt == (
        "What does MIRA stand for?"
    )
    assert_no_give_aways(cards)
