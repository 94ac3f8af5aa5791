"""Months an article gives relative to its own date: "next month", "last month", "this
month", resolved against the publication date to a month ("2026-04"), with the reasoning."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.calendar_words import MONTH_NAMES

_RELATIVE_MONTH = re.compile(r"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+month\b(?![’']s)")
_SHIFT = {"last": -1, "next": 1, "this": 0}
# "by the end of next September", said in December: the September of the year after. Only
# where it cannot be read two ways: "next September" said in March may mean either.
_NAMED_MONTH = re.compile(
    rf"\b(?P<which>[Ll]ast|[Nn]ext)\s+(?P<month>{'|'.join(MONTH_NAMES)})\b(?![’']s)"
)


@dataclass(frozen=True, slots=True)
class RelativeMonth:
    """ "next month" as written, its sentence and line, and the month it means."""

    text: str
    sentence: str
    line: int
    value: str  # "2026-04"
    note: str


def find_relative_months(article: Article, published: dt.date) -> list[RelativeMonth]:
    """Every "last month", "next month" and "this month" in the article."""
    found: list[RelativeMonth] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _RELATIVE_MONTH.finditer(line):
            months = published.year * 12 + published.month - 1 + _SHIFT[match["which"].lower()]
            month = dt.date(months // 12, months % 12 + 1, 1)
            note = (
                f"The article says “{match.group(0)}” and was published in "
                f"{published:%B %Y}, so that is {month:%B %Y}."
            )
            # A month the article also names outright ("in December 2025") is asked there
            # if at all; a second card would give the first away.
            if re.search(rf"\b{month:%B}\s+{month.year}\b", article.text):
                continue
            sentence = sentence_around(line, *match.span())
            found.append(RelativeMonth(match.group(0), sentence, number, f"{month:%Y-%m}", note))
        found += _named_months(line, number, published, article.text)
    return found


def _named_months(line: str, number: int, published: dt.date, text: str) -> list[RelativeMonth]:
    """Each "next September" or "last March" in ``line`` that reads one way only."""
    found: list[RelativeMonth] = []
    for match in _NAMED_MONTH.finditer(line):
        month_number = MONTH_NAMES.index(match["month"]) + 1
        if match["which"].lower() == "next":
            if month_number > published.month:
                continue  # this year's or next year's: the article does not say
            year = published.year + 1
        else:  # the latest such month before the article's own
            year = published.year - (month_number >= published.month)
        month = dt.date(year, month_number, 1)
        if re.search(rf"\b{month:%B}\s+{month.year}\b", text):
            continue
        note = (
            f"The article says “{match.group(0)}” and was published in "
            f"{published:%B %Y}, so that is {month:%B %Y}."
        )
        sentence = sentence_around(line, *match.span())
        found.append(RelativeMonth(match.group(0), sentence, number, f"{month:%Y-%m}", note))
    return found
