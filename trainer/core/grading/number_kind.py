"""Grading number cards: values compared exactly, or within the card's tolerance."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.number_periods import (
    periods_agree,
    read_answer,
    split_period,
    stated_in,
)
from trainer.core.grading.numbers import (
    Quantity,
    QuantityPair,
    currencies_agree,
    format_figure,
    in_percentage_points,
    parse_number,
    read_number,
    read_pair,
)
from trainer.core.grading.result import Grade, close, correct, wrong

MISSING_SCALE_SCORE = 0.7


@dataclass(frozen=True, slots=True)
class Expected:
    """The right quantity, how far off still counts, and whether the scale is implied."""

    quantity: Quantity
    tolerance: Fraction
    tolerance_text: str
    # True when the card's unit ("billion dollars") sets the scale, so "5.44" means billions.
    scale_from_unit: bool


def grade_number(card: Card, response: str) -> Grade:
    """Grade a number card by value; a wrong scale or a different unit is wrong."""
    expected = _expected(card.answer_text, card.unit, card.tolerance)
    if expected is None:
        return wrong("the card's answer is not a readable number")
    # "£6.8 billion over ten years": the figure is graded, the period is context.
    periods = _periods_of(card.answer_text)
    result = _grade_with_periods(response, expected, periods, card.prompt)
    # An `accept` entry is another right answer (deck-format.md): "$440 million" for a card
    # asking "15 billion lira", as the article converted it.
    for entry in card.accept if not result.accepted else ():
        other = _expected(entry, card.unit, card.tolerance)
        if other is not None and _grade_against(response, other).verdict == "correct":
            return correct(f"accepted: {entry}")
    return result


def _grade_with_periods(
    response: str, expected: tuple[Expected, ...], periods: tuple[str, ...], prompt: str
) -> Grade:
    """Grade the response's figure; a period it gives must be the answer's own, or, for an
    answer written without one, the one the question states (number_periods.py)."""
    result = _grade_against(response, expected)
    if result.accepted and not periods:
        return result
    figure, given = split_period(response)
    if not given:
        return result
    if periods and not periods_agree(given, periods):
        return wrong(f"the period: {', '.join(given)}, not {', '.join(periods)}")
    if not periods and not stated_in(given, prompt):
        return result
    return _grade_against(figure, expected)


def _grade_against(response: str, expected: tuple[Expected, ...]) -> Grade:
    """Grade a response against one number, or against both ends of a pair in order."""
    if len(expected) == 1:
        reading = read_number(response)
        if reading.quantity is None:
            return wrong(reading.problem)
        return compare(reading.quantity, expected[0])
    both = " to ".join(end.quantity.show() for end in expected)
    pair = read_pair(response)
    if pair is None:
        single = parse_number(response)
        if single is not None and any(compare(single, end).accepted for end in expected):
            return wrong(f"only one end of {both}")
        return wrong(f"the answer is two numbers: {both}")
    ends = (compare(pair.first, expected[0]), compare(pair.second, expected[1]))
    failed = next((end for end in ends if not end.accepted), None)
    if failed is not None:
        return wrong(failed.detail)
    if all(end.verdict == "correct" for end in ends):
        return correct("both ends")
    flawed = min(ends, key=lambda end: end.score)
    return close(flawed.score, flawed.detail)


_SIDE_WORDS = {"floor": "above", "ceiling": "below"}


def compare(given: Quantity, expected: Expected) -> Grade:
    """Grade a quantity read from a response against the expected one."""
    right = expected.quantity
    if given.basis_points != right.basis_points and (given.percent or right.percent):
        # "0.5 percentage points" for "50 basis points" is the same; "50%" is not. A bare
        # "50" is read in the answer's own unit, as a bare figure always is.
        given, right = in_percentage_points(given), in_percentage_points(right)
    conflict = _unit_conflict(given, right)
    if conflict:
        return wrong(conflict)
    if given.bound and right.bound and given.bound != right.bound:
        # "fewer than 40,000" for "more than 40,000": the figure is right, the fact reversed.
        return wrong(f"{_SIDE_WORDS[given.bound]} the figure, not {_SIDE_WORDS[right.bound]}")
    # "83 of 87": the part is the answer; a whole given must be the answer's own.
    if given.whole is not None and right.whole is not None and given.whole != right.whole:
        return wrong(f"out of {format_figure(given.whole)}, not {format_figure(right.whole)}")
    missing_scale = given.scale_word is None and right.scale > 1
    if missing_scale and expected.scale_from_unit:
        given = replace(given, scale_word=right.scale_word, scale=right.scale)
        missing_scale = False
    if given.value == right.value:
        written_alike = given.figure == right.figure and given.scale == right.scale
        return correct("exact" if written_alike else "same value")
    if _within(given.value, right.value, expected.tolerance):
        return correct(f"within {expected.tolerance_text} of {_figure(right)}")
    if missing_scale:
        if _within(given.figure, right.figure, expected.tolerance / right.scale):
            return close(MISSING_SCALE_SCORE, f"missing '{right.scale_word}'")
        return wrong(f"number {_figure(given)} ≠ {_figure(right)}")
    if given.figure == right.figure and given.scale != right.scale:
        return wrong(f"scale: {given.scale_word or 'none'} ≠ {right.scale_word or 'none'}")
    return wrong(f"number {_figure(given)} ≠ {_figure(right)}")


def same_quantity(given: Quantity, right: Quantity) -> bool:
    """Whether ``given`` is exactly ``right``: the same value, in no other unit."""
    return compare(given, _expected_quantity(right, None, None)).verdict == "correct"


def _unit_conflict(given: Quantity, right: Quantity) -> str:
    """Words for a unit that contradicts the answer's; a missing unit is fine."""
    if given.currency and right.currency and not currencies_agree(given.currency, right.currency):
        return f"unit: {given.unit} ≠ {right.unit}"
    if (given.percent and right.currency) or (given.currency and right.percent):
        return f"unit: {given.unit} ≠ {right.unit}"
    return ""


