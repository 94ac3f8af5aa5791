"""Records, streaks and ordinals a briefing leans on (issue 15): "for four months in a row",
"the third collision in the strait this year", "the lowest annual rate since March 2026",
"the biggest penalty the regulator has ever issued", and what ranks first in a change.
Invented sentences in several newsroom styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_causes_and_ranks import find_causes_and_ranks
from trainer.core.authoring.find_records import find_records
from trainer.core.authoring.record_dates import asked_as_record


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            '"Food inflation has now risen for four months in a row, and bread is driving it."',
            "Food inflation has now risen for how many months in a row?",
            "four months in a row",
        ),
        (
            "Unemployment fell for a fifth straight quarter, the agency said.",
            "Unemployment fell for which straight quarter?",
            "fifth straight quarter",
        ),
        (
            "Exports grew for the third successive year, customs data showed.",
            "Exports grew for which successive year?",
            "third successive year",
        ),
        (
            "Retail sales posted a fifth consecutive monthly gain in October.",
            "Retail sales posted which consecutive monthly gain?",
            "fifth consecutive monthly gain",
        ),
        (
            "The team won a third straight title last season.",
            "The team won which straight title?",
            "third straight title",
        ),
        (
            "It is the third collision in the strait this year.",
            "Which collision in the strait this year is it?",
            "third collision",
        ),
        (
            "That was the fourth strike by nurses this winter.",
            "Which strike by nurses this winter was it?",
            "fourth strike",
        ),
        (
            "This is the lowest annual rate since March 2026.",
            "What record does the annual rate mark?",
            "lowest annual rate since March 2026",
        ),
        (
            "It was the biggest fall since records began in 2011.",
            "What record did the fall mark?",
            "biggest fall since records began in 2011",
        ),
        (
            "The decision, published on Thursday, is the largest financial penalty the CSB "
            "has imposed on a sports broadcaster.",
            "What record does the decision set among financial penalties the CSB has imposed "
            "on a sports broadcaster?",
            "largest financial penalty",
        ),
        (
            "The fine is the biggest penalty the regulator has ever issued.",
            "What record does the fine set among penalties the regulator has ever issued?",
            "biggest penalty",
        ),
    ],
)
def test_a_record_streak_or_ordinal_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_records(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company has run the site since 2019.",  # the plain start of a period
        "She lives in a row of houses near the station.",
        "It has risen for four months in a row.",  # no subject to ask of
        "Prices rose for four months.",  # how long, no run: the measures' card
        "It was the first time since 2019 that the bank cut rates.",
        "It was the second attempt.",  # nothing the count runs over
        "It posted a fourth straight gain.",  # no subject to ask of
        "It is the highest level since 2019.",  # no thing named to ask of
        "The result is the worst for the party since the war.",
        "Costs have risen by 12% for three months in a row.",  # a figure is its own card's
        # In a speaker's words "it" is the quote card's to ask.
        '"This is welcome news, and it is the second cut in a row," she said.',
        '"It is the lowest rate since March 2020," he said.',
    ],
)
def test_no_record_card_without_a_record(sentence: str) -> None:
    assert find_records(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Transport made the largest downward contribution to the change in the annual "
            "rate, as petrol prices fell.",
            "What made the largest downward contribution to the change in the annual rate?",
            "Transport",
        ),
        (
            "Housing had the biggest upward effect on the index.",
            "What had the biggest upward effect on the index?",
            "Housing",
        ),
        (
            "Scotland recorded the highest turnout in the country.",
            "What recorded the highest turnout in the country?",
            "Scotland",
        ),
    ],
)
def test_what_ranks_first_in_a_change_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_causes_and_ranks(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


def test_drafted_from_a_statistics_release(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Consumer prices, October 2026\n\nPublished 18 November 2026\n\n"
        "The index rose by 2.9% in the 12 months to October 2026. This is the lowest "
        "annual rate since March 2026.\n\n"
        "It is the third flood on the river this year.\n\n"
        "The fine is the biggest penalty the regulator has ever issued.\n\n"
        "She grew up in a row of houses by the docks.\n",
    )
    assert card_answering(cards, "lowest annual rate since March 2026").prompt == (
        "What record does the annual rate mark?"
    )
    assert card_answering(cards, "2026-03").prompt == "When was the annual rate last this low?"
    assert card_answering(cards, "third flood").prompt == (
        "Which flood on the river this year is it?"
    )
    assert card_answering(cards, "biggest penalty").kind == "text"
    assert not any("row" in card.prompt for card in cards)
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("evidence", "asked"),
    [
        (
            "It is the highest rate for food since February 2024.",
            "When was the rate for food last this high?",
        ),
        (
            "Output rose 0.2%, and this is the weakest annual growth since June 2021.",
            "When was the annual growth last this weak?",
        ),
        (
            "It was the biggest monthly fall since March 2020.",
            "When had the monthly fall last been this big?",
        ),
        ("It is the highest level since May 2019.", None),  # no thing named
        ("The library has opened on Sundays since May 2019.", None),  # no record
    ],
)
def test_the_date_a_record_goes_back_to_is_asked_as_the_record(
    evidence: str, asked: str | None
) -> None:
    assert asked_as_record("It is the ... since what month?", evidence, "date") == asked


def test_a_record_date_is_not_asked_of_the_sentence_before(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "The bank cut rates on Tuesday. It was the worst month for the index since "
        "October 2022.\n",
    )
    assert not any(card.prompt.startswith("The bank was") for card in cards)
    assert card_answering(cards, "2022-10").kind == "date"
