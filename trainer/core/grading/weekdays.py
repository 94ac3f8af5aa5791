"""Weekday names and the abbreviations people write for them ("Fri", "Tues.", "Thurs")."""

from __future__ import annotations

import re

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Each weekday's full name, folded, and its abbreviations, by weekday number (Monday = 0).
_SPELLINGS = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed", "weds"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
WEEKDAYS = {word: number for number, words in enumerate(_SPELLINGS) for word in words}
ABBREVIATIONS = {words[0]: words[1:] for words in _SPELLINGS}
_WORD = re.compile(r"[^\W\d_]+")


def weekdays_named(folded: str) -> frozenset[int]:
    """The weekdays (Monday = 0) that folded text names, in full or abbreviated."""
    return frozenset(WEEKDAYS[word] for word in _WORD.findall(folded) if word in WEEKDAYS)


def abbreviated(text: str) -> list[str]:
    """``text`` (normalised) with one full weekday name written each short way, if it has one.

    "friday" gives ["fri"]; "late friday" gives ["late fri"]; text naming no weekday gives [].
    """
    words = text.split(" ")
    variants = []
    for index, word in enumerate(words):
        for short in ABBREVIATIONS.get(word, ()):
            variants.append(" ".join([*words[:index], short, *words[index + 1 :]]))
    return variants
