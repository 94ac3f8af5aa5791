"""A question over the word limit loses the words an editor strikes first (a linking
adverb, a phrase dating it by the day, the first of two deeds) before any cut would take
its subject."""

from __future__ import annotations

import pytest

from trainer.core.authoring.spare_words import shortenings
from trainer.core.authoring.stand_alone import within_words


@pytest.mark.parametrize(
    ("prompt", "shortest"),
    [
        (
            "The grant will also pay for nine wardens and keep the visitor centre open at how"
            " many sites?",
            "The grant will keep the visitor centre open at how many sites?",
        ),
        (
            "The scheme is expected to take 400 lorries off the A62 and to cut noise by how"
            " many decibels?",
            "The scheme is expected to cut noise by how many decibels?",
        ),
        (
            "The mayor may either veto the plan or send it back and call a new vote within"
            " how many days?",
            "The mayor may call a new vote within how many days?",
        ),
        (
            "A long strike would halt the mills and could lift timber prices by what percentage?",
            "A long strike could lift timber prices by what percentage?",
        ),
        (
            "More than 900 homes have flooded in Dunmere so far this year, the worst since"
            " what year?",
            "More than 900 homes have flooded in Dunmere, the worst since what year?",
        ),
    ],
)
def test_the_spare_words_go_in_turn(prompt: str, shortest: str) -> None:
    assert list(shortenings(prompt))[-1] == shortest


@pytest.mark.parametrize(
    "prompt",
    [
        # Two nouns joined, not two deeds.
        "A week-long outage would cost shippers and retailers around how much a day?",
        # "it" points into the deed that would go.
        "The trust will either sell the pier or lease it to the town for how many years?",
        # A year or a date is never struck as the time of writing.
        "The plant closed in 2019 and reopened in which month?",
    ],
)
def test_what_is_not_spare_stays(prompt: str) -> None:
    assert list(shortenings(prompt)) == []


def test_a_long_question_keeps_its_subject_rather_than_a_window() -> None:
    prompt = (
        "The levy will instead fund 30 new posts in the highways and drainage department and"
        " extend opening hours at all how many depots?"
    )
    assert within_words(prompt) == "The levy will extend opening hours at all how many depots?"
