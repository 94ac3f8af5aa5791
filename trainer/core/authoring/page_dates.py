"""The words a saved web page shows for its publication date ("24 November 2026, 9:42am",
"Sun 29 Nov 2026 06.00 GMT"), so that the date line draft writes above the story is the
page's own, as its reader saw it, and not a date re-spelt from the page's metadata.

Newsroom pages set the date of a byline in a ``<time>`` element; the first one whose words
read as the publication date (the first publication, which trafilatura picks, never an
"Updated" stamp) and make a date line the drafter reads as one is taken.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from trainer.core.authoring.find_dates import dates_in_line, is_date_line

# What the date line says before the date, as reading.py writes it.
PUBLISHED = "Published"


def publication_line(page: Any, published: dt.date) -> str:
    """The date line for a page published on ``published``: the page's own words for that
    date where a ``<time>`` element shows them, else the date written out in full.

    ``page`` is the page as trafilatura's ``load_html`` parses it (or None)."""
    for shown in _segments(_time_texts(page)):
        # "<time>Published Wednesday 2 December</time>": the page's label is not written twice.
        line = (
            shown if shown.casefold().startswith(PUBLISHED.casefold()) else f"{PUBLISHED} {shown}"
        )
        if _reads_as(line, published):
            return line
    return f"{PUBLISHED} {published.strftime('%d %B %Y').lstrip('0')}"


def _segments(texts: list[str]) -> list[str]:
    """Each text, then its parts between bars or middle dots: "Wednesday 2 December 2026,
    11.30 GMT | Updated 18.05 GMT" dates the page by its first part."""
    parts = [part.strip() for text in texts for part in re.split(r"\s[|·•]\s", text)]
    return texts + [part for part in parts if part and part not in texts]


def _time_texts(page: Any) -> list[str]:
    if page is None:
        return []
    texts = (" ".join(str(element.text_content()).split()) for element in page.iter("time"))
    return [text for text in texts if text]


def _reads_as(line: str, published: dt.date) -> bool:
    """True when ``line`` holds exactly one date, ``published``, as a date line would."""
    dates = dates_in_line(line)
    return len(dates) == 1 and dates[0].value() == published and is_date_line(line, dates[0].text)
