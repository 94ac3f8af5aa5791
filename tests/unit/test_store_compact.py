"""Schema 10, the compact review table: every review of a real schema 9 database (made by the
trainer of schema 9, tests/data/schema9.sqlite3) comes through intact, once, with progress,
and today's store writes the same history the same way."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from review_shapes import record_every_shape

from trainer import paths
from trainer.core.store import Store, StoreError
from trainer.core.store.copy import SqliteHistory
from trainer.core.store.schema import SCHEMA_VERSION

SCHEMA_9 = Path(__file__).resolve().parent.parent / "data" / "schema9.sqlite3"

OLD_COLUMNS = (
    "id, session_id, deck_id, card_id, kind, tags, response, verdict, score, rating, "
    "reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence, uid"
)
# What the store's review_rows read from the table of schema 9.
OLD_REVIEW_ROWS = (
    "SELECT deck_id, card_id, response, verdict, score, rating, reviewed_at, "
    "CASE WHEN overrides IS NULL THEN 0 ELSE 1 END, elapsed_s, kind, tags, hinted, cram, "
    "session_id, id, confidence FROM reviews "
    "WHERE id NOT IN (SELECT review_id FROM undone_reviews) ORDER BY reviewed_at, id"
)
# The tables the migration leaves alone, each in a fixed order.
KEPT = {
    "session_decks": "deck_id, session_id",
    "card_states": "deck_id, card_id",
    "card_tallies": "deck_id, card_id",
    "tallies": "dimension, key, deck_id",
    "confidence_tallies": "dimension, key, deck_id, confidence",
    "day_tallies": "day, deck_id",
    "undone_reviews": "review_id",
}
SESSION_COLUMNS = "id, started_at, deck_ids, cram, answered, score_sum, last_review_at"


def schema_9_folder(data_dir: Path) -> Path:
    """The data dir holding a copy of the schema 9 database; its path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    database = paths.database_path(data_dir)
    shutil.copyfile(SCHEMA_9, database)
    return database


def read(database: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def kept_tables(database: Path) -> dict[str, list[tuple[object, ...]]]:
    tables = {
        table: read(database, f"SELECT * FROM {table} ORDER BY {order}")
        for table, order in KEPT.items()
    }
    tables["sessions"] = read(database, f"SELECT {SESSION_COLUMNS} FROM sessions ORDER BY id")
    return tables


def test_every_review_of_a_schema_9_database_reads_back_as_it_was(data_dir: Path) -> None:
    database = schema_9_folder(data_dir)
    assert read(database, "PRAGMA user_version") == [(9,)]
    rows = read(database, f"SELECT {OLD_COLUMNS} FROM reviews ORDER BY id")
    api_rows = read(database, OLD_REVIEW_ROWS)
    kept = kept_tables(database)
    firsts = read(database, "SELECT session_id, min(id) FROM reviews GROUP BY 1 ORDER BY 1")
    assert len(rows) > 60 and kept["undone_reviews"]  # every shape is there

    reports: list[tuple[int, int]] = []
    with Store.open(data_dir, backup=False, progress=lambda *r: reports.append(r)) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # Through the store's API: the same tuples, and the same keys for `store copy`.
        assert list(store.review_rows()) == api_rows
        assert store.review_count() == len(rows)
    history = SqliteHistory(data_dir)
    try:
        assert [(review.id, review.uid) for review in history.reviews()] == [
            (row[0], row[-1]) for row in rows
        ]
    finally:
        history.close()
    assert reports == [(0, len(rows)), (len(rows), len(rows))]
    # Every old column through the view, and everything else as it was.
    assert read(database, f"SELECT {OLD_COLUMNS} FROM review_rows ORDER BY id") == rows
    assert kept_tables(database) == kept
    assert read(database, "SELECT id, reviews_from FROM sessions ORDER BY id") == firsts
    assert read(database, "PRAGMA foreign_key_check") == []
    assert read(database, "PRAGMA integrity_check") == [("ok",)]
    # Keys as their 16 bytes, no index on them; two indexes on reviews where there were five.
    assert read(database, "SELECT DISTINCT typeof(uid), length(uid) FROM reviews") == [("blob", 16)]
    assert sorted(
        name for (name,) in read(database, "SELECT name FROM pragma_index_list('reviews')")
    ) == ["reviews_by_overrides", "reviews_by_time"]
    # Once: opened again, nothing is converted again.
    with Store.open(data_dir, backup=False, progress=lambda *r: reports.append(r)):
        pass
    assert len(reports) == 2


def test_still_append_only(data_dir: Path) -> None:
    schema_9_folder(data_dir)
    with Store.open(data_dir, backup=False) as store:
        db = store.connection
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("UPDATE reviews SET score = 0")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM reviews")
        # Undo marks and corrections still name the same reviews, checked.
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO undone_reviews VALUES (999999, 'never')")


def test_the_same_history_written_today_is_kept_the_same_way(
    data_dir: Path, tmp_path: Path
) -> None:
    """The history of the schema 9 file, written again through today's store: the same rows
    (but each review's fresh key), the same tallies, sessions and schedules."""
    database = schema_9_folder(data_dir)
    with Store.open(data_dir, backup=False):
        pass
    today = tmp_path / "today"
    record_every_shape(today)
    fresh = paths.database_path(today)
    columns = OLD_COLUMNS.removesuffix(", uid")
    assert read(fresh, f"SELECT {columns} FROM review_rows ORDER BY id") == read(
        database, f"SELECT {columns} FROM review_rows ORDER BY id"
    )
    assert kept_tables(fresh) == kept_tables(database)
    assert read(fresh, "SELECT id, reviews_from FROM sessions ORDER BY id") == read(
        database, "SELECT id, reviews_from FROM sessions ORDER BY id"
    )
    assert read(fresh, "SELECT * FROM review_cards ORDER BY deck_id, card_id, kind, tags") != []


def test_keys_not_written_by_the_trainer_are_kept_exactly(data_dir: Path) -> None:
    database = schema_9_folder(data_dir)
    odd = [
        None,
        "0123456789ABCDEF0123456789ABCDEF",
        "not-a-key",
        "0123456789abcdef0123456789abcdeg",
    ]
    connection = sqlite3.connect(database)
    with connection:
        connection.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, uid) VALUES (1, 'harbour', 'card-0', 'text', '[]', "
            "'x', 'correct', 1, 'good', '2025-07-25T10:00:00.000000Z', ?)",
            [(uid,) for uid in odd],
        )
    connection.close()
    with Store.open(data_dir, backup=False):
        pass
    kept = [row[0] for row in read(database, "SELECT uid FROM review_rows ORDER BY id")]
    assert kept[-4:] == odd
    assert all(len(uid) == 32 for uid in kept[:-4])


