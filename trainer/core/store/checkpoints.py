"""Folding the write-ahead log into the database off the answering path.

SQLite's own automatic checkpoint runs inside the commit that takes the log past its limit:
that one answer waits while thousands of pages are copied into the database and synced,
the slowest answer of a session by far. Here the connection that saves answers does not
checkpoint on its own (short of a last-resort limit, ``INLINE_LIMIT_PAGES``, which keeps
the log bounded should this thread fail). Every ``COMMITS_PER_CHECKPOINT`` commits, a
thread with a connection of its own runs a PASSIVE checkpoint (it never blocks a writer, and
SQLite lets go of the GIL while it works) as soon as no commit has come for ``PAUSE_S``, as
happens between questions while the user reads and types. A burst of writes with no pause
(an import, a benchmark) is not waited out beyond ``BURST_COMMITS``: the thread checkpoints
then all the same, in rounds until the log is all in. A checkpoint copies only committed
pages, so a crash at any moment loses nothing; once it has copied the whole log, the next
commit starts the log afresh from its beginning, rewriting space the file already has.

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

# An answer adds about twenty pages to the log: fifty of them make about SQLite's own
# default checkpoint size, four megabytes.
COMMITS_PER_CHECKPOINT: Final = 50
# With no pause in writing, the log is folded in after this many commits all the same.
BURST_COMMITS: Final = 500
# The saving connection checkpoints itself from this many log pages (SQLite's automatic
# checkpoint), the bound on the log: reached only should the thread fail, or in a long
# burst, where no pause lets the log start afresh (the thread's rounds leave it less).
INLINE_LIMIT_PAGES: Final = 20_000
# No commit for this long counts as a pause between answers: shorter than anyone takes to
# read a question and answer it, longer than any hiccup of a program saving in a loop (a
# checkpoint's own disk writes slow commits that run beside it).
PAUSE_S: Final = 0.5
# How often the waiting thread looks at the commit count and the clock.
LOOK_EVERY_S: Final = 0.1


class BackgroundCheckpoints:
    """The checkpoint thread of one saving connection; ``committed`` after every commit."""

    def __init__(self, database: Path, busy_timeout_s: float) -> None:
        self._database = database.absolute()  # opened later, whatever the folder then
        self._busy_timeout_s = busy_timeout_s
        # Written by the saving thread, read (and the count reset) by the checkpoint thread;
        # a count lost to the race only moves a checkpoint by a commit.
        self._commits = 0
        self._last_commit = 0.0
        self._wake = threading.Event()  # enough commits for a checkpoint
        self._stop = threading.Event()  # the store is closing
        self._thread: threading.Thread | None = None
        self.checkpoints = 0  # how many the thread ran, for tests and benchmarks

    def committed(self) -> None:
        """Note a commit; from ``COMMITS_PER_CHECKPOINT`` on, wake the thread."""
        self._last_commit = time.monotonic()
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
                if self._commits >= COMMITS_PER_CHECKPOINT and self._await_pause():
                    self._fold_in(connection)
        except sqlite3.Error:
            return  # as above: the saving connection checkpoints itself from its limit
        finally:
            with suppress(sqlite3.Error):
                connection.close()

    def _await_pause(self) -> bool:
        """Wait for no commit in ``PAUSE_S``, or the burst limit; False if the store closes
        first."""
        while self._commits < BURST_COMMITS:
            quiet_for = time.monotonic() - self._last_commit
            if quiet_for >= PAUSE_S:
                break
            if self._stop.wait(min(PAUSE_S - quiet_for, LOOK_EVERY_S)):
                return False
        return not self._stop.is_set()

    def _fold_in(self, connection: sqlite3.Connection) -> None:
        """Checkpoint until the whole log is in the database, or no further progress.

        Answers saved while a checkpoint runs are left for the next round, ``PAUSE_S``
        later: in a burst of writes, each round copies only what came since the last, so the
        saving connection's last-resort checkpoint finds less left to copy. A round that
        copies nothing new (a reader holds an old snapshot) ends the rounds until the next
        wake.
        """
        copied_before = -1
        while True:
            self._commits = 0
            _busy, frames, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.checkpoints += 1
            if copied >= frames or copied <= copied_before:
                return
            copied_before = copied
            if self._stop.wait(PAUSE_S):
                return
