"""Opening the review database only to read, for a data folder that cannot be written.

History and statistics only read, so they need not refuse such a folder. Nothing is
written, not even SQLite's log files, and an older schema is refused rather than upgraded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from trainer import paths
from trainer.core.clock import utc_now
from trainer.core.store import Store, StoreError
from trainer.core.store_schema import APPLICATION_ID, SCHEMA_VERSION


def open_read_only(data_dir: Path) -> Store:
    """The review database of ``data_dir``, opened only to read; StoreError when unusable.

    For a data folder (or database file) that cannot be written: history and statistics only
    read, so they need not refuse it. Nothing is written, not even SQLite's log files: the
    file is opened by URI in read-only mode, and an older schema is refused rather than
    upgraded.
    """
    path = paths.database_path(data_dir)
    backups = paths.backups_dir(data_dir)
    # With no write-ahead log beside it, nothing waits to be folded in and no trainer can be
    # writing (none could create the log), so SQLite may read the file as it stands without
    # the shared-memory file it could not create here. With a log, SQLite reads through it.
    has_log = path.with_name(path.name + "-wal").exists()
    uri = path.absolute().as_uri() + ("?mode=ro" if has_log else "?mode=ro&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise _read_error(error, path) from None
    try:
        connection.execute("PRAGMA query_only = ON")
        _check_readable(connection, path)
    except sqlite3.Error as error:
        connection.close()
        raise _read_error(error, path) from None
    except BaseException:
        connection.close()
        raise
    return Store(connection, path, backups, utc_now)


def _read_error(error: sqlite3.Error, path: Path) -> StoreError:
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreError(
            f"the review database {path} is damaged ({error}); it was left "
            "untouched: copy the latest backup over it, or move it aside"
        )
    return StoreError(f"cannot read the review database {path}: {error}")


def _check_readable(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a file that is not the trainer's, or whose schema this trainer cannot read as is."""
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if application_id != APPLICATION_ID:
        raise StoreError(
            f"{path} is not the trainer's review database; it was left untouched: "
            "point --data-dir at the right folder"
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the review database {path} was written by a newer version of the trainer "
            f"(schema {version}; this one knows up to {SCHEMA_VERSION}); it was left "
            "untouched: upgrade the trainer to read it"
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"the review database {path} needs an upgrade to schema {SCHEMA_VERSION}, which "
            "cannot be written while its folder is read-only; make the folder writable and "
            "run the command again"
        )
