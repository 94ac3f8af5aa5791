"""A vote's tally, the figure council and court stories lean on (issue 15): asked of the
decision it settled, answered as written ("9-7"), and graded as a marker would. Invented
sentences in several newsroom styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_vote_tallies import find_majorities, find_vote_tallies
from trainer.core.deck import Card
from trainer.core.grading.grade import grade

_EARLIER = (
    "Riverton homeowners will pay more next year after city council narrowly approved a "
    "$980-million operating budget late Tuesday night."
)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The vote, 9-7, came just after 11:30 p.m. following nearly 10 hours of debate.",
            "What was the vote when city council approved the operating budget?",
            "9-7",
        ),
        (
            "An amendment to fund the pool by drawing $4 million from the reserve failed 8-8.",
            "What was the vote when an amendment to fund the pool failed?",
            "8-8",
        ),
        (
            "The Senate passed the bill by 52 votes to 48 on Tuesday.",
            "What was the vote when the Senate passed the bill?",
            "52 votes to 48",
        ),
        (
            "The board voted 5-2 to raise the fare.",
            "What was the vote when the board voted to raise the fare?",
            "5-2",
        ),
        (
            "Councillors approved the plan by a 6-3 vote.",
            "What was the vote when councillors approved the plan?",
            "6-3",
        ),
        (
            "The motion was carried 40-12 after a long debate.",
            "What was the vote when the motion was carried?",
            "40-12",
        ),
        (
            "The court, by a 4-3 vote, struck down the law.",
            "What was the vote when the court struck down the law?",
            "4-3",
        ),
        (
            "On a 5-4 vote, the board agreed to close the clinic.",
            "What was the vote when the board agreed to close the clinic?",
            "5-4",
        ),
        (
            "The committee voted 11-4 in favour of the merger.",
            "What was the vote when the committee voted in favour of the merger?",
            "11-4",
        ),
        (
            "The bill was defeated by 230 votes to 202.",
            "What was the vote when the bill was defeated?",
            "230 votes to 202",
        ),
        (
            "The Conservatives won 312 seats to 190 for Labour.",
            "What was the result in seats when the Conservatives won?",
            "312 seats to 190",
        ),
    ],
)
def test_a_tally_is_asked_of_its_decision(sentence: str, prompt: str, answer: str) -> None:
    found = find_vote_tallies(sentence, [_EARLIER], 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "United won 3-1 at home.",  # a score
        '"We lost 9-7 in the vote," she said.',  # a tally in a speaker's words
        "The bill passed in the 2019-20 session.",  # a span of years
        "Shares closed 2-3% higher after the bill passed.",  # a range of percentages
        "The vote, 9-7, came late.",  # no decision named before it (none given)
        "Voters chose 7-10 candidates.",  # no decision a tally settles
        "Ministers met on 8-9 September and approved the plan.",  # days of a month
        "The council approved the plan at a 10-11 a.m. session.",  # hours
    ],
)
def test_no_tally_card_without_a_vote_and_its_decision(sentence: str) -> None:
    assert find_vote_tallies(sentence, [], 1) == []


@pytest.mark.parametrize(
    ("typed", "right"),
    [("9-7", True), ("9 to 7", True), ("9–7", True), ("7-9", False), ("9-6", False)],
)
def test_a_tally_grades_as_a_marker_would(typed: str, right: bool) -> None:
    [fact] = find_vote_tallies("The vote, 9-7, came at midnight.", [_EARLIER], 1)
    card = Card(id="vote", kind="text", prompt=fact.prompt or "", answer=fact.answer)
    assert grade(card, typed).accepted is right


def test_drafted_from_a_council_story(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Council passes budget\n\nPublished 2 December 2026\n\n"
        f"{_EARLIER}\n\n"
        "The vote, 10-6, came after nine hours of debate.\n\n"
        "An amendment to keep the pool open failed 8-8, with the mayor voting against it.\n\n"
        "The vote on the harbour levy was 6-1.\n\n"
        '"We won 3-1 and the fans were superb," the coach said.\n',
    )
    by_answer = {card.answer_text: card.prompt for card in cards}
    assert by_answer["10-6"] == "What was the vote when city council approved the operating budget?"
    assert by_answer["8-8"] == "What was the vote when an amendment to keep the pool open failed?"
    assert "3-1" not in by_answer
    assert by_answer["6-1"] == "The vote on the harbour levy was what?"
    assert [card.answer_text for card in cards].count("10-6") == 1
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The motion was carried with a two-thirds majority on Tuesday.",
            "The motion was carried with what majority?",
            "two-thirds majority",
        ),
        (
            "Parliament approved the treaty by an overwhelming majority.",
            "Parliament approved the treaty by what majority?",
            "overwhelming majority",
        ),
    ],
)
def test_a_majority_is_asked_of_its_decision(sentence: str, prompt: str, answer: str) -> None:
    found = find_majorities(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The party won with a clear majority of residents backing it.",
        "A simple majority is needed.",  # no decision taken
        '"We passed it with a narrow majority," she said.',
    ],
)
def test_no_majority_card_without_a_decision(sentence: str) -> None:
    assert find_majorities(sentence, 1) == []


def test_a_two_thirds_majority_is_no_count_of_thirds(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "The motion was carried with a two-thirds majority on Tuesday.\n",
    )
    assert card_answering(cards, "two-thirds majority").prompt == (
        "The motion was carried with what majority?"
    )
    assert not any("thirds" in card.answer_text for card in cards if card.kind == "number")
