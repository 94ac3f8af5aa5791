"""Short claims a briefing keeps in the story's own words (issue 15): a count of none ("No
deaths have been reported"), a party's next step in law ("would not appeal", "had not
ruled out seeking a judicial review"), a record set off after the thing it describes
(", the largest outbreak of the disease in Wales since 2005", ", the highest level recorded
there since 1998") and an audit's verdict with "so far" inside it. Invented sentences in
several newsroom styles: a health release, a court story, a council story, a storm blog, an
audit summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.dangling_tails import without_dangling_tail
from trainer.core.authoring.find_legal_stances import find_legal_stances
from trainer.core.authoring.find_none_reported import find_none_reported
from trainer.core.authoring.find_scope_claims import find_scope_claims
from trainer.core.authoring.find_trends import find_trends

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        ("No deaths have been reported.", "How many deaths have been reported?", "no deaths"),
        (
            "Police said no arrests had so far been made.",
            "How many arrests have been made?",
            "no arrests",
        ),
        (
            "Nine people were treated in hospital, but no further cases were confirmed "
            "among staff.",
            "How many further cases were confirmed among staff?",
            "no further cases",
        ),
        (
            "The operator said that no injuries were reported.",
            "How many injuries were reported?",
            "no injuries",
        ),
    ],
)
def test_a_count_of_none_is_asked_as_a_count(sentence: str, prompt: str, answer: str) -> None:
    facts = find_none_reported(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in facts] == [(prompt, answer)]
    assert "none" in facts[0].accept


@pytest.mark.parametrize(
    "sentence",
    [
        "No one was hurt.",  # "no one" counts nothing named
        "No decision has been made on the route.",  # a singular: no count
        '"No complaints have been recorded," the manager said.',  # a speaker's words
        "No cases were recorded in 2025.",  # a figure in the clause is the year's card
    ],
)
def test_no_count_of_none_without_a_plural_outside_a_quote(sentence: str) -> None:
    assert find_none_reported(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Brantwood Mining, which is owned by the Swiss group Alpenholz and employs "
            "around 2,000 people, said it accepted the tribunal's findings and would not "
            "appeal.",
            "What did Brantwood Mining say about an appeal?",
            "would not appeal",
        ),
        (
            "Merrow's chief executive, Dana Pike, said in a statement that the company "
            "would appeal against the ruling.",
            "What did Merrow's chief executive say about an appeal?",
            "would appeal",
        ),
        (
            "The Save Hartley Library campaign said on Friday it was taking legal advice and "
            "had not ruled out seeking a judicial review.",
            "What did the Save Hartley Library campaign say about a judicial review?",
            "has not ruled out a judicial review",
        ),
    ],
)
def test_a_next_step_in_law_is_asked_of_its_speaker(
    sentence: str, prompt: str, answer: str
) -> None:
    facts = find_legal_stances(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in facts] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "She said she would appeal.",  # a pronoun names no speaker
        "The union said members would appeal to the minister for calm.",  # not an appeal in law
        'The club said: "We will not appeal."',  # a quotation's words
    ],
)
def test_no_next_step_in_law_without_a_named_speaker(sentence: str) -> None:
    assert find_legal_stances(sentence, 1) == []


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The river at Kellerby Bridge peaked at 4.1 metres above datum shortly after "
            "7pm, the highest level recorded there since 1998.",
            "What record did the river at Kellerby Bridge peak at?",
            "highest level since 1998",
        ),
        (
            "The agency confirmed 63 cases of mumps linked to an outbreak that began at a "
            "school in Dunmore, the largest outbreak of the disease in Wales since 2005.",
            "What record does the outbreak mark?",
            "largest outbreak in Wales since 2005",
        ),
    ],
)
def test_a_record_keeps_its_noun_and_start_without_asides(
    sentence: str, prompt: str, answer: str
) -> None:
    facts = find_trends(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in facts] == [(prompt, answer)]


def test_a_record_on_a_noun_the_clause_never_named_is_no_card() -> None:
    # "the largest fire ..." describes no fire named before it: nothing to ask it of.
    assert (
        find_trends("Crews worked through the night, the largest fire in Kent since 2011.", 1) == []
    )


def test_a_verdict_keeps_so_far_and_may_follow_said_without_that() -> None:
    facts = find_scope_claims(
        "The regional audit office said the ticketing programme has not so far delivered "
        "value for money.",
        1,
    )
    assert [(fact.prompt, fact.answer) for fact in facts] == [
        ("What is the verdict on the ticketing programme?", "not so far delivered value for money")
    ]


def test_drafted_short_claims_give_nothing_away(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The agency confirmed 63 cases of mumps linked to an outbreak that began at a "
        "school in Dunmore, the largest outbreak of the disease in Wales since 2005. Nine "
        "people have been treated in hospital. No deaths have been reported.\n\n"
        "Brantwood Mining said it accepted the tribunal's findings and would not appeal.\n",
    )
    assert card_answering(cards, "no deaths").prompt == "How many deaths have been reported?"
    assert card_answering(cards, "largest outbreak in Wales since 2005").prompt == (
        "What record does the outbreak mark?"
    )
    assert card_answering(cards, "2005").prompt == (
        "When was there last an outbreak this large in Wales?"
    )
    assert card_answering(cards, "would not appeal").prompt == (
        "What did Brantwood Mining say about an appeal?"
    )
    assert_no_give_aways(cards)


def test_a_season_with_its_year_is_asked_as_the_time_a_plan_is_set_for(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Commercial flights from the new runway are expected to start in spring 2028.\n\n"
        "A pilot with 400 households was postponed from spring 2025 to autumn 2026.\n",
    )
    assert card_answering(cards, "spring 2028").prompt == (
        "Commercial flights from the new runway are expected to start in which season?"
    )
    # A change from one season to another is no time of its own.
    assert not [card for card in cards if card.answer_text in ("spring 2025", "autumn 2026")]
    assert_no_give_aways(cards)


def test_a_season_asked_in_place_drops_an_infinitive_left_without_its_complement() -> None:
    assert without_dangling_tail("The work is expected to begin in which season and to take?") == (
        "The work is expected to begin in which season?"
    )
