"""The SQLite side of the review database: opening, pragmas, identity, errors, migrations.

Each write is one ``BEGIN IMMEDIATE`` … ``COMMIT`` with ``synchronous=FULL``, so a committed
review survives a crash or power cut. The file is marked with ``PRAGMA application_id`` and
its schema version lives in ``PRAGMA user_version``; a file that is not ours, is damaged or
comes from a newer trainer is refused and never written to. A data folder that cannot be
written is opened read-only (history and statistics only read; read_only.py). The wording
of each failure is in sqlite_errors.py, loaded when one happens.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from trainer import paths
from trainer.core.store.checkpoints import INLINE_LIMIT_PAGES, BackgroundCheckpoints
from trainer.core.store.records import StoreError
from trainer.core.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from trainer.core.store.compact import Progress

BUSY_TIMEOUT_S: Final = 30.0
SQLITE_MAGIC: Final = b"SQLite format 3\x00"
# SQLite answers a busy `PRAGMA journal_mode = WAL` at once, without its busy handler, so
# two trainers creating the same new database retry it themselves at this pace.
JOURNAL_MODE_RETRY_S: Final = 0.02
# Rows fetched from SQLite at a time by the streaming reads.
STREAM_BATCH: Final = 2000


class Database:
    """One SQLite connection with its lock, its error wording and its transactions."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        backups: Path,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
    ) -> None:
        self.connection = connection
        self.lock = threading.RLock()
        self.path = path
        self.backups = backups
        self.busy_timeout_s = busy_timeout_s
        # The write-ahead log is folded into the database by a thread, not by a save
        # (checkpoints.py); close() folds in what is left.
        self.checkpoints = BackgroundCheckpoints(path, busy_timeout_s, self.lock)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        progress: Progress | None = None,
    ) -> Database:
        """Open (creating as needed) the database in ``data_dir``, up to date; StoreError
        when unusable. An upgrade that converts reviews reports ``progress(done, total)``."""
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
            from trainer.core.store.sqlite_errors import translate

            raise translate(error, path, backups, "open") from None
        database = cls(connection, path, backups, busy_timeout_s)
        try:
            database._prepare(progress)
        except BaseException:
            connection.close()
            raise
        return database

    @classmethod
    def open_read_only(cls, data_dir: Path) -> Database:
        """The database of ``data_dir`` opened only to read; StoreError when unusable."""
        from trainer.core.store.read_only import open_read_only

        return open_read_only(cls, data_dir)

    def close(self) -> None:
        """Fold the log into the database and close it."""
        self.checkpoints.stop()
        with self.lock:
            # Fold the log into the database now rather than during some later answer.
            with suppress(sqlite3.Error):
                self.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self.connection.close()

    def _prepare(self, progress: Progress | None = None) -> None:
        """Check that the file is ours, switch on WAL, and bring the schema up to date."""
        connection = self.connection
        try:
            self._check_identity()
            mode = self._switch_to_wal()
            if mode.lower() != "wal":
                raise StoreError(
                    f"cannot write to the review database {self.path}: its folder is read-only"
                )
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA wal_autocheckpoint = {INLINE_LIMIT_PAGES}")
            outdated = self._user_version() < SCHEMA_VERSION
        except sqlite3.Error as error:
            raise self.error(error, "open") from None
        if outdated:
            self._migrate(progress)

    def _switch_to_wal(self) -> str:
        """Set WAL mode, waiting up to the busy timeout while another trainer sets it too."""
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                return str(self.connection.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as error:
                busy = (getattr(error, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")
                if not busy or time.monotonic() >= deadline:
                    raise
                time.sleep(JOURNAL_MODE_RETRY_S)

    def _user_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    def _check_identity(self) -> None:
        """Refuse another program's database, or one written by a newer trainer."""
        application_id, version, tables = self._identity()
        if application_id == APPLICATION_ID:
            if version > SCHEMA_VERSION:
                from trainer.core.store.sqlite_errors import newer

                raise newer(self.path, version, "use")
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
        connection = self.connection
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

    def _migrate(self, progress: Progress | None = None) -> None:
        """Bring the schema up to date in one transaction; a half-done migration never shows.

        Foreign keys are off meanwhile (SQLite's procedure for rebuilding a table others
        name, as schema 10 does; it checks those references itself)."""
        self.connection.execute("PRAGMA foreign_keys = OFF")
        # Alone with the file, a rollback journal for the upgrade: the converted reviews are
        # written once, to the file, rather than to the log and then copied into the file.
        # (With another trainer connected SQLite refuses, and the log is used as always.)
        alone = False
        with suppress(sqlite3.OperationalError):
            journal = self.connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            alone = str(journal).lower() == "delete"
        try:
            with self.transaction("update the database schema") as connection:
                # Another trainer may have migrated while this one waited for the write lock.
                self._check_identity()
                version = self._user_version()
                # In order, by the versions the chain holds (a version may be another branch's).
                for target in sorted(v for v in MIGRATIONS if version < v <= SCHEMA_VERSION):
                    for step in MIGRATIONS[target]:
                        if isinstance(step, str):
                            connection.execute(step)
                        else:
                            step(connection, progress)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            self.connection.execute("PRAGMA foreign_keys = ON")
            if alone:
                # Back to the log; should another trainer hold the file this long, the next
                # opening switches (the rollback journal is as durable meanwhile).
                with suppress(sqlite3.OperationalError):
                    self._switch_to_wal()

    # -- reading and writing ---------------------------------------------------------------

    @contextmanager
    def transaction(self, action: str) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; on any failure roll back and raise StoreError."""
        with self.lock:
            connection = self.connection
            try:
                connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self.error(error, action) from None
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    # The original error is the one worth reporting.
                    with suppress(sqlite3.Error):
                        connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self.error(error, action) from None
                raise
            self.checkpoints.committed()

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """All rows of a query as plain tuples, failures turned into StoreError."""
        with self.lock:
            try:
                return self.connection.execute(sql, tuple(parameters)).fetchall()
            except sqlite3.Error as error:
                raise self.error(error, "read") from None

    def stream(self, sql: str, parameters: Sequence[object] = ()) -> Iterator[tuple[Any, ...]]:
        """Rows of a query as plain tuples, a batch at a time, for results too big to hold
        at once (an export of millions of reviews)."""
        # The rows of each batch are handed on by chain's C loop: a generator step per row
        # cost a twentieth of an export.
        return chain.from_iterable(self._batches(sql, parameters))

    def _batches(self, sql: str, parameters: Sequence[object]) -> Iterator[list[tuple[Any, ...]]]:
        with self.lock:
            try:
                cursor = self.connection.execute(sql, tuple(parameters))
            except sqlite3.Error as error:
                raise self.error(error, "read") from None
        while True:
            with self.lock:
                try:
                    batch = cursor.fetchmany(STREAM_BATCH)
                except sqlite3.Error as error:
                    raise self.error(error, "read") from None
            if not batch:
                return
            yield batch

    # -- errors --------------------------------------------------------------------------

    def error(self, error: sqlite3.Error, action: str) -> StoreError:
        """One sentence for a failed SQLite call."""
        # The wording is loaded when a failure needs it (sqlite_errors.py).
        from trainer.core.store.sqlite_errors import translate

        return translate(error, self.path, self.backups, action, self.busy_timeout_s)

    def damaged(self, reason: str) -> StoreError:
        """The sentence for a damaged file, with the way back."""
        from trainer.core.store.sqlite_errors import damaged

        return damaged(self.path, self.backups, reason)


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
        from trainer.core.store.sqlite_errors import damaged

        raise damaged(path, backups, "it is not an SQLite file")
    if header or _has_log(path):
        return
    # The backups are looked for only here and in sqlite_errors.damaged, both rare: their
    # module is not read (or compiled, on a first run) on the way to the first question.
    from trainer.core.backup import latest_backup

    if (latest := latest_backup(backups)) is not None:
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
