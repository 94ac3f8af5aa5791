"""The compact review table: every review of a real older database comes through intact."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import START

from trainer import paths
from trainer.core.daily import per_day
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store
from trainer.core.store.compact import CompactMigrationError, migrate

OLD_COLUMNS = (
    "id, session_id, deck_id, card_id, kind, tags, response, verdict, score, "
    "rating, reviewed_at, elapsed_s, hinted, cram, overrides, due_after"
)


def answer(
    store: Store,
    session: SessionRef,
    index: int,
    *,
    overrides: int | None = None,
    cram: bool = False,
) -> tuple[SessionRef, int]:
    moment = START + timedelta(hours=7 * index, microseconds=index * 137 % 1_000_000)
    verdict, score, rating = [
        ("correct", 1.0, "good"),
        ("close", 0.8571428571428571, "hard"),
        ("wrong", 0.0, "again"),
        ("correct", 1.0, "easy"),
    ][index % 4]
    if overrides is not None:
        verdict, score, rating = "correct", 1.0, "good"
    scheduled = None if cram else Scheduler(fuzz=False).review(None, rating, moment)  # type: ignore[arg-type]
    recorded = store.record_review(
        session,
        NewReview(
            deck_id=("harbour", "ports-é")[index % 2],
            card_id=f"card-{index % 5}",
            # A card's kind and tags may change between reviews: each version is kept.
            kind=("text", "date")[index // 10 % 2],
            tags=(("trade", 'ünï "q"') if index % 3 else ()),
            response=["Rubio", "two\nlines", "", "東京 🙂"][index % 4],
            verdict=verdict,
            score=score,
            rating=rating,
            reviewed_at=moment,
            elapsed_s=[None, 3.0, 12.345678901234567][index % 3],
            hinted=index % 5 == 1,
            overrides=overrides,
        ),
        scheduled,
    )
    return SessionRef(
        session.started_at, session.deck_ids, cram, recorded.session_id
    ), recorded.review_id


@pytest.fixture
def old_database(data_dir: Path) -> Path:
    """A database of today's schema (4) with reviews of every shape, made by the real store."""
    with Store.open(data_dir, backup=False) as store:
        for number in range(3):
            session = SessionRef(
                START + timedelta(days=number), ("harbour", "ports-é"), cram=number == 2
            )
            for index in range(number * 20, number * 20 + 20):
                session, review_id = answer(store, session, index, cram=number == 2)
                if index % 7 == 2:  # an "I was right" on a wrong answer
                    session, _ = answer(store, session, index, overrides=review_id)
    return paths.database_path(data_dir)


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def run_migration(path: Path, reports: list[tuple[int, int]] | None = None) -> None:
    connection = connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")  # as the store's migration step will
    connection.execute("BEGIN IMMEDIATE")
    migrate(connection, None if reports is None else lambda *report: reports.append(report))
    connection.execute("COMMIT")
    connection.execute("VACUUM")
    connection.close()


def test_every_review_reads_back_as_it_was(old_database: Path, data_dir: Path) -> None:
    with connect(old_database) as before:
        rows = before.execute(f"SELECT {OLD_COLUMNS} FROM reviews ORDER BY id").fetchall()
    with Store.open(data_dir, backup=False) as store:
        days = per_day(store)
    reports: list[tuple[int, int]] = []
    run_migration(old_database, reports)
    after = connect(old_database)
    assert after.execute(f"SELECT {OLD_COLUMNS} FROM review_rows ORDER BY id").fetchall() == rows
    assert reports[0] == (0, len(rows)) and reports[-1] == (len(rows), len(rows))
    assert after.execute("PRAGMA foreign_key_check").fetchall() == []
    assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The day tallies agree with the reviews they count.
    tallied = after.execute(
        "SELECT day, sum(answered), sum(correct) FROM day_tallies GROUP BY day ORDER BY day"
    ).fetchall()
    assert tallied == [(d.day.isoformat(), d.answered, d.correct) for d in days]
    assert {row[0] for row in after.execute("SELECT kind FROM review_cards")} == {"text", "date"}


def test_still_append_only_and_written_through_the_old_columns(old_database: Path) -> None:
    run_migration(old_database)
    db = connect(old_database)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE reviews SET score = 0")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM reviews")
    new = (
        None,
        1,
        "harbour",
        "new-card",
        "name",
        '["a"]',
        "Marco",
        "close",
        0.75,
        "hard",
        "2026-01-02T03:04:05.000007Z",
        4.5,
        1,
        0,
        None,
        "2026-01-09T03:04:05.000007Z",
    )
    db.execute(f"INSERT INTO review_rows ({OLD_COLUMNS}) VALUES ({', '.join('?' * len(new))})", new)
    review_id = db.execute("SELECT max(id) FROM reviews").fetchone()[0]
    stored = db.execute(
        f"SELECT {OLD_COLUMNS} FROM review_rows WHERE id = ?", (review_id,)
    ).fetchone()
    assert stored == (review_id, *new[1:])


def test_a_later_schema_with_confidence_keeps_it(old_database: Path) -> None:
    db = connect(old_database)
    # Schema 6 gave reviews a confidence column.
    columns = OLD_COLUMNS.replace("id, ", "", 1)
    db.execute(
        f"INSERT INTO reviews ({columns}, confidence) SELECT {columns}, 'unsure' "
        "FROM reviews WHERE id = 1"
    )
    db.close()
    run_migration(old_database)
    db = connect(old_database)
    assert db.execute(
        "SELECT count(*), min(confidence) FROM review_rows WHERE confidence IS NOT NULL"
    ).fetchone() == (1, "unsure")


def test_a_time_not_in_the_stored_form_changes_nothing(old_database: Path) -> None:
    db = connect(old_database)
    columns = OLD_COLUMNS.replace("id, ", "", 1).replace("reviewed_at", "'2025-07-25 09:00'")
    db.execute(
        f"INSERT INTO reviews ({OLD_COLUMNS.replace('id, ', '', 1)}) "
        f"SELECT {columns} FROM reviews WHERE id = 1"
    )
    before = db.execute("SELECT sql FROM sqlite_schema ORDER BY name").fetchall()
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("BEGIN IMMEDIATE")
    with pytest.raises(CompactMigrationError, match="not in the stored form"):
        migrate(db)
    db.execute("ROLLBACK")
    assert db.execute("SELECT sql FROM sqlite_schema ORDER BY name").fetchall() == before


def test_tables_that_name_reviews_still_name_the_same_ones(old_database: Path) -> None:
    db = connect(old_database)
    # As schema 7's undo marks do.
    db.execute("INSERT INTO undone_reviews VALUES (3, 'then')")
    db.close()
    run_migration(old_database)
    db = connect(old_database)
    schema = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'undone_reviews'").fetchone()[0]
    assert "REFERENCES reviews (id)" in schema
    db.execute("INSERT INTO undone_reviews VALUES (4, 'later')")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute("INSERT INTO undone_reviews VALUES (999999, 'never')")
    assert (
        db.execute(
            "SELECT count(*) FROM undone_reviews u JOIN review_rows r ON r.id = u.review_id"
        ).fetchone()[0]
        == 2
    )


def test_refused_with_foreign_keys_on(old_database: Path) -> None:
    db = connect(old_database)
    db.execute("BEGIN IMMEDIATE")
    with pytest.raises(CompactMigrationError, match="foreign keys off"):
        migrate(db)
    db.execute("ROLLBACK")
