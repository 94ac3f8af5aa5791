"""Reading a file the user named (a deck, a source article) only when it is a regular file
of a sensible size.

A deck may name any path as its source: ``/dev/zero`` would be read until memory runs out,
a named pipe (FIFO) would block the trainer forever, a folder cannot be read at all. The
file is opened without blocking (a FIFO with no writer opens at once), then checked by its
own descriptor, so what is checked is what is read.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO, Final

MEGABYTE: Final = 1024 * 1024
# A 100,000-card deck is about 30 MB: twice that leaves room for long evidence and notes.
MAX_DECK_BYTES: Final = 64 * MEGABYTE
# A source is an article's text; the longest reports run to a few MB.
MAX_SOURCE_BYTES: Final = 32 * MEGABYTE

_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileRefused(OSError):
    """A path that is not a regular file, or is larger than its limit; ``reason`` says which
    in words that follow the path ("is a named pipe (FIFO), not a regular file")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def open_regular(path: os.PathLike[str] | str, limit: int) -> BinaryIO:
    """``path`` opened for reading in binary; FileRefused unless it is a regular file of at
    most ``limit`` bytes. Other failures (no such file, no permission) are OSError as usual."""
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused(f"is {kind_of(status.st_mode)}, not a regular file")
        if status.st_size > limit:
            raise FileRefused(too_large(status.st_size, limit))
        if _OPEN_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: os.PathLike[str] | str, limit: int) -> bytes:
    """The bytes of ``path``, a regular file of at most ``limit`` bytes (see open_regular)."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        # It grew between the check and the read.
        raise FileRefused(too_large(len(data), limit))
    return data


def kind_of(mode: int) -> str:
    """What a file that is not a regular one is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def too_large(size: int, limit: int) -> str:
    # Rounded up, so a file just over the limit never reads as "64.0 MB, over 64 MB".
    tenths = -(-size * 10 // MEGABYTE)
    return f"is {tenths / 10:.1f} MB, over the limit of {limit // MEGABYTE} MB"
