"""Folding the write-ahead log into the database off the answering path.

SQLite's own automatic checkpoint runs inside the commit that takes the log past its limit:
that one answer waits while a thousand pages are copied into the database and synced. Here
the connection that saves answers does not checkpoint on its own (short of a last-resort
limit, ``INLINE_LIMIT_PAGES``, which keeps the log bounded should this thread fail). Every
``COMMITS_PER_CHECKPOINT`` commits, a thread with a connection of its own runs a PASSIVE
checkpoint of the whole log, about two hundred pages, between two transactions: it holds the
store's lock meanwhile, so no answer of this process commits beside it. In a quiz the next
answer comes seconds later and never meets it; in a burst of saves with no pause (an
import, a benchmark) the save that comes next waits for that small copy and one sync of the
database. A checkpoint copies only committed pages, so a crash at any moment loses nothing.

Why the whole log, between two transactions, and often: a transaction that begins with all
of the log in the database starts it afresh from its beginning, rewriting space the file
already has, and such a commit's flush costs markedly less than one that makes the file
grow (the size is metadata the flush must write too; docs/performance.md has the figures).
Checkpoints running beside the saves instead (without the lock) were measured worse: each
ended with answers already under way, so the log kept growing, and their database syncs
stalled the commits beside them by tens of milliseconds.

Commits are counted, not log pages: Python's sqlite3 has no WAL hook, and opening the
log's index file to read its frame count would drop SQLite's locks on it when closed
(POSIX locks belong to the process, not the descriptor).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import Final

from trainer.core.store.tally_fold import fold_apart

# An answer adds about ten pages to the log (measured on the benchmark's 1M-review world):
# twenty answers make a checkpoint of about two hundred pages, one sync of the database,
# and the log's file stays under a megabyte. Every ten did as well for the median answer,
# but twice as many checkpoints met twice as many of the disk's stalls (other programs'
# writes hold up a sync that grows the file by tens of milliseconds).
COMMITS_PER_CHECKPOINT: Final = 20
# The saving connection checkpoints itself from this many log pages (SQLite's automatic
# checkpoint), the bound on the log: reached only should the thread fail or fall behind.
INLINE_LIMIT_PAGES: Final = 20_000
# The answers' tallies (tally_fold.py) are folded in by this thread once no answer has
# been saved for this long: in a quiz, while the user reads the feedback. Folded right after
# the twentieth commit, the fold (1.6 ms and a sync for twenty answers on the 1M-review
# world) held the lock when the next save of a burst came, and the slowest saves of a run
# were those that waited for it (docs/performance.md).
FOLD_PAUSE_S: Final = 0.25
# Saves with no such pause (a burst) are folded in all the same from this many commits on.
FOLD_LIMIT_COMMITS: Final = 1000
# How long a checkpoint waits for the store's lock (held for one transaction or read at a
# time); given up, the next one copies what this one would have.
LOCK_WAIT_S: Final = 1.0


class BackgroundCheckpoints:
    """The checkpoint thread of one saving connection; ``committed`` after every commit.

    ``lock`` is the one the saving connection holds for each transaction."""

    def __init__(self, database: Path, busy_timeout_s: float, lock: threading.RLock) -> None:
        self._database = database.absolute()  # opened later, whatever the folder then
        self._busy_timeout_s = busy_timeout_s
        self._lock = lock
        # Counted by the saving thread, reset by the checkpoint thread, each holding ``lock``.
        self._commits = 0
        self._unfolded = 0  # commits since the thread's last fold
        self._last_commit = 0.0  # time.monotonic() of the latest
        self._wake = threading.Event()  # enough commits for a checkpoint, or for a fold
        self._stop = threading.Event()  # the store is closing
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many the thread ran, for tests and benchmarks

    def committed(self) -> None:
        """Note a commit; wake the thread when it has something to do."""
        self._commits += 1
        self._unfolded += 1
        self._last_commit = time.monotonic()
        if self._thread is None:
            # Started with the first commit, so a store opened only to read never has one.
            self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
            self._thread.start()
        # The first commit since the last fold sets the thread looking for a pause; enough
        # commits for a checkpoint, or too many waiting to be counted, want it at once.
        if (
            self._unfolded == 1
            or self._commits >= COMMITS_PER_CHECKPOINT
            or self._unfolded >= FOLD_LIMIT_COMMITS
        ):
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
            # Its folds are saved as durably as the answers (connection.py).
            connection.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error:
            return  # the saving connection's own limit keeps the log bounded
        try:
            while True:
                # While answers wait to be counted, look again every pause.
                self._wake.wait(FOLD_PAUSE_S if self._unfolded else None)
                self._wake.clear()
                if self._stop.is_set():
                    return
                if self._fold_due():
                    self._fold_tallies(connection)
                if self._commits >= COMMITS_PER_CHECKPOINT:
                    self._fold_in(connection)
        except sqlite3.Error:
            return  # as above: the saving connection checkpoints itself from its limit
        finally:
            with suppress(sqlite3.Error):
                connection.close()

    def _fold_due(self) -> bool:
        """Answers to count, and a pause since the last (or too many of them to wait)."""
        if not self._unfolded:
            return False
        quiet = time.monotonic() - self._last_commit >= FOLD_PAUSE_S
        return quiet or self._unfolded >= FOLD_LIMIT_COMMITS

    def _fold_tallies(self, connection: sqlite3.Connection) -> None:
        """Count the answers saved since the last fold in the tallies (tally_fold.py),
        between two of this process's transactions. Should it fail (a full disk), they wait
        for the next: every read of a tally folds first."""
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            return
        try:
            self._unfolded = 0
            with suppress(sqlite3.Error):
                fold_apart(connection)
        finally:
            self._lock.release()

    def _fold_in(self, connection: sqlite3.Connection) -> None:
        """One PASSIVE checkpoint between two of this process's transactions.

        What it cannot copy (a reader, such as the daily backup, holds an older snapshot) is
        left for the next one.
        """
        if not self._lock.acquire(timeout=LOCK_WAIT_S):
            return
        try:
            self._commits = 0
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.checkpoints += 1
        finally:
            self._lock.release()
