"""A compact form of the review table, and the migration into it (not yet in the chain).

Each review row used to repeat its deck id, card id, kind and tags (JSON) as text, and its
verdict, rating and two times as text: about 280 bytes a review with its three indexes,
four times Anki's revlog. Here a review keeps

- ``card``: a number naming its (deck id, card id, kind, tags) in ``review_cards``, where
  each combination is written once (a card whose tags changed has one row per version);
- ``verdict`` 0 correct, 1 close, 2 wrong, and ``rating`` 1 again … 4 easy, as Anki's ease;
- ``reviewed_at``: microseconds since 1970 UTC, the stored text's exact moment, and
  ``due_after`` as microseconds after ``reviewed_at`` (a few bytes, not 27);
- ``response``, ``score``, ``elapsed_s``, ``hinted``, ``cram``, ``overrides``, ``session_id``
  and ``confidence`` (0 sure, 1 unsure, 2 guess, when the reviews table has it) unchanged
  in meaning;

and one index (by time) where there were three. Per-day counts come from
``day_tallies`` (schema 9, kept by writes.py with every review). Nothing is dropped: the view
``review_rows`` gives back every old column, as the old table held it (texts, JSON tags,
fixed-width UTC times), and a test compares it row for row with the table it replaced.

Review ids stay as they were, so corrections (``overrides``) and anything else that names a
review keep pointing at the same one. The table stays append-only (the same two triggers).

Writing: ``INSERT INTO review_rows (...)`` with the old columns works as inserting into the
old table did (an INSTEAD OF trigger files the card and converts; the day's tally stays
writes.py's, as for every other tally);
the new review's id is then ``SELECT max(id) FROM reviews`` inside the same transaction.

Wiring (to do at merge, with the version number given then): see ``migrate`` below and
docs/performance.md, "A compact review table".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final


def _shape(column: str) -> str:
    """SQL: true when a stored time has the store's fixed shape (2025-07-25T18:30:00.000000Z).

    Cheaper than a GLOB over every character, and enough: ``strftime`` below reads the
    rest, and a date it cannot read makes NULL, which the NOT NULL column refuses."""
    return (
        f"length({column}) = 27 AND substr({column}, 11, 1) = 'T' "
        f"AND substr({column}, 20, 1) = '.' AND substr({column}, 27, 1) = 'Z'"
    )


# Reviews copied per statement, between progress reports.
BATCH: Final = 250_000

# The page cache during the migration, in KiB (negative: SQLite's unit for a size in KiB).
MIGRATION_CACHE_KIB: Final = -524288

Progress = Callable[[int, int], None]


def _micros(column: str) -> str:
    """SQL: a stored fixed-width UTC text as integer microseconds since 1970."""
    return (
        f"(CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER) * 1000000 "
        f"+ CAST(substr({column}, 21, 6) AS INTEGER))"
    )


def _text(column: str) -> str:
    """SQL: integer microseconds back as the stored fixed-width UTC text."""
    return (
        f"(strftime('%Y-%m-%dT%H:%M:%S', {column} / 1000000, 'unixepoch') || '.' || "
        f"printf('%06d', {column} % 1000000) || 'Z')"
    )


TABLES: Final[tuple[str, ...]] = (
    """
    CREATE TABLE review_cards (
        id INTEGER PRIMARY KEY,
        deck_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        kind TEXT NOT NULL,                     -- the card's kind and tags when answered
        tags TEXT NOT NULL,                     -- JSON list
        UNIQUE (deck_id, card_id, kind, tags)
    )
    """,
    """
    CREATE TABLE reviews_compact (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        card INTEGER NOT NULL REFERENCES review_cards (id),
        response TEXT NOT NULL,
        verdict INTEGER NOT NULL CHECK (verdict IN (0, 1, 2)),      -- correct, close, wrong
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        rating INTEGER NOT NULL CHECK (rating IN (1, 2, 3, 4)),     -- again, hard, good, easy
        reviewed_at INTEGER NOT NULL,           -- microseconds since 1970, UTC
        elapsed_s REAL,
        hinted INTEGER NOT NULL DEFAULT 0,
        cram INTEGER NOT NULL DEFAULT 0,
        overrides INTEGER REFERENCES reviews (id),
        due_after INTEGER,                      -- microseconds after reviewed_at; NULL in cram
        confidence INTEGER CHECK (confidence IN (0, 1, 2))          -- sure, unsure, guess
    )
    """,
)

_VERDICTS: Final = "CASE {} WHEN 'correct' THEN 0 WHEN 'close' THEN 1 WHEN 'wrong' THEN 2 END"
_RATINGS: Final = (
    "CASE {} WHEN 'again' THEN 1 WHEN 'hard' THEN 2 WHEN 'good' THEN 3 WHEN 'easy' THEN 4 END"
)
_CONFIDENCES: Final = "CASE {} WHEN 'sure' THEN 0 WHEN 'unsure' THEN 1 WHEN 'guess' THEN 2 END"

AFTER: Final[tuple[str, ...]] = (
    # By time only: every read of reviews is in time order (history, exports). The index by
    # (deck, card) had no reader; a card's reviews can come back with one when one needs it.
    "CREATE INDEX reviews_by_time ON reviews (reviewed_at)",
    """
    CREATE TRIGGER reviews_never_change BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    """
    CREATE TRIGGER reviews_never_vanish BEFORE DELETE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    f"""
    CREATE VIEW review_rows AS
    SELECT r.id, r.session_id, c.deck_id, c.card_id, c.kind, c.tags, r.response,
           CASE r.verdict WHEN 0 THEN 'correct' WHEN 1 THEN 'close' ELSE 'wrong' END
               AS verdict,
           r.score,
           CASE r.rating WHEN 1 THEN 'again' WHEN 2 THEN 'hard' WHEN 3 THEN 'good'
               ELSE 'easy' END AS rating,
           {_text("r.reviewed_at")} AS reviewed_at, r.elapsed_s, r.hinted, r.cram,
           r.overrides,
           CASE WHEN r.due_after IS NULL THEN NULL
                ELSE {_text("(r.reviewed_at + r.due_after)")} END AS due_after,
           CASE r.confidence WHEN 0 THEN 'sure' WHEN 1 THEN 'unsure' WHEN 2 THEN 'guess'
               END AS confidence
    FROM reviews AS r JOIN review_cards AS c ON c.id = r.card
    """,
    f"""
    CREATE TRIGGER review_rows_insert INSTEAD OF INSERT ON review_rows
    BEGIN
        INSERT OR IGNORE INTO review_cards (deck_id, card_id, kind, tags)
            VALUES (NEW.deck_id, NEW.card_id, NEW.kind, NEW.tags);
        INSERT INTO reviews (id, session_id, card, response, verdict, score, rating,
                             reviewed_at, elapsed_s, hinted, cram, overrides, due_after,
                             confidence)
        SELECT NEW.id, NEW.session_id, c.id, NEW.response, {_VERDICTS.format("NEW.verdict")},
               NEW.score, {_RATINGS.format("NEW.rating")}, {_micros("NEW.reviewed_at")},
               NEW.elapsed_s, coalesce(NEW.hinted, 0), coalesce(NEW.cram, 0), NEW.overrides,
               {_micros("NEW.due_after")} - {_micros("NEW.reviewed_at")},
               {_CONFIDENCES.format("NEW.confidence")}
        FROM review_cards AS c
        WHERE c.deck_id = NEW.deck_id AND c.card_id = NEW.card_id AND c.kind = NEW.kind
          AND c.tags = NEW.tags;
    END
    """,
)


class CompactMigrationError(Exception):
    """The reviews cannot be converted as they are; nothing was changed."""


def migrate(connection: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Convert the reviews table to the compact form, inside the caller's transaction.

    Run it with ``PRAGMA foreign_keys = OFF`` and within ``BEGIN IMMEDIATE`` … ``COMMIT``
    (the store's migration transaction), so a failure at any point leaves the old table as
    it was; every reference is checked before it returns (switch foreign keys back on after
    the COMMIT). ``progress(done, total)`` is
    called after each batch of reviews copied. Afterwards, outside the transaction,
    ``VACUUM`` gives the old table's pages back to the file system.
    """
    if not connection.in_transaction:
        raise CompactMigrationError("the compact migration must run inside a transaction")
    # A page cache large enough that the copy is not spilled to the log mid-transaction,
    # and sorts in memory; both as they were afterwards.
    cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
    connection.execute(f"PRAGMA cache_size = {MIGRATION_CACHE_KIB}")
    try:
        _migrate(connection, progress)
    finally:
        connection.execute(f"PRAGMA cache_size = {cache_size}")


