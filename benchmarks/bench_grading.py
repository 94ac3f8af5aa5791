"""Grading latency: microseconds per ``grade(card, response)`` over many cards and answers.

The answers are the labelled set of benchmarks/grading.py (responses people give to cards
written from the seed articles) and, for each card of the big generated deck, four more:
the right answer, a variant a person would type (a typo, another date format, a surname
alone, a hedge before a number), another accepted form, and a neighbouring card's answer.
Each card is first graded once with a throwaway answer, as after the first question of a
session, so the per-card work kept between answers is in place; then each response is
timed once, new to the grader.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from trainer import grade
from trainer.core.calendar_words import MONTH_NAMES
from trainer.core.deck import Card

MONTHS = MONTH_NAMES


@dataclass(frozen=True, slots=True)
class GradeTimes:
    """Median and 99th percentile of single grade calls, in microseconds."""

    median_us: float
    p99_us: float
    calls: int


def measure(cases: Sequence[tuple[Card, str]]) -> GradeTimes:
    """Time one grade call per (card, response) pair."""
    for card in {id(card): card for card, _ in cases}.values():
        grade(card, "a throwaway first answer")
    timings = []
    for card, response in cases:
        started = time.perf_counter_ns()
        grade(card, response)
        timings.append((time.perf_counter_ns() - started) / 1000)
    timings.sort()
    return GradeTimes(
        median_us=statistics.median(timings),
        p99_us=timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        calls=len(timings),
    )


def responses(cards: Sequence[Card]) -> Iterator[tuple[Card, str]]:
    """Four answers per card: right, a near miss or variant, another form, and wrong."""
    for index, card in enumerate(cards):
        neighbour = cards[(index + 1) % len(cards)]
        yield card, card.answer_text
        yield card, _variant(card)
        yield card, card.accept[0] if card.accept else card.answer_text.upper()
        yield (
            card,
            neighbour.answer_text
            if neighbour.answer_text != card.answer_text
            else "something else entirely",
        )


def _variant(card: Card) -> str:
    answer = card.answer_text
    if card.kind == "date" and len(answer) == 10 and answer[4] == "-":
        year, month, day = answer.split("-")
        return f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    if card.kind == "number":
        return f"about {answer}"
    if card.kind == "name" and " " in answer:
        return answer.split()[-1]
    if card.kind == "choice":
        return "b"
    return _typo(answer)


def _typo(text: str) -> str:
    """Two neighbouring letters swapped in the longest word."""
    words = text.split()
    if not words:
        return text
    longest = max(range(len(words)), key=lambda position: len(words[position]))
    word = words[longest]
    if len(word) >= 4:
        middle = len(word) // 2
        words[longest] = word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    return " ".join(words)