def test_a_time_not_in_the_stored_form_changes_nothing(data_dir: Path) -> None:
    database = schema_9_folder(data_dir)
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at) VALUES (1, 'harbour', 'card-0', 'text', '[]', 'x', "
            "'correct', 1, 'good', '2025-07-25 09:00')"
        )
    connection.close()
    before = read(database, "SELECT type, name, sql FROM sqlite_schema ORDER BY name")
    with pytest.raises(StoreError, match=r"review 69 has a time not in the stored form"):
        Store.open(data_dir, backup=False)
    assert read(database, "PRAGMA user_version") == [(9,)]
    assert read(database, "SELECT type, name, sql FROM sqlite_schema ORDER BY name") == before


def test_the_command_line_reports_the_upgrade_once_and_exports_every_review(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.cli import main

    database = schema_9_folder(data_dir)
    (count,) = read(database, "SELECT count(*) FROM reviews")[0]
    expected = [(row[1], row[2], row[3]) for row in read(database, OLD_REVIEW_ROWS)]
    assert main(["history", "--format", "json"]) == 0
    first = capsys.readouterr()
    assert f"upgrading the review database: {count} of {count} reviews" in first.err
    exported = json.loads(first.out)
    assert [(r["card"], r["response"], r["verdict"]) for r in exported] == expected
    assert main(["history", "--format", "json"]) == 0
    again = capsys.readouterr()
    assert again.err == "" and again.out == first.out


def test_an_sqlite_without_unixepoch_converts_the_same(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.core.store import compact

    database = schema_9_folder(data_dir)
    rows = read(database, f"SELECT {OLD_COLUMNS} FROM reviews ORDER BY id")
    # As on SQLite before 3.38: strftime('%s') in place of unixepoch().
    monkeypatch.setattr(compact, "_SECONDS", compact._PORTABLE_SECONDS)
    with Store.open(data_dir, backup=False):
        pass
    assert read(database, f"SELECT {OLD_COLUMNS} FROM review_rows ORDER BY id") == rows
