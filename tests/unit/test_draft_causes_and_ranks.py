"""Claims that name what they are about, with no figure (issue 15): what caused something,
and what ranks first of its kind. Invented sentences in several newsroom styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_causes_and_ranks import find_causes_and_ranks


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Most outages are still caused by storms and falling trees.",
            "What still causes most outages?",
            "storms and falling trees",
        ),
        (
            "The blaze was caused by an electrical fault, fire officers said.",
            "What caused the blaze?",
            "an electrical fault",
        ),
        (
            "Officials said that the delays have been caused by staff shortages.",
            "What has caused the delays?",
            "staff shortages",
        ),
        (
            "The delay was largely caused by a shortage of parts from suppliers in Asia.",
            "What largely caused the delay?",
            "a shortage of parts",
        ),
        (
            "Cabo Delgado has the highest case-fatality rate of the six provinces.",
            "What has the highest case-fatality rate of the six provinces?",
            "Cabo Delgado",
        ),
        (
            "Nampula has recorded the largest number of cases since October.",
            "What has recorded the largest number of cases since October?",
            "Nampula",
        ),
        (
            "Cyber fraud is now the single largest threat to small firms.",
            "What is now the single largest threat to small firms?",
            "Cyber fraud",
        ),
        (
            "Vietnam is the third-largest buyer of Australian coal.",
            "What is the third-largest buyer of Australian coal?",
            "Vietnam",
        ),
        (
            "Tourism remains the biggest employer in the region, and hotels are full.",
            "What remains the biggest employer in the region?",
            "Tourism",
        ),
        (
            "The Severn is the longest river in Britain.",
            "What is the longest river in Britain?",
            "The Severn",
        ),
        (
            "The post goes to Ana Ruiz, the deputy mayor, who becomes the first woman to "
            "lead the city.",
            "Ruiz becomes the first what to lead the city?",
            "the first woman",
        ),
        (
            "Kofi Mensah was the first Ghanaian to win the prize.",
            "Mensah was the first what to win the prize?",
            "the first Ghanaian",
        ),
    ],
)
def test_a_cause_or_a_rank_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_causes_and_ranks(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the largest plant in Europe.",  # a pronoun names nothing
        "The delays were caused by 40 staff absences.",  # a figure is its own card's
        '"Falls are the most common reason people lose their independence," she said.',
        "Oslo is the capital of Norway.",  # no rank
        "The cause of the fire is not yet known.",
        # A first with no person to ask it of.
        "The scheme is the first of its kind to be tried in Europe.",
        "It was the first time the court had ruled on the matter.",
        # A word the story refers back with names nothing to learn.
        "The result is the worst for the party since the war.",
    ],
)
def test_nothing_is_asked_without_a_named_cause_or_rank(sentence: str) -> None:
    assert find_causes_and_ranks(sentence, 1) == []


def test_drafted_from_a_brief(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "Subsea cables carry 95% of the region's data traffic. Most damage is still caused "
        "by anchors and fishing gear, the report found.\n\n"
        "Fatigue management is now the single largest risk on the network.\n",
    )
    assert card_answering(cards, "anchors and fishing gear").prompt == (
        "What still causes most damage?"
    )
    assert card_answering(cards, "Fatigue management").prompt == (
        "What is now the single largest risk on the network?"
    )
    assert_no_give_aways(cards)
