"""A bare weekday in the past tense on a page modified after it was published, when that
weekday falls between the two days, is the day the story was brought up to ("In a
statement on Friday" on a page published Thursday and modified Friday)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.page_modified import page_modified
from trainer.core.authoring.relative_dates import find_relative_dates

PUBLISHED = dt.date(2027, 3, 4)  # a Thursday
STORY = "In a statement on Friday morning, the airline said it would appeal."


def _article(*lines: str) -> Article:
    text = "\n".join(lines)
    return Article(path=Path("story.txt"), text=text, lines=tuple(text.splitlines()))


def _friday(*lines: str) -> dt.date:
    [found] = [
        date
        for date in find_relative_dates(_article(*lines), PUBLISHED)
        if date.text.startswith("on Friday")
    ]
    return found.value


def test_a_page_modified_the_next_day_brings_its_weekday_forward() -> None:
    head = "Published Thu 4 Mar 2027 16.05 GMT. Last modified on Fri 5 Mar 2027 08.40 GMT"
    assert _friday(head, "", STORY) == dt.date(2027, 3, 5)


def test_an_amendment_note_dates_the_change_too() -> None:
    note = "This article was amended on 5 March 2027 to add the airline's statement."
    assert _friday("Published 4 March 2027", "", STORY, "", note) == dt.date(2027, 3, 5)


def test_without_a_later_stamp_the_weekday_is_the_one_before() -> None:
    assert _friday("Published 4 March 2027", "", STORY) == dt.date(2027, 2, 26)


def test_last_friday_stays_the_one_before() -> None:
    head = "Last modified on Fri 5 Mar 2027 08.40 GMT"
    line = "The airline first warned of losses last Friday, its chief said."
    [found] = find_relative_dates(_article(head, "", line), PUBLISHED)
    assert found.value == dt.date(2027, 2, 26)


def test_a_stamp_weeks_later_is_a_later_revision() -> None:
    article = _article("Updated 30 March 2027", "", STORY)
    assert page_modified(article, PUBLISHED) is None
