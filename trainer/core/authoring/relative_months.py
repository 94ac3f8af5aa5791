"""Months an article gives relative to its own date: "next month", "last month", "this
month", resolved against the publication date to a month ("2026-04"), with the reasoning."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around

_RELATIVE_MONTH = re.compile(r"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+month\b(?![’']s)")
_SHIFT = {"last": -1, "next": 1, "this": 0}


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
    return found
