"""A regulator, inspectorate or company named as the doer of a clause, or as the company
bought, is asked as "Which body/company ...?", with the whole name as the answer."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_acting_bodies import find_acting_bodies


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The Coastal Waters Inspectorate said it had opened an inquiry into the spill "
            "and was talking to the operator.",
            "Which body said it had opened an inquiry into the spill?",
            "Coastal Waters Inspectorate",
        ),
        (
            "In May 2025, Marlow Freight Pty Ltd was fined over the collapse of a crane.",
            "Which company was fined over the collapse of a crane?",
            "Marlow Freight Pty Ltd",
        ),
        (
            "Kestrel Foods completed the acquisition of Brookfield Bakeries ApS in June.",
            "Which company did Kestrel Foods acquire?",
            "Brookfield Bakeries ApS",
        ),
        (
            "- Completed the purchase of Brookfield Bakeries Ltd, a Leeds-based maker of "
            "bread, in June.",
            "Which company, a Leeds-based maker of bread, was acquired?",
            "Brookfield Bakeries Ltd",
        ),
        (
            # "which" says a body; the kind word may stand anywhere in its name.
            "The sensors came from the Harlan Institute of Optics in Turin, which built the"
            " prototype.",
            "Which institute built the prototype?",
            "Harlan Institute of Optics",
        ),
        (
            "Its data will go to the Baltic Tide Data Centre, which will publish it weekly.",
            "Which centre will publish it weekly?",
            "Baltic Tide Data Centre",
        ),
        (
            # The appositive's noun says what kind of body the name is.
            "Orvane Systems, a software firm in Lyon, wrote the control code.",
            "Which software firm wrote the control code?",
            "Orvane Systems",
        ),
    ],
)
def test_the_body_that_acted_or_was_bought_is_asked(
    sentence: str, prompt: str, answer: str
) -> None:
    found = find_acting_bodies(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A kind find_subjects reads ("Board") is asked there, where the story returns to it.
        "The Harbour Safety Board announced the ban on Monday.",
        # "The Department" alone is no name.
        "The Department has not yet tested the system.",
        # A possessive starts no name: "Canada's" is not part of the company's.
        "Canada's Halvorsen Metals Corp said it had agreed terms.",
        # A figure in the clause is another card's answer.
        "The Lakeland Water Agency will provide £11.2 million in loans.",
        # Nothing bought and no buyer or description to ask it by.
        "Shares rose after the purchase of Brookfield Bakeries Ltd.",
        # Declining to comment is no deed to ask about.
        "Tarrow Capital, a private equity firm based in Boston, declined to comment.",
        # "which" after a name with no body's word may follow anything ("the Vega rocket").
        "The probe rides on Kestrel Nine, which lifts off at dawn.",
    ],
)
def test_nothing_is_asked_where_the_name_or_question_would_mislead(sentence: str) -> None:
    assert find_acting_bodies(sentence, 1) == []
