"""A wire dateline that gives the day without the year ("BERLIN, Dec 4 (Interpress Wire) -"),
as agencies write them: the story is dated the latest such day not after the day it is
drafted, since wire copy is read the day it moves. The card notes say which year was taken,
so an author drafting an old story can correct it.
"""

from __future__ import annotations

import datetime as dt
import re

from trainer.core.authoring.article import Article, head_lines
from trainer.core.authoring.find_dates import Dateline
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.calendar_words import MONTH_NAMES

_MONTH_NUMBERS = {name[:3].casefold(): at for at, name in enumerate(MONTH_NAMES, start=1)}
# "BERLIN, Dec 4 (Interpress Wire) -", "NAIROBI, March 9 (Reuters) --": a place in capitals,
# the month and day, an agency in brackets or not, and the dash that ends the dateline (the
# story's first words after it, or on the next line).
_YEARLESS = re.compile(
    rf"^\s*[{CAPITAL}][{CAPITAL}.'’ ]+[{CAPITAL}.],\s+"
    # "PORT KLANG, Malaysia, Nov 26", "AUSTIN, Texas, Oct 28": a country or state after it.
    rf"(?:[{CAPITAL}][\w.]*(?:\s+[{CAPITAL}][\w.]*){{0,2}},\s+)?(?P<month>[{CAPITAL}][{SMALL}]{{2,8}})\.?\s+(?P<day>\d{{1,2}})"
    r"(?!\s*,?\s*\d)\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—])(?:\s+|$)"
)


def yearless_dateline(article: Article, today: dt.date) -> Dateline | None:
    """The publication date of a wire dateline without a year, read against ``today``."""
    for line in head_lines(article.lines):
        match = _YEARLESS.match(line)
        if match is None:
            continue
        month = _MONTH_NUMBERS.get(match.group("month")[:3].casefold())
        if month is None:
            continue
        day = int(match.group("day"))
        for year in (today.year, today.year - 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue  # 29 February in a year without one
            if date <= today:
                return Dateline(date=date, line_text=line.strip(), is_publication=True)
    return None


def story_dateline(article: Article, dateline: Dateline) -> Dateline:
    """The story's own wire dateline ("PORT KLANG, Malaysia, Nov 26 (Meridian Wire) -") in
    place of a date line a saved page's metadata gave ("Published 26 November 2026"), when
    both give the same day: the card then cites the words the story was filed under, and
    the page's line supplies the year the wire dateline leaves out."""
    if not dateline.is_publication or _YEARLESS.match(dateline.line_text):
        return dateline
    for line in head_lines(article.lines):
        match = _YEARLESS.match(line)
        if match is None:
            continue
        month = _MONTH_NUMBERS.get(match.group("month")[:3].casefold())
        if (month, int(match.group("day"))) == (dateline.date.month, dateline.date.day):
            return Dateline(date=dateline.date, line_text=line.strip(), is_publication=True)
    return dateline


def yearless_note(dateline: Dateline) -> str:
    """What a note says of a date read from a dateline without a year."""
    return (
        f"The dateline gives no year; {dateline.date.year} is assumed, the latest "
        f"{dateline.date:%B} {dateline.date.day} up to the day this was drafted."
    )
