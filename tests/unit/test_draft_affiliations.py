"""A person's party, named with a political word ("of the centre-left Unidad Popular"), and
who proposed a named plan ("the “Open Ports” plan proposed by Norway") are asked."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_affiliations import find_affiliations


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Polls put her ahead of Tomás Ferro Quiroga of the centre-left Unidad Popular.",
            "Which party does Tomás Ferro Quiroga belong to?",
            "Unidad Popular",
        ),
        (
            "Delegates backed the “Open Ports” plan proposed by Norway, which cuts fees.",
            "Who proposed the “Open Ports” plan?",
            "Norway",
        ),
        (
            "The Harbour Access framework, tabled by the Port Users Forum in March, passed.",
            "Who tabled the Harbour Access framework?",
            "Port Users Forum",
        ),
    ],
)
def test_party_and_proposer_are_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_affiliations(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        # No political word: "of the Harbour Trust" may be where she works.
        "The report was written by Ana Ruiz of the Harbour Trust.",
        # A person's proposal is asked by the people pass, which names them by role.
        "The Harbour Access plan, tabled by Councillor Ruth Ames in March, was rejected.",
    ],
)
def test_no_affiliation_is_asked_without_its_signal(sentence: str) -> None:
    assert find_affiliations(sentence, 1) == []
