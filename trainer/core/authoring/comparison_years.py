"""The year a compared figure is dated by: "2,300 ships, against 1,950 in 2024", "up from 31%
in 2023". It says when the earlier figure was counted, no event of the story: asked alone
("The port handled ships in what year?") it reads as if the main figure were that year's.
The compared figure is the card (find_compared_counts, find_figures); the year is no card.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The comparison before the year: its frame, the figure (a unit or noun of up to three
# words with it) and "in", right before the year.
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|(?:up|down)\s+from|"
    r"from)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?"
    r"(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|per\s?cent|bn|m|million|billion))?"
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|during|for)\s+(?:the\s+(?:whole\s+of\s+)?)?$"
)


def dates_a_comparison(sentence: str, start: int, answer: str) -> bool:
    """Whether the year ``answer`` at ``start`` in ``sentence`` dates a compared figure."""
    if _YEAR.fullmatch(answer) is None:
        return False
    return _COMPARED_BEFORE.search(sentence[max(0, start - 80) : start]) is not None
