"""Dates: written forms, two-way numeric dates, precision, and what is not a date."""

from __future__ import annotations

import pytest

from trainer import grade
from trainer.core.deck import Card
from trainer.core.grading.dates import ParsedDate, parse_date, read_date


def date_card(answer: str) -> Card:
    return Card(id="card", kind="date", prompt="?", answer=answer)


@pytest.mark.parametrize(
    ("written", "parsed"),
    [
        ("2025-07-25", ParsedDate(2025, 7, 25)),
        ("July 25, 2025", ParsedDate(2025, 7, 25)),
        ("25th of July 2025", ParsedDate(2025, 7, 25)),
        ("Fri 25 Jul 2025", ParsedDate(2025, 7, 25)),
        ("the twenty-fifth of July", ParsedDate(None, 7, 25)),
        ("Sept. 5, 2025", ParsedDate(2025, 9, 5)),
        ("2025-06", ParsedDate(2025, 6, None)),
        ("June 2023", ParsedDate(2023, 6, None)),
        ("7/25/25", ParsedDate(2025, 7, 25)),
    ],
)
def test_parse_date(written: str, parsed: ParsedDate) -> None:
    assert parse_date(written) == parsed


def test_precision() -> None:
    assert parse_date("2025-07-25").precision == "day"
    assert parse_date("2025-07").precision == "month"


def test_a_numeric_date_that_reads_two_ways_keeps_both_readings() -> None:
    assert read_date("05/07/2025").dates == (ParsedDate(2025, 7, 5), ParsedDate(2025, 5, 7))
    assert read_date("25/07/2025").dates == (ParsedDate(2025, 7, 25),)
    card = date_card("2025-05-07")
    assert grade(card, "05/07/2025").verdict == "correct"
    assert grade(card, "07/05/2025").verdict == "correct"
    assert grade(card, "2025-07-05").verdict == "wrong"  # year first is never read month last


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("2025", "a year alone is not a date"),
        ("Friday", "a weekday is not a date"),
        ("5.44", "no date found"),
        ("29", "no month given"),
        ("31 June 2025", "not a real date"),
        ("May 10 or May 11", "more than one date"),
        ("25/07/2025 and 26/07/2025", "more than one date"),
        ("x" * 300, "too long to be a date"),
    ],
)
def test_what_is_not_a_date(written: str, problem: str) -> None:
    assert read_date(written).problem == problem
    assert parse_date(written) is None


def test_grading_by_day() -> None:
    card = date_card("2025-07-25")
    assert grade(card, "25 July 2025").detail == "exact"
    missing_year = grade(card, "July 25")
    assert (missing_year.verdict, missing_year.detail) == ("close", "missing year")
    assert grade(card, "July 2025").detail == "missing day"
    assert grade(card, "July 24, 2025").detail == "day 24 ≠ 25"
    assert grade(card, "25 June 2024").detail == "year 2024 ≠ 2025, month June ≠ July"
    assert grade(card, "2025").verdict == "wrong"
    assert grade(card, "Friday").verdict == "wrong"


def test_grading_by_month() -> None:
    card = date_card("2023-06")
    assert grade(card, "June 2023").verdict == "correct"
    assert grade(card, "06/2023").verdict == "correct"
    assert grade(card, "June").verdict == "close"
    assert grade(card, "July 2023").detail == "month July ≠ June"
    assert grade(card, "2023").verdict == "wrong"


@pytest.mark.parametrize(
    "response",
    [
        "Tuesday 7 April 2025",
        "Tue, April 7, 2025",
        "Fri. 7 April 2025",
        "Tuesday 7 April",
        "Tuesday 07/04/2025",
        "Tues 2025-04-07",
    ],
)
def test_a_weekday_the_date_was_not_makes_the_date_wrong(response: str) -> None:
    result = grade(date_card("2025-04-07"), response)
    assert (result.verdict, result.detail) == ("wrong", "7 April 2025 was a Monday")


@pytest.mark.parametrize(
    ("response", "verdict"),
    [
        ("Monday 7 April 2025", "correct"),
        ("Mon 7 April 2025", "correct"),
        ("Mon., April 7, 2025", "correct"),
        ("monday 07/04/2025", "correct"),
        ("Monday 7 April", "close"),
    ],
)
def test_the_right_weekday_with_the_date_changes_nothing(response: str, verdict: str) -> None:
    assert grade(date_card("2025-04-07"), response).verdict == verdict


def test_a_weekday_picks_the_reading_of_a_two_way_date() -> None:
    # 07/04/2025 is 7 April (a Monday) or 4 July (a Friday): "Friday" means 4 July.
    assert grade(date_card("2025-07-04"), "Friday 07/04/2025").verdict == "correct"
    assert grade(date_card("2025-07-04"), "Monday 07/04/2025").verdict == "wrong"


def test_a_wrong_weekday_on_a_wrong_date_names_the_date_first() -> None:
    assert grade(date_card("2025-04-07"), "Tuesday 8 April 2025").detail == "day 8 ≠ 7"


def test_a_weekday_is_checked_for_a_full_date_given_to_a_month_card() -> None:
    card = date_card("2025-04")
    assert grade(card, "Monday 7 April 2025").verdict == "correct"
    assert grade(card, "Sunday 7 April 2025").detail == "7 April 2025 was a Monday"


@pytest.mark.parametrize(
    ("written", "parsed"),
    [
        ("August twenty twenty-one", ParsedDate(2021, 8, None)),
        ("August two thousand and twenty-one", ParsedDate(2021, 8, None)),
        ("June nineteen ninety-nine", ParsedDate(1999, 6, None)),
        ("the twenty-fifth of July twenty twenty-five", ParsedDate(2025, 7, 25)),
        ("July 25, twenty twenty-five", ParsedDate(2025, 7, 25)),
        ("the first of May two thousand twenty five", ParsedDate(2025, 5, 1)),
    ],
)
def test_a_year_in_words_is_the_dates_year(written: str, parsed: ParsedDate) -> None:
    assert parse_date(written) == parsed


def test_a_wrong_year_in_words_is_not_a_missing_year() -> None:
    card = date_card("2021-08")
    assert grade(card, "August twenty twenty-one").verdict == "correct"
    assert grade(card, "August twenty twenty-two").detail == "year 2022 ≠ 2021"
    assert read_date("twenty twenty-one").problem == "a year alone is not a date"


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        ("2025-12-31", "31 Decembr 2025", "typo: decembr"),
        ("2025-02-03", "3 Febuary 2025", "typo: febuary"),
        ("2025-09-03", "3 Setpember 2025", "typo: setpember"),
        ("2025-12-31", "31 Decembr", "missing year; typo: decembr"),
    ],
)
def test_a_misspelt_month_is_read_and_the_date_is_close(
    answer: str, response: str, detail: str
) -> None:
    result = grade(date_card(answer), response)
    assert (result.verdict, result.detail) == ("close", detail)


@pytest.mark.parametrize("response", ["31 Decembr 2024", "30 Novembr 2025", "3 Juen 2025"])
def test_a_misspelt_month_on_a_wrong_or_unreadable_date_stays_wrong(response: str) -> None:
    assert grade(date_card("2025-12-31"), response).verdict == "wrong"
