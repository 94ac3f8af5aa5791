"""The write-ahead log is folded into the database by a thread, never by an answer's save,
and often enough that the log's file stops growing."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from quiz_fixtures import START

from trainer import paths
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store
from trainer.core.store.checkpoints import COMMITS_PER_CHECKPOINT, INLINE_LIMIT_PAGES

WAIT_S = 30.0  # generous: the suite runs beside other work on a small machine
# Long enough for the thread to have checkpointed, had it been woken.
PAUSE_S = 1.0


def answer(store: Store, count: int, after_each: Callable[[], object] = lambda: None) -> None:
    """Save ``count`` scheduled answers, one transaction each, as a quiz does."""
    scheduler = Scheduler(fuzz=False)
    session = SessionRef(START, ("deck",))
    for index in range(count):
        recorded = store.record_review(
            session,
            NewReview(
                deck_id="deck",
                card_id=f"c{index}",
                kind="text",
                tags=("t",),
                response="an answer",
                verdict="correct",
                score=1.0,
                rating="good",
                reviewed_at=START,
            ),
            scheduler.review(None, "good", START),
        )
        session = SessionRef(START, ("deck",), id=recorded.session_id)
        after_each()


def log_frames(data_dir: Path) -> tuple[int, int]:
    """(frames in the log, frames of it already in the database), from another connection."""
    with sqlite3.connect(paths.database_path(data_dir)) as other:
        _busy, frames, copied = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return frames, copied


def wait_for_checkpoints(store: Store, count: int) -> None:
    deadline = time.monotonic() + WAIT_S
    while store._db.checkpoints.checkpoints < count and time.monotonic() < deadline:
        time.sleep(0.01)
    assert store._db.checkpoints.checkpoints >= count


def test_the_saving_connection_leaves_checkpoints_to_the_thread(data_dir: Path) -> None:
    Store.open(data_dir, backup=False).close()  # created: its schema's commit is behind it
    with Store.open(data_dir, backup=False) as store:
        limit = store.connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert limit == INLINE_LIMIT_PAGES
        answer(store, COMMITS_PER_CHECKPOINT - 1)
        time.sleep(PAUSE_S)  # a pause in answering, yet too few answers to fold in
        assert store._db.checkpoints.checkpoints == 0


def test_a_pause_after_enough_answers_folds_the_log_in(data_dir: Path) -> None:
    with Store.open(data_dir, backup=False) as store:
        answer(store, COMMITS_PER_CHECKPOINT)
        wait_for_checkpoints(store, 1)
        frames, copied = log_frames(data_dir)
        assert frames > 0 and copied == frames
        # The next answer starts the log again from its beginning.
        answer(store, 1)
        frames_after, _copied = log_frames(data_dir)
        assert 0 < frames_after < frames
        assert store.review_count() == COMMITS_PER_CHECKPOINT + 1


def test_closing_stops_the_thread_and_keeps_every_answer(data_dir: Path) -> None:
    store = Store.open(data_dir, backup=False)
    answer(store, COMMITS_PER_CHECKPOINT + 3)
    store.close()
    assert store._db.checkpoints._thread is None
    wal = paths.database_path(data_dir).with_name(paths.database_path(data_dir).name + "-wal")
    assert not wal.exists()  # the last connection folded the log in and removed it
    with Store.open(data_dir, backup=False) as reopened:
        assert reopened.review_count() == COMMITS_PER_CHECKPOINT + 3


def log_bytes(data_dir: Path) -> int:
    """The size of the log's file (read without opening it: SQLite's locks stay as they are)."""
    database = paths.database_path(data_dir)
    log = database.with_name(database.name + "-wal")
    return log.stat().st_size if log.exists() else 0


def test_a_burst_with_no_pause_rewrites_the_log_from_its_start(data_dir: Path) -> None:
    Store.open(data_dir, backup=False).close()
    cycles = 12  # fewer commits than any limit of the saving connection would act on
    with Store.open(data_dir, backup=False) as store:
        # One cycle's worth of log, before the thread could have been woken.
        answer(store, COMMITS_PER_CHECKPOINT - 1)
        one_cycle = log_bytes(data_dir)
        assert store._db.checkpoints.checkpoints == 0
        sizes: list[int] = []
        answer(
            store, (cycles - 1) * COMMITS_PER_CHECKPOINT, lambda: sizes.append(log_bytes(data_dir))
        )
        # Folded in between answers of the burst, the log started afresh each time, in the
        # file it already had: growing throughout, it would reach twelve cycles' size.
        assert store._db.checkpoints.checkpoints >= 2
        assert max(sizes) <= 4 * one_cycle
        assert store.review_count() == cycles * COMMITS_PER_CHECKPOINT - 1
    with Store.open(data_dir, backup=False) as reopened:
        assert reopened.review_count() == cycles * COMMITS_PER_CHECKPOINT - 1
