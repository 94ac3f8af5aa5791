"""A contest's result as a results report states it (issue 15): the score, the winner, when
goals came and who scored, the crowd and ground, the previous record and the next meeting;
a match clock's minutes are no count to learn. Invented reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_results import _Context, _in_sentence, is_match_clock

_REPORT = """Berg strike ends Eastfield's long wait
The Daily Test | Saturday 14 March 2026

Eastfield Rovers beat Ashby Town 2-1 in the Midland Cup final on Saturday.

Ashby went ahead in the 12th minute when Dutch winger Pieter van Loon headed in a corner.

A crowd of 24,310 at Kingsmead Park saw the hosts fight back.

The previous attendance record for the final, 21,004, was set in 2011.
"""


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Harbour City beat ten-man Millbrook 4-3 in the Coastal Shield final.",
            "What was the score in the Coastal Shield final?",
            "4-3",
        ),
        (
            "Harbour City beat ten-man Millbrook 4-3 in the Coastal Shield final.",
            "Who won the Coastal Shield final?",
            "Harbour City",
        ),
        (
            "Forward Lena Sorel scored in stoppage time as Harbour City beat Millbrook 2-1 in"
            " the Coastal Shield final.",
            "Who scored the winning goal in the Coastal Shield final?",
            "Lena Sorel",
        ),
        (
            "It was their 3-0 win over Dunford Athletic since August.",
            "What was the score of the win over Dunford Athletic?",
            "3-0",
        ),
        (
            "Millbrook drew 1-1 with Harbour City on Tuesday.",
            "What was the score when Millbrook drew with Harbour City?",
            "1-1",
        ),
        (
            "Yusuf Adeyemi converted a 58th-minute penalty to level the tie.",
            "Yusuf Adeyemi converted a penalty in which minute?",
            "58th minute",
        ),
        (
            "The previous points record for the league, 102, was set by Ashby in 1999.",
            "What was the previous points record for the league?",
            "102",
        ),
        (
            "Harbour City will meet holders Ferndale Wanderers in the Coastal Shield semi-final.",
            "Who will Harbour City meet in the Coastal Shield semi-final?",
            "Ferndale Wanderers",
        ),
    ],
)
def test_result_facts_are_asked(sentence: str, prompt: str, answer: str) -> None:
    facts = _in_sentence(sentence, 1, _Context())
    assert (prompt, answer) in [(fact.prompt, fact.answer) for fact in facts]


def test_a_crowd_is_asked_of_the_event_the_report_names() -> None:
    facts = _in_sentence(
        "A crowd of 18,200 at Kingsmead Park saw the comeback.",
        3,
        _Context(event="the Midland Cup final"),
    )
    asked = {(fact.prompt, fact.answer) for fact in facts}
    assert ("What was the attendance at the Midland Cup final?", "18,200") in asked
    assert ("Where was the Midland Cup final played?", "Kingsmead Park") in asked


def test_quotes_and_plain_counts_are_no_results() -> None:
    assert not _in_sentence('"We beat Ashby 2-1 in the final," she said.', 1, _Context())
    assert not _in_sentence("The council approved 40 new homes.", 1, _Context())


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Sorel scored nine minutes from the end of extra time.", "nine"),
        ("Okafor levelled seven minutes before half-time.", "seven"),
        ("Berg, on for only 20 minutes, met the cross.", "20"),
        ("The visitors spent the last 26 minutes defending.", "26"),
    ],
)
def test_a_match_clock_is_no_count(sentence: str, count: str) -> None:
    start = sentence.index(count)
    assert is_match_clock(sentence, start, start + len(count))


def test_a_journey_time_is_a_count() -> None:
    sentence = "The new line cuts the journey to 35 minutes."
    start = sentence.index("35")
    assert not is_match_clock(sentence, start, start + 2)


def test_a_report_is_drafted_with_its_result(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, _REPORT)
    assert card_answering(cards, "2-1").prompt == "What was the score in the Midland Cup final?"
    assert card_answering(cards, "Eastfield Rovers").prompt == "Who won the Midland Cup final?"
    assert card_answering(cards, "12th minute")
    assert card_answering(cards, "Pieter van Loon").prompt == "Who headed in a corner?"
    assert card_answering(cards, "24,310").prompt == (
        "What was the attendance at the Midland Cup final?"
    )
    assert card_answering(cards, "21,004")
    assert_no_give_aways(cards)
