"""Grading date cards: any common written form, matched to the day or to the month."""

from __future__ import annotations

import calendar

from trainer.core.deck import Card
from trainer.core.grading.dates import MONTH_NAMES, ParsedDate, parse_date, read_date
from trainer.core.grading.result import Grade, close, correct, wrong
from trainer.core.grading.weekdays import WEEKDAY_NAMES

MISSING_YEAR_SCORE = 0.75
MISSPELT_MONTH_SCORE = 0.85
_RANK = {"correct": 2, "close": 1, "wrong": 0}


def grade_date(card: Card, response: str) -> Grade:
    """Grade a date card; a date that reads two ways counts when either reading is right."""
    expected = parse_date(card.answer_text)
    if expected is None or expected.year is None:
        return wrong("the card's answer is not a readable date")
    reading = read_date(response)
    if not reading.dates:
        return wrong(reading.problem)
    grades = [judge(date, expected, reading.weekdays) for date in reading.dates]
    best = max(grades, key=lambda grade: (_RANK[grade.verdict], grade.score))
    if best.accepted and reading.misspelt_month:
        # "31 Decembr": the right date through a typo, as a typo is anywhere else.
        typo = f"typo: {reading.misspelt_month}"
        detail = typo if best.verdict == "correct" else f"{best.detail}; {typo}"
        return close(min(best.score, MISSPELT_MONTH_SCORE), detail)
    return best


def judge(given: ParsedDate, expected: ParsedDate, weekdays: frozenset[int] = frozenset()) -> Grade:
    """Grade one reading of a response, and the weekday it names, against the right date."""
    differences = []
    if given.year is not None and given.year != expected.year:
        differences.append(f"year {given.year} ≠ {expected.year}")
    if given.month != expected.month:
        differences.append(f"month {MONTH_NAMES[given.month]} ≠ {MONTH_NAMES[expected.month]}")
    if expected.day is not None and given.day is not None and given.day != expected.day:
        differences.append(f"day {given.day} ≠ {expected.day}")
    if expected.day is not None and given.day is None:
        return wrong("; ".join(["missing day", *differences]))
    if differences:
        return wrong(", ".join(differences))
    wrong_weekday = _wrong_weekday(given, expected, weekdays)
    if wrong_weekday:
        return wrong(wrong_weekday)
    if given.year is None:
        return close(MISSING_YEAR_SCORE, "missing year")
    if expected.day is None and given.day is not None:
        return correct("month and year match")
    return correct("exact")


def _wrong_weekday(given: ParsedDate, expected: ParsedDate, weekdays: frozenset[int]) -> str:
    """Words for a weekday named with the right day that the day was not; "" when none.

    "Tuesday 7 April 2025" states something false about 7 April 2025, a Monday, so it is not
    the right answer however right its date is. Without a year, the card's year is meant.
    """
    year = given.year if given.year is not None else expected.year
    if not weekdays or year is None or given.day is None:
        return ""
    actual = calendar.weekday(year, given.month, given.day)
    if weekdays == {actual}:
        return ""
    return f"{ParsedDate(year, given.month, given.day).show()} was a {WEEKDAY_NAMES[actual]}"
