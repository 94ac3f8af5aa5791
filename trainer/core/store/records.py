"""The plain data that crosses the store's interface, whichever database is behind it.

No database row type leaves the store: reads come back as these NamedTuples, tuples of
plain values, or the stored time text below. Times are kept as fixed-width UTC text
(``2025-07-25T18:30:00.000000Z``), so text order is time order in any database; the lean
reads on the quiz's path hand that text over as it is, rather than parse a time per card.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from trainer.core.clock import as_utc
from trainer.core.errors import TrainerError

if TYPE_CHECKING:
    from trainer.core.outcome import Outcome


class StoreError(TrainerError):
    """The review database cannot be opened or written; the message says what to do."""

    exit_code = 3


def new_review_uid() -> str:
    """A review's stable key: a UUID version 7 (RFC 9562) in hex.

    Its first 48 bits are the time in milliseconds, so each new key sorts after the last
    and the unique index on it grows at one end, as the id's does, instead of touching a
    random page on every answer; 74 random bits keep keys from two machines apart.
    """
    milliseconds = time.time_ns() // 1_000_000
    random_bits = int.from_bytes(os.urandom(10)) & ((1 << 74) - 1)
    value = (milliseconds & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= (random_bits >> 62) << 64  # 12 random bits
    value |= 0b10 << 62  # the RFC 4122 variant
    value |= random_bits & ((1 << 62) - 1)
    return f"{value:032x}"


def to_db_time(moment: datetime) -> str:
    """A fixed-width UTC text that sorts in time order and SQLite's date functions read."""
    # isoformat of a UTC time ends "+00:00"; written with "Z" instead. strftime gave the same
    # text at twice the cost (its "%f" is rewritten on every call), and every save formats
    # two or three times.
    return as_utc(moment).isoformat(timespec="microseconds")[:-6] + "Z"


def from_db_time(text: str) -> datetime:
    """The aware UTC datetime stored by ``to_db_time``."""
    return datetime.fromisoformat(text).astimezone(UTC)


class CardState(NamedTuple):
    """Where a card stands in the schedule, keyed by (deck id, card id)."""

    deck_id: str
    card_id: str
    due: datetime
    memory: str
    introduced_at: datetime
    last_review_at: datetime
    stability: float | None = None  # FSRS stability in days, kept for the readiness forecast


class SessionRef(NamedTuple):
    """A quiz session as the store knows it; ``id`` is None until its first review is saved."""

    started_at: datetime
    deck_ids: tuple[str, ...]
    cram: bool = False
    id: int | None = None


class NewReview(NamedTuple):
    """One answer to record, the store's one review shape: built from the session's
    ``Outcome`` by ``from_outcome``. ``overrides`` names the review an "I was right" corrects.
    """

    deck_id: str
    card_id: str
    kind: str
    tags: tuple[str, ...]
    response: str
    verdict: str
    score: float
    rating: str
    reviewed_at: datetime
    elapsed_s: float | None = None
    hinted: bool = False
    overrides: int | None = None
    confidence: str | None = None  # sure, unsure or guess (trainer.core.confidence)

    @classmethod
    def from_outcome(cls, outcome: Outcome, overrides: int | None = None) -> NewReview:
        """The review to save for an answer's outcome (its ``reviewed_at`` must be set)."""
        if outcome.reviewed_at is None:
            raise ValueError("an outcome is saved with the time it was answered")
        return cls(
            deck_id=outcome.deck_id,
            card_id=outcome.card.id,
            kind=outcome.card.kind,
            tags=outcome.card.tags,
            response=outcome.response,
            verdict=outcome.grade.verdict,
            score=outcome.grade.score,
            rating=outcome.rating,
            reviewed_at=outcome.reviewed_at,
            elapsed_s=outcome.elapsed_s,
            hinted=outcome.hinted,
            overrides=overrides,
            confidence=outcome.confidence,
        )


class Recorded(NamedTuple):
    """Where a saved review went."""

    review_id: int
    session_id: int


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


class BriefingRow(NamedTuple):
    """A briefing kept: id, stored time, when cleared (or None), its deck ids."""

    id: int
    at: str
    cleared_at: str | None
    deck_ids: tuple[str, ...]


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
