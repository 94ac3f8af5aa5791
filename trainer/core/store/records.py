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
from typing import TYPE_CHECKING, NamedTuple

from trainer.core.clock import as_utc
from trainer.core.errors import TrainerError

if TYPE_CHECKING:
    from trainer.core.outcome import Outcome
    from trainer.core.store.report_records import CardTally as CardTally
    from trainer.core.store.report_records import ConfidenceCount as ConfidenceCount
    from trainer.core.store.report_records import DayCount as DayCount
    from trainer.core.store.report_records import ReviewRecord as ReviewRecord
    from trainer.core.store.report_records import SessionRow as SessionRow
    from trainer.core.store.report_records import SureWrongCard as SureWrongCard
    from trainer.core.store.report_records import TrendRows as TrendRows
    from trainer.core.store.report_records import TrendSpan as TrendSpan
    from trainer.core.store.report_records import VerdictCounts as VerdictCounts


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


class BriefingRow(NamedTuple):
    """A briefing kept: id, stored time, when cleared (or None), its deck ids."""

    id: int
    at: str
    cleared_at: str | None
    deck_ids: tuple[str, ...]


# Defined in report_records.py, and handed out here when first asked for.
_REPORT_RECORDS = frozenset(
    {
        "CardTally",
        "ConfidenceCount",
        "DayCount",
        "ReviewRecord",
        "SessionRow",
        "SureWrongCard",
        "TrendRows",
        "TrendSpan",
        "VerdictCounts",
    }
)


def __getattr__(name: str) -> object:
    # The history's and the statistics' records are defined when first asked for: the first
    # question needs none of them (a first run would compile them). Only their names are
    # forwarded: the import system asks every module for others (``__path__``).
    if name not in _REPORT_RECORDS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from trainer.core.store import report_records

    return getattr(report_records, name)
