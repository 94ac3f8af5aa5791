"""One sentence for each way the review database can fail to open, read or write.

Loaded when a failure happens (and by the read-only opening), not on the way to the first
question: a first run after an editable install does not compile it before that frame.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Final

from trainer.core.store.connection import BUSY_TIMEOUT_S
from trainer.core.store.records import StoreError
from trainer.core.store.schema import SCHEMA_VERSION

# Less room than this left on the disk: an I/O error there is taken as a full disk.
DISK_NEARLY_FULL_BYTES: Final = 1024 * 1024


def newer(path: Path, version: int, use: str) -> StoreError:
    return StoreError(
        f"the review database {path} was written by a newer version of the trainer "
        f"(schema {version}; this one knows up to {SCHEMA_VERSION}); it was left untouched: "
        f"upgrade the trainer to {use} it"
    )


def damaged(path: Path, backups: Path, reason: str) -> StoreError:
    from trainer.core.backup import latest_backup

    latest = latest_backup(backups)
    if latest is not None:
        advice = f"close every trainer, then copy the latest backup {latest} over it"
    else:
        advice = "no backup exists yet; move it aside to start a new one"
    return StoreError(
        f"the review database {path} is damaged ({reason}); it was left untouched: {advice}"
    )


def disk_full(path: Path) -> bool:
    """True when the file system holding ``path`` has (next to) no room left."""
    try:
        status = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return status.f_bavail * status.f_frsize < DISK_NEARLY_FULL_BYTES


def read_error(error: sqlite3.Error, path: Path) -> StoreError:
    """A failed read-only opening: a damaged file, or one that cannot be read."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreError(
            f"the review database {path} is damaged ({error}); it was left "
            "untouched: copy the latest backup over it, or move it aside"
        )
    return StoreError(f"cannot read the review database {path}: {error}")


def translate(
    error: sqlite3.Error,
    path: Path,
    backups: Path,
    action: str,
    busy_timeout_s: float = BUSY_TIMEOUT_S,
) -> StoreError:
    """One sentence for a failed SQLite call, by its result code."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged(path, backups, str(error))
    # A full disk may also show as an I/O error (SQLite growing its shared-memory file).
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR") and disk_full(path)):
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
