"""The history's and the statistics' records: reviews as exported, sessions, tallies,
per-day counts, the score trend.

Part of the store's plain data (``records``, which hands them out by name); kept apart so
that the first question neither defines nor, on a first run, compiles them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from trainer.core.store.records import from_db_time


class ReviewRecord(NamedTuple):
    """One saved answer read back, as ``trainer history`` lists it.

    ``Store.review_rows`` streams the same fields, in this order, as plain tuples of stored
    values (times as stored text, tags as the stored JSON list, flags as 0/1): an export of
    a million reviews builds no object per review. ``from_row`` decodes one.
    """

    deck: str
    card: str
    response: str
    verdict: str
    score: float
    rating: str
    reviewed_at: datetime
    overridden: bool
    elapsed_s: float | None
    kind: str = "text"
    tags: tuple[str, ...] = ()
    hinted: bool = False
    cram: bool = False
    session: int = 0
    id: int = 0
    confidence: str | None = None  # None for reviews kept before confidence was asked

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> ReviewRecord:
        """The record of one ``review_rows`` tuple."""
        import json

        (deck, card, response, verdict, score, rating, reviewed_at, overridden, elapsed_s) = row[:9]
        kind, tags, hinted, cram, session, review_id, confidence = row[9:]
        return cls(
            deck=deck,
            card=card,
            response=response,
            verdict=verdict,
            score=float(score),
            rating=rating,
            reviewed_at=from_db_time(reviewed_at),
            overridden=bool(overridden),
            elapsed_s=None if elapsed_s is None else float(elapsed_s),
            kind=kind,
            tags=tuple(json.loads(tags)),
            hinted=bool(hinted),
            cram=bool(cram),
            session=int(session),
            id=int(review_id),
            confidence=confidence,
        )


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
