"""The review database on a real SQLite file: identity, durability settings, bad conditions."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from quiz_fixtures import START

from trainer import paths
from trainer.core import history
from trainer.core.backup import BACKUPS_KEPT
from trainer.core.clock import ManualClock
from trainer.core.errors import TrainerError
from trainer.core.scheduler import Scheduler
from trainer.core.store import (
    NewReview,
    SessionRef,
    Store,
    StoreError,
    from_db_time,
    to_db_time,
)
from trainer.core.store.schema import APPLICATION_ID, SCHEMA_VERSION


def review(
    card_id: str = "c1",
    verdict: str = "correct",
    score: float = 1.0,
    rating: str = "good",
    **extra: object,
) -> NewReview:
    values: dict = dict(
        deck_id="deck",
        card_id=card_id,
        kind="text",
        tags=("t",),
        response="an answer",
        verdict=verdict,
        score=score,
        rating=rating,
        reviewed_at=START,
    )
    values.update(extra)
    return NewReview(**values)


def save(store: Store, count: int, session: SessionRef | None = None) -> SessionRef:
    """Record ``count`` scheduled reviews of distinct cards; return the session used."""
    session = session or SessionRef(START, ("deck",))
    scheduler = Scheduler(fuzz=False)
    for index in range(count):
        state = scheduler.review(None, "good", START)
        recorded = store.record_review(session, review(f"c{index}"), state)
        session = SessionRef(
            session.started_at, session.deck_ids, session.cram, recorded.session_id
        )
    return session


def test_open_creates_the_folder_and_a_marked_database(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.path == paths.database_path(data_dir)
        pragma = store.connection.execute
        assert pragma("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert pragma("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert pragma("PRAGMA busy_timeout").fetchone()[0] > 0
    assert store.path.is_file()


def test_reviews_survive_closing_and_reopening(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 3)
    with Store.open(data_dir) as store:
        assert store.review_count() == 3
        states = store.card_states("deck")
    assert sorted(states) == ["c0", "c1", "c2"]
    assert all(state.due > START for state in states.values())


def test_a_review_is_committed_before_record_review_returns(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 1)
        # A second, independent connection sees it: nothing waits in an open transaction.
        other = sqlite3.connect(store.path)
        try:
            assert other.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
            assert other.execute("SELECT count(*) FROM card_states").fetchone()[0] == 1
        finally:
            other.close()
        assert not store.connection.in_transaction


def test_review_rows_are_append_only(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 1)
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.connection.execute("UPDATE reviews SET verdict = 'wrong'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            store.connection.execute("DELETE FROM reviews")
        assert store.review_count() == 1


def test_times_round_trip_as_utc() -> None:
    text = to_db_time(START + timedelta(microseconds=7))
    assert text == "2025-07-25T09:00:00.000007Z"
    assert from_db_time(text) == START + timedelta(microseconds=7)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2025, 7, 25, 9, 0, tzinfo=UTC),
        datetime(2025, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
        datetime(2024, 2, 29, 0, 0, 0, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=-9))),
        datetime(1999, 3, 4, 5, 6, 7, 890_123, tzinfo=UTC),
    ],
)
def test_times_are_stored_in_one_fixed_width_utc_form(moment: datetime) -> None:
    text = to_db_time(moment)
    assert text == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert len(text) == len("2025-07-25T09:00:00.000000Z")
    assert from_db_time(text) == moment


def test_a_newer_schema_is_refused_and_left_untouched(data_dir: Path) -> None:
    Store.open(data_dir).close()
    database = paths.database_path(data_dir)
    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = database.read_bytes()
    with pytest.raises(StoreError, match="newer version of the trainer") as caught:
        Store.open(data_dir)
    assert str(database) in str(caught.value)
    assert database.read_bytes() == before


def test_another_programs_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    database = paths.database_path(data_dir)
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Ishaq Dar')")
    connection.commit()
    connection.close()
    before = database.read_bytes()
    with pytest.raises(StoreError, match="another program") as caught:
        Store.open(data_dir)
    assert str(database) in str(caught.value)
    assert database.read_bytes() == before


def test_an_empty_sqlite_file_is_adopted(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    sqlite3.connect(paths.database_path(data_dir)).close()
    with Store.open(data_dir) as store:
        save(store, 1)
        assert store.review_count() == 1


def test_a_file_that_is_not_sqlite_is_refused_naming_the_backup(data_dir: Path) -> None:
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock) as store:
        save(store, 2)
    clock.advance(days=1)
    Store.open(data_dir, clock=clock).close()  # makes the day's backup
    database = paths.database_path(data_dir)
    database.write_bytes(b"These are my notes, not a database.\n" * 50)
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, clock=clock)
    message = str(caught.value)
    assert "damaged" in message and "left untouched" in message
    assert str(database) in message
    backup = paths.backups_dir(data_dir) / "trainer-2025-07-26.sqlite3"
    assert str(backup) in message
    assert database.read_bytes() == b"These are my notes, not a database.\n" * 50
    assert "\n" not in message


def test_a_damaged_database_is_detected_at_open(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 5)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database = paths.database_path(data_dir)
    data = bytearray(database.read_bytes())
    # Keep the 100-byte file header but scribble over the rest of page 1, the schema.
    data[100:4096] = b"\xa5" * (4096 - 100)
    database.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged") as caught:
        Store.open(data_dir)
    assert "no backup exists yet" in str(caught.value)
    assert database.read_bytes() == bytes(data)


def test_an_emptied_database_with_backups_is_refused_not_replaced(data_dir: Path) -> None:
    with Store.open(data_dir, clock=ManualClock(START)) as store:
        save(store, 3)
    # The next day's first open backs up the reviews kept so far.
    Store.open(data_dir, clock=ManualClock(START + timedelta(days=1))).close()
    database = paths.database_path(data_dir)
    assert list(paths.backups_dir(data_dir).iterdir())
    for log in database.parent.glob(database.name + "-*"):
        log.unlink()
    database.write_bytes(b"")
    with pytest.raises(StoreError, match="is empty, though backups") as caught:
        Store.open(data_dir)
    assert "copy the latest backup" in str(caught.value)
    assert database.read_bytes() == b""
    # Deleting the empty file, as the message says, starts afresh.
    database.unlink()
    with Store.open(data_dir) as store:
        assert store.review_count() == 0


def test_an_empty_file_with_no_backups_becomes_a_new_database(data_dir: Path) -> None:
    database = paths.database_path(data_dir)
    database.parent.mkdir(parents=True, exist_ok=True)
    database.write_bytes(b"")
    with Store.open(data_dir, backup=False) as store:
        assert store.review_count() == 0


def test_damage_deeper_in_the_file_is_caught_by_the_daily_check(data_dir: Path) -> None:
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock) as store:
        save(store, 300)
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = store.connection.execute("PRAGMA page_size").fetchone()[0]
    database = paths.database_path(data_dir)
    data = bytearray(database.read_bytes())
    assert len(data) > 6 * page_size
    # Two pages of rows at the end (the schema, read at opening, is at the start).
    data[-2 * page_size :] = b"\x00\xff" * page_size
    database.write_bytes(bytes(data))
    clock.advance(days=1)
    # Opening stays quick; the day's check runs beside it and stops any further writing.
    with Store.open(data_dir, clock=clock) as store:
        with pytest.raises(StoreError, match="damaged") as caught:
            store.wait_for_backup()
        assert str(database) in str(caught.value)
        with pytest.raises(StoreError, match="damaged"):
            save(store, 1)
    assert database.read_bytes() == bytes(data)
    assert not (paths.backups_dir(data_dir) / "trainer-2025-07-26.sqlite3").exists()


def test_a_data_dir_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError, match="part of that path is a file") as caught:
        Store.open(blocker / "data")
    assert str(blocker / "data") in str(caught.value)


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        Store.open(blocker)


def test_a_database_path_that_is_a_folder_is_a_clear_error(data_dir: Path) -> None:
    paths.database_path(data_dir).mkdir(parents=True)
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(data_dir)


def test_a_read_only_data_dir_is_a_clear_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    data_dir.chmod(0o500)
    try:
        if os.access(data_dir, os.W_OK):
            pytest.skip("permissions are not enforced for this user (root)")
        with pytest.raises(StoreError, match="cannot write to the data folder"):
            Store.open(data_dir)
    finally:
        data_dir.chmod(0o700)


def test_a_read_only_database_file_refuses_writes_and_keeps_reviews(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 2)
        store.connection.execute("PRAGMA query_only = ON")
        # query_only makes SQLite refuse writes the way a read-only file does, even for root.
        with pytest.raises(StoreError, match="cannot be written"):
            save(store, 1)
        store.connection.execute("PRAGMA query_only = OFF")
        assert store.review_count() == 2


def test_a_full_disk_at_commit_is_a_clear_error_and_earlier_reviews_stay(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        session = save(store, 3)
        pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
        store.connection.execute(f"PRAGMA max_page_count = {pages}")
        scheduler = Scheduler(fuzz=False)
        with pytest.raises(StoreError, match=r"disk .* is full") as caught:
            for index in range(500):
                state = scheduler.review(None, "good", START)
                long = "x" * 2000  # fill pages quickly
                store.record_review(session, review(f"big{index}", response=long), state)
        assert "earlier reviews are safe" in str(caught.value)
        assert "\n" not in str(caught.value)
        assert not store.connection.in_transaction
        saved = store.review_count()
        assert saved >= 3
        # The failed review left nothing half-written: every review has its card's state.
        orphans = store._db.rows(
            "SELECT count(*) FROM review_rows AS r LEFT JOIN card_states AS s "
            "USING (deck_id, card_id) WHERE s.card_id IS NULL"
        )[0][0]
        assert orphans == 0
    with Store.open(data_dir) as store:
        assert store.review_count() == saved
        save(store, 1)  # with room again, saving works
        assert store.review_count() == saved + 1


def test_a_busy_database_gives_a_clear_error_not_a_lock_message(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        save(store, 1)
    blocker = sqlite3.connect(paths.database_path(data_dir), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(data_dir, busy_timeout_s=0.05) as store:
            with pytest.raises(StoreError, match="another trainer is writing") as caught:
                save(store, 1)
            assert "database is locked" not in str(caught.value)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_a_second_trainer_waits_for_the_first_and_loses_nothing(data_dir: Path) -> None:
    with Store.open(data_dir) as first, Store.open(data_dir) as second:
        one = save(first, 1)
        two = save(second, 1)
        for _ in range(5):
            one = save(first, 1, one)
            two = save(second, 1, two)
        assert first.review_count() == second.review_count() == 12
        assert one.id != two.id


def test_a_daily_backup_is_kept_and_old_ones_pruned(data_dir: Path) -> None:
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock) as store:
        # An empty database is not worth a backup.
        assert store.latest_backup() is None
        save(store, 2)
    backups = paths.backups_dir(data_dir)
    for _ in range(BACKUPS_KEPT + 3):
        clock.advance(days=1)
        Store.open(data_dir, clock=clock).close()
        Store.open(data_dir, clock=clock).close()  # a second open the same day adds nothing
    kept = sorted(path.name for path in backups.iterdir())
    assert len(kept) == BACKUPS_KEPT
    last_day = (START + timedelta(days=BACKUPS_KEPT + 3)).date().isoformat()
    assert kept[-1] == f"trainer-{last_day}.sqlite3"
    copy = sqlite3.connect(backups / kept[-1])
    try:
        assert copy.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
        assert copy.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        copy.close()


def test_a_backup_that_cannot_be_written_is_a_warning_not_a_failure(data_dir: Path) -> None:
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock) as store:
        save(store, 1)
    paths.backups_dir(data_dir).write_text("a file where the backups folder should be")
    clock.advance(days=1)
    with Store.open(data_dir, clock=clock) as store:
        store.wait_for_backup()
        assert len(store.warnings) == 1
        assert "backup" in store.warnings[0]
        save(store, 1)
        assert store.review_count() == 2


def test_a_correction_names_an_existing_review(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        session = save(store, 1)
        with pytest.raises(StoreError, match="no review 99"):
            store.record_review(session, review(overrides=99), None)
        assert store.review_count() == 1


def test_store_errors_are_trainer_errors() -> None:
    assert issubclass(StoreError, TrainerError)


def test_a_failed_upgrade_leaves_the_file_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.core.store import connection as store_module

    broken = {1: (*store_module.MIGRATIONS[1], "CREATE TABLE half_written (")}
    monkeypatch.setattr(store_module, "MIGRATIONS", broken)
    with pytest.raises(StoreError):
        Store.open(data_dir)
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0
    finally:
        connection.close()
    monkeypatch.undo()
    with Store.open(data_dir) as store:
        save(store, 1)
        assert store.review_count() == 1


def write_as_version_1(database: Path) -> None:
    """One session over two decks, as a trainer of schema 1 kept it: c0 answered wrong and
    corrected by "I was right", c1 half right, and c2 of the other deck wrong."""
    at = "2025-07-25T09:00:00.000000Z"
    due = "2025-07-26T09:00:00.000000Z"
    rows = [  # card, deck, verdict, score, overrides
        ("c0", "deck", "wrong", 0.0, None),
        ("c0", "deck", "correct", 1.0, 1),
        ("c1", "deck", "close", 0.5, None),
        ("c2", "other", "wrong", 0.0, None),
    ]
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO sessions (id, started_at, deck_ids, answered, score_sum, "
            "last_review_at) VALUES (1, ?, 'deck other', 3, 1.5, ?)",
            (at, at),
        )
        connection.executemany(
            "INSERT INTO session_decks (deck_id, session_id) VALUES (?, 1)", [("deck",), ("other",)]
        )
        connection.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, overrides, due_after) "
            "VALUES (1, ?, ?, 'text', '[]', 'an answer', ?, ?, 'good', ?, ?, ?)",
            [
                (deck, card, verdict, score, at, overrides, due)
                for card, deck, verdict, score, overrides in rows
            ],
        )
        connection.executemany(
            "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
            "last_review_at) VALUES ('deck', ?, ?, '{}', ?, ?)",
            [(card, due, at, at) for card in ("c0", "c1", "c2")],
        )


def test_a_version_1_database_is_upgraded_with_its_reviews_kept(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.core.store import connection as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", {1: store_module.MIGRATIONS[1]})
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 1)
    with Store.open(data_dir, backup=False):
        pass
    monkeypatch.undo()
    write_as_version_1(paths.database_path(data_dir))

    with Store.open(data_dir) as store:
        assert store.review_count() == 4
        assert set(store.due_times("deck")) == {"c0", "c1", "c2"}
        # Each deck's own answers and score in the session, a correction counted once.
        tallies = store._db.rows(
            "SELECT deck_id, answered, score_sum FROM session_decks ORDER BY deck_id"
        )
        assert tallies == [("deck", 2, 1.5), ("other", 1, 0.0)]
        assert [
            (score.answered, score.score) for score in history.session_scores(store, "deck")
        ] == [(2, 0.75)]
        pragma = store.connection.execute
        assert pragma("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # The quiz's first reads come from the indexes alone.
        plans = [
            " ".join(str(step[3]) for step in pragma(f"EXPLAIN QUERY PLAN {query}"))
            for query in (
                "SELECT group_concat(card_id), group_concat(due) FROM card_states "
                "WHERE deck_id = 'deck' AND due <= '2026'",
                "SELECT group_concat(card_id) FROM card_states WHERE deck_id = 'deck' "
                "AND due > '2026'",
                "SELECT card_id, due FROM card_states WHERE deck_id = 'deck'",
                "SELECT count(*) FROM card_states WHERE deck_id IN ('deck') "
                "AND introduced_at >= '2025'",
            )
        ]
        assert all("COVERING INDEX" in plan for plan in plans), plans
        # The due cards are found by a range of the index, not a scan of the deck's cards.
        assert "due<?" in plans[0], plans[0]
