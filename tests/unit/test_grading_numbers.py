"""Numbers: reading what people write, and comparing by value, scale, unit and tolerance."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from trainer import grade
from trainer.core.deck import Card, DeckError, parse_deck
from trainer.core.grading.numbers import parse_number, read_number


def number_card(answer: str, **fields: object) -> Card:
    return Card(id="card", kind="number", prompt="?", answer=answer, **fields)


@pytest.mark.parametrize(
    ("written", "value", "percent", "currency"),
    [
        ("29%", 29, True, None),
        ("29 per cent", 29, True, None),
        ("twenty-nine percent", 29, True, None),
        ("$5.44 billion", Fraction("5.44e9"), False, "DOLLAR"),
        ("US$5.44bn", Fraction("5.44e9"), False, "USD"),
        ("5,440 million dollars", Fraction("5.44e9"), False, "DOLLAR"),
        ("5,440 million US dollars", Fraction("5.44e9"), False, "USD"),
        ("C$9,800", 9800, False, "CAD"),
        ("9,800 Canadian dollars", 9800, False, "CAD"),
        ("HK$12m", 12 * 10**6, False, "HKD"),
        ("KSh 11.2 billion", Fraction("11.2e9"), False, "KES"),
        ("SKr902mn", 902 * 10**6, False, "SEK"),
        ("¥3 trillion", 3 * 10**12, False, "YEN_YUAN"),
        ("CHF 40 million", 40 * 10**6, False, "CHF"),
        ("a third", Fraction(1, 3), False, None),
        ("at least a third", Fraction(1, 3), False, None),
        ("two-thirds", Fraction(2, 3), False, None),
        ("three quarters", Fraction(3, 4), False, None),
        ("half", Fraction(1, 2), False, None),
        ("four and a half miles", Fraction(9, 2), False, None),
        ("two and a half million", 2_500_000, False, None),
        ("five point four four billion", Fraction("5.44e9"), False, None),
        ("seven billion", 7 * 10**9, False, None),
        ("7b", 7 * 10**9, False, None),
        ("10k", 10_000, False, None),
        ("2tn", 2 * 10**12, False, None),
        ("Rs 5 crore", 5 * 10**7, False, "RUPEE"),
        ("€3m", 3 * 10**6, False, "EUR"),
        ("about 70 people", 70, False, None),
        ("a billion", 10**9, False, None),
        ("one hundred and five", 105, False, None),
        ("5,44", Fraction("5.44"), False, None),
        ("four", 4, False, None),
    ],
)
def test_parse_number(
    written: str, value: Fraction | int, percent: bool, currency: str | None
) -> None:
    quantity = parse_number(written)
    assert quantity is not None
    assert (quantity.value, quantity.percent, quantity.currency) == (value, percent, currency)


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("no idea", "no number found"),
        ("2013-18", "more than one number"),
        ("the first half", "no number found"),
        ("the third quarter", "no number found"),
        ("$5 (€4)", "two different currencies"),
        ("70 or 80", "more than one number"),
        ("four four", "the number words do not make one number"),
        ("$5 (Rs 1,400)", "two different currencies"),
        ("9" * 400, "too long to be a number"),
    ],
)
def test_text_that_is_not_one_number(written: str, problem: str) -> None:
    reading = read_number(written)
    assert (reading.quantity, reading.problem) == (None, problem)
    assert parse_number(written) is None


def test_the_deck_loader_refuses_a_number_answer_it_cannot_read() -> None:
    text = b"id: d\ntitle: T\ncards:\n  - id: c\n    kind: number\n    prompt: p\n    answer: lots"
    with pytest.raises(DeckError, match=r"d.yaml:7:13: the answer 'lots' is not a number"):
        parse_deck(text, Path("d.yaml"))


def test_values_are_compared_exactly_and_a_near_miss_says_so() -> None:
    card = number_card("29%")
    assert grade(card, "29").verdict == "correct"  # a missing unit is fine
    result = grade(card, "19%")
    assert (result.verdict, result.detail) == ("wrong", "number 19 ≠ 29")
    assert grade(card, "29.5%").verdict == "wrong"


def test_a_wrong_scale_is_wrong_and_a_missing_one_is_close() -> None:
    card = number_card("$5.44 billion")
    wrong_scale = grade(card, "5.44 million")
    assert (wrong_scale.verdict, wrong_scale.detail) == ("wrong", "scale: million ≠ billion")
    missing = grade(card, "5.44")
    assert (missing.verdict, missing.detail) == ("close", "missing 'billion'")
    assert grade(card, "5,440 million").detail == "same value"
    assert grade(card, "5,440,000,000 dollars").detail == "same value"


def test_a_different_unit_is_wrong() -> None:
    assert grade(number_card("$7 billion"), "7 billion rupees").detail == "unit: rupees ≠ $"
    assert grade(number_card("29%"), "$29").verdict == "wrong"
    assert grade(number_card("Rs 5 crore"), "5 crore Pakistani rupees").verdict == "correct"


def test_a_unit_with_a_scale_sets_the_scale_of_a_bare_number() -> None:
    card = number_card("5.44", unit="billion US$")
    assert grade(card, "5.44").verdict == "correct"
    assert grade(card, "5440 million").verdict == "correct"
    assert grade(card, "5.44 million").verdict == "wrong"


@pytest.mark.parametrize(
    ("tolerance", "inside", "outside"),
    [("0.5", "7.5 billion", "7.6 billion"), ("5%", "$7.35 billion", "$7.4 billion")],
)
def test_tolerance(tolerance: str, inside: str, outside: str) -> None:
    card = number_card("$7 billion", tolerance=tolerance)
    result = grade(card, inside)
    assert result.verdict == "correct"
    assert result.detail.startswith(f"within {tolerance} of 7 billion")
    assert grade(card, outside).verdict == "wrong"


@pytest.mark.parametrize(
    ("written", "year"),
    [
        ("twenty twenty-one", 2021),
        ("twenty twenty one", 2021),
        ("Twenty-Twenty-One", 2021),
        ("two thousand twenty-one", 2021),
        ("two thousand and twenty-one", 2021),
        ("nineteen ninety-nine", 1999),
        ("twenty oh five", 2005),
        ("twenty twenty", 2020),
        ("in twenty twenty-one", 2021),
    ],
)
def test_a_year_in_words_reads_as_the_year(written: str, year: int) -> None:
    quantity = parse_number(written)
    assert quantity is not None and quantity.value == year


@pytest.mark.parametrize(
    ("response", "verdict", "detail"),
    [
        ("twenty twenty-one", "correct", "exact"),
        ("two thousand twenty-one", "correct", "exact"),
        ("twenty twenty", "wrong", "number 2020 ≠ 2021"),
        ("twenty twenty-two", "wrong", "number 2022 ≠ 2021"),
        ("twenty one", "wrong", "number 21 ≠ 2021"),
        ("twenty twenty-one or twenty twenty-two", "wrong", "more than one number"),
    ],
)
def test_a_year_card_takes_the_year_in_words(response: str, verdict: str, detail: str) -> None:
    # The bundled year card (the 2021 US withdrawal) was cut as a repeat of a month card.
    result = grade(number_card("2021", reject=("2020", "2022")), response)
    assert (result.verdict, result.detail) == (verdict, detail)


@pytest.mark.parametrize("written", ["twenty zero five", "five twenty", "twenty one twenty"])
def test_number_words_that_are_no_year_stay_unread(written: str) -> None:
    assert read_number(written).problem == "the number words do not make one number"


@pytest.mark.parametrize(
    ("answer", "response", "verdict"),
    [
        # A range or tally is one answer: both ends, in order, with the unit written once.
        ("4 to 6 per cent", "4-6%", "correct"),
        ("4 to 6 per cent", "between 4% and 6%", "correct"),
        ("£2.1 billion to £2.3 billion", "£2.1bn to £2.3bn", "correct"),
        ("£2.1 billion to £2.3 billion", "2.1 to 2.3 billion pounds", "correct"),
        ("£2.1 billion to £2.3 billion", "2.1 to 2.3", "close"),  # the scale left out
        ("600,000 to 750,000", "600,000–750,000", "correct"),
        ("six to two", "6-2", "correct"),
        ("six to two", "2-6", "wrong"),  # the other side's tally
        ("4 to 6 per cent", "4%", "wrong"),  # half the range
        ("4 to 6 per cent", "4 to 7 per cent", "wrong"),
        ("£2.1 billion to £2.3 billion", "$2.1bn to $2.3bn", "wrong"),
        # Parts of a whole and the currencies of other countries.
        ("at least a third", "a third", "correct"),
        ("about a quarter", "one quarter", "correct"),
        ("a third", "a quarter", "wrong"),
        ("2", "two-thirds", "wrong"),  # not the 2 it starts with
        ("C$9,800", "$9,800", "correct"),  # the sign without the country
        ("C$9,800", "US$9,800", "wrong"),
        ("KSh 5.4 billion", "5.4 billion Kenyan shillings", "correct"),
        ("KSh 5.4 billion", "$5.4 billion", "wrong"),
        ("SKr14.2bn", "14.2 billion kronor", "correct"),
        ("SKr14.2bn", "14.2 billion NOK", "wrong"),
        # Currencies named in words, with or without their letters' accents.
        ("247 billion złoty", "247bn zloty", "correct"),
        ("247 billion złoty", "PLN 247 billion", "correct"),
        ("247 billion złoty", "247 billion euros", "wrong"),
        ("40 million forints", "40 million złoty", "wrong"),
        ("TZS 5 billion", "5 billion shillings", "correct"),
        ("RM62 million", "62 million ringgit", "correct"),
        ("3 million dinars", "3 million dirhams", "wrong"),
    ],
)
def test_ranges_fractions_and_currencies_as_a_careful_marker_reads_them(
    answer: str, response: str, verdict: str
) -> None:
    assert grade(number_card(answer), response).verdict == verdict


def test_a_range_answer_loads_and_half_of_it_says_what_is_missing() -> None:
    text = (
        b"id: d\ntitle: T\ncards:\n  - id: c\n    kind: number\n    prompt: p\n"
        b"    answer: 22 to 28 per cent\n"
    )
    card = parse_deck(text, Path("d.yaml")).cards[0]
    assert grade(card, "22 to 28%").verdict == "correct"
    assert grade(card, "22%").detail == "only one end of 22% to 28%"


def test_a_part_of_a_whole_is_read_as_the_part() -> None:
    from trainer.core.deck import Card
    from trainer.core.grading import grade

    card = Card(id="c", kind="number", prompt="How many of the 61 complaints?", answer="58 of 61")
    assert grade(card, "58").accepted
    assert grade(card, "58 of 61").accepted
    assert grade(card, "fifty-eight out of sixty-one").accepted
    assert not grade(card, "58 of 64").accepted
    assert not grade(card, "57").accepted
    part = Card(id="p", kind="number", prompt="How many?", answer="58 complaints")
    assert grade(part, "58 of the 61").accepted
    report = Card(id="r", kind="number", prompt="Which?", answer="7 of 2026")
    assert not grade(report, "7").accepted  # a year is no whole


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("more than 30,000", "fewer than 30,000"),
        ("at least 14", "at most 14"),
        ("up to £3m", "more than £3m"),
        ("no more than 25", "over 25"),
    ],
)
def test_a_bound_the_other_way_is_wrong(answer: str, response: str) -> None:
    result = grade(number_card(answer), response)
    assert result.verdict == "wrong"
    assert "the figure, not" in result.detail


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("more than 30,000", "over 30,000"),
        ("more than 30,000", "30,000"),
        ("30,000", "at least 30,000"),
        ("no more than 25", "under 25"),
        ("about 30,000", "fewer than 30,000"),
    ],
)
def test_a_bound_on_the_same_side_or_on_one_side_only_is_right(answer: str, response: str) -> None:
    assert grade(number_card(answer), response).verdict == "correct"


@pytest.mark.parametrize(
    ("answer", "response", "verdict"),
    [
        ("75 basis points", "0.75 percentage points", "correct"),
        ("75 basis points", "three-quarters of a percentage point", "correct"),
        ("75 basis points", "75bp", "correct"),
        ("75 basis points", "75", "correct"),
        ("0.75 percentage points", "75 basis points", "correct"),
        ("75 basis points", "75%", "wrong"),
        ("75 basis points", "0.75", "wrong"),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(
    answer: str, response: str, verdict: str
) -> None:
    assert grade(number_card(answer), response).verdict == verdict
