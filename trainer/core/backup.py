"""Daily copies of the review database, made in the background so opening never waits.

Once a UTC day, the first trainer to open a database with reviews in it checks the file
(``PRAGMA quick_check``) and copies it with SQLite's online backup into ``backups/``,
keeping the last few days. A file that fails the check is never copied, so a damaged
database cannot push the good backups out of rotation.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Final

BACKUPS_KEPT: Final = 7
BACKUP_PREFIX: Final = "trainer-"
# A partial copy this old belongs to a trainer that died while copying.
STALE_PARTIAL_S: Final = 3600.0
# The backup thread's nice value (19 is the lowest priority).
BACKUP_NICENESS: Final = 19


def backup_files(backups: Path) -> list[Path]:
    """Finished backups, oldest first (names carry the ISO date, so name order is age)."""
    try:
        return sorted(backups.glob(f"{BACKUP_PREFIX}*.sqlite3"))
    except OSError:
        return []


def latest_backup(backups: Path) -> Path | None:
    """The newest finished backup, if any."""
    files = backup_files(backups)
    return files[-1] if files else None


def backup_path(backups: Path, day: date) -> Path:
    """Where the backup of ``day`` goes."""
    return backups / f"{BACKUP_PREFIX}{day.isoformat()}.sqlite3"


class DailyBackup:
    """One background check-and-copy of a database; ``wait`` for its result."""

    def __init__(self, database: Path, target: Path) -> None:
        self.database = database
        self.target = target
        self.damage: str | None = None  # what the integrity check found, if anything
        self.problem: str | None = None  # why the copy could not be written, if it could not
        self._thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)

    def start(self) -> DailyBackup:
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> None:
        """Block until the check and copy are over."""
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        _lower_this_threads_priority()
        try:
            # Its own connection: SQLite connections are not shared across threads here,
            # and a WAL reader never blocks the trainer's writes.
            source = sqlite3.connect(f"{self.database.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as error:
            self.problem = f"could not read {self.database} to back it up: {error}"
            return
        try:
            problems = [row[0] for row in source.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                self.damage = "; ".join(problems)
                return
            self._copy(source)
        except sqlite3.DatabaseError as error:
            name = getattr(error, "sqlite_errorname", "") or ""
            if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                self.damage = str(error)
            else:
                self.problem = f"could not write today's backup to {self.target}: {error}"
        finally:
            source.close()

    def _copy(self, source: sqlite3.Connection) -> None:
        backups = self.target.parent
        partial = self.target.with_name(f"{self.target.name}.{os.getpid()}.partial")
        try:
            backups.mkdir(parents=True, exist_ok=True)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
            os.replace(partial, self.target)
        except (OSError, sqlite3.Error) as error:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
            self.problem = f"could not write today's backup to {self.target}: {error}"
            return
        for old in backup_files(backups)[:-BACKUPS_KEPT]:
            with suppress(OSError):
                old.unlink(missing_ok=True)
        _remove_stale_partials(backups)


def _lower_this_threads_priority() -> None:
    """Let the quiz's own thread come first on a busy machine: on Linux a thread has its own
    nice value, set through its thread id. Elsewhere (or if refused) it runs as it is."""
    with suppress(AttributeError, OSError):
        thread = threading.get_native_id()
        os.setpriority(
            os.PRIO_PROCESS, thread, max(os.getpriority(os.PRIO_PROCESS, thread), BACKUP_NICENESS)
        )


def _remove_stale_partials(backups: Path) -> None:
    now = time.time()
    for leftover in backups.glob(f"{BACKUP_PREFIX}*.partial"):
        with suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_PARTIAL_S:
                leftover.unlink()
