"""A report's "Key facts" box: the figures its text goes on to state in full sentences,
each written as a figure and a fragment ("£4.86bn  current estimated whole-life cost").
Read as sentences they make garbled prompts ("… of the programme now forecast for how
many?"), and a saved PDF runs the entries together into one line; cards are drafted from
the text that states them, so the box is left out.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL

_HEADING = re.compile(
    r"(?i)^\s*(?:key\s+(?:facts|figures|numbers|statistics)|at\s+a\s+glance|in\s+numbers"
    r"|facts\s+and\s+figures|by\s+the\s+numbers)\s*:?\s*$"
)
# An entry opens on its figure: "£312m", "68%", "3 years", "2 of 7", "US$1.2bn".
_ENTRY = re.compile(rf"^\s*(?:[{CAPITAL}]{{0,3}}[$€£¥]\s?)?\d")


def without_key_facts_box(story: Article) -> Article:
    """``story`` with the entries under a "Key facts" heading blanked, up to the first line
    that is no entry; the lines keep their places, so evidence stays where it was."""
    lines = list(story.lines)
    inside = False
    for at, line in enumerate(lines):
        if _HEADING.match(line):
            inside = True
            continue
        if not inside or not line.strip():
            continue
        if _ENTRY.match(line):
            lines[at] = ""
        else:
            inside = False
    return dataclasses.replace(story, lines=tuple(lines))
