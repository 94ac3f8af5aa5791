"""Small numbers written as words, put into digits: "four months" and "4 months" are the
same answer on a text card, where the digit rule would otherwise tell them apart."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.grading.numbers import TENS_WORDS, UNIT_WORDS

_VALUE = {word: value for value, word in enumerate(UNIT_WORDS)} | TENS_WORDS
# "twenty-one" and "twenty one" are one number; a tens word alone or a unit alone is too.
_CARDINAL = re.compile(
    r"\b(?:(?P<tens>"
    + "|".join(TENS_WORDS)
    + r")(?:[ -](?P<unit>"
    + "|".join(UNIT_WORDS[1:10])
    + r"))?"
    r"|(?P<alone>" + "|".join(UNIT_WORDS) + r"))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def cardinals_in_digits(text: str) -> str:
    """``text`` with each number from zero to ninety-nine written in words put in digits."""
    return _CARDINAL.sub(_digits, text)


def has_cardinal(text: str) -> bool:
    """True when ``text`` writes a number from zero to ninety-nine in words."""
    return _CARDINAL.search(text) is not None


def _digits(match: re.Match[str]) -> str:
    if match.group("alone"):
        return str(_VALUE[match.group("alone").lower()])
    value = _VALUE[match.group("tens").lower()]
    if match.group("unit"):
        value += _VALUE[match.group("unit").lower()]
    return str(value)
