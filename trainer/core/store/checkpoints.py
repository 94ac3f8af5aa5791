"""Folding the write-ahead log into the database off the answering path.

SQLite's own automatic checkpoint runs inside the commit that takes the log past its limit:
that one answer waits while thousands of pages are copied into the database and synced,
the slowest answer of a session by far. Here the connection that saves answers does not
checkpoint on its own (short of a last-resort limit, ``INLINE_LIMIT_PAGES``, which keeps
the log bounded should this thread fail). Every ``COMMITS_PER_CHECKPOINT`` commits, a
thread with a connection of its own runs PASSIVE checkpoints (they never block a writer,
and SQLite lets go of the GIL while it works), in rounds one after another, each copying
what came since the last, until what is left is a few answers' worth; that last round runs
holding the store's lock, so no answer of this process commits beside it, and the whole log
is then in the database. A checkpoint copies only committed pages, so a crash at any moment
loses nothing.

Why the whole log, and soon: once it is all in, the next commit starts the log afresh from
its beginning, rewriting space the file already has, and such a commit's flush costs about
half of one that makes the file grow (the file's size is metadata the flush must write as
well). Checkpointing every thousand pages or so, as SQLite does by default, most commits
of a long run of answers rewrite the log in place.

Commits are counted, not log pages: Python's sqlite3 has no WAL hook, and opening the
log's index file to read its frame count would drop SQLite's locks on it when closed
(POSIX locks belong to the process, not the descriptor).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import suppress
from pathlib import Path
from typing import Final

# An answer adds about twenty pages to the log: fifty of them make about SQLite's own
# default checkpoint size, a thousand pages.
COMMITS_PER_CHECKPOINT: Final = 50
# The saving connection checkpoints itself from this many log pages (SQLite's automatic
# checkpoint), the bound on the log: reached only should the thread fail.
INLINE_LIMIT_PAGES: Final = 20_000
# A round that copied at most this many new frames leaves a tail small enough to copy
# holding the store's lock: an answer arriving meanwhile waits for a few dozen pages'
# copy and one sync of the database, not for a thousand pages.
TAIL_FRAMES: Final = 50
# Rounds without the lock before the last one, should the writes outpace them.
FREE_ROUNDS: Final = 6
# How long the last round waits for the store's lock (held for one transaction at a time).
LOCK_WAIT_S: Final = 1.0


class BackgroundCheckpoints:
    """The checkpoint thread of one saving connection; ``committed`` after every commit.

    ``lock`` is the one the saving connection holds for each transaction."""

    def __init__(self, database: Path, busy_timeout_s: float, lock: threading.RLock) -> None:
        self._database = database.absolute()  # opened later, whatever the folder then
        self._busy_timeout_s = busy_timeout_s
        self._lock = lock
        # Written by the saving thread, read (and the count reset) by the checkpoint thread;
        # a count lost to the race only moves a checkpoint by a commit.
        self._commits = 0
        self._wake = threading.Event()  # enough commits for a checkpoint
        self._stop = threading.Event()  # the store is closing
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many rounds the thread ran, for tests and benchmarks
        self.locked_rounds = 0  # how many of them held the store's lock

    def committed(self) -> None:
        """Note a commit; from ``COMMITS_PER_CHECKPOINT`` on, wake the thread."""
        self._commits += 1
        if self._thread is None:
            # Started with the first commit, so a store opened only to read never has one.
            self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
            self._thread.start()
        if self._commits >= COMMITS_PER_CHECKPOINT:
            self._wake.set()

    def stop(self) -> None:
        """End the thread, after the checkpoint it may be running."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(
                self._database,
                timeout=self._busy_timeout_s,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error:
            return  # the saving connection's own limit keeps the log bounded
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stop.is_set():
                    return
                if self._commits >= COMMITS_PER_CHECKPOINT:
                    self._fold_in(connection)
        except sqlite3.Error:
            return  # as above: the saving connection checkpoints itself from its limit
        finally:
            with suppress(sqlite3.Error):
                connection.close()

    def _fold_in(self, connection: sqlite3.Connection) -> None:
        """Checkpoint until the whole log is in the database, or no further progress.

        The rounds run back to back; once one copies at most ``TAIL_FRAMES`` new frames,
        the last runs holding the store's lock. Should the writes outpace ``FREE_ROUNDS``
        rounds, none holds the lock (it would hold up an answer for a long copy): the next
        wake tries again. A round that copies nothing new (a reader holds an old snapshot)
        makes the last round a short one.
        """
        copied_before = 0
        for _round in range(FREE_ROUNDS):
            if self._stop.is_set():
                return
            _frames, copied = self._round(connection)
            if copied - copied_before <= TAIL_FRAMES:
                break
            copied_before = copied
        else:
            return
        # Even a round that copied the whole log leaves it to grow if an answer's transaction
        # began before the round ended (the log starts afresh only for a transaction that
        # begins with all of it in): the last round comes between two transactions.
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            return
        try:
            self.locked_rounds += 1
            self._round(connection)
        finally:
            self._lock.release()

    def _round(self, connection: sqlite3.Connection) -> tuple[int, int]:
        """One PASSIVE checkpoint: (frames in the log, frames of it now in the database)."""
        self._commits = 0
        _busy, frames, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self.checkpoints += 1
        return int(frames), int(copied)
