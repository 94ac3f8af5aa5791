"""A wire story's exchange-rate note: a line that is only "($1 = 48.35 tarvas)" or
"(1 euro = 1.08 dollars)". It tells the reader how to convert the story's amounts, and is
no fact of the story: a card on it asks "(… = how many tarvas)?". Such lines are left out
of the story the cards are drafted from (blanked, so every other line stays where it is).
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL, SMALL

_AMOUNT = rf"(?:[{CAPITAL}]{{0,3}}[$€£¥]\s?)?\d[\d,.]*(?:\s+[{CAPITAL}{SMALL}]+)?"
_RATE_NOTE = re.compile(
    rf"\s*\(\s*(?:{_AMOUNT}|(?:one|1)\s+[{SMALL}]+)\s*=\s*{_AMOUNT}(?:\s+[{SMALL}]+)?\s*\)\s*"
)


def is_rate_note(line: str) -> bool:
    """Whether ``line`` is only an exchange-rate note."""
    return _RATE_NOTE.fullmatch(line) is not None


def without_rate_notes(story: Article) -> Article:
    """``story`` with each line that is only an exchange-rate note blanked."""
    lines = tuple("" if is_rate_note(line) else line for line in story.lines)
    return dataclasses.replace(story, lines=lines)
