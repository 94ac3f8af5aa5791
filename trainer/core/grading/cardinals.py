"""Small numbers written as words, put into digits: "four months" and "4 months" are the
same answer on a text card, where the digit rule would otherwise tell them apart."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_VALUE = {word: value for value, word in enumerate(_UNITS)} | _TENS
# "twenty-one" and "twenty one" are one number; a tens word alone or a unit alone is too.
_CARDINAL = re.compile(
    r"\b(?:(?P<tens>" + "|".join(_TENS) + r")(?:[ -](?P<unit>" + "|".join(_UNITS[1:10]) + r"))?"
    r"|(?P<alone>" + "|".join(_UNITS) + r"))\b",
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
