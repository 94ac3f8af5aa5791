"""The party a politician stands for, written before their name, asked as its own card
(find_affiliations.py); invented sentences."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_affiliations import find_party_members


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Labour's Ines Carrow-Vale has been elected mayor of Truro after a recount.",
            [("Labour", "Which party's candidate has been elected mayor of Truro?")],
        ),
        (
            # The deed without the figure another card asks; a name after "the ... Party's".
            "The Liberal Democrat Piotr Zelewski came third with 14,040 votes, ahead of the"
            " Green Party's Mags Penwarne.",
            [
                ("Liberal Democrat", "Which party's candidate came third?"),
                ("Green Party", "Which party does Mags Penwarne represent?"),
            ],
        ),
        (
            "Republican Senator Dana Hollick voted against the bill.",
            [("Republican", "Which party's senator voted against the bill?")],
        ),
        (
            # A "who" clause after the name is no deed to ask by.
            "Green councillor Ana Reyes, who represents St David's, voted against.",
            [("Green", "Which party does Ana Reyes represent?")],
        ),
    ],
)
def test_a_party_before_a_name_is_asked(sentence: str, asked: list[tuple[str, str]]) -> None:
    assert [(fact.answer, fact.prompt) for fact in find_party_members(sentence, 1)] == asked


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain's Keir Starmer met the delegation.",  # whose, not which party
        "The Labour Party said it would appeal.",  # no person
        "It joined the Norway–Chile Green Shipping Partnership in May.",  # a body's name
    ],
)
def test_no_party_card_without_a_party_and_a_person(sentence: str) -> None:
    assert find_party_members(sentence, 1) == []
