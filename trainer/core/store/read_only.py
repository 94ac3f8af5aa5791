"""The review database opened only to read, for a data folder that cannot be written
(history and statistics): nothing is written there, not even SQLite's log files, and an
older schema is refused rather than upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from trainer import paths
from trainer.core.store.connection import Database
from trainer.core.store.records import StoreError
from trainer.core.store.schema import APPLICATION_ID, SCHEMA_VERSION
from trainer.core.store.sqlite_errors import newer, read_error


def open_read_only(database_type: type[Database], data_dir: Path) -> Database:
    """The database of ``data_dir`` opened only to read; StoreError when unusable."""
    path = paths.database_path(data_dir)
    backups = paths.backups_dir(data_dir)
    # With no write-ahead log beside it, nothing waits to be folded in and no trainer can
    # be writing (none could create the log), so SQLite may read the file as it stands
    # without the shared-memory file it could not create here. With a log, SQLite reads
    # through it.
    has_log = path.with_name(path.name + "-wal").exists()
    uri = path.absolute().as_uri() + ("?mode=ro" if has_log else "?mode=ro&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise read_error(error, path) from None
    database = database_type(connection, path, backups)
    try:
        connection.execute("PRAGMA query_only = ON")
        _check_readable(database)
    except sqlite3.Error as error:
        connection.close()
        raise read_error(error, path) from None
    except BaseException:
        connection.close()
        raise
    return database


def _check_readable(database: Database) -> None:
    """Refuse a file not the trainer's or whose schema cannot be read as is."""
    application_id, version, _tables = database._identity()
    if application_id != APPLICATION_ID:
        raise StoreError(
            f"{database.path} is not the trainer's review database; it was left untouched: "
            "point --data-dir at the right folder"
        )
    if version > SCHEMA_VERSION:
        raise newer(database.path, version, "read")
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"the review database {database.path} needs an upgrade to schema {SCHEMA_VERSION}, "
            "which cannot be written while its folder is read-only; make the folder "
            "writable and run the command again"
        )
