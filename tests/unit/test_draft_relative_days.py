"""Days a story names by their distance from its own date: "last night", "yesterday",
"tomorrow", resolved against the publication date, never inside a quotation or as a
possessive ("yesterday's figures")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.relative_days import find_relative_days

PUBLISHED = dt.date(2026, 11, 5)  # a Thursday


def _days(text: str) -> list[tuple[str, dt.date]]:
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    return [(found.text, found.value) for found in find_relative_days(article, PUBLISHED)]


def test_last_night_and_yesterday_are_the_day_before() -> None:
    text = (
        "The prime minister reshuffled her cabinet last night.\n"
        "Yesterday the bank raised its main rate to 4%.\n"
    )
    assert _days(text) == [
        ("last night", dt.date(2026, 11, 4)),
        ("Yesterday", dt.date(2026, 11, 4)),
    ]


def test_tomorrow_and_the_day_before_yesterday() -> None:
    text = "The vote is tomorrow. The strike began the day before yesterday.\n"
    assert _days(text) == [
        ("tomorrow", dt.date(2026, 11, 6)),
        ("the day before yesterday", dt.date(2026, 11, 3)),
    ]


def test_quoted_and_possessive_days_are_no_dates() -> None:
    text = (
        '"We cannot compete with Namibia tomorrow," she said.\nYesterday\'s figures were revised.\n'
    )
    assert _days(text) == []


def test_the_note_gives_the_reasoning() -> None:
    text = "Ministers met last night.\n"
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    (found,) = find_relative_days(article, PUBLISHED)
    assert found.note == (
        "The article says “last night” and was published on Thursday 5 November 2026; "
        "that is Wednesday 4 November 2026."
    )
