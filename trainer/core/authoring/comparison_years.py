"""The year a figure is dated by: "2,300 ships, against 1,950 in 2024", "up from 31% in 2023",
"growth of 1.2% in 2026 and 1.4% in 2027". It says when the figure was counted, no event
of the story: asked alone ("The port handled ships in what year?", "Growth is forecast in
what year?") it reads as if the sentence's main fact were that year's. The figure is the
card (find_compared_counts, find_figures); the year is no card.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PERIOD = re.compile(rf"(?:the\s+)?[{SMALL}]+\s+(?:quarter|half)\s+of\s+(?:1[89]|20)\d\d")
# The comparison before the year: its frame, the figure (a unit or noun of up to three
# words with it) and "in", right before the year.
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|as\s+against|against|versus|vs\.?|(?:up|down)\s+from|"
    r"from)\s+(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?"
    r"(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?(?:%|per\s?cent|bn|m|million|billion))?"
    rf"(?:\s+[{SMALL}][\w-]*){{0,5}}?\s+(?:in|during|for|before)\s+(?:the\s+(?:whole\s+of\s+)?)?$"
)
# A money amount or a percentage right before "in" and the year: "1.4% in 2027".
_FIGURE_BEFORE = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s?(?:bn|m|million|billion|trillion))?"
    r"|\d[\d,.]*\s?(?:%|per\s?cent|percent))\s+in\s+$"
)


def dates_a_comparison(sentence: str, start: int, answer: str) -> bool:
    """Whether the year ``answer`` at ``start`` in ``sentence`` dates a figure before it."""
    # "the third quarter of 2025", "the first half of 2024": a period ending in its year.
    if _YEAR.fullmatch(answer) is None and _PERIOD.fullmatch(answer) is None:
        return False
    before = sentence[max(0, start - 80) : start]
    return _COMPARED_BEFORE.search(before) is not None or _FIGURE_BEFORE.search(before) is not None
