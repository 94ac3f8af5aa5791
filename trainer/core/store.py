"""The review database: one SQLite file in the data dir that never loses an answered review.

Each review is one ``BEGIN IMMEDIATE`` … ``COMMIT`` that writes the review row, the card's
new schedule and the running tallies together, with ``synchronous=FULL`` so a committed
review survives a crash or power cut. The file is marked with ``PRAGMA application_id`` and
its schema version lives in ``PRAGMA user_version``; a file that is not ours, is damaged or
comes from a newer trainer is refused and never written to.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from trainer import paths
from trainer.core.backup import DailyBackup, backup_path, latest_backup
from trainer.core.clock import Clock, as_utc, utc_now
from trainer.core.errors import TrainerError
from trainer.core.store_schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduled

BUSY_TIMEOUT_S: Final = 30.0
# Pages the write-ahead log may grow to before a save also copies it into the database.
# Larger than SQLite's 1000 so that copy (and its fsync) lands on few saves; close() does it
# too, off the answering path.
WAL_CHECKPOINT_PAGES: Final = 4000
SQLITE_MAGIC: Final = b"SQLite format 3\x00"
# SQLite answers a busy `PRAGMA journal_mode = WAL` at once, without its busy handler, so
# two trainers creating the same new database retry it themselves at this pace.
JOURNAL_MODE_RETRY_S: Final = 0.02
# Less room than this left on the disk: an I/O error there is taken as a full disk.
DISK_NEARLY_FULL_BYTES: Final = 1024 * 1024


class StoreError(TrainerError):
    """The review database cannot be opened or written; the message says what to do."""

    exit_code = 3


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
    """One answer to record. ``overrides`` names the review an "I was right" corrects."""

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


class Recorded(NamedTuple):
    """Where a saved review went."""

    review_id: int
    session_id: int


def to_db_time(moment: datetime) -> str:
    """A fixed-width UTC text that sorts in time order and SQLite's date functions read."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db_time(text: str) -> datetime:
    """The aware UTC datetime stored by ``to_db_time``."""
    return datetime.fromisoformat(text).astimezone(UTC)


