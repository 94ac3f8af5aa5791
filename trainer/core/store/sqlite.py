"""``Store``: the review database in one SQLite file, the ``ReviewStore`` the trainer uses.

Every public method is one of the interface's (interface.py); the SQL lives in writes.py
and queries.py, the connection, its errors and the schema in connection.py and schema.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Sequence
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from trainer.core.clock import Clock, as_utc, utc_now
from trainer.core.store import queries
from trainer.core.store.connection import BUSY_TIMEOUT_S, Database
from trainer.core.store.records import (
    BriefingRow,
    CardState,
    NewReview,
    Recorded,
    SessionRef,
    StoreError,
    to_db_time,
)

if TYPE_CHECKING:
    from trainer.core.backup import DailyBackup
    from trainer.core.scheduler import Scheduled
    from trainer.core.store.compact import Progress
    from trainer.core.store.report_records import (
        CardTally,
        ConfidenceCount,
        DayCount,
        SessionRow,
        SureWrongCard,
        TrendRows,
        TrendSpan,
        VerdictCounts,
    )


class Store:
    """An open SQLite review database. Use ``Store.open`` (or ``open_read_only``); close it,
    or use it as a context manager."""

    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._db = database
        self._clock = clock
        self.path = database.path
        self.backups = database.backups
        self.busy_timeout_s = database.busy_timeout_s
        # Problems that do not stop the trainer (a backup that could not be written).
        self.warnings: list[str] = []
        self._backup: DailyBackup | None = None
        # Opened read-only: pending answers are folded into temporary copies of the
        # tallies (tally_fold.shadow), never into the file, made afresh whenever another
        # connection has committed since (SQLite's data_version says so).
        self._read_only = False
        self._shadowed_at: int | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        backup: bool = True,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        backup_later: bool = False,
        progress: Progress | None = None,
    ) -> Store:
        """Open (creating as needed) the database in ``data_dir``; StoreError when unusable.

        Today's backup starts now unless ``backup`` is False, or ``backup_later`` is set: then
        the caller starts it with ``start_daily_backup`` (the app, once its first screen is
        up, so the check and copy of a large database never delay the first question).
        An upgrade of the schema that converts every review (schema 10) reports
        ``progress(done, total)`` as it goes.
        """
        database = Database.open(Path(data_dir), busy_timeout_s, progress)
        store = cls(database, clock)
        try:
            if backup and not backup_later:
                store.start_daily_backup()
        except BaseException:
            database.checkpoints.stop()  # a migration's commit may have started the thread
            database.connection.close()
            raise
        return store

    @classmethod
    def open_read_only(cls, data_dir: Path) -> Store:
        """The database of ``data_dir`` opened only to read, for a folder that cannot be
        written (history and statistics); an older schema is refused, not upgraded."""
        store = cls(Database.open_read_only(Path(data_dir)))
        store._read_only = True
        return store

    def close(self) -> None:
        """Close the database (after today's backup finishes); reviews are already on disk,
        and their tallies are folded in (should that fail, the next opening's first read
        folds them)."""
        if self._backup is not None:
            self._backup.wait()
        if not self._read_only:
            with suppress(StoreError):
                self._fold_pending()
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for diagnostics and tests; not part of the interface."""
        return self._db.connection

    # -- backups -------------------------------------------------------------------------

    def latest_backup(self) -> Path | None:
        """The newest daily backup, if there is one."""
        from trainer.core.backup import latest_backup

        return latest_backup(self.backups)

    def start_daily_backup(self) -> None:
        """Start today's check-and-copy in the background, if today has none yet (once)."""
        if self._backup is not None:
            return
        # Imported here: the backup starts after the first question is on screen, and its
        # module need not be read (or compiled, on a first run) before it.
        from trainer.core.backup import DailyBackup, backup_path

        target = backup_path(self.backups, as_utc(self._clock()).date())
        if target.exists():
            return
        from trainer.core.store import report_queries

        if not report_queries.has_reviews(self._db):
            return  # nothing worth keeping yet
        self._backup = DailyBackup(self.path, target).start()

    def wait_for_backup(self) -> None:
        """Wait for today's backup; StoreError if its check found the database damaged."""
        backup = self._backup
        if backup is None:
            return
        backup.wait()
        self._take_backup_news(backup)

    def _take_backup_news(self, backup: DailyBackup) -> None:
        if backup.problem and backup.problem not in self.warnings:
            self.warnings.append(backup.problem)
        if backup.damage:
            raise self._db.damaged(backup.damage)

    # -- writing -------------------------------------------------------------------------

    def record_review(
        self, session: SessionRef, review: NewReview, scheduled: Scheduled | None
    ) -> Recorded:
        """Save one review, and the card's new schedule when given, in one transaction."""
        if self._backup is not None and self._backup.done:
            # Never write into a file today's check found damaged.
            self._take_backup_news(self._backup)
        # The write path (writes, undo, the tallies' rules) loads with the first answer:
        # opening the store for the first question only reads.
        from trainer.core.store import writes

        with self._db.transaction("save the review") as db:
            return writes.record_review(db, session, review, scheduled)

    def undo_review(
        self, review_id: int, state_before: CardState | None, *, restore_schedule: bool = True
    ) -> None:
        """Take back a review (and any "I was right" on it) in one transaction.

        The reviews stay; marks in ``undone_reviews`` say they were taken back. Tallies go
        back to what they were before the review, and, with ``restore_schedule``, the card's
        schedule to ``state_before`` (None: the card was new, so it is new again).
        """
        from trainer.core.store.tally_fold import fold
        from trainer.core.store.undo import take_back

        with self._db.transaction("take back the answer") as db:
            fold(db)  # the tallies it puts back count every answer before it
            take_back(
                db,
                review_id,
                state_before if restore_schedule else False,
                to_db_time(as_utc(self._clock())),
            )

    def add_briefing(self, at: datetime, deck_ids: Sequence[str]) -> int:
        """Keep a briefing at ``at`` covering ``deck_ids``; returns its id."""
        from trainer.core.store import writes

        with self._db.transaction("save the briefing") as db:
            return writes.add_briefing(db, at, self._clock(), deck_ids)

    def clear_briefings(self, after: datetime, deck_ids: Sequence[str] = ()) -> int:
        """Call off the briefings still ahead of ``after`` (those covering ``deck_ids``, when
        given); they are kept, marked cleared. Returns how many were cleared."""
        from trainer.core.store import writes

        with self._db.transaction("clear the briefings") as db:
            return writes.clear_briefings(db, after, self._clock(), deck_ids)

    # -- the answers' tallies ------------------------------------------------------------

    def fold_tallies(self) -> None:
        """Count every answer saved so far in the stored tallies (tally_fold.py), for tools
        and tests that read the tables themselves; not part of the interface."""
        self._fold_pending()

    def _fold_pending(self) -> None:
        """Count the answers saved since the tallies' mark (tally_fold.py), if any."""
        from trainer.core.store import tally_fold

        if self._db.rows(tally_fold.PENDING_SQL)[0][0]:
            with self._db.transaction("count the answers in the figures") as db:
                tally_fold.fold(db)

    def _settle(self) -> None:
        """Before a read of the tallies: every answer saved so far counted in them."""
        if not self._read_only:
            self._fold_pending()
            return
        from trainer.core.store import tally_fold

        with self._db.lock:
            try:
                version = int(self._db.connection.execute("PRAGMA data_version").fetchone()[0])
                if version != self._shadowed_at:
                    tally_fold.shadow(self._db.connection)
                    self._shadowed_at = version
            except sqlite3.Error as error:
                raise self._db.error(error, "read") from None

    # -- card schedules ------------------------------------------------------------------

    def card_states(self, deck_id: str) -> dict[str, CardState]:
        """Every scheduled card of a deck by card id, including cards since removed."""
        return queries.card_states(self._db, deck_id)

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        """One card's schedule as it stands; None for a card never scheduled."""
        return queries.card_state(self._db, deck_id, card_id)

    def schedules(self, deck_id: str) -> dict[str, tuple[str, str]]:
        """Each scheduled card's due time (stored text) and memory, by card id."""
        return queries.schedules(self._db, deck_id)

    def due_times(self, deck_id: str) -> dict[str, str]:
        """Each scheduled card's due time (stored text), by card id."""
        return queries.due_times(self._db, deck_id)

    def due_flags(self, deck_id: str, now: str) -> dict[str, bool]:
        """Each scheduled card's id and whether it is due at ``now`` (stored text)."""
        return queries.due_flags(self._db, deck_id, now)

    def due_cards(
        self, deck_id: str, now: str, limit: int | None = None
    ) -> tuple[list[str], list[str]]:
        """Ids and due times of the deck's cards due at ``now``, matching, in due order
        (the first ``limit``, when given)."""
        return queries.due_cards(self._db, deck_id, now, limit)

    def scheduled_later(self, deck_id: str, now: str) -> set[str]:
        """Ids of the deck's scheduled cards that are not yet due at ``now``."""
        return queries.scheduled_later(self._db, deck_id, now)

    def memory(self, deck_id: str, card_id: str) -> str | None:
        """The scheduler's memory of one card; None for a card never scheduled."""
        return queries.memory(self._db, deck_id, card_id)

    def reviewed_since(self, deck_id: str, card_id: str, since: str, now: str) -> bool:
        """Whether another trainer answered the card at or after ``since`` (not due at
        ``now``): one primary-key lookup, cheap enough before every card."""
        return queries.reviewed_since(self._db, deck_id, card_id, since, now)

    def recall_states(self, deck_id: str) -> list[tuple[str, float | None, str]]:
        """Each scheduled card's id, FSRS stability and last review (stored text)."""
        return queries.recall_states(self._db, deck_id)

    def recall_inputs(self, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
        """Each scheduled card's id, stability and days from its last review to ``at``."""
        return queries.recall_inputs(self._db, deck_id, at)

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int:
        """How many cards of these decks were first scheduled at or after ``since``."""
        return queries.introduced_since(self._db, deck_ids, since)

    # -- reviews, briefings, history ----------------------------------------------------

    def review_count(self) -> int:
        """How many review rows the database holds."""
        from trainer.core.store import report_queries

        return report_queries.review_count(self._db)

    def reviewed_deck_ids(self) -> list[str]:
        """Ids of the decks with reviews, sorted."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.reviewed_deck_ids(self._db)

    def review_rows(
        self, deck_id: str | None = None, since: datetime | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """Every review that counts, oldest first, as plain tuples (``ReviewRecord``'s
        fields), streamed: no object per review."""
        from trainer.core.store import report_queries

        return report_queries.review_rows(self._db, deck_id, since)

    def compact_review_rows(
        self, deck_id: str | None = None, since: datetime | None = None
    ) -> tuple[dict[int, tuple[str, str, str, str]], Iterator[tuple[Any, ...]]]:
        """``review_rows`` as the compact table keeps them (codes, microseconds, a card
        number) and the card map, for exports that decode them themselves
        (report_queries.COMPACT_COLUMNS); not part of the interface."""
        from trainer.core.store import report_queries

        return report_queries.compact_review_rows(
            self._db, deck_id, None if since is None else as_utc(since)
        )

    def recent_answer_times(self, limit: int) -> list[float]:
        """The latest ``limit`` answer times in seconds, newest first."""
        from trainer.core.store import report_queries

        return report_queries.recent_answer_times(self._db, limit)

    def briefing_rows(self) -> list[BriefingRow]:
        """Every briefing kept, cleared and past ones too, in time order."""
        return queries.briefing_rows(self._db)

    def last_deck_score(self, deck_id: str) -> tuple[float, int] | None:
        """Score sum and answers of the deck in the last session that answered it."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.last_deck_score(self._db, deck_id)

    def session_rows(
        self,
        deck_id: str | None = None,
        since: datetime | None = None,
        latest: int | None = None,
    ) -> list[SessionRow]:
        """Sessions with answers, oldest first; the deck's own figures when given one."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.session_rows(self._db, deck_id, since, latest)

    def verdict_counts(
        self, dimension: Literal["deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[VerdictCounts]:
        """Final verdict counts per deck, tag or kind, most reviewed first."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.verdict_counts(self._db, dimension, deck_id)

    def weakest_cards(self, deck_id: str | None = None, limit: int = 10) -> list[CardTally]:
        """Cards missed at least once, lowest share correct first."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.weakest_cards(self._db, deck_id, limit)

    def due_per_day(
        self, first: date, end: datetime, deck_id: str | None = None
    ) -> dict[date, int]:
        """Cards due before ``end`` per UTC day, those overdue counted on ``first``."""
        from trainer.core.store import report_queries

        return report_queries.due_per_day(self._db, first, end, deck_id)

    def answers_per_day(self, deck_id: str | None = None) -> list[DayCount]:
        """Answers and final verdicts correct per UTC day, oldest first."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.answers_per_day(self._db, deck_id)

    def trend_span(self, deck_id: str | None = None) -> TrendSpan:
        """How many sessions have answers, and the first and newest start."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.trend_span(self._db, deck_id)

    def trend_rows(self, deck_id: str | None, run: int, tick_every: int) -> TrendRows:
        """The score chart's run means, ticks and last score, in bounded rows."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.trend_rows(self._db, deck_id, run, tick_every)

    def confidence_counts(
        self, dimension: Literal["all", "deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[ConfidenceCount]:
        """Answers and right ones per stated confidence, per group."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.confidence_counts(self._db, dimension, deck_id)

    def sure_wrong_cards(
        self, deck_ids: Collection[str] | None = None, limit: int | None = None
    ) -> list[SureWrongCard]:
        """Cards whose last answer was wrong while sure, most recent first."""
        from trainer.core.store import report_queries

        self._settle()
        return report_queries.sure_wrong_cards(self._db, deck_ids, limit)


if TYPE_CHECKING:
    from trainer.core.store.interface import ReviewStore

    _IMPLEMENTS: type[ReviewStore] = Store  # mypy checks that Store keeps the interface
