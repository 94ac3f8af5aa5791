"""The last day a page says it was changed after it was published ("Last modified on Fri 4
Dec 2026", "Updated 4 December 2026", "This article was amended on 4 December 2026"): a
bare weekday in the past tense that falls between the two days is the day the story was
brought up to, not the same weekday of the week before publication."""

from __future__ import annotations

import datetime as dt
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_dates import find_dates

# The words right before the date: "Last modified on Fri", "Updated:", "was amended on".
_CHANGED_BEFORE = re.compile(
    r"(?i)\b(?:modified|updated?|amended|corrected)\b[\s:,]*(?:on\s+)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$"
)
# A stamp more than this many days after publication dates a later revision, not the
# story's own week: a weekday is not read against it.
_WITHIN_DAYS = 6


def page_modified(article: Article, published: dt.date) -> dt.date | None:
    """The latest day within a week after ``published`` on which the page says it was
    modified, updated or amended; None when it says none."""
    latest: dt.date | None = None
    for date in find_dates(article):
        value = date.value()
        if value is None or not published < value <= published + dt.timedelta(_WITHIN_DAYS):
            continue
        line = article.lines[date.line - 1]
        if _CHANGED_BEFORE.search(line[: line.find(date.text)]) is None:
            continue
        latest = value if latest is None else max(latest, value)
    return latest