def _within(value: Fraction, target: Fraction, tolerance: Fraction) -> bool:
    return abs(value - target) <= tolerance


def _figure(quantity: Quantity) -> str:
    figure = format_figure(quantity.figure)
    return f"{figure} {quantity.scale_word}" if quantity.scale_word else figure


@lru_cache(maxsize=16384)
def _periods_of(answer: str) -> tuple[str, ...]:
    """The periods a card's answer tells its figure with, read once per answer."""
    return read_answer(answer)[1]


@lru_cache(maxsize=16384)
def _expected(answer: str, unit: str | None, tolerance: str | None) -> tuple[Expected, ...] | None:
    """The answer's number, or both numbers of a pair ("4 to 6 per cent"), as expected."""
    written = read_answer(answer)[0]
    if written is None:
        return None
    ends = (written.first, written.second) if isinstance(written, QuantityPair) else (written,)
    return tuple(_expected_quantity(end, unit, tolerance) for end in ends)


def _expected_quantity(quantity: Quantity, unit: str | None, tolerance: str | None) -> Expected:
    scale_from_unit = False
    unit_quantity = parse_number(f"1 {unit}") if unit else None
    if unit_quantity is not None:
        if quantity.scale == 1 and unit_quantity.scale > 1:
            quantity = replace(
                quantity, scale_word=unit_quantity.scale_word, scale=unit_quantity.scale
            )
            scale_from_unit = True
        quantity = replace(
            quantity,
            percent=quantity.percent or unit_quantity.percent,
            currency=quantity.currency or unit_quantity.currency,
        )
    allowed, text = _tolerance(tolerance, quantity)
    return Expected(quantity, allowed, text, scale_from_unit)


def _tolerance(written: str | None, quantity: Quantity) -> tuple[Fraction, str]:
    """The tolerance as an absolute value: "2%" of the answer, or "0.5" in its scale."""
    if not written:
        return Fraction(0), "0"
    text = written.strip()
    try:
        if text.endswith("%"):
            return abs(quantity.value) * Fraction(text[:-1].strip()) / 100, text
        return Fraction(text) * quantity.scale, text
    except (ValueError, ZeroDivisionError):
        return Fraction(0), "0"
