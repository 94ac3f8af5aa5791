"""Percentages written in words: "Nineteen per cent of respondents", "twenty-five percent".

Newsrooms spell out a number that opens a sentence, and some spell out every number under
a hundred; the share is the same fact as "19%", and is asked and graded as that figure.
"""

from __future__ import annotations

import re

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORDED = re.compile(
    rf"(?i)(?<![\w-])(?P<words>(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?"
    rf"|{'|'.join(sorted(_UNITS, key=len, reverse=True))}|a\s+hundred|one\s+hundred)"
    # "two and a half per cent of GDP"
    r"(?P<half>\s+and\s+a\s+half)?"
    r"\s+(?:per\s?cent|percent)\b"
)


def worded_percents(text: str) -> list[tuple[int, int, int | float]]:
    """(start, end, value) of each percentage ``text`` writes in words."""
    found: list[tuple[int, int, int | float]] = []
    for match in _WORDED.finditer(text):
        value = _value(match.group("words"))
        found.append((match.start(), match.end(), value + 0.5 if match.group("half") else value))
    return found


def _value(words: str) -> int:
    parts = re.split(r"[-\s]+", words.casefold())
    if parts[-1] == "hundred":
        return 100
    return sum(_TENS.get(part, 0) + _UNITS.get(part, 0) for part in parts)
