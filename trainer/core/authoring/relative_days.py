"""Days a story names by their distance from its own: "last night", "yesterday",
"tomorrow" ("on Tuesday" and "today" are relative_dates.py's). "Tonight" and "this
morning" are the publication date itself, which the date line's card asks already."""

from __future__ import annotations

import datetime as dt
import re

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.relative_dates import RelativeDate, line_anchor
from trainer.core.calendar_words import MONTH_NAMES, WEEKDAY_NAMES

# How many days from the publication date each names; "yesterday's vote" is that day too.
_DAYS = {
    "last night": -1,
    "yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
}
_RELATIVE_DAY = re.compile(
    r"(?<![\w’'-])(?P<day>[Tt]he\s+day\s+before\s+yesterday|[Ll]ast\s+night|[Yy]esterday"
    r"|[Tt]omorrow)(?![\w’'-])"
    # "yesterday's figures" and "tomorrow's world" name no day an event happened on.
    r"(?![’']s)"
)
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def find_relative_days(article: Article, published: dt.date) -> list[RelativeDate]:
    """Every "last night", "yesterday" and "tomorrow" of the story's own words (a
    quotation's are the speaker's, said on a day the text may not give), resolved."""
    found: list[RelativeDate] = []
    for number, line in enumerate(article.lines, start=1):
        anchor, dated = line_anchor(line, published)
        quoted = [match.span() for match in _QUOTED.finditer(line)]
        for match in _RELATIVE_DAY.finditer(line):
            if any(start <= match.start() < end for start, end in quoted):
                continue
            written = match.group("day")
            value = anchor + dt.timedelta(days=_DAYS[" ".join(written.casefold().split())])
            note = f"The article says “{written}” and {dated}"
            note += f"; that is {_long(value)}."
            sentence = sentence_around(line, *match.span())
            found.append(RelativeDate(written, sentence, number, value, note))
    return found


def _long(value: dt.date) -> str:
    """ "Wednesday 4 November 2026"."""
    weekday = WEEKDAY_NAMES[value.weekday()]
    return f"{weekday} {value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
