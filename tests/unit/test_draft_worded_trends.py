"""Records, trends and shares told in plain words, with no figure (issue 15): "has nearly
doubled since June", ", the highest since records began", "a third consecutive failed
season has pushed ...", "less than half the long-term average". Invented sentences in
several newsroom styles: an aid agency's update, a health story, a statistics release, a
business wire, a space agency's release."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_records import find_records
from trainer.core.authoring.find_trends import find_trends
from trainer.core.authoring.find_worded_shares import find_worded_shares
from trainer.core.authoring.first_time_since import first_time_asked


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The number of children treated for malnutrition (severe cases) has nearly "
            "doubled since March, the agency said.",
            "How has the number of children treated for malnutrition changed since March?",
            "nearly doubled",
        ),
        (
            "- Reported measles cases in the two northern districts more than tripled during "
            "the reporting period.",
            "How did reported measles cases in the two northern districts change during the "
            "reporting period?",
            "more than tripled",
        ),
        (
            "Rents in the capital have roughly halved in real terms.",
            "How have rents in the capital changed in real terms?",
            "roughly halved",
        ),
        (
            "The number of patients waiting more than a year reached 41,200, the highest "
            "since records began in 2009.",
            "What record did the number of patients waiting more than a year reach?",
            "highest since records began in 2009",
        ),
        (
            "Youth unemployment rose to 16.1%, its highest level since 2015.",
            "What record did youth unemployment rise to?",
            "highest level since 2015",
        ),
        (
            "October's rainfall in the valley stood at 12mm, the lowest on record.",
            "What record did October's rainfall in the valley stand at?",
            "lowest on record",
        ),
        (
            "A fourth consecutive poor harvest has pushed the province into its worst hunger "
            "crisis in a generation.",
            "What has pushed the province into its worst hunger crisis in a generation?",
            "a fourth consecutive poor harvest",
        ),
    ],
)
def test_a_trend_or_record_in_words_is_asked_of_its_subject(
    sentence: str, prompt: str, answer: str
) -> None:
    assert [(fact.prompt, fact.answer) for fact in find_trends(sentence, 1)] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It has doubled since 2020.",  # no subject to ask of
        "Where his support has nearly doubled since August, crowds are larger.",  # "his"
        '"Bookings have doubled since the summer," the manager said.',  # a quote's words
        "The team doubled its lead before half-time, the club said.",  # not a change of a subject
        "Sales reached 2.1 million units, up from 1.8 million.",  # no record
    ],
)
def test_no_trend_without_a_subject_or_a_claim(sentence: str) -> None:
    assert find_trends(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Rainfall in the three southern regions was less than half the long-term average.",
            "Rainfall in the three southern regions was what share of the long-term average?",
            "less than half",
        ),
        (
            "The new sensors are expected to cut forecast errors by around half.",
            "The new sensors are expected to cut forecast errors by how much?",
            "around half",
        ),
        (
            "The operators will extend monitoring to at least half of the critical network "
            "by 2031.",
            # (the year is its own card's, asked where it stands)
            "The operators will extend monitoring to what share of the critical network?",
            "at least half",
        ),
        (
            # A list of places the question would be cut inside is asked whole.
            "The regulator ruled that the merged group would control more than half the "
            "market for roof trusses in Queensland, NSW and Victoria.",
            "The regulator ruled that the merged group would control what share of the "
            "market for roof trusses in Queensland, NSW and Victoria?",
            "more than half",
        ),
        (
            "Nearly half of the displaced are children.",
            "What share of the displaced are children?",
            "nearly half",
        ),
    ],
)
def test_a_qualified_half_is_asked_as_a_share(sentence: str, prompt: str, answer: str) -> None:
    [fact] = find_worded_shares(sentence, 1)
    assert (fact.prompt, fact.answer) == (prompt, answer)


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose in the first half of 2027.",  # a period
        "The meeting lasted half an hour.",  # a length
        "At the school, half of the pupils are taught in huts.",  # nothing said of the share
        "The region recorded just 61mm of rain, less than half the usual amount.",  # restated
        "Around half of the increase is due to a decision in 2022.",  # the year's subject
        # A relative clause asked alone would lose the place it is about.
        "In the village of Dorfen, where nearly half of the homes were flattened, people dug.",
    ],
)
def test_half_that_is_no_share_claim_is_not_asked(sentence: str) -> None:
    assert find_worded_shares(sentence, 1) == []


def test_drafted_from_an_appeal(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Issued 18 November 2026\n\n"
        "A third consecutive failed rainy season has pushed the south into its worst food "
        "crisis in a decade. Rainfall in the southern regions was less than half the "
        "long-term average.\n\n"
        "The number of people facing crisis levels of hunger has nearly doubled since June. "
        "The survey team visited 40 villages. Its measurements are expected to cut "
        "uncertainty in harvest estimates by around half.\n",
    )
    assert card_answering(cards, "a third consecutive failed rainy season").prompt == (
        "What has pushed the south into its worst food crisis in a decade?"
    )
    assert card_answering(cards, "less than half").kind == "text"
    assert card_answering(cards, "nearly doubled").prompt == (
        "How has the number of people facing crisis levels of hunger changed since June?"
    )
    # "Its measurements": the team's, named from the sentence before.
    assert card_answering(cards, "around half").prompt == (
        "The survey team's measurements are expected to cut uncertainty in harvest estimates "
        "by how much?"
    )
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "It was the worst harvest on record, the ministry said.",
            "What record did the harvest mark?",
            "worst harvest on record",
        ),
        (
            "This is the wettest autumn in a decade for the region.",
            "What record does the autumn mark?",
            "wettest autumn in a decade",
        ),
    ],
)
def test_a_record_without_a_start_date_is_asked(sentence: str, prompt: str, answer: str) -> None:
    assert [(fact.prompt, fact.answer) for fact in find_records(sentence, 1)] == [(prompt, answer)]


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        (
            "It is the first time since what year that inflation has fallen below the target?",
            "When had inflation last fallen below the target?",
        ),
        (
            "It was the first time since what year that the club had won a title?",
            "When had the club last won a title?",
        ),
        (
            "It is the first time since 2021 that inflation has fallen below the target of "
            "what percentage?",
            "Inflation has fallen below the target of what percentage?",
        ),
        # Not a first in a while: left as it was.
        ("It is the largest plant in what country?", None),
        # No perfect tense to ask "last" of: left to the other passes.
        ("It is the first time since what year that prices fell?", None),
    ],
)
def test_a_first_in_a_while_is_asked_as_what_it_says(prompt: str, asked: str | None) -> None:
    assert first_time_asked(prompt) == asked


def test_drafted_first_time_since(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "Inflation fell to 1.8% in November. It is the first time since 2021 that inflation "
        "has fallen below the 2% target.\n",
    )
    assert card_answering(cards, "2021").prompt == (
        "When had inflation last fallen below the target?"
    )
    assert not any(card.prompt.startswith(("It ", "Inflation is the first")) for card in cards)
    assert_no_give_aways(cards)


def test_the_year_a_record_after_a_figure_goes_back_to_is_asked_as_the_record(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Issued 3 December 2026\n\nStaff vacancies fell to 4.2%, the lowest since 2019.\n",
    )
    assert card_answering(cards, "2019").prompt == "When were staff vacancies last this low?"
    assert card_answering(cards, "lowest since 2019").prompt == (
        "What record did staff vacancies fall to?"
    )
    assert_no_give_aways(cards)
