"""Schema 8: every review has a stable key (a uuid4 in hex), filled in for the reviews a
schema 7 database already holds and set on every new one, so `trainer store copy` can copy
a review once however often it runs."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from quiz_fixtures import START

from trainer import paths
from trainer.core import history
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store
from trainer.core.store.schema import SCHEMA_VERSION

AT = "2025-07-25T09:00:00.000000Z"
DUE = "2025-07-26T09:00:00.000000Z"


def write_as_version_7(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database as a trainer of schema 7 left it: a session with an answer corrected by
    "I was right", an answer taken back (undo), and a third with a confidence."""
    from trainer.core.store import connection as store_module

    chain = {v: m for v, m in store_module.MIGRATIONS.items() if v <= 7}
    monkeypatch.setattr(store_module, "MIGRATIONS", chain)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 7)
    with Store.open(data_dir, backup=False):
        pass
    monkeypatch.undo()
    rows = [  # card, verdict, score, overrides, confidence
        ("c0", "wrong", 0.0, None, "sure"),
        ("c0", "correct", 1.0, 1, "sure"),
        ("c1", "close", 0.5, None, None),
        ("c2", "correct", 1.0, None, "guess"),
    ]
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        connection.execute(
            "INSERT INTO sessions (id, started_at, deck_ids, answered, score_sum, "
            "last_review_at) VALUES (1, ?, 'deck', 3, 2.5, ?)",
            (AT, AT),
        )
        connection.execute(
            "INSERT INTO session_decks (deck_id, session_id, answered, score_sum) "
            "VALUES ('deck', 1, 3, 2.5)"
        )
        connection.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, overrides, due_after, confidence) "
            "VALUES (1, 'deck', ?, 'text', '[]', 'an answer', ?, ?, 'good', ?, ?, ?, ?)",
            [
                (card, verdict, score, AT, overrides, DUE, confidence)
                for card, verdict, score, overrides, confidence in rows
            ],
        )
        connection.execute("INSERT INTO undone_reviews (review_id, undone_at) VALUES (4, ?)", (AT,))


def reviews_as_kept(database: Path, table: str = "reviews") -> list[tuple[object, ...]]:
    """Every old column; ``table`` review_rows once the compact table holds them (schema 10)."""
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT id, session_id, deck_id, card_id, kind, tags, response, verdict, score, "
            f"rating, reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence "
            f"FROM {table} ORDER BY id"
        ).fetchall()


def uids(store: Store) -> list[str]:
    return [row[0] for row in store._db.rows("SELECT uid FROM review_rows ORDER BY id")]


def test_a_version_7_database_gives_each_kept_review_its_own_uuid(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_as_version_7(data_dir, monkeypatch)
    database = paths.database_path(data_dir)
    before = reviews_as_kept(database)

    with Store.open(data_dir, backup=False) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        keys = uids(store)
        assert len(keys) == 4 and len(set(keys)) == 4
        for key in keys:
            assert uuid.UUID(hex=key).hex == key  # 32 lowercase hex digits
            assert uuid.UUID(hex=key).version == 4
        # Nothing else about a review changed, and history reads them as before.
        assert reviews_as_kept(database, "review_rows") == before
        assert [(r.card, r.verdict, r.overridden) for r in history.reviews(store)] == [
            ("c0", "wrong", False),
            ("c0", "correct", True),
            ("c1", "close", False),
        ]
        # Reviews are still append-only. (Since schema 10 the key has no unique index: the
        # store makes each one fresh, and `trainer store copy` matches them in a dict.)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.connection.execute("UPDATE reviews SET uid = x'00' WHERE id = 1")
    # Opened again: the keys stay what they were (the migration ran once).
    with Store.open(data_dir, backup=False) as store:
        assert uids(store) == keys


def test_every_new_review_gets_a_fresh_uuid(store: Store) -> None:
    scheduler = Scheduler(fuzz=False)
    session = SessionRef(START, ("deck",))
    for index in range(3):
        review = NewReview("deck", f"c{index}", "text", (), "x", "correct", 1.0, "good", START)
        recorded = store.record_review(session, review, scheduler.review(None, "good", START))
        session = session._replace(id=recorded.session_id)
    keys = uids(store)
    assert len(set(keys)) == 3
    assert all(uuid.UUID(hex=key).version == 7 for key in keys)
    # Time-ordered, so the unique index on the key grows at one end.
    times = [key[:12] for key in keys]
    assert times == sorted(times)
