"""Schema 9: per-day figures from running counts (day_tallies), filled in from the reviews a
schema 8 database already holds and kept with every review after, giving the figures the
grouped scan of every review gave."""

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

# The query per-day figures came from before schema 9: every review row, grouped by day.
SCAN = (
    "SELECT substr(reviewed_at, 1, 10), sum(overrides IS NULL), sum(verdict = 'correct') "
    "FROM review_rows {where} GROUP BY 1 ORDER BY 1"
)


def write_as_version_8(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema 8 database over three days and two decks: answers, an "I was right" and an
    answer taken back (undo)."""
    from trainer.core.store import connection as store_module

    chain = {v: m for v, m in store_module.MIGRATIONS.items() if v <= 8}
    monkeypatch.setattr(store_module, "MIGRATIONS", chain)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 8)
    with Store.open(data_dir, backup=False):
        pass
    monkeypatch.undo()
    rows = [  # deck, card, verdict, day, overrides
        ("deck", "c0", "wrong", 0, None),
        ("deck", "c0", "correct", 0, 1),
        ("deck", "c1", "close", 0, None),
        ("other", "k1", "correct", 0, None),
        ("deck", "c2", "correct", 1, None),
        ("deck", "c3", "wrong", 2, None),
    ]
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        connection.execute(
            "INSERT INTO sessions (id, started_at, deck_ids) VALUES (1, ?, 'deck other')",
            (START.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),),
        )
        connection.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, overrides, uid) "
            "VALUES (1, ?, ?, 'text', '[]', 'x', ?, 0.5, 'good', ?, ?, lower(hex(randomblob(16))))",
            [
                (deck, card, verdict, f"2025-07-{25 + day}T23:59:59.999999Z", overrides)
                for deck, card, verdict, day, overrides in rows
            ],
        )
        connection.execute("INSERT INTO undone_reviews (review_id, undone_at) VALUES (6, 'then')")


def scanned(store: Store, deck_id: str | None = None) -> list[tuple[str, int, int]]:
    where, parameters = ("", ()) if deck_id is None else ("WHERE deck_id = ?", (deck_id,))
    return store.connection.execute(SCAN.format(where=where), parameters).fetchall()


def figures(store: Store, deck_id: str | None = None) -> list[tuple[str, int, int]]:
    return [(d.day.isoformat(), d.answered, d.correct) for d in per_day(store, deck_id)]


def test_a_version_8_database_gets_the_day_figures_it_had(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_as_version_8(data_dir, monkeypatch)
    with Store.open(data_dir, backup=False) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] >= 9
        assert (
            figures(store)
            == scanned(store)
            == [
                ("2025-07-25", 3, 2),
                ("2025-07-26", 1, 1),
                ("2025-07-27", 1, 0),
            ]
        )
        assert figures(store, "other") == scanned(store, "other") == [("2025-07-25", 1, 1)]
        assert figures(store, "nowhere") == []


def test_each_review_after_keeps_the_day_figures(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_as_version_8(data_dir, monkeypatch)
    scheduler = Scheduler(fuzz=False)
    with Store.open(data_dir, backup=False) as store:
        session = SessionRef(START, ("deck",))
        for index, verdict in enumerate(("wrong", "correct", "close", "wrong")):
            at = START + timedelta(hours=11 * index)
            rating = {"correct": "good", "close": "hard", "wrong": "again"}[verdict]
            before = store.card_state("deck", f"n{index}")
            new = NewReview(
                deck_id="deck",
                card_id=f"n{index}",
                kind="text",
                tags=("t",),
                response="r",
                verdict=verdict,
                score={"correct": 1.0, "close": 0.5, "wrong": 0.0}[verdict],
                rating=rating,
                reviewed_at=at,
            )
            recorded = store.record_review(session, new, scheduler.review(None, rating, at))  # type: ignore[arg-type]
            session = session._replace(id=recorded.session_id)
            if index == 0:  # "I was right" on the miss
                store.record_review(
                    session, new._replace(verdict="correct", overrides=recorded.review_id), None
                )
            if index == 3:
                store.undo_review(recorded.review_id, before)
        assert figures(store) == scanned(store)
        assert figures(store, "deck") == scanned(store, "deck")
        # Four answers more (the correction is not one), two of them correct (one by the
        # correction); the answer taken back stays counted, as the scan counted it.
        rows = figures(store)
        assert (sum(row[1] for row in rows), sum(row[2] for row in rows)) == (9, 5)
