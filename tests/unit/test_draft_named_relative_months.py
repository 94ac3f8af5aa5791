""" "next September" and "last March" resolved against the article's date, only where they
read one way (relative_months.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.relative_months import find_relative_months


def _months(text: str, published: dt.date) -> dict[str, str]:
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    return {found.text: found.value for found in find_relative_months(article, published)}


def test_a_named_month_after_next_or_last_is_read_from_the_article_date() -> None:
    text = "The ferry terminal will reopen by the end of next July. Its manager left last April."
    assert _months(text, dt.date(2026, 11, 20)) == {"next July": "2027-07", "last April": "2026-04"}


def test_a_named_month_that_reads_two_ways_is_left() -> None:
    # "next October" said in March: this October or the one after; "last June" is one June.
    text = "The ferry terminal will reopen next October, and the pier opened last June."
    assert _months(text, dt.date(2026, 3, 2)) == {"last June": "2025-06"}
