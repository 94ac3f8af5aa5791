"""The date relative dates are read from is the article's publication date: never an
"Updated" stamp, and found in a byline that ends with it ("By Ingrid Solberg, 11 March 2026")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_dates import find_dateline

STORY = (
    "Norway will supply Poland with offshore wind power under an agreement signed on "
    "Tuesday, the two governments said."
)


def _article(*lines: str) -> Article:
    text = "\n".join(lines)
    return Article(path=Path("story.txt"), text=text, lines=tuple(text.splitlines()))


@pytest.mark.parametrize(
    "lines",
    [
        ("Updated 12 March 2026 16:40", "Published 11 March 2026", "", STORY),
        ("Published 11 March 2026 · Updated 12 March 2026", "", STORY),
        ("By Ingrid Solberg, 11 March 2026", "", STORY),
        ("By Ingrid Solberg - Northern Wire - 11 March 2026", "", STORY),
    ],
)
def test_the_publication_date_wins_over_an_updated_stamp_and_a_byline_gives_it(
    lines: tuple[str, ...],
) -> None:
    dateline = find_dateline(_article(*lines))
    assert dateline is not None and dateline.date == dt.date(2026, 3, 11)
    assert dateline.is_publication
