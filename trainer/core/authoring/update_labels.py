"""A paragraph a story labels as added later ("UPDATE, Friday 4 December: ..."): the date
of its label, from which its own relative dates count ("today" in it is that day)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.find_dates import FoundDate, dates_in_line, is_date_line

# "UPDATE, Thursday 3 December:", "Updated 4 Dec:": the label of a paragraph added later.
_UPDATE_LABEL = re.compile(r"(?i)\s*update[d]?\b[\s,:]*")


@dataclass(frozen=True, slots=True)
class UpdateLabel:
    """The date a paragraph's label gives, and the words that give it."""

    date: dt.date
    text: str


def update_label(line: str, published: dt.date | None) -> UpdateLabel | None:
    """The label's date when ``line`` is a paragraph labelled as added later; a label
    without its year is read as on or after ``published``."""
    found = _labelled_date(line)
    if found is None or found.day is None:
        return None
    year = found.year or _year_on_or_after(published, found.month, found.day)
    if year is None:
        return None
    return UpdateLabel(dt.date(year, found.month, found.day), found.text)


def without_update_label(prompt: str) -> str:
    """``prompt`` without the label opening it ("UPDATE, Friday 4 December: The three crew
    members were taken off on what date?" asks "The three crew members were ...")."""
    found = _labelled_date(prompt)
    if found is None:
        return prompt
    rest = prompt[prompt.find(found.text) + len(found.text) :].lstrip(":").lstrip()
    return rest[:1].upper() + rest[1:] if rest else prompt


def _labelled_date(line: str) -> FoundDate | None:
    """The date of ``line``'s label, if it opens with one. A stamp ("Updated 3 December
    2026, 11:20") labels no paragraph: a label's date is followed by a colon."""
    if _UPDATE_LABEL.match(line) is None:
        return None
    dates = dates_in_line(line)
    found = next((date for date in dates if is_date_line(line, date.text)), None)
    if found is None or found.day is None:
        return None
    if ":" not in line[line.find(found.text) + len(found.text) :][:2]:
        return None
    return found


def _year_on_or_after(published: dt.date | None, month: int, day: int) -> int | None:
    if published is None:
        return None
    year = published.year
    return year + 1 if (month, day) < (published.month, published.day) else year
