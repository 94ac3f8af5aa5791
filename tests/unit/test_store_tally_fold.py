"""Answers' tallies folded in after their save (schema 11, store/tally_fold.py).

Every reader of a tally gives the same figures whether the answers are folded in or still
pending past the mark: through a read-only store beside the one saving (which folds into
temporary copies, never into the file), through the saving store (which folds first), and
as the figures worked out again from every review (figures.rebuild, the rules `trainer
store copy` uses). An undo and a correction with answers pending count them first. A real
schema 10 database (the schema 9 file a trainer of schema 9 wrote, upgraded by the real
schema 10 step) gains the mark with every tally as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from quiz_fixtures import START
from review_shapes import record_every_shape

from trainer import paths
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store
from trainer.core.store.copy import SqliteHistory
from trainer.core.store.figures import rebuild
from trainer.core.store.tally_fold import PENDING_SQL

SCHEMA_9 = Path(__file__).resolve().parent.parent / "data" / "schema9.sqlite3"
DECKS = ("harbour", "ports-é")
TALLY_TABLES = {
    "sessions": "SELECT id, answered, score_sum, last_review_at FROM sessions ORDER BY id",
    "session_decks": "SELECT * FROM session_decks ORDER BY 1, 2",
    "card_tallies": "SELECT * FROM card_tallies ORDER BY 1, 2",
    "tallies": "SELECT * FROM tallies ORDER BY 1, 2, 3",
    "confidence_tallies": "SELECT * FROM confidence_tallies ORDER BY 1, 2, 3, 4",
    "day_tallies": "SELECT * FROM day_tallies ORDER BY 1, 2",
}


def raw(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows read straight from the file, as any SQLite reader sees them."""
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def is_pending(data_dir: Path) -> bool:
    return bool(raw(data_dir, PENDING_SQL)[0][0])


def every_reader(store: Store) -> dict[str, Any]:
    """What each of the store's readers of a tally gives."""
    return {
        "decks": store.reviewed_deck_ids(),
        "last": [store.last_deck_score(deck_id) for deck_id in DECKS],
        "sessions": store.session_rows(),
        "sessions_of_a_deck": store.session_rows(DECKS[1]),
        "verdicts": [store.verdict_counts(d) for d in ("deck", "tag", "kind")],  # type: ignore[arg-type]
        "verdicts_of_a_deck": store.verdict_counts("tag", DECKS[0]),
        "weakest": store.weakest_cards(limit=100),
        "days": store.answers_per_day(),
        "days_of_a_deck": store.answers_per_day(DECKS[0]),
        "trend": store.trend_span(),
        "trend_rows": store.trend_rows(None, 2, 1),
        "confidence": [
            store.confidence_counts(d)  # type: ignore[arg-type]
            for d in ("all", "deck", "tag", "kind")
        ],
        "sure_wrong": store.sure_wrong_cards(),
    }


