"""The review database's SQLite schema: migrations keyed by the version they produce.

Times are UTC texts of one fixed width (``2025-07-25T18:30:00.000000Z``), so text order is
time order and SQLite's date functions read them. Never edit a released migration: add the
next version instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Final

# A migration step: SQL to execute, or a function given the connection (inside the
# migration's transaction, foreign keys off) and the progress callback (compact.Progress).
MigrationStep = str | Callable[[sqlite3.Connection, Callable[[int, int], None] | None], None]

# "BTRN" read as a big-endian integer: marks the file as the trainer's.
APPLICATION_ID: Final = 0x4254524E

_VERSION_1: Final[tuple[str, ...]] = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        deck_ids TEXT NOT NULL,                 -- space-separated deck ids (slugs)
        cram INTEGER NOT NULL DEFAULT 0,
        answered INTEGER NOT NULL DEFAULT 0,    -- answered cards, corrections not counted twice
        score_sum REAL NOT NULL DEFAULT 0,      -- sum of final scores, so score = sum / answered
        last_review_at TEXT
    )
    """,
    "CREATE INDEX sessions_by_start ON sessions (started_at)",
    """
    CREATE TABLE session_decks (
        deck_id TEXT NOT NULL,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        PRIMARY KEY (deck_id, session_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        deck_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        kind TEXT NOT NULL,                     -- the card's kind and tags when it was answered
        tags TEXT NOT NULL,                     -- JSON list
        response TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('correct', 'close', 'wrong')),
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        rating TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
        reviewed_at TEXT NOT NULL,
        elapsed_s REAL,
        hinted INTEGER NOT NULL DEFAULT 0,
        cram INTEGER NOT NULL DEFAULT 0,        -- asked in cram mode: the schedule was not moved
        overrides INTEGER REFERENCES reviews (id),  -- the review this "I was right" corrects
        due_after TEXT                          -- next due this review set (NULL in cram mode)
    )
    """,
    "CREATE INDEX reviews_by_time ON reviews (reviewed_at)",
    "CREATE INDEX reviews_by_deck ON reviews (deck_id, reviewed_at)",
    "CREATE INDEX reviews_by_card ON reviews (deck_id, card_id)",
    """
    CREATE TRIGGER reviews_never_change BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    """
    CREATE TRIGGER reviews_never_vanish BEFORE DELETE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    """
    CREATE TABLE card_states (
        deck_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        due TEXT NOT NULL,
        memory TEXT NOT NULL,                   -- the scheduler's state of the card, JSON
        introduced_at TEXT NOT NULL,            -- first scheduled review: the daily new-card count
        last_review_at TEXT NOT NULL,
        PRIMARY KEY (deck_id, card_id)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX card_states_by_due ON card_states (due)",
    """
    CREATE TABLE card_tallies (
        deck_id TEXT NOT NULL,
        card_id TEXT NOT NULL,
        reviews INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        close INTEGER NOT NULL,
        wrong INTEGER NOT NULL,
        last_response TEXT NOT NULL,
        last_reviewed_at TEXT NOT NULL,
        PRIMARY KEY (deck_id, card_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE tallies (
        dimension TEXT NOT NULL CHECK (dimension IN ('kind', 'tag')),
        key TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        reviews INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        close INTEGER NOT NULL,
        wrong INTEGER NOT NULL,
        PRIMARY KEY (dimension, key, deck_id)
    ) WITHOUT ROWID
    """,
)

# A quiz starts by reading every card's due time, and counting the cards introduced today;
# these covering indexes answer both without reading the scheduler memory stored beside them.
_VERSION_2: Final[tuple[str, ...]] = (
    "CREATE INDEX card_states_due_by_deck ON card_states (deck_id, card_id, due)",
    "CREATE INDEX card_states_by_introduction ON card_states (deck_id, introduced_at)",
)

# A quiz reads only the due cards, most overdue first: an index in due order within each deck
# answers that alone; every other read of the one it replaces is served as well by this.
_VERSION_3: Final[tuple[str, ...]] = (
    "DROP INDEX card_states_due_by_deck",
    "CREATE INDEX card_states_by_deck_due ON card_states (deck_id, due, card_id)",
)

# A session over several decks scores each deck apart: its answers and score sum per deck,
# kept like the session's own, and filled in from the reviews already kept (a correction
# counts as the difference it makes to the score of the answer it corrects).
_VERSION_4: Final[tuple[str, ...]] = (
    "ALTER TABLE session_decks ADD COLUMN answered INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE session_decks ADD COLUMN score_sum REAL NOT NULL DEFAULT 0",
    """
    UPDATE session_decks SET answered = tally.answered, score_sum = tally.score_sum
    FROM (
        SELECT r.session_id, r.deck_id, sum(r.overrides IS NULL) AS answered,
               sum(CASE WHEN r.overrides IS NULL THEN r.score ELSE r.score - o.score END)
                   AS score_sum
        FROM reviews AS r LEFT JOIN reviews AS o ON o.id = r.overrides
        GROUP BY r.session_id, r.deck_id
    ) AS tally
    WHERE session_decks.session_id = tally.session_id AND session_decks.deck_id = tally.deck_id
    """,
)

# Briefings: a time (UTC) and the decks it covers; cleared ones and past ones are kept for the
# history. The readiness forecast reads each card's stability and last review from columns
# rather than decoding the scheduler's JSON memory of every card (filled in from it here).
_VERSION_5: Final[tuple[str, ...]] = (
    """
    CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                       -- when the briefing starts, UTC
        created_at TEXT NOT NULL,
        cleared_at TEXT                         -- called off: kept, but no longer counts
    )
    """,
    "CREATE INDEX briefings_by_time ON briefings (at)",
    """
    CREATE TABLE briefing_decks (
        briefing_id INTEGER NOT NULL REFERENCES briefings (id),
        deck_id TEXT NOT NULL,
        PRIMARY KEY (briefing_id, deck_id)
    ) WITHOUT ROWID
    """,
    "ALTER TABLE card_states ADD COLUMN stability REAL",  # FSRS stability, days; NULL: none
    """
    UPDATE card_states SET stability = json_extract(memory, '$.stability')
    WHERE json_valid(memory) AND json_type(memory, '$.stability') IN ('real', 'integer')
    """,
)

# The confidence stated with each answer (sure, unsure, guess). Reviews kept before it have
# none (NULL): calibration leaves them out rather than guess what was meant, so its running
# counts start empty. Kept like the other tallies, in the transaction of each review:
# answers and right ones (close counts as right) per confidence, per deck, kind and tag; and
# per card how often it was answered wrong while sure, and whether its last answer was.
_VERSION_6: Final[tuple[str, ...]] = (
    "ALTER TABLE reviews ADD COLUMN confidence TEXT "
    "CHECK (confidence IN ('sure', 'unsure', 'guess'))",
    # Undo looks up the corrections of a review; they are few, so a partial index holds them.
    "CREATE INDEX reviews_by_overrides ON reviews (overrides) WHERE overrides IS NOT NULL",
    """
    CREATE TABLE confidence_tallies (
        dimension TEXT NOT NULL CHECK (dimension IN ('deck', 'kind', 'tag')),
        key TEXT NOT NULL,
        deck_id TEXT NOT NULL,
        confidence TEXT NOT NULL CHECK (confidence IN ('sure', 'unsure', 'guess')),
        answers INTEGER NOT NULL,
        right INTEGER NOT NULL,
        PRIMARY KEY (dimension, key, deck_id, confidence)
    ) WITHOUT ROWID
    """,
    "ALTER TABLE card_tallies ADD COLUMN sure_wrong INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE card_tallies ADD COLUMN last_sure_wrong INTEGER NOT NULL DEFAULT 0",
)

# Undo: a review taken back stays in the append-only reviews table, marked here; history,
# statistics and exports leave marked reviews out (docs/data.md). An "I was right" taken
# back with its answer is marked too.
_VERSION_7: Final[tuple[str, ...]] = (
    """
    CREATE TABLE undone_reviews (
        review_id INTEGER PRIMARY KEY REFERENCES reviews (id),
        undone_at TEXT NOT NULL
    )
    """,
    """
    CREATE TRIGGER undone_reviews_never_change BEFORE UPDATE ON undone_reviews
    BEGIN SELECT RAISE (ABORT, 'undo marks are append-only'); END
    """,
    """
    CREATE TRIGGER undone_reviews_never_vanish BEFORE DELETE ON undone_reviews
    BEGIN SELECT RAISE (ABORT, 'undo marks are append-only'); END
    """,
)

# A stable key per review, the same in every copy of the database (`trainer store copy`
# copies a review once however often it runs): a random uuid4 in hex. Every review kept
# before gets one here in one set-based UPDATE (randomblob per row, the version nibbles set
# as uuid4 has them), with the append-only trigger lifted for that statement alone; new
# reviews get a time-ordered one from the store (`records.new_review_uid`, a UUID v7).
_VERSION_8: Final[tuple[str, ...]] = (
    "ALTER TABLE reviews ADD COLUMN uid TEXT",
    "DROP TRIGGER reviews_never_change",
    """
    UPDATE reviews SET uid = lower(
        hex(randomblob(6)) || '4' || substr(hex(randomblob(2)), 2)
        || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(8)), 2)
    )
    """,
    """
    CREATE TRIGGER reviews_never_change BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END
    """,
    "CREATE UNIQUE INDEX reviews_by_uid ON reviews (uid)",
)

# Every review row counted in its UTC day and deck (writes.day_tally, row by row).
DAY_TALLIES_FROM_REVIEWS: Final = (
    "INSERT INTO day_tallies (day, deck_id, answered, correct) "
    "SELECT substr(reviewed_at, 1, 10), deck_id, sum(overrides IS NULL), "
    "sum(verdict = 'correct') FROM reviews GROUP BY 1, 2"
)

# Per-day figures (answers and correct ones per UTC day and deck) as running counts, kept in
# the transaction of each review like the other tallies, so they cost O(days) to read
# rather than a scan of every review. They count what the per-day query over the reviews
# counted: each row once, an answer (not a correction) as answered, a row whose verdict is
# correct as correct, reviews taken back included. Filled here from the reviews kept before,
# in one grouped INSERT.
_VERSION_9: Final[tuple[str, ...]] = (
    """
    CREATE TABLE day_tallies (
        day TEXT NOT NULL,                      -- UTC day, YYYY-MM-DD
        deck_id TEXT NOT NULL,
        answered INTEGER NOT NULL,              -- answers; a correction is not a second one
        correct INTEGER NOT NULL,               -- rows whose verdict is correct
        PRIMARY KEY (day, deck_id)
    ) WITHOUT ROWID
    """,
    DAY_TALLIES_FROM_REVIEWS,
)


def _compact_reviews(
    connection: sqlite3.Connection, progress: Callable[[int, int], None] | None
) -> None:
    # Imported when a database of schema 9 is upgraded, never on an ordinary opening.
    from trainer.core.store import compact

    compact.migrate(connection, progress)


# The compact review table (store/compact.py): a card number, integer codes and times, the
# key's 16 bytes, two indexes where there were five; every review converted, with progress.
# The all-decks due forecast reads card_states_by_deck_due, as every other read of due
# times does, so the index by due alone goes: one page less to write per answer.
_VERSION_10: Final[tuple[MigrationStep, ...]] = (
    _compact_reviews,
    "DROP INDEX card_states_by_due",
)

# An answer's tallies are folded in after its save (store/tally_fold.py): the mark is the
# largest review id whose tallies are counted, rows past it are pending. Every tally of an
# older database counts every review it holds, so the mark starts at the last one.
_VERSION_11: Final[tuple[str, ...]] = (
    """
    CREATE TABLE tally_mark (
        id INTEGER PRIMARY KEY CHECK (id = 1),  -- one row
        review_id INTEGER NOT NULL              -- reviews up to this id are in the tallies
    )
    """,
    "INSERT INTO tally_mark (id, review_id) SELECT 1, coalesce(max(id), 0) FROM reviews",
)

MIGRATIONS: Final[dict[int, tuple[MigrationStep, ...]]] = {
    1: _VERSION_1,
    2: _VERSION_2,
    3: _VERSION_3,
    4: _VERSION_4,
    5: _VERSION_5,
    6: _VERSION_6,
    7: _VERSION_7,
    8: _VERSION_8,
    9: _VERSION_9,
    10: _VERSION_10,
    11: _VERSION_11,
}
SCHEMA_VERSION: Final = max(MIGRATIONS)
