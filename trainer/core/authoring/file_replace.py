"""What ``--force`` may replace, and replacing it without loss.

``--force`` (export, new, draft, import) replaces one thing only: a regular file. Not a
named pipe, device or folder (as root, ``-o /dev/null --force`` once replaced the machine's
/dev/null); not a symbolic link, which would be replaced by a file and leave its target as
it was, the opposite of what the user probably meant (the link's target is named, to be
given instead); and never the trainer's review database, its write-ahead log or a backup of
it, wherever they are. The file's permission bits (and, where allowed, its owner) are kept,
and the new content is written beside it and renamed over it, so a reader sees the old file
or the new one, never half of either.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Final

from trainer import paths
from trainer.core.errors import TrainerError
from trainer.core.safe_files import kind_of
from trainer.core.store.schema import APPLICATION_ID

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_APPLICATION_ID_AT: Final = 68
# A write-ahead log starts with one of these (big- or little-endian checksums).
_WAL_MAGICS: Final = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
_STORE_SUFFIXES: Final = ("", "-wal", "-shm", "-journal")


def replace_file(path: Path, data: bytes) -> None:
    """Replace the regular file at ``path`` (or create it) with ``data``; TrainerError when
    it is something --force must not replace."""
    refuse_store_name(path)
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        status = None
    if status is None:
        # Nothing to replace: created as without --force ("x": a file that appears
        # meanwhile is not overwritten).
        with path.open("xb") as handle:
            handle.write(data)
        return
    refuse_unless_replaceable(path, status)
    _write_beside(path, data, status)


def check_placeable(path: Path, *, force: bool) -> None:
    """TrainerError unless a new file may go to ``path``: nothing there, or (with
    ``force``) a regular file --force may replace."""
    refuse_store_name(path)
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return
    if not force:
        raise TrainerError(
            f"{path} already exists; choose another file with -o, or add --force to replace it"
        )
    refuse_unless_replaceable(path, status)


def place_file(temporary: Path, path: Path, *, force: bool) -> None:
    """Put the finished ``temporary`` file (in ``path``'s folder) at ``path``: without
    ``force`` only where nothing is (a link, which fails if something appeared meanwhile),
    with it over a regular file, keeping that file's mode."""
    check_placeable(path, force=force)
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        status = None
    if status is None or not force:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise TrainerError(
                f"{path} already exists; choose another file with -o, or add --force to replace it"
            ) from None
        except OSError:
            # A file system without hard links: nothing was there a moment ago.
            os.replace(temporary, path)
        return
    os.chmod(temporary, stat.S_IMODE(status.st_mode))
    with suppress(PermissionError, AttributeError):
        os.chown(temporary, status.st_uid, status.st_gid)
    os.replace(temporary, path)


def refuse_unless_replaceable(path: Path, status: os.stat_result) -> None:
    """TrainerError unless ``path`` (whose lstat is ``status``) is a regular file that is not
    part of a review store."""
    if stat.S_ISLNK(status.st_mode):
        target = os.path.realpath(path)
        raise TrainerError(
            f"{path} is a symbolic link (to {target}); --force replaces only a regular file: "
            "give the file itself with -o, or remove the link"
        )
    if not stat.S_ISREG(status.st_mode):
        raise TrainerError(
            f"{path} is {kind_of(status.st_mode)}; --force replaces only a regular file"
        )
    if _is_store_file(path):
        raise _store_refusal(path)


def refuse_store_name(path: Path) -> None:
    """TrainerError when ``path`` is named as the review database or one of its journals."""
    # Even where nothing is yet: SQLite reads a "-wal", "-shm" or "-journal" file beside
    # the database as its own.
    if any(path.name == paths.DATABASE_NAME + suffix for suffix in _STORE_SUFFIXES):
        raise _store_refusal(path)


def _store_refusal(path: Path) -> TrainerError:
    return TrainerError(
        f"{path} is the trainer's review database (or part or a backup of it); "
        "it is never replaced: write elsewhere with -o"
    )


def _is_store_file(path: Path) -> bool:
    if any(path.name == paths.DATABASE_NAME + suffix for suffix in _STORE_SUFFIXES):
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(_APPLICATION_ID_AT + 4)
    except OSError:
        return False
    if head.startswith(_WAL_MAGICS) and path.name.endswith("-wal"):
        return True
    return (
        head.startswith(_SQLITE_MAGIC)
        and len(head) == _APPLICATION_ID_AT + 4
        and int.from_bytes(head[_APPLICATION_ID_AT:], "big") == APPLICATION_ID
    )


def _write_beside(path: Path, data: bytes, status: os.stat_result) -> None:
    """Write ``data`` to a temporary file in ``path``'s folder, give it the old file's mode
    and owner, and rename it over ``path``."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(stream.fileno(), stat.S_IMODE(status.st_mode))
            # Only root may give a file away; for anyone else the owner is already theirs.
            with suppress(PermissionError, AttributeError):
                os.fchown(stream.fileno(), status.st_uid, status.st_gid)
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
