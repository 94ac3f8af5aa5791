"""Reading a date as people write it: "25th of July 2025", "Jul 25", "25/07/2025", "2025-07".

A date needs a month and a day or a year. Month names and abbreviations, ordinals ("25th",
"twenty-fifth") and a weekday before the date are understood, the weekday kept so that the
date can be checked against it; all-digit dates use one separator (/ . -) and read year-first
(2025-07-25), or day-first and month-first, both kept when both are real dates. A bare year
or weekday is not a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Literal

from text_to_num import text2num

from trainer.core.calendar_words import MONTH_NAMES as CALENDAR_MONTHS
from trainer.core.grading.normalize import fold
from trainer.core.grading.numbers import NUMBER_WORDS, year_in_words
from trainer.core.grading.typos import edit_distance
from trainer.core.grading.weekdays import WEEKDAYS, weekdays_named

# Longer text is not a date anyone types; reading it would only cost time.
MAX_DATE_TEXT = 200

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
# Indexed by month number, so index 0 is empty.
MONTH_NAMES = ("", *CALENDAR_MONTHS)
_UNIT_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
ORDINAL_WORDS = {
    **_UNIT_ORDINALS,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
_TENS = {"twenty": 20, "thirty": 30}
# Words that join number words into one number: "two thousand and five", "twenty oh five".
_JOINERS = frozenset({"and", "oh"})
# A number in words this large in a date is its year; smaller ones are left unread.
MIN_YEAR_IN_WORDS = 1000

_NUMERIC = re.compile(r"(?<![\d.,])(\d{1,4})([/.-])(\d{1,4})(?:\2(\d{1,4}))?(?![\d,]|\.\d)")
_TOKEN = re.compile(r"(\d+)(?:(?:st|nd|rd|th)(?![^\W\d_]))?|[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from text; ``year`` or ``day`` may be missing, the month never is."""

    year: int | None
    month: int
    day: int | None

    @property
    def precision(self) -> Literal["day", "month"]:
        """ "day" when the day is known, else "month"."""
        return "day" if self.day is not None else "month"

    def show(self) -> str:
        """The date as a person would write it: 25 July 2025, July 2025, 25 July."""
        parts = [str(self.day)] if self.day is not None else []
        parts.append(MONTH_NAMES[self.month])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class DateReading:
    """Every way the text reads as a date (two for 05/07/2025), or why it reads as none."""

    dates: tuple[ParsedDate, ...]
    problem: str = ""
    # The weekdays the text names (Monday = 0): "Tuesday 7 April 2025" says 7 April is one.
    weekdays: frozenset[int] = frozenset()
    # A month name read through a typo ("Decembr"): the date is at best close.
    misspelt_month: str = ""


def parse_date(text: str) -> ParsedDate | None:
    """The date in ``text`` (day-first when it reads two ways; year may be None), or None."""
    dates = read_date(text).dates
    return dates[0] if dates else None


def read_date(text: str) -> DateReading:
    """Read ``text`` as a date; say why when it is not one."""
    if len(text) > MAX_DATE_TEXT:
        return DateReading((), "too long to be a date")
    folded = fold(text).strip()
    reading = _dates_in(folded)
    weekdays = weekdays_named(folded) if reading.dates else frozenset()
    return replace(reading, weekdays=weekdays) if weekdays else reading


def _dates_in(folded: str) -> DateReading:
    numeric = _NUMERIC.search(folded)
    if numeric and not any(word in MONTHS for word in _words(folded)):
        rest = folded[: numeric.start()] + " " + folded[numeric.end() :]
        if any(char.isdigit() for char in rest):
            return DateReading((), "more than one date")
        return _numeric_dates(numeric)
    return _worded_date(folded)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _numeric_dates(match: re.Match[str]) -> DateReading:
    first, separator, second, third = match.groups()
    orders: list[tuple[str | None, str, str | None]] = []  # (year, month, day)
    if third is None:
        if len(first) == 4:
            orders.append((first, second, None))
        elif len(second) == 4:
            orders.append((second, first, None))
        elif separator != ".":
            orders += [(None, second, first), (None, first, second)]
    elif len(first) == 4:
        orders.append((first, second, third))
    elif len(third) in (2, 4):
        orders += [(third, second, first), (third, first, second)]
    if not orders:
        return DateReading((), "no date found")
    dates = []
    for year, month, day in orders:
        date = _real_date(_year(year), int(month), int(day) if day else None)
        if date is not None and date not in dates:
            dates.append(date)
    return DateReading(tuple(dates), "" if dates else "not a real date")


