"""An answer's tallies folded in after its save, from its row: the mark, the fold, and the
view a store that cannot write reads.

Saving a new answer writes its review and the card's schedule only (writes.record_review):
the tallies, a third of the save's work and half of the pages it wrote, are added later by
``fold``, which runs each review past the mark (``tally_mark``, schema 11: the largest
review id whose tallies are counted) through ``writes.tally_review``, the very rule the save
ran before, in id order, and moves the mark, all in one transaction. So a figure comes out
bit for bit as it did when each answer counted itself, and a crash between a save and its
fold loses nothing: the review is committed, and the next fold counts it.

Who folds: the checkpoint thread, in its slot every few answers (checkpoints.py); a store
that can write, before it reads a tally, takes an answer back or saves a correction (both
change what earlier answers counted), and when it closes; after a kill -9 the next of these.
Two trainers on one file fold each other's answers: a fold holds the write lock, and reads
the mark in its transaction. A store opened read-only (history beside a running quiz, a
folder that cannot be written) cannot write the file: ``shadow`` folds the pending answers
into temporary copies of the tallies, which its reads then see in place of the stored ones.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Final

# Whether a review is past the mark; NULL (no review at all) reads as nothing pending.
PENDING_SQL: Final = "SELECT (SELECT max(id) FROM reviews) > (SELECT review_id FROM tally_mark)"

# The same of the file itself, whatever TEMP copies shadow (``shadow``).
_MAIN_PENDING_SQL: Final = (
    "SELECT (SELECT max(id) FROM main.reviews) > (SELECT review_id FROM main.tally_mark)"
)

# What tally_review needs of a review, from the compact table's view, in id order.
_PAST_MARK: Final = (
    "SELECT id, session_id, deck_id, card_id, kind, tags, response, verdict, score, rating, "
    "reviewed_at, overrides, confidence FROM review_rows "
    "WHERE id > (SELECT review_id FROM tally_mark) ORDER BY id"
)

# The tables a fold writes: copied into TEMP ones of the same names by ``shadow``.
TALLY_TABLES: Final = (
    "sessions",
    "session_decks",
    "card_tallies",
    "tallies",
    "confidence_tallies",
    "day_tallies",
    "tally_mark",
)


def pending(db: sqlite3.Connection) -> bool:
    """Whether some review's tallies are not counted yet."""
    return bool(db.execute(PENDING_SQL).fetchone()[0])


def set_mark(db: sqlite3.Connection, review_id: int) -> None:
    """Reviews up to ``review_id`` are counted in the tallies."""
    db.execute("UPDATE tally_mark SET review_id = ?", (review_id,))


def fold(db: sqlite3.Connection) -> int:
    """Count every review past the mark in the tallies, in id order, and move the mark;
    inside the caller's write transaction. Returns how many were counted."""
    rows = db.execute(_PAST_MARK).fetchall()
    if not rows:
        return 0
    # The write path: loaded by the first fold, as by the first answer.
    from trainer.core.store.records import NewReview, from_db_time
    from trainer.core.store.writes import corrected_review, tally_review

    for row in rows:
        review_id, session_id, deck_id, card_id, kind, tags, response = row[:7]
        verdict, score, rating, reviewed_at, overrides, confidence = row[7:]
        review = NewReview(
            deck_id=deck_id,
            card_id=card_id,
            kind=kind,
            tags=tuple(json.loads(tags)),
            response=response,
            verdict=verdict,
            score=score,
            rating=rating,
            reviewed_at=from_db_time(reviewed_at),
            overrides=overrides,
            confidence=confidence,
        )
        # A correction counts itself when saved (writes.record_review); one past the mark
        # is counted here by the same rule all the same.
        previous = None if overrides is None else corrected_review(db, overrides)
        tally_review(db, session_id, review_id, review, reviewed_at, previous)
    set_mark(db, rows[-1][0])
    return len(rows)


def fold_apart(db: sqlite3.Connection) -> int:
    """``fold`` in a write transaction of its own (the checkpoint thread's connection)."""
    if not pending(db):
        return 0
    db.execute("BEGIN IMMEDIATE")
    try:
        counted = fold(db)
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    return counted


def shadow(db: sqlite3.Connection) -> None:
    """For a connection that cannot write the file: TEMP copies of the tallies with the
    pending reviews folded in, which shadow the stored tables for every unqualified name
    (SQLite looks in TEMP first). Made the first time a review is pending, and from then on
    filled afresh on each call, from one snapshot of the file; never dropped (SQLite refuses
    a DROP while a statement of the connection is still reading, as a streamed export is)."""
    # The file is opened read-only (mode=ro): TEMP tables are all that can be written.
    db.execute("PRAGMA query_only = OFF")
    try:
        db.execute("BEGIN")
        try:
            made = db.execute(
                "SELECT count(*) FROM temp.sqlite_schema WHERE name = 'tally_mark'"
            ).fetchone()[0]
            if made or db.execute(_MAIN_PENDING_SQL).fetchone()[0]:
                for table in TALLY_TABLES:
                    if made:
                        db.execute(f"DELETE FROM temp.{table}")
                    else:
                        (sql,) = db.execute(
                            "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?",
                            (table,),
                        ).fetchone()
                        db.execute(sql.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
                    db.execute(f"INSERT INTO temp.{table} SELECT * FROM main.{table}")
                fold(db)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    finally:
        db.execute("PRAGMA query_only = ON")
