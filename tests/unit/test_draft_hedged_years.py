"""A relative year hedged by "early" or "late" ("early next year") is a plan's rough timing:
no year card is drafted from it, while a plain "next year" still is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.relative_dates import find_relative_years

PUBLISHED = dt.date(2026, 3, 11)


def _years(sentence: str) -> list[int]:
    article = Article(path=Path("story.txt"), text=sentence, lines=(sentence,))
    return [found.value for found in find_relative_years(article, PUBLISHED)]


def test_a_hedged_relative_year_is_not_asked() -> None:
    assert _years("The ferry operator expects a revised timetable early next year.") == []
    assert _years("Work on the Dunlow bypass stalled late last year.") == []


def test_a_plain_relative_year_is_asked() -> None:
    assert _years("The Dunlow bypass will open next year.") == [2027]
    assert _years("The museum drew record crowds last year.") == [2025]
