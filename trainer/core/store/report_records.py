"""The history's and the statistics' records: sessions, tallies, per-day counts, the score
trend.

Part of the store's plain data (``records``, which hands them out by name); kept apart so
that the first question neither defines nor, on a first run, compiles them.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class SessionRow(NamedTuple):
    """A session with answers: its start, decks, answers and score sum (its deck's own,
    when read for one deck)."""

    started_at: datetime
    deck_ids: tuple[str, ...]
    answered: int
    score_sum: float
    cram: bool


class VerdictCounts(NamedTuple):
    """Final verdicts under one deck, tag or kind."""

    key: str
    reviews: int
    correct: int
    close: int
    wrong: int


class CardTally(NamedTuple):
    """One card's final verdicts and its last response."""

    deck_id: str
    card_id: str
    reviews: int
    correct: int
    wrong: int
    last_response: str


class ConfidenceCount(NamedTuple):
    """Answers, and right ones, at one confidence under one group key."""

    key: str
    confidence: str
    answers: int
    right: int


class SureWrongCard(NamedTuple):
    """A card whose last answer was wrong while sure, and how often that happened."""

    deck_id: str
    card_id: str
    response: str
    reviewed_at: datetime
    times: int


class DayCount(NamedTuple):
    """Answers on one UTC day (``day`` as YYYY-MM-DD) and how many ended up correct."""

    day: str
    answered: int
    correct: int


class TrendSpan(NamedTuple):
    """How many sessions have answers, and the first and newest start (stored text)."""

    sessions: int
    first: str | None
    newest: str | None


class TrendRows(NamedTuple):
    """The score chart's rows: run means (position, percent), ticks (position, start), the
    newest session's score."""

    points: list[tuple[float, float]]
    ticks: list[tuple[int, datetime]]
    last: float | None
