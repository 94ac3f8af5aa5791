"""``PostgresStore``: the review database on a team's PostgreSQL server (docs/team.md).

The same ``ReviewStore`` as the SQLite ``Store``, through psycopg 3 (imported when a
server is opened, never on SQLite's path). The connection logs in as the analyst's own
role, by the rules of trainer.core.server.connection (no password in the URL, verify-full
TLS); every row the analyst writes carries ``current_user`` and row-level security keeps
the rows apart. SQL is in postgres_queries.py (reads) and postgres_writes.py (writes).

The server going away: a review is one transaction, committed before ``record_review``
returns, so the answers already given are kept. A write that cannot reach the server
raises ``StoreError`` in one sentence and keeps nothing; the next call connects again (a
connection found broken is replaced before the statement runs, and a write that failed
before anything was sent is tried once more on a new connection).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import nullcontext
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from trainer.core.clock import Clock, as_utc, utc_now
from trainer.core.store import postgres_queries as queries
from trainer.core.store import postgres_writes as writes
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
    StoreError,
    SureWrongCard,
    TrendRows,
    TrendSpan,
    VerdictCounts,
)

if TYPE_CHECKING:
    import psycopg

    from trainer.core.scheduler import Scheduled

    Connection = psycopg.Connection[tuple[Any, ...]]

T = TypeVar("T")
# Deadlocks between two machines of one analyst are resolved by the server cancelling one
# transaction; it is run again this many times before the answer is reported not saved.
_WRITE_ATTEMPTS: Final = 3


class PostgresStore:
    """An open connection to the team server as one analyst. Use ``PostgresStore.open``."""

    def __init__(
        self, url: str, connection: Connection, where: str, data_dir: Path, clock: Clock
    ) -> None:
        self._url = url
        self._conn: Connection | None = connection
        self._clock = clock
        self.where = where  # host:port/database, for messages
        # The interface's path: the front ends read the data dir (settings, deck cache) as
        # its parent; the name says where the reviews really are.
        self.path = data_dir / f"postgresql {where}"
        self.warnings: list[str] = []

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str, data_dir: Path, *, clock: Clock = utc_now) -> PostgresStore:
        """Connect to the server ``url`` names as the analyst; StoreError in one sentence
        when it cannot be reached, refuses the login, or its schema is not this trainer's."""
        from trainer.core.server.connection import describe, server_settings

        try:
            where = describe(server_settings(url))
        except Exception as error:  # ServerError: the URL is unsafe or unreadable
            raise StoreError(str(error)) from None
        return cls(url, _connect(url, where), where, data_dir, clock)

    def close(self) -> None:
        """Close the connection; every review is already committed on the server."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> Connection:
        """The live connection (connecting again if it was lost); for tests, diagnostics."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            if self._conn is not None:
                self._conn.close()
            self._conn = None
            self._conn = _connect(self._url, self.where)
        return self._conn

    # -- backups: the server's own, not the trainer's --------------------------------------

    def start_daily_backup(self) -> None:
        """Nothing: a server is backed up by its admin, not by each trainer."""

    def wait_for_backup(self) -> None:
        """Nothing to wait for."""

    def latest_backup(self) -> Path | None:
        """None: the trainer keeps no local copy of a server's reviews."""
        return None

    # -- running statements --------------------------------------------------------------

    def _read(self, what: str, work: Callable[[Connection], T]) -> T:
        """A read (``what``: "reading history"); run once more on a new connection if the
        old one had been lost while idle."""
        import psycopg

        for attempt in (1, 2):
            try:
                return work(self.connection)
            except StoreError as error:  # connecting again failed
                raise StoreError(self._away("nothing was saved just now", error)) from None
            except psycopg.OperationalError as error:
                self._lost()
                if attempt == 2:
                    raise StoreError(self._away("nothing was saved just now", error)) from None
            except psycopg.Error as error:
                raise StoreError(f"{what} failed on the server: {_primary(error)}") from None
        raise AssertionError("unreachable")

    def _write(
        self, not_done: str, work: Callable[[Connection], T], *, pipelined: bool = False
    ) -> T:
        """``work`` in one transaction, committed before this returns; StoreError (saying
        ``not_done``: "this answer was not saved"), with nothing kept, when the server
        cannot take it."""
        import psycopg
        from psycopg import errors

        for attempt in range(1, _WRITE_ATTEMPTS + 1):
            try:
                conn = self.connection
            except StoreError as error:
                raise StoreError(self._away(not_done, error)) from None
            committing = False
            try:
                # Pipelined, the statements whose results are not read go out together
                # instead of one round trip each; the commit still ends the call.
                with conn.pipeline() if pipelined else nullcontext(), conn.transaction():
                    result = work(conn)
                    committing = True
                return result
            except (errors.DeadlockDetected, errors.SerializationFailure) as error:
                if attempt == _WRITE_ATTEMPTS:
                    raise StoreError(f"{not_done}: {_primary(error)}; try again") from None
            except psycopg.OperationalError as error:
                self._lost()
                if committing:
                    # The commit was sent and no word came back: it may be kept or not.
                    raise StoreError(
                        f"the server at {self.where} went away while saving; this may or may "
                        "not be kept (history shows which), everything before it is"
                    ) from None
                if attempt > 1:
                    raise StoreError(self._away(not_done, error)) from None
                # A connection that died while idle: nothing was sent; a new one, once.
            except psycopg.Error as error:
                raise StoreError(f"{not_done}: the server said {_primary(error)}") from None
        raise AssertionError("unreachable")

    def _lost(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    def _away(self, not_done: str, error: BaseException) -> str:
        """One sentence: the server is out of reach, what was not done, and what is safe."""
        reason = str(error) if isinstance(error, StoreError) else _primary(error)
        # The connection's own sentence names the server again: keep only its reason.
        if reason.startswith("cannot reach the server at ") and ": " in reason:
            reason = reason.split(": ", 1)[1]
        return (
            f"the team server at {self.where} cannot be reached ({reason}), so {not_done}; "
            "the answers given before are kept, and the trainer connects again on the next try"
        )

    # -- writes ------------------------------------------------------------------------

    def record_review(
        self, session: SessionRef, review: NewReview, scheduled: Scheduled | None
    ) -> Recorded:
        """Save one review, its card's new schedule (when given) and the tallies together."""
        return self._write(
            "this answer was not saved",
            lambda conn: writes.record_review(conn, session, review, scheduled),
            pipelined=True,
        )

    def undo_review(
        self, review_id: int, state_before: CardState | None, *, restore_schedule: bool = True
    ) -> None:
        """Take back a review and its corrections, as the SQLite store does."""
        before: CardState | Literal[False] | None = state_before if restore_schedule else False
        now = as_utc(self._clock())
        self._write(
            "the answer was not taken back",
            lambda conn: writes.take_back(conn, review_id, before, now),
        )

    def add_briefing(self, at: datetime, deck_ids: Sequence[str]) -> int:
        """Keep a briefing at ``at`` covering ``deck_ids``; its id."""
        created = as_utc(self._clock())
        return self._write(
            "the briefing was not saved",
            lambda conn: writes.add_briefing(conn, as_utc(at), created, deck_ids),
        )

    def clear_briefings(self, after: datetime, deck_ids: Sequence[str] = ()) -> int:
        """Mark cleared the briefings ahead of ``after`` (those of ``deck_ids``): the
        analyst's own, and the team briefings of a team they lead."""
        now = as_utc(self._clock())
        return self._write(
            "no briefing was cleared",
            lambda conn: writes.clear_briefings(conn, as_utc(after), now, deck_ids),
        )

    # -- card schedules ------------------------------------------------------------------

    def card_states(self, deck_id: str) -> dict[str, CardState]:
        return self._read("reading schedules", lambda c: queries.card_states(c, deck_id))

    def card_state(self, deck_id: str, card_id: str) -> CardState | None:
        return self._read("reading a schedule", lambda c: queries.card_state(c, deck_id, card_id))

    def schedules(self, deck_id: str) -> dict[str, tuple[str, str]]:
        return self._read("reading schedules", lambda c: queries.schedules(c, deck_id))

    def due_times(self, deck_id: str) -> dict[str, str]:
        return self._read("reading due times", lambda c: queries.due_times(c, deck_id))

    def due_flags(self, deck_id: str, now: str) -> dict[str, bool]:
        return self._read("reading due cards", lambda c: queries.due_flags(c, deck_id, now))

    def due_cards(
        self, deck_id: str, now: str, limit: int | None = None
    ) -> tuple[list[str], list[str]]:
        return self._read("reading due cards", lambda c: queries.due_cards(c, deck_id, now, limit))

    def scheduled_later(self, deck_id: str, now: str) -> set[str]:
        return self._read("reading schedules", lambda c: queries.scheduled_later(c, deck_id, now))

    def memory(self, deck_id: str, card_id: str) -> str | None:
        return self._read("reading a schedule", lambda c: queries.memory(c, deck_id, card_id))

    def reviewed_since(self, deck_id: str, card_id: str, since: str, now: str) -> bool:
        """Whether the card was answered at or after ``since`` on any of the analyst's
        machines and is not due at ``now``: the other machine's answer passes it over."""
        return self._read(
            "checking the card",
            lambda c: queries.reviewed_since(c, deck_id, card_id, since, now),
        )

    def recall_states(self, deck_id: str) -> list[tuple[str, float | None, str]]:
        return self._read("reading readiness", lambda c: queries.recall_states(c, deck_id))

    def recall_inputs(self, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
        return self._read("reading readiness", lambda c: queries.recall_inputs(c, deck_id, at))

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int:
        return self._read(
            "counting new cards", lambda c: queries.introduced_since(c, deck_ids, since)
        )

    # -- reviews, briefings, history -----------------------------------------------------

    def review_count(self) -> int:
        return self._read("counting reviews", queries.review_count)

    def reviewed_deck_ids(self) -> list[str]:
        return self._read("reading history", queries.reviewed_deck_ids)

    def review_rows(
        self, deck_id: str | None = None, since: datetime | None = None
    ) -> Iterator[tuple[Any, ...]]:
        return self._read("reading reviews", lambda c: queries.review_rows(c, deck_id, since))

    def recent_answer_times(self, limit: int) -> list[float]:
        return self._read("reading answer times", lambda c: queries.recent_answer_times(c, limit))

    def briefing_rows(self) -> list[BriefingRow]:
        return self._read("reading briefings", queries.briefing_rows)

    def last_deck_score(self, deck_id: str) -> tuple[float, int] | None:
        return self._read("reading history", lambda c: queries.last_deck_score(c, deck_id))

    def session_rows(
        self,
        deck_id: str | None = None,
        since: datetime | None = None,
        latest: int | None = None,
    ) -> list[SessionRow]:
        return self._read(
            "reading history", lambda c: queries.session_rows(c, deck_id, since, latest)
        )

    def verdict_counts(
        self, dimension: Literal["deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[VerdictCounts]:
        return self._read(
            "reading history", lambda c: queries.verdict_counts(c, dimension, deck_id)
        )

    def weakest_cards(self, deck_id: str | None = None, limit: int = 10) -> list[CardTally]:
        return self._read("reading history", lambda c: queries.weakest_cards(c, deck_id, limit))

    def due_per_day(
        self, first: date, end: datetime, deck_id: str | None = None
    ) -> dict[date, int]:
        return self._read(
            "reading the forecast", lambda c: queries.due_per_day(c, first, end, deck_id)
        )

    def answers_per_day(self, deck_id: str | None = None) -> list[DayCount]:
        return self._read("reading history", lambda c: queries.answers_per_day(c, deck_id))

    def trend_span(self, deck_id: str | None = None) -> TrendSpan:
        return self._read("reading history", lambda c: queries.trend_span(c, deck_id))

    def trend_rows(self, deck_id: str | None, run: int, tick_every: int) -> TrendRows:
        return self._read(
            "reading history", lambda c: queries.trend_rows(c, deck_id, run, tick_every)
        )

    def confidence_counts(
        self, dimension: Literal["all", "deck", "tag", "kind"], deck_id: str | None = None
    ) -> list[ConfidenceCount]:
        return self._read(
            "reading calibration", lambda c: queries.confidence_counts(c, dimension, deck_id)
        )

    def sure_wrong_cards(
        self, deck_ids: Collection[str] | None = None, limit: int | None = None
    ) -> list[SureWrongCard]:
        return self._read(
            "reading calibration", lambda c: queries.sure_wrong_cards(c, deck_ids, limit)
        )


def _connect(url: str, where: str) -> Connection:
    """A connection as the analyst, set for the trainer's SQL; StoreError when refused."""
    from trainer.core.server.connection import ServerError, connect
    from trainer.core.server.schema import ANALYST_GROUP, SCHEMA, SCHEMA_VERSION

    try:
        conn = connect(url)
    except ServerError as error:
        raise StoreError(str(error)) from None
    try:
        version = _schema_version(conn)
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"the server at {where} has no trainer schema version {SCHEMA_VERSION} "
                f"(it has {version}); ask your admin to run `trainer server init`"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the server at {where} has trainer schema version {version}, newer than "
                f"this trainer's {SCHEMA_VERSION}; upgrade the trainer"
            )
        # Times come back in UTC; the trainer's tables are found without their schema name.
        conn.execute(f"SET search_path TO {SCHEMA}; SET TIME ZONE 'UTC'")
        row = conn.execute(
            "SELECT current_user, pg_has_role(current_user, %s, 'member')", (ANALYST_GROUP,)
        ).fetchone()
        if row is None or not row[1]:
            user = row[0] if row else "?"
            raise StoreError(
                f"{user!s} is not an analyst on the server at {where}; ask your admin to run "
                f"`trainer server add-analyst URL {user!s}`"
            )
    except ServerError as error:
        conn.close()
        raise StoreError(str(error)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _schema_version(conn: Connection) -> int:
    """The server's schema version as far as an analyst can tell: the version table (server
    version 2 on lets analysts read it); on a version 1 server, which grants it to no
    analyst, 1 when its tables are there (0 when `trainer server init` never ran)."""
    from psycopg import errors

    from trainer.core.server.schema import SCHEMA

    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.reviews",)).fetchone()
    if not row or not row[0]:
        return 0
    try:
        with conn.transaction():
            found = conn.execute(f"SELECT max(version) FROM {SCHEMA}.schema_version").fetchone()
    except errors.InsufficientPrivilege:
        return 1
    return int(found[0]) if found and found[0] is not None else 0


def _primary(error: BaseException) -> str:
    from trainer.core.server.admin import primary

    return primary(error) if isinstance(error, Exception) else type(error).__name__


if TYPE_CHECKING:
    from trainer.core.store.interface import ReviewStore

    _IMPLEMENTS: type[ReviewStore] = PostgresStore  # mypy checks it keeps the interface