class Store:
    """An open review database. Use ``Store.open``; close it, or use it as a context manager."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        backups: Path,
        clock: Clock,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
    ) -> None:
        self._connection = connection
        self._lock = threading.RLock()
        self._clock = clock
        self.path = path
        self.backups = backups
        # Problems that do not stop the trainer (a backup that could not be written).
        self.warnings: list[str] = []
        self.busy_timeout_s = busy_timeout_s
        self._backup: DailyBackup | None = None

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
    ) -> Store:
        """Open (creating as needed) the database in ``data_dir``; StoreError when unusable.

        Today's backup starts now unless ``backup`` is False, or ``backup_later`` is set: then
        the caller starts it with ``start_daily_backup`` (the app, once its first screen is
        up, so the check and copy of a large database never delay the first question).
        """
        data_dir = Path(data_dir)
        path = paths.database_path(data_dir)
        backups = paths.backups_dir(data_dir)
        _make_data_dir(data_dir)
        _check_file(path, backups)
        _refuse_read_only(path)
        try:
            connection = sqlite3.connect(
                path, timeout=busy_timeout_s, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise _translate(error, path, backups, "open") from None
        store = cls(connection, path, backups, clock, busy_timeout_s)
        try:
            store._prepare()
            if backup and not backup_later:
                store.start_daily_backup()
        except BaseException:
            connection.close()
            raise
        return store

    def close(self) -> None:
        """Close the database (after today's backup finishes); reviews are already on disk."""
        if self._backup is not None:
            self._backup.wait()
        with self._lock:
            # Fold the log into the database now rather than during some later answer.
            with suppress(sqlite3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self._connection.close()

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
        """The underlying connection, for diagnostics and tests; write through the methods."""
        return self._connection

    def _prepare(self) -> None:
        """Check that the file is ours, switch on WAL, and bring the schema up to date."""
        connection = self._connection
        try:
            self._check_identity()
            mode = self._switch_to_wal()
            if mode.lower() != "wal":
                raise StoreError(
                    f"cannot write to the review database {self.path}: its folder is read-only"
                )
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            outdated = self._user_version() < SCHEMA_VERSION
        except sqlite3.Error as error:
            raise self._error(error, "open") from None
        if outdated:
            self._migrate()

    def _switch_to_wal(self) -> str:
        """Set WAL mode, waiting up to the busy timeout while another trainer sets it too."""
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                return str(self._connection.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as error:
                busy = (getattr(error, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(JOURNAL_MODE_RETRY_S)

    def _user_version(self) -> int:
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def _check_identity(self) -> None:
        """Refuse another program's database, or one written by a newer trainer."""
        application_id, version, tables = self._identity()
        if application_id == APPLICATION_ID:
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"the review database {self.path} was written by a newer version of the "
                    f"trainer (schema {version}; this one knows up to {SCHEMA_VERSION}); it was "
                    "left untouched: upgrade the trainer to use it"
                )
            return
        if application_id == 0 and version == 0 and tables == 0:
            return  # a new, empty file: ours to set up
        raise StoreError(
            f"{self.path} is an SQLite database of another program, not the trainer's; it was "
            "left untouched: move it aside, or point --data-dir at another folder"
        )

    def _identity(self) -> tuple[int, int, int]:
        """Application id, schema version and table count, read from one snapshot.

        Read apart, another trainer's migration could land between them and make a new
        database look like another program's.
        """
        connection = self._connection
        nested = connection.in_transaction
        if not nested:
            connection.execute("BEGIN")
        try:
            application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
            version = self._user_version()
            tables = int(
                connection.execute(
                    "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'"
                ).fetchone()[0]
            )
        except BaseException:
            # SQLite may already have ended the transaction (a failed read does): a COMMIT
            # here would raise "no transaction is active" and hide the real cause.
            if not nested and connection.in_transaction:
                with suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
            raise
        if not nested:
            connection.execute("COMMIT")
        return application_id, version, tables

    def _migrate(self) -> None:
        """Bring the schema up to date in one transaction; a half-done migration never shows."""
        with self._transaction("update the database schema") as connection:
            # Another trainer may have migrated while this one waited for the write lock.
            self._check_identity()
            version = self._user_version()
            # In order, by the versions the chain holds (a version may be another branch's).
            for target in sorted(v for v in MIGRATIONS if version < v <= SCHEMA_VERSION):
                for statement in MIGRATIONS[target]:
                    connection.execute(statement)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- backups -------------------------------------------------------------------------

    def latest_backup(self) -> Path | None:
        """The newest daily backup, if there is one."""
        return latest_backup(self.backups)

    def start_daily_backup(self) -> None:
        """Start today's check-and-copy in the background, if today has none yet (once)."""
        if self._backup is not None:
            return
        target = backup_path(self.backups, as_utc(self._clock()).date())
        if target.exists():
            return
        try:
            if self._connection.execute("SELECT 1 FROM reviews LIMIT 1").fetchone() is None:
                return  # nothing worth keeping yet
        except sqlite3.Error as error:
            raise self._error(error, "open") from None
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
            raise self._damaged(backup.damage)

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; on any failure roll back and raise StoreError."""
        with self._lock:
            connection = self._connection
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._error(error, action) from None
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    # The original error is the one worth reporting.
                    with suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._error(error, action) from None
                raise

    def record_review(
        self, session: SessionRef, review: NewReview, scheduled: Scheduled | None
    ) -> Recorded:
        """Save one review, and the card's new schedule when given, in one transaction."""
        if self._backup is not None and self._backup.done:
            # Never write into a file today's check found damaged.
            self._take_backup_news(self._backup)
        with self._transaction("save the review") as db:
            session_id = session.id
            if session_id is None:
                session_id = _insert_session(db, session)
            previous = None
            if review.overrides is not None:
                previous = db.execute(
                    "SELECT verdict, score, confidence FROM reviews WHERE id = ?",
                    (review.overrides,),
                ).fetchone()
                if previous is None:
                    raise StoreError(f"there is no review {review.overrides} to correct")
            import json  # imported with the first answer, not before the first question

            due_after = None if scheduled is None or session.cram else to_db_time(scheduled.due)
            reviewed_at = to_db_time(review.reviewed_at)
            cursor = db.execute(
                "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, "
                "verdict, score, rating, reviewed_at, elapsed_s, hinted, cram, overrides, "
                "due_after, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    review.deck_id,
                    review.card_id,
                    review.kind,
                    json.dumps(list(review.tags)),
                    review.response,
                    review.verdict,
                    review.score,
                    review.rating,
                    reviewed_at,
                    review.elapsed_s,
                    int(review.hinted),
                    int(session.cram),
                    review.overrides,
                    due_after,
                    review.confidence,
                ),
            )
            review_id = int(cursor.lastrowid or 0)
            if scheduled is not None:
                # A cram answer moves the card's memory (drilling raises readiness) but
                # not its due time; a card crammed before it was ever scheduled gets one.
                keep_due = "" if session.cram else "due = excluded.due, "
                db.execute(
                    "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
                    "last_review_at, stability) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    f"ON CONFLICT (deck_id, card_id) DO UPDATE SET {keep_due}"
                    "memory = excluded.memory, last_review_at = excluded.last_review_at, "
                    "stability = excluded.stability",
                    (
                        review.deck_id,
                        review.card_id,
                        to_db_time(scheduled.due),
                        scheduled.memory,
                        reviewed_at,
                        reviewed_at,
                        scheduled.stability,
                    ),
                )
            from trainer.core.store_undo import first_try_in_session

            first_try = first_try_in_session(
                db, session_id, review.deck_id, review.card_id, review.overrides or review_id
            )
            _update_tallies(db, session_id, review, previous, first_try=first_try)
            from trainer.core.store_confidence import update_confidence_tallies

            update_confidence_tallies(db, review, previous)
        return Recorded(review_id=review_id, session_id=session_id)

    def undo_review(
        self, review_id: int, state_before: CardState | None, *, restore_schedule: bool = True
    ) -> None:
        """Take back a review (and any "I was right" on it) in one transaction.

        The reviews stay; marks in ``undone_reviews`` say they were taken back. Tallies go
        back to what they were before the review, and, with ``restore_schedule``, the card's
        schedule to ``state_before`` (None: the card was new, so it is new again).
        """
        from trainer.core.store_undo import take_back

        with self._transaction("take back the answer") as db:
            take_back(
                db,
                review_id,
                state_before if restore_schedule else False,
                to_db_time(as_utc(self._clock())),
            )

    # -- reading -------------------------------------------------------------------------

    def read(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        """All rows of a query, with database failures turned into StoreError."""
        return list(self.iterate(sql, parameters))

    def iterate(self, sql: str, parameters: Sequence[object] = ()) -> Iterator[sqlite3.Row]:
        """Rows of a query one at a time, for results too big to hold at once."""
        with self._lock:
            try:
                cursor = self._connection.cursor()
                cursor.row_factory = sqlite3.Row
                cursor.execute(sql, tuple(parameters))
            except sqlite3.Error as error:
                raise self._error(error, "read") from None
        while True:
            with self._lock:
                try:
                    rows = cursor.fetchmany(500)
                except sqlite3.Error as error:
                    raise self._error(error, "read") from None
            if not rows:
                return
            yield from rows

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """All rows of a query as plain tuples, far lighter than ``read`` for thousands of rows."""
        with self._lock:
            try:
                return self._connection.execute(sql, tuple(parameters)).fetchall()
            except sqlite3.Error as error:
                raise self._error(error, "read") from None

    def stream_rows(self, sql: str, parameters: Sequence[object] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a query as plain tuples, a batch at a time: ``rows`` for results too big
        to hold at once (an export of millions of reviews)."""
        with self._lock:
            try:
                cursor = self._connection.execute(sql, tuple(parameters))
            except sqlite3.Error as error:
                raise self._error(error, "read") from None
        while True:
            with self._lock:
                try:
                    batch = cursor.fetchmany(2000)
                except sqlite3.Error as error:
                    raise self._error(error, "read") from None
            if not batch:
                return
            yield from batch

    def card_states(self, deck_id: str) -> dict[str, CardState]:
        """Every scheduled card of a deck by card id, including cards since removed."""
        rows = self.rows(
            "SELECT card_id, due, memory, introduced_at, last_review_at FROM card_states "
            "WHERE deck_id = ?",
            (deck_id,),
        )
        return {
            card_id: CardState(
                deck_id=deck_id,
                card_id=card_id,
                due=from_db_time(due),
                memory=memory,
                introduced_at=from_db_time(introduced_at),
                last_review_at=from_db_time(last_review_at),
            )
            for card_id, due, memory, introduced_at, last_review_at in rows
        }

    def schedules(self, deck_id: str) -> dict[str, tuple[str, str]]:
        """Each scheduled card's due time, as stored, and its memory, by card id.

        The lean form of ``card_states``: stored times sort in time order as text, so
        nothing is parsed. (A quiz queue reads less still: see ``due_cards``.)
        """
        rows = self.rows(
            "SELECT card_id, due, memory FROM card_states WHERE deck_id = ?", (deck_id,)
        )
        return {card_id: (due, memory) for card_id, due, memory in rows}

    def due_times(self, deck_id: str) -> dict[str, str]:
        """Each scheduled card's due time, as stored, by card id."""
        return dict(self.rows("SELECT card_id, due FROM card_states WHERE deck_id = ?", (deck_id,)))

    def due_cards(self, deck_id: str, now: str) -> tuple[list[str], list[str]]:
        """Ids and due times (as stored) of the deck's cards due at ``now`` (a stored time).

        A quiz queue's first read: only the due cards cross over from SQLite, from an index
        that holds both columns, and as two joined strings rather than a row per card.
        The two lists match item for item; their order is the index's, due order.
        """
        ids, dues = self.rows(
            "SELECT group_concat(card_id, char(10)), group_concat(due, char(10)) "
            "FROM card_states WHERE deck_id = ? AND due <= ?",
            (deck_id, now),
        )[0]
        if ids is None:
            return [], []
        return ids.split("\n"), dues.split("\n")

    def scheduled_later(self, deck_id: str, now: str) -> set[str]:
        """Ids of the deck's scheduled cards that are not yet due at ``now`` (a stored time)."""
        # One joined string crosses from SQLite several times faster than a row per card.
        # Card ids are slugs and stored times have no spaces: no newline occurs inside one.
        row = self.rows(
            "SELECT group_concat(card_id, char(10)) FROM card_states WHERE deck_id = ? AND due > ?",
            (deck_id, now),
        )[0]
        return set(row[0].split("\n")) if row[0] else set()

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        """One card's schedule as it stands; None for a card never scheduled."""
        rows = self.rows(
            "SELECT due, memory, introduced_at, last_review_at, stability FROM card_states "
            "WHERE deck_id = ? AND card_id = ?",
            (deck_id, card_id),
        )
        if not rows:
            return None
        due, memory, introduced_at, last_review_at, stability = rows[0]
        return CardState(
            deck_id=deck_id,
            card_id=card_id,
            due=from_db_time(due),
            memory=memory,
            introduced_at=from_db_time(introduced_at),
            last_review_at=from_db_time(last_review_at),
            stability=stability,
        )

    def memory(self, deck_id: str, card_id: str) -> str | None:
        """The scheduler's memory of one card; None for a card never scheduled."""
        rows = self.rows(
            "SELECT memory FROM card_states WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
        )
        return rows[0][0] if rows else None

    def reviewed_since(self, deck_id: str, card_id: str, since: str, now: str) -> bool:
        """Whether a card's schedule shows a review at or after ``since`` and is not due at
        ``now`` (both stored times): another trainer has answered it meanwhile.

        One lookup on the table's primary key, cheap enough to make before every card.
        """
        return bool(
            self.rows(
                "SELECT 1 FROM card_states WHERE deck_id = ? AND card_id = ? "
                "AND last_review_at >= ? AND due > ?",
                (deck_id, card_id, since, now),
            )
        )

    def recall_states(self, deck_id: str) -> list[tuple[str, float | None, str]]:
        """Each scheduled card's id, FSRS stability and last review (as stored).

        What the readiness forecast needs, from columns: no card's JSON memory is decoded.
        """
        return self.rows(
            "SELECT card_id, stability, last_review_at FROM card_states WHERE deck_id = ?",
            (deck_id,),
        )

    def recall_inputs(self, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
        """Each scheduled card's id, stability and days from its last review to ``at`` (a
        stored time), worked out by SQLite: no time is parsed in Python per card."""
        return self.rows(
            "SELECT card_id, stability, julianday(?) - julianday(last_review_at) "
            "FROM card_states WHERE deck_id = ?",
            (at, deck_id),
        )

    # -- briefings -----------------------------------------------------------------------

    def add_briefing(self, at: datetime, deck_ids: Sequence[str]) -> int:
        """Keep a briefing at ``at`` covering ``deck_ids``; returns its id."""
        with self._transaction("save the briefing") as db:
            cursor = db.execute(
                "INSERT INTO briefings (at, created_at) VALUES (?, ?)",
                (to_db_time(at), to_db_time(self._clock())),
            )
            briefing_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT OR IGNORE INTO briefing_decks (briefing_id, deck_id) VALUES (?, ?)",
                [(briefing_id, deck_id) for deck_id in deck_ids],
            )
        return briefing_id

    def clear_briefings(self, after: datetime, deck_ids: Sequence[str] = ()) -> int:
        """Call off the briefings still ahead of ``after`` (those covering ``deck_ids``, when
        given); they are kept, marked cleared. Returns how many were cleared."""
        decks = ""
        if deck_ids:
            marks = ", ".join("?" for _ in deck_ids)
            decks = (
                f" AND id IN (SELECT briefing_id FROM briefing_decks WHERE deck_id IN ({marks}))"
            )
        with self._transaction("clear the briefings") as db:
            cursor = db.execute(
                "UPDATE briefings SET cleared_at = ? WHERE cleared_at IS NULL AND at > ?" + decks,
                (to_db_time(self._clock()), to_db_time(after), *deck_ids),
            )
        return cursor.rowcount

    def briefing_rows(self) -> list[tuple[int, str, str | None, str]]:
        """Every briefing kept: id, time, when cleared (or None) and its deck ids
        (space-separated), in time order."""
        return self.rows(
            "SELECT b.id, b.at, b.cleared_at, group_concat(d.deck_id, ' ') FROM briefings b "
            "JOIN briefing_decks d ON d.briefing_id = b.id GROUP BY b.id ORDER BY b.at, b.id"
        )

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int:
        """How many cards of these decks were first scheduled at or after ``since``."""
        if not deck_ids:
            return 0
        marks = ", ".join("?" for _ in deck_ids)
        row = self.read(
            f"SELECT count(*) FROM card_states WHERE deck_id IN ({marks}) AND introduced_at >= ?",
            (*deck_ids, to_db_time(since)),
        )[0]
        return int(row[0])

    def review_count(self) -> int:
        """How many review rows the database holds."""
        return int(self.read("SELECT count(*) FROM reviews")[0][0])

    # -- errors --------------------------------------------------------------------------

    def _error(self, error: sqlite3.Error, action: str) -> StoreError:
        return _translate(error, self.path, self.backups, action, self.busy_timeout_s)

    def _damaged(self, reason: str) -> StoreError:
        return _damaged(self.path, self.backups, reason)


def _insert_session(db: sqlite3.Connection, session: SessionRef) -> int:
    cursor = db.execute(
        "INSERT INTO sessions (started_at, deck_ids, cram) VALUES (?, ?, ?)",
        (to_db_time(session.started_at), " ".join(session.deck_ids), int(session.cram)),
    )
    session_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT OR IGNORE INTO session_decks (deck_id, session_id) VALUES (?, ?)",
        [(deck_id, session_id) for deck_id in session.deck_ids],
    )
    return session_id


def _update_tallies(
    db: sqlite3.Connection,
    session_id: int,
    review: NewReview,
    previous: sqlite3.Row | tuple[Any, ...] | None,
    *,
    first_try: bool,
) -> None:
    """Keep the running counts that history reads instead of scanning every review.

    A correction replaces the verdict it corrects, so counts reflect each answer's final word.
    The session's score counts only ``first_try`` answers (a card asked again after a miss
    is one more review, not one more answer of the session).
    """
    counts = {"correct": 0, "close": 0, "wrong": 0}
    counts[review.verdict] += 1
    answered, score = 1, review.score
    if previous is not None:
        old_verdict, old_score = previous[0], previous[1]
        counts[old_verdict] -= 1
        answered, score = 0, review.score - old_score
    reviews = answered
    if not first_try:
        answered, score = 0, 0.0
    reviewed_at = to_db_time(review.reviewed_at)
    db.execute(
        "UPDATE sessions SET answered = answered + ?, score_sum = score_sum + ?, "
        "last_review_at = ? WHERE id = ?",
        (answered, score, reviewed_at, session_id),
    )
    db.execute(
        "UPDATE session_decks SET answered = answered + ?, score_sum = score_sum + ? "
        "WHERE deck_id = ? AND session_id = ?",
        (answered, score, review.deck_id, session_id),
    )
    db.execute(
        "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
        "last_response, last_reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (deck_id, card_id) DO UPDATE SET reviews = reviews + excluded.reviews, "
        "correct = correct + excluded.correct, close = close + excluded.close, "
        "wrong = wrong + excluded.wrong, last_response = excluded.last_response, "
        "last_reviewed_at = excluded.last_reviewed_at",
        (
            review.deck_id,
            review.card_id,
            reviews,
            counts["correct"],
            counts["close"],
            counts["wrong"],
            review.response,
            reviewed_at,
        ),
    )
    keys = [("kind", review.kind)] + [("tag", tag) for tag in dict.fromkeys(review.tags)]
    db.executemany(
        "INSERT INTO tallies (dimension, key, deck_id, reviews, correct, close, wrong) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dimension, key, deck_id) DO UPDATE SET "
        "reviews = reviews + excluded.reviews, correct = correct + excluded.correct, "
        "close = close + excluded.close, wrong = wrong + excluded.wrong",
        [
            (
                dimension,
                key,
                review.deck_id,
                reviews,
                counts["correct"],
                counts["close"],
                counts["wrong"],
            )
            for dimension, key in keys
        ],
    )


def _make_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StoreError(
            f"cannot use {data_dir} as the data folder: it is a file, not a folder"
        ) from None
    except NotADirectoryError:
        raise StoreError(
            f"cannot create the data folder {data_dir}: part of that path is a file, "
            "not a folder; choose another with --data-dir"
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(
            f"cannot create the data folder {data_dir}: {reason}; choose another with --data-dir"
        ) from None
    if not os.access(data_dir, os.W_OK | os.X_OK):
        raise StoreError(
            f"cannot write to the data folder {data_dir}: permission denied; "
            "choose another with --data-dir"
        )


def _refuse_read_only(path: Path) -> None:
    """StoreError when the database (or its log) exists but cannot be written.

    SQLite would open such a file read-only without a word, and the first answer given
    would then fail to save: better to say so before any question is asked.
    """
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        # Checked again after: another trainer closing may just have removed its -wal.
        if file.exists() and not os.access(file, os.W_OK) and os.access(file, os.F_OK):
            raise StoreError(
                f"cannot write to the review database: {file} is read-only; make it writable "
                f"(chmod u+w {file}), or choose another data folder with --data-dir"
            )


def _check_file(path: Path, backups: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database at all."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError(
            f"the review database {path} is a folder; move it aside so a database can be made"
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise StoreError(f"cannot read the review database {path}: {reason}") from None
    if header and header != SQLITE_MAGIC:
        raise _damaged(path, backups, "it is not an SQLite file")
    if not header and not _has_log(path) and (latest := latest_backup(backups)) is not None:
        # An empty file where a database was (backups of it exist) lost its reviews to
        # something outside the trainer; setting up a new one would hide that from view.
        raise StoreError(
            f"the review database {path} is empty, though backups of earlier reviews exist; "
            f"it was left untouched: close every trainer, then copy the latest backup "
            f"{latest} over it, or delete the empty file to start afresh"
        )


def _has_log(path: Path) -> bool:
    """True when a write-ahead log with content lies beside ``path`` (it may hold it all)."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _damaged(path: Path, backups: Path, reason: str) -> StoreError:
    latest = latest_backup(backups)
    if latest is not None:
        advice = f"close every trainer, then copy the latest backup {latest} over it"
    else:
        advice = "no backup exists yet; move it aside to start a new one"
    return StoreError(
        f"the review database {path} is damaged ({reason}); it was left untouched: {advice}"
    )


def _disk_full(path: Path) -> bool:
    """True when the file system holding ``path`` has (next to) no room left."""
    try:
        status = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return status.f_bavail * status.f_frsize < DISK_NEARLY_FULL_BYTES


def _translate(
    error: sqlite3.Error,
    path: Path,
    backups: Path,
    action: str,
    busy_timeout_s: float = BUSY_TIMEOUT_S,
) -> StoreError:
    """One sentence for a failed SQLite call, by its result code."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return _damaged(path, backups, str(error))
    # A full disk may also show as an I/O error (SQLite growing its shared-memory file).
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and _disk_full(path)):
        again = "answer again" if action == "save the review" else "try again"
        return StoreError(
            f"could not {action}: the disk holding {path} is full; earlier reviews are safe, "
            f"free some space and {again}"
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError(
            f"could not {action}: the review database {path} stayed busy for "
            f"{busy_timeout_s:g} s (another trainer is writing); try again"
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StoreError(
            f"could not {action}: the review database {path} or its folder cannot be written "
            f"({error}); check its permissions or choose another --data-dir"
        )
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"could not {action}: reading or writing {path} failed ({error})")
    return StoreError(f"could not {action} in the review database {path}: {error}")
