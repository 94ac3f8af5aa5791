"""Dates an article gives relative to its own ("on Tuesday", "last year", "June 24 of next
year"), made absolute from its publication date, with the reasoning for the card's note."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.find_dates import MONTH_NAMES, MONTHS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
# A weekday followed by its date ("Friday, June 24") is read with that date, not from here.
_WEEKDAY = re.compile(r"\b(?:(?P<prep>on|by|until|since|from|last|this|next)\s+)?"
                      r"(?P<weekday>" + "|".join(WEEKDAYS) + r")\b(?!,?\s+(?:\d|(?:"
                      + _MONTHS + r")\b))")
_DAY_OF_RELATIVE_YEAR = re.compile(
    r"(?P<month>" + _MONTHS + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<which>next|last|this)\s+year\b"
)
_TODAY = re.compile(r"\b[Tt]oday\b(?!['’]s)")
# Words that put a weekday after the article's date rather than before it.
_FUTURE = re.compile(r"(?i)\b(?:will|would|is to|are to|scheduled|expected|plans?|due|next|"
                     r"upcoming|later)\b")


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A date written relative to the article's, resolved."""

    text: str
    sentence: str
    line: int
    value: dt.date
    note: str


def find_relative_dates(article: Article, published: dt.date) -> list[RelativeDate]:
    """Every weekday and "of next year" date in the article, resolved against ``published``."""
    found: list[RelativeDate] = []
    stamp = published.strftime("%A %d %B %Y").replace(" 0", " ")
    for number, line in enumerate(article.lines, start=1):
        for match in _DAY_OF_RELATIVE_YEAR.finditer(line):
            shift = {"next": 1, "last": -1, "this": 0}[match.group("which")]
            try:
                value = dt.date(published.year + shift, MONTHS[match.group("month")],
                                int(match.group("day")))
            except ValueError:
                continue
            note = (f"The article says “{match.group(0)}”; it was published on {stamp}, "
                    f"so that is {value.year}.")
            found.append(RelativeDate(match.group(0), sentence_around(line, *match.span()),
                                      number, value, note))
        for match in _TODAY.finditer(line):
            note = (f"The article says “{match.group(0)}” and was published on {stamp}.")
            found.append(RelativeDate(match.group(0), sentence_around(line, *match.span()),
                                      number, published, note))
        for match in _WEEKDAY.finditer(line):
            weekday = WEEKDAYS.index(match.group("weekday"))
            sentence = sentence_around(line, *match.span())
            prep = (match.group("prep") or "").casefold()
            future = prep == "next" or (prep != "last" and bool(_FUTURE.search(sentence)))
            if future:
                value = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
            else:
                value = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
            text = match.group(0)
            when = "the next" if future else "the last"
            if value == published:
                when = "the same day:"
            note = (f"The article says “{text}” and was published on {stamp}; {when} "
                    f"{MONTH_NAMES[value.month - 1]} {value.day}, {value.year}.")
            found.append(RelativeDate(text, sentence, number, value,
                                      note.replace(" the same day: ", " the same day, ")))
    return found


def relative_year_note(phrase: str, published: dt.date) -> tuple[int, str] | None:
    """The year "last year", "next year" or "this year" means, with the reasoning."""
    shift = {"last year": -1, "next year": 1, "this year": 0}.get(phrase.casefold())
    if shift is None:
        return None
    year = published.year + shift
    return year, f"The article says “{phrase}” and was published in {published.year}: {year}."