def _migrate(connection: sqlite3.Connection, progress: Progress | None) -> None:
    if connection.execute("PRAGMA foreign_keys").fetchone()[0]:
        # With them on, dropping the old table would check each of its rows against every
        # table that names a review, and renaming would re-point those names at it.
        raise CompactMigrationError("switch foreign keys off before the transaction")
    columns = {row[1] for row in connection.execute("PRAGMA table_info(reviews)")}
    if "card" in columns:
        return  # already compact
    confidence = "r.confidence" if "confidence" in columns else "NULL"
    # Every stored time has the fixed shape the store writes (27 characters, "T" and "Z"
    # in place); anything else is refused before a row is changed.
    odd = connection.execute(
        "SELECT id, reviewed_at, due_after FROM reviews WHERE NOT ("
        + " AND ".join(
            f"({check})"
            for check in (_shape("reviewed_at"), f"due_after IS NULL OR {_shape('due_after')}")
        )
        + ") LIMIT 1"
    ).fetchone()
    if odd is not None:
        raise CompactMigrationError(
            f"review {odd[0]} has a time not in the stored form ({odd[1]!r}, {odd[2]!r})"
        )
    for statement in TABLES:
        connection.execute(statement)
    connection.execute(
        "INSERT INTO review_cards (deck_id, card_id, kind, tags) "
        "SELECT DISTINCT deck_id, card_id, kind, tags FROM reviews ORDER BY deck_id, card_id"
    )
    total, last = connection.execute(
        "SELECT count(*), coalesce(max(id), 0) FROM reviews"
    ).fetchone()
    copy = (
        "INSERT INTO reviews_compact (id, session_id, card, response, verdict, score, rating, "
        "reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence) "
        f"SELECT r.id, r.session_id, c.id, r.response, {_VERDICTS.format('r.verdict')}, "
        f"r.score, {_RATINGS.format('r.rating')}, {_micros('r.reviewed_at')}, r.elapsed_s, "
        f"r.hinted, r.cram, r.overrides, "
        f"{_micros('r.due_after')} - {_micros('r.reviewed_at')}, "
        f"{_CONFIDENCES.format(confidence)} "
        "FROM reviews AS r JOIN review_cards AS c ON c.deck_id = r.deck_id "
        "AND c.card_id = r.card_id AND c.kind = r.kind AND c.tags = r.tags "
        "WHERE r.id > ? AND r.id <= ?"
    )
    done, start = 0, 0
    if progress is not None:
        progress(0, total)
    while start < last:
        end = start + BATCH
        done += connection.execute(copy, (start, end)).rowcount
        start = end
        if progress is not None:
            progress(done, total)
    if done != total:
        raise CompactMigrationError(f"copied {done} of {total} reviews")
    # SQLite's way to change a table others refer to: drop the old, give the new its name
    # (references to "reviews" elsewhere, such as corrections and undo marks, then name the
    # new table, whose ids are the same), and check every reference before committing.
    for trigger in ("reviews_never_change", "reviews_never_vanish"):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.execute("DROP TABLE reviews")
    connection.execute("ALTER TABLE reviews_compact RENAME TO reviews")
    for statement in AFTER:
        connection.execute(statement)
    # The rows were copied with their ids: check what names a review from elsewhere (the
    # new table's own references held in the old one, row for row).
    for (table,) in connection.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name != 'reviews' "
        "AND name NOT LIKE 'sqlite_%'"
    ).fetchall():
        names_reviews = any(
            row[2] == "reviews" for row in connection.execute(f"PRAGMA foreign_key_list('{table}')")
        )
        broken = (
            names_reviews and connection.execute(f"PRAGMA foreign_key_check('{table}')").fetchone()
        )
        if broken:
            raise CompactMigrationError(f"a reference would be broken: {tuple(broken)}")


def per_day(connection: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(UTC day, answers, correct) of every day with reviews, from the day tallies (schema 9):
    what ``trainer.core.daily.per_day`` reads."""
    return connection.execute(
        "SELECT day, sum(answered), sum(correct) FROM day_tallies GROUP BY day ORDER BY day"
    ).fetchall()


def compact_copy(source: Path, target: Path, progress: Progress | None = None) -> float:
    """Copy a review database to ``target`` and migrate the copy; seconds the migration took
    (its transaction and the VACUUM after it). For benchmarks and trials on real data."""
    import shutil
    import time

    shutil.copyfile(source, target)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        began = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        migrate(connection, progress)
        connection.execute("COMMIT")
        connection.execute("VACUUM")
        return time.perf_counter() - began
    finally:
        connection.close()