def stored_figures(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The tally tables as the file holds them, in figures.rebuild's shape."""
    tables = {table: raw(data_dir, sql) for table, sql in TALLY_TABLES.items()}
    return {
        "sessions": [row for row in tables["sessions"] if row[1] > 0],
        "session_decks": sorted(
            (row[1], row[0], row[2], row[3]) for row in tables["session_decks"] if row[2] > 0
        ),
        "card_tallies": tables["card_tallies"],
        "tallies": tables["tallies"],
        "confidence_tallies": tables["confidence_tallies"],
        "day_tallies": tables["day_tallies"],
    }


def rebuilt_figures(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every figure worked out again from the reviews alone (figures.rebuild)."""
    history = SqliteHistory(data_dir)
    try:
        figures = rebuild([review.counted() for review in history.reviews()])
    finally:
        history.close()
    sessions = {sid: found for sid, found in figures.sessions.items() if found.answered > 0}
    return {
        "sessions": [
            (sid, found.answered, found.score_sum, found.last_review_at)
            for sid, found in sorted(sessions.items())
        ],
        "session_decks": sorted(
            (sid, deck_id, count, total)
            for sid, found in figures.sessions.items()
            for deck_id, (count, total) in found.per_deck.items()
            if count > 0
        ),
        "card_tallies": sorted((*row[:9], int(row[9])) for row in figures.card_tallies),
        "tallies": sorted(figures.tallies),
        "confidence_tallies": sorted(figures.confidence_tallies),
        "day_tallies": sorted(figures.day_tallies),
    }


class Answering:
    """A store saving answers of one session, kept open (so nothing folds at closing)."""

    def __init__(self, data_dir: Path, day: int) -> None:
        self.store = Store.open(data_dir, backup=False)
        self.scheduler = Scheduler(fuzz=False)
        self.session = SessionRef(START + timedelta(days=day), DECKS)
        self.moment = self.session.started_at
        self.saved: list[tuple[int, NewReview]] = []

    def answer(self, deck_id: str, card_id: str, verdict: str, confidence: str | None) -> int:
        self.moment += timedelta(seconds=7)
        score = {"correct": 1.0, "close": 0.75, "wrong": 0.0}[verdict]
        rating = {"correct": "good", "close": "hard", "wrong": "again"}[verdict]
        state = self.store.card_state(deck_id, card_id)
        review = NewReview(
            deck_id=deck_id,
            card_id=card_id,
            kind="number" if card_id.endswith("1") else "text",
            tags=("trade", "fold") if card_id.endswith("2") else ("fold",),
            response=f"typed {len(self.saved)}",
            verdict=verdict,
            score=score,
            rating=rating,
            reviewed_at=self.moment,
            confidence=confidence,
        )
        scheduled = self.scheduler.review(
            None if state is None else state.memory,
            rating,  # type: ignore[arg-type]
            self.moment,
        )
        recorded = self.store.record_review(self.session, review, scheduled)
        self.session = self.session._replace(id=recorded.session_id)
        self.saved.append((recorded.review_id, review))
        return recorded.review_id

    def correct(self, review_id: int) -> None:
        review = dict(self.saved)[review_id]
        self.moment += timedelta(seconds=3)
        self.store.record_review(
            self.session,
            review._replace(
                verdict="correct",
                score=1.0,
                rating="good",
                reviewed_at=self.moment,
                overrides=review_id,
            ),
            None,
        )

    def some_answers(self) -> None:
        """Answers of both decks: cards new and seen, one asked again after a miss, wrong
        while sure, every confidence and none."""
        self.answer(DECKS[0], "card-1", "wrong", "sure")
        self.answer(DECKS[1], "card-2", "correct", "unsure")
        self.answer(DECKS[0], "new-card-7", "close", "guess")
        self.answer(DECKS[0], "card-1", "correct", None)  # asked again: no second answer
        self.answer(DECKS[1], "new-card-2", "wrong", "sure")


@pytest.fixture
def history(data_dir: Path) -> Path:
    """A data folder holding reviews of every shape, all folded in."""
    record_every_shape(data_dir)
    assert not is_pending(data_dir)
    return data_dir


def test_every_reader_counts_pending_answers_as_folded_ones(history: Path) -> None:
    answering = Answering(history, day=5)
    try:
        answering.some_answers()
        assert is_pending(history)
        mark = raw(history, "SELECT review_id FROM tally_mark")
        # Beside the saving store, read-only: pending answers counted, the file untouched.
        with Store.open_read_only(history) as reader:
            beside = every_reader(reader)
            assert every_reader(reader) == beside
        assert raw(history, "SELECT review_id FROM tally_mark") == mark
        assert is_pending(history)
        # The saving store's own reads fold them in first.
        assert every_reader(answering.store) == beside
        assert not is_pending(history)
        # Read-only again, with nothing pending: the stored tables themselves.
        with Store.open_read_only(history) as reader:
            assert every_reader(reader) == beside
        # The new answers are in: the first try of card-1 counted once in the session.
        [*_, session] = beside["sessions"]
        assert session.answered == 4
    finally:
        answering.store.close()
    assert stored_figures(history) == rebuilt_figures(history)


def test_undo_and_correction_count_pending_answers_first(history: Path) -> None:
    answering = Answering(history, day=5)
    try:
        answering.some_answers()
        wrong = answering.answer(DECKS[0], "card-3", "wrong", "sure")
        answering.answer(DECKS[1], "card-4", "close", None)
        assert is_pending(history)
        answering.correct(wrong)  # "I was right", with answers before it pending
        assert not is_pending(history)
        answering.answer(DECKS[0], "card-3", "wrong", "unsure")
        last = answering.answer(DECKS[1], "card-0", "wrong", "sure")
        assert is_pending(history)
        answering.store.undo_review(last, None, restore_schedule=False)
        assert not is_pending(history)
        answering.answer(DECKS[1], "card-0", "correct", "sure")  # left pending
        assert is_pending(history)
    finally:
        answering.store.close()  # closing folds it in
    assert not is_pending(history)
    assert stored_figures(history) == rebuilt_figures(history)


def test_the_same_answers_folded_late_or_at_once_give_the_same_tables(
    tmp_path: Path,
) -> None:
    # One store reads a tally after every answer (folding each), the other never does
    # until it closes: the tables come out identical, float sums bit for bit.
    folders = [tmp_path / "each", tmp_path / "late"]
    for folder in folders:
        record_every_shape(folder)
        answering = Answering(folder, day=4)
        try:
            for round_number in range(3):
                answering.some_answers()
                if folder.name == "each":
                    answering.store.fold_tallies()
                answering.answer(DECKS[round_number % 2], f"card-{round_number}", "close", None)
                if folder.name == "each":
                    answering.store.fold_tallies()
        finally:
            answering.store.close()
    figures = [stored_figures(folder) for folder in folders]
    assert figures[0] == figures[1]
    assert figures[0] == rebuilt_figures(folders[0])


def test_the_checkpoint_thread_folds_answers_in_the_first_pause(data_dir: Path) -> None:
    from trainer.core.store.checkpoints import FOLD_PAUSE_S

    answering = Answering(data_dir, day=0)
    try:
        # No read, no closing: the thread counts the answers once none has come for a
        # pause, and again after the next ones.
        for answers in (7, 3):
            for number in range(answers):
                answering.answer(DECKS[number % 2], f"card-{number % 5}", "correct", None)
            last = answering.saved[-1][0]
            deadline = time.monotonic() + 20 * FOLD_PAUSE_S + 5
            while raw(data_dir, "SELECT review_id FROM tally_mark") != [(last,)]:
                assert time.monotonic() < deadline, "the thread never folded the answers in"
                time.sleep(FOLD_PAUSE_S / 5)
        assert stored_figures(data_dir) == rebuilt_figures(data_dir)
    finally:
        answering.store.close()


def test_a_schema_10_database_gains_the_mark_with_every_tally_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.core.store import connection as store_module

    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA_9, paths.database_path(data_dir))
    # The real chain up to schema 10, as a trainer of schema 10 upgraded it.
    monkeypatch.setattr(
        store_module, "MIGRATIONS", {v: s for v, s in store_module.MIGRATIONS.items() if v <= 10}
    )
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 10)
    Store.open(data_dir, backup=False).close()
    monkeypatch.undo()
    assert raw(data_dir, "PRAGMA user_version") == [(10,)]
    assert not raw(data_dir, "SELECT name FROM sqlite_schema WHERE name = 'tally_mark'")
    before = stored_figures(data_dir)
    last_review = raw(data_dir, "SELECT max(id) FROM reviews")

    with Store.open(data_dir, backup=False) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == 11
        readers = every_reader(store)
    assert raw(data_dir, "SELECT review_id FROM tally_mark") == last_review
    assert stored_figures(data_dir) == before == rebuilt_figures(data_dir)
    assert readers["sessions"]  # the file's history, read through the upgraded store

    # New answers on the upgraded file are folded in by the same rules.
    answering = Answering(data_dir, day=9)
    try:
        answering.some_answers()
        assert is_pending(data_dir)
    finally:
        answering.store.close()
    assert stored_figures(data_dir) == rebuilt_figures(data_dir)


def test_a_reader_beside_the_quiz_sees_each_new_answer(history: Path) -> None:
    answering = Answering(history, day=6)
    try:
        answering.some_answers()
        with Store.open_read_only(history) as reader:
            before = sum(day.answered for day in reader.answers_per_day())
            sessions = len(reader.session_rows())
            answering.answer(DECKS[1], "card-3", "wrong", "sure")  # saved while it reads
            assert sum(day.answered for day in reader.answers_per_day()) == before + 1
            assert len(reader.session_rows()) == sessions
            assert reader.sure_wrong_cards()[0].card_id == "card-3"
            # A statement still reading (as a streamed export's is between its batches)
            # keeps its snapshot: the copies are filled again all the same, without error.
            streaming = reader.connection.execute("SELECT id FROM reviews")
            streaming.fetchone()
            answering.answer(DECKS[0], "card-4", "correct", "sure")
            assert sum(day.answered for day in reader.answers_per_day()) == before + 1
            assert streaming.fetchall()
            answering.answer(DECKS[0], "card-4", "close", None)
            assert sum(day.answered for day in reader.answers_per_day()) == before + 3
    finally:
        answering.store.close()


def test_answers_left_pending_by_a_trainer_that_died_are_counted_by_the_next(
    history: Path,
) -> None:
    answering = Answering(history, day=7)
    answering.some_answers()
    # As a trainer killed after its log was folded into the file: no log left beside it,
    # the last answers' tallies not folded in (its closing never ran).
    database = answering.store._db
    database.checkpoints.stop()
    database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.connection.close()
    assert not Path(f"{paths.database_path(history)}-wal").exists()
    assert is_pending(history)
    with Store.open_read_only(history) as reader:  # the file read as it stands (immutable)
        beside = every_reader(reader)
    assert is_pending(history)
    with Store.open(history, backup=False) as store:
        assert every_reader(store) == beside
    assert not is_pending(history)
    assert stored_figures(history) == rebuilt_figures(history)
