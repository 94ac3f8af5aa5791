"""The card kind an imported answer plainly is, so an imported deck keeps the grading.

A flashcard export says nothing of kinds, but some answers leave no doubt: "$550 billion" is
a number, "July 22, 2025" a date, and "Ryosei Akazawa" answering "Who ...?" a person's
name. Each is graded as one ("$550bn", "22 July", "Akazawa" are right). Where the signal
is weak the card stays text: a comma alone does not make a list ("Washington, D.C."), a
capitalised phrase is not a person unless the prompt asks who or names a person's post
("Japanese negotiator?"), and a choice cannot be told
from two columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.find_role_appositives import ROLE_HEADS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.grading.dates import read_date
from trainer.core.grading.numbers import (
    CURRENCY_COUNTRIES,
    CURRENCY_WORDS,
    PERCENT_WORDS,
    SCALES,
    QuantityPair,
    parse_answer,
)

# Words a number answer may hold besides its figure: scale, currency, percent, and units.
_NUMBER_COMPANIONS = frozenset(
    {
        *SCALES,
        *CURRENCY_WORDS,
        *CURRENCY_COUNTRIES,
        *PERCENT_WORDS,
        # The letters before a dollar sign: C$, A$, HK$, NZ$, S$.
        "c",
        "a",
        "hk",
        "nz",
        "s",
        "per",
        "cent",
        # A range: "4 to 6 per cent", "between 10 and 20".
        "to",
        "and",
        "between",
        "about",
        "around",
        "nearly",
        "over",
        "approximately",
        "some",
        "people",
        "troops",
        "soldiers",
        "jobs",
        "workers",
        "votes",
        "seats",
        "members",
        "countries",
        "states",
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "minutes",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "kg",
        "tonnes",
        "tons",
        "barrels",
    }
)
_WORD = re.compile(r"[^\W\d_]+")
# A date in digits alone, whose year may be two digits: 7/25/25, 25.07.2025.
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")
_WHO = re.compile(r"(?i)^\W*(?:who|whom|whose)\b|\bwho\s+(?:is|was|are|were)\b")
# A prompt naming a person's post asks for a person ("Japanese negotiator?", "Fed chair?"),
# unless it asks which body or place holds it ("Which company's chief executive?").
_ROLE_ASKED = re.compile(rf"(?i)\b(?:{ROLE_HEADS})s?\b")
_THING_ASKED = re.compile(
    r"(?i)\b(?:which|what)\s+(?:[\w-]+\s+)?(?:company|firm|country|city|town|body|agency|"
    r"organi[sz]ation|party|group|team|bank|court|ministry|department|place|state|nation)\b"
)
_NAME_WORD = re.compile(rf"[{CAPITAL}][{SMALL}à-ÿ’'-]*[{SMALL}à-ÿ]|[{CAPITAL}]\.")
_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class Inferred:
    """A kind read from an answer, the answer in that kind's form, and why."""

    kind: str
    answer: str
    reason: str


def infer_kind(prompt: str, answer: str) -> Inferred | None:
    """The kind ``answer`` plainly is (number, date or name), or None to keep it text."""
    text = " ".join(answer.split())
    if not text or len(text.split()) > _MAX_WORDS or "\n" in answer:
        return None
    return _as_date(text) or _as_number(text) or _as_name(prompt, text)


def _as_date(text: str) -> Inferred | None:
    if not re.search(r"\d", text) or re.search(r"[$€£¥%]", text):
        return None
    reading = read_date(text)
    if len(reading.dates) != 1 or reading.misspelt_month:
        return None  # none, or two readings (05/07/2025): the author must say which
    date = reading.dates[0]
    if date.year is None or not (str(date.year) in text or _NUMERIC_DATE.fullmatch(text.strip())):
        return None  # "7 and 8 July" is two days, not 7 July 2008
    # Every word but the date's own (month, weekday) would make it a phrase with a date in it.
    letters = [word.casefold() for word in _WORD.findall(text)]
    if len(letters) > 2:
        return None
    if date.day is None:
        iso = f"{date.year:04d}-{date.month:02d}"
    else:
        iso = f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if iso == text:
        return Inferred("date", iso, "a date")
    return Inferred("date", iso, f"a date (“{text}” written as {iso})")


def _as_number(text: str) -> Inferred | None:
    if not re.search(r"\d", text):
        return None
    answer = parse_answer(text)
    if answer is None or (isinstance(answer, QuantityPair) and _years(answer)):
        return None  # "2013 to 2018" is a span of years: text grading reads "2013-18"
    words = [word.casefold() for word in _WORD.findall(text)]
    if any(word not in _NUMBER_COMPANIONS for word in words):
        return None
    return Inferred("number", text, "a number")


def _as_name(prompt: str, text: str) -> Inferred | None:
    """A person's full name answering a question about who, or about a person's post."""
    if not (
        _WHO.search(prompt) or (_ROLE_ASKED.search(prompt) and not _THING_ASKED.search(prompt))
    ):
        return None
    words = text.split()
    if not 2 <= len(words) <= 4 or any(word in ORGANISATION_WORDS for word in words):
        return None
    if not all(_NAME_WORD.fullmatch(word) for word in words):
        return None
    return Inferred("name", text, "a person's name")


def _years(pair: QuantityPair) -> bool:
    """Whether both ends of a pair are bare whole numbers that read as years."""
    return all(
        end.figure.denominator == 1
        and 1000 <= end.figure <= 2999
        and end.scale == 1
        and not (end.percent or end.currency)
        for end in (pair.first, pair.second)
    )
