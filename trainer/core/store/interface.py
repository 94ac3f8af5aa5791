"""``ReviewStore``: what the trainer asks of a review database, whichever holds it.

The SQLite ``Store`` implements it; a second backend (PostgreSQL for a team) implements the
same methods and nothing else is changed. Every value crossing it is plain data
(records.py): NamedTuples, tuples, numbers, text; times as aware UTC datetimes, or, on the
lean paths read per card, as the stored fixed-width UTC text (``to_db_time``), which sorts
in time order. Failures are ``StoreError`` with a sentence that says what to do.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduled
    from trainer.core.store.records import (
        BriefingRow,
        CardState,
        CardTally,
        ConfidenceCount,
        DayCount,
        NewReview,
        Recorded,
        SessionRef,
        SessionRow,
        SureWrongCard,
        TrendRows,
        TrendSpan,
        VerdictCounts,
    )


class ReviewStore(Protocol):
    """An open review database: writes in one transaction each, and named reads."""

    path: Path  # where it lives (the data folder's database, or a server's name for it)
    warnings: list[str]  # problems that did not stop the trainer (a backup not written)

    # -- life ----------------------------------------------------------------------------
    def close(self) -> None:
        """Close it; every review is already kept."""

    def __enter__(self) -> ReviewStore: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    def start_daily_backup(self) -> None:
        """Start today's backup in the background, if it has none yet."""

    def wait_for_backup(self) -> None:
        """Wait for today's backup; StoreError if it found the database damaged."""

    def latest_backup(self) -> Path | None:
        """The newest backup, if any."""

    # -- writes, one transaction each ----------------------------------------------------
    def record_review(
        self, session: SessionRef, review: NewReview, scheduled: Scheduled | None
    ) -> Recorded:
        """Save one review, its card's new schedule (when given) and the tallies together."""

    def undo_review(
        self, review_id: int, state_before: CardState | None, *, restore_schedule: bool = True
    ) -> None:
        """Take back a review and its corrections; tallies (and the schedule) as before it."""

    def add_briefing(self, at: datetime, deck_ids: Sequence[str]) -> int:
        """Keep a briefing at ``at`` over ``deck_ids``; its id."""

    def clear_briefings(self, after: datetime, deck_ids: Sequence[str] = ()) -> int:
        """Mark cleared the briefings ahead of ``after`` (of ``deck_ids``); how many."""

    # -- card schedules ------------------------------------------------------------------
    def card_states(self, deck_id: str) -> dict[str, CardState]:
        """Every scheduled card of a deck, by card id."""

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        """One card's schedule; None if never scheduled."""

    def schedules(self, deck_id: str) -> dict[str, tuple[str, str]]:
        """Card id -> (stored due time, memory)."""

    def due_times(self, deck_id: str) -> dict[str, str]:
        """Card id -> stored due time."""

    def due_flags(self, deck_id: str, now: str) -> dict[str, bool]:
        """Card id -> due at ``now`` (stored time)."""

    def due_cards(
        self, deck_id: str, now: str, limit: int | None = None
    ) -> tuple[list[str], list[str]]:
        """Ids and stored due times of the cards due at ``now``, matching, in due order
        (the first ``limit``, when given)."""

    def scheduled_later(self, deck_id: str, now: str) -> set[str]:
        """Ids of the scheduled cards not yet due at ``now``."""

    def memory(self, deck_id: str, card_id: str) -> str | None:
        """The scheduler's memory of a card (JSON text); None if never scheduled."""

    def reviewed_since(self, deck_id: str, card_id: str, since: str, now: str) -> bool:
        """Whether the card was answered at or after ``since`` and is not due at ``now``."""

    def recall_states(self, deck_id: str) -> list[tuple[str, float | None, str]]:
        """(card id, stability, stored last review) per scheduled card."""

    def recall_inputs(self, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
        """(card id, stability, days since its last review at ``at``) per scheduled card."""

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int:
        """Cards of these decks first scheduled at or after ``since``."""

    # -- reviews and briefings -----------------------------------------------------------
    def review_count(self) -> int:
        """Review rows kept."""

    def reviewed_deck_ids(self) -> list[str]:
        """Ids of the decks with reviews, sorted."""

    def review_rows(
        self, deck_id: str | None = None, since: datetime | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """Reviews that count, oldest first, streamed as plain tuples of stored values."""

    def recent_answer_times(self, limit: int) -> list[float]:
        """The latest ``limit`` answer times in seconds, newest first."""

    def briefing_rows(self) -> list[BriefingRow]:
        """Every briefing kept, in time order."""

    # -- history and statistics ----------------------------------------------------------
    def last_deck_score(self, deck_id: str) -> tuple[float, int] | None:
        """(score sum, answers) of the deck in the last session that answered it."""

    def session_rows(
        self,
        deck_id: str | None = None,
        since: datetime | None = None,
        latest: int | None = None,
    ) -> list[SessionRow]:
        """Sessions with answers, oldest first (the deck's own figures given one)."""

    def verdict_counts(
        self, dimension: Literal["deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[VerdictCounts]:
        """Final verdicts per deck, tag or kind, most reviewed first."""

    def weakest_cards(self, deck_id: str | None = None, limit: int = 10) -> list[CardTally]:
        """Cards missed at least once, lowest share correct first."""

    def due_per_day(
        self, first: date, end: datetime, deck_id: str | None = None
    ) -> dict[date, int]:
        """Cards due before ``end`` per UTC day, overdue ones on ``first``."""

    def answers_per_day(self, deck_id: str | None = None) -> list[DayCount]:
        """Answers and final verdicts correct per UTC day, oldest first."""

    def trend_span(self, deck_id: str | None = None) -> TrendSpan:
        """Sessions with answers, and the first and newest start."""

    def trend_rows(self, deck_id: str | None, run: int, tick_every: int) -> TrendRows:
        """The score chart's run means, ticks and last score."""

    def confidence_counts(
        self, dimension: Literal["all", "deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[ConfidenceCount]:
        """Answers and right ones per stated confidence, per group."""

    def sure_wrong_cards(
        self, deck_ids: Collection[str] | None = None, limit: int | None = None
    ) -> list[SureWrongCard]:
        """Cards last answered wrong while sure, most recent first."""