def _worded_date(text: str) -> DateReading:
    months: list[int] = []
    numbers: list[str] = []
    ordinals: list[int] = []
    weekday = False
    tens = 0  # "twenty" waiting for "fifth"
    tokens = [(match.group(0), match.group(1)) for match in _TOKEN.finditer(text.replace("-", " "))]
    numbers.extend(_years_in_words([token for token, _ in tokens]))
    misspelt = ""
    for token, digits in tokens:
        if digits:
            numbers.append(digits)
        elif token in MONTHS:
            months.append(MONTHS[token])
        elif (month := _misspelt_month(token)) is not None:
            months.append(month)
            misspelt = token
        elif token in WEEKDAYS:
            weekday = True
        elif token in ORDINAL_WORDS:
            ordinals.append(ORDINAL_WORDS[token] + (tens if token in _UNIT_ORDINALS else 0))
        tens = _TENS.get(token, 0)
    if not months:
        if numbers or ordinals:
            if len(numbers) == 1 and len(numbers[0]) == 4 and not ordinals:
                return DateReading((), "a year alone is not a date")
            return DateReading((), "no month given")
        return DateReading((), "a weekday is not a date" if weekday else "no date found")
    if len(months) > 1:
        return DateReading((), "more than one date")
    years = [int(number) for number in numbers if len(number) >= 3]
    days = [int(number) for number in numbers if len(number) <= 2] + ordinals
    if not years and len(days) == 2 and not ordinals:
        years, days = [2000 + days[1]], days[:1]
    if len(years) > 1 or len(days) > 1:
        return DateReading((), "more than one date")
    date = _real_date(years[0] if years else None, months[0], days[0] if days else None)
    return DateReading(
        (date,) if date else (), "" if date else "not a real date", misspelt_month=misspelt
    )


def _misspelt_month(token: str) -> int | None:
    """The month a word of five letters or more misspells by one letter ("Decembr",
    "Febuary"), two for nine or more ("Septembre"); None for any other word."""
    if len(token) < 5:
        return None
    budget = 2 if len(token) >= 9 else 1
    for number, name in enumerate(MONTH_NAMES[1:], start=1):
        if edit_distance(token, name.casefold(), budget) <= budget:
            return number
    return None


def _years_in_words(tokens: list[str]) -> list[str]:
    """Years written in words ("twenty twenty-one", "two thousand and five"), as digits.

    A run of number words is read as one number, and kept when it is a year; a tens word
    just before a unit ordinal ("twenty" of "twenty-fifth") belongs to the day.
    """
    years = []
    start = 0
    while start < len(tokens):
        if tokens[start] not in NUMBER_WORDS:
            start += 1
            continue
        end = start
        while end < len(tokens) and (tokens[end] in NUMBER_WORDS or tokens[end] in _JOINERS):
            end += 1
        run = tokens[start:end]
        if end < len(tokens) and tokens[end] in _UNIT_ORDINALS and run[-1] in _TENS:
            run = run[:-1]
        year = _year_in_words(run)
        if year is not None:
            years.append(str(year))
        start = end + 1
    return years


def _year_in_words(words: list[str]) -> int | None:
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    if not words:
        return None
    try:
        value: int | None = text2num(" ".join(words), "en")
    except ValueError:
        value = year_in_words(words)
    return value if value is not None and MIN_YEAR_IN_WORDS <= value <= 9999 else None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


def _real_date(year: int | None, month: int, day: int | None) -> ParsedDate | None:
    if not 1 <= month <= 12 or (year is not None and not 1 <= year <= 9999):
        return None
    if day is not None:
        # Without a year, 29 February is still a real date.
        days_in_month = calendar.monthrange(year if year is not None else 2024, month)[1]
        if not 1 <= day <= days_in_month:
            return None
    return ParsedDate(year, month, day)
