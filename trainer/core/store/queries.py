"""The SQL of the quiz's reads: card schedules, the first card, due and new counts, briefings.

The history's and the statistics' reads are in ``report_queries`` (not read, or compiled on
a first run, before the first question).

Each function takes the open ``Database`` and returns plain data (records.py), never a
database row. The SQL is kept to what PostgreSQL reads as well where that costs nothing
(CASE over SQLite's boolean sums, ``substr`` over ``date()``, ``ON CONFLICT``), so a second
backend can copy it; the few SQLite-only spellings left are said where they stand.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from trainer.core.store.connection import Database
from trainer.core.store.records import (
    BriefingRow,
    CardState,
    from_db_time,
    to_db_time,
)


def _marks(values: Collection[object]) -> str:
    return ", ".join("?" for _ in values)


# -- card schedules -------------------------------------------------------------------------


def card_states(db: Database, deck_id: str) -> dict[str, CardState]:
    """Every scheduled card of a deck by card id, including cards since removed."""
    rows = db.rows(
        "SELECT card_id, due, memory, introduced_at, last_review_at, stability "
        "FROM card_states WHERE deck_id = ?",
        (deck_id,),
    )
    return {row[0]: _card_state(deck_id, *row) for row in rows}


def card_state(db: Database, deck_id: str, card_id: str) -> CardState | None:
    """One card's schedule as it stands; None for a card never scheduled."""
    rows = db.rows(
        "SELECT card_id, due, memory, introduced_at, last_review_at, stability "
        "FROM card_states WHERE deck_id = ? AND card_id = ?",
        (deck_id, card_id),
    )
    return _card_state(deck_id, *rows[0]) if rows else None


def _card_state(
    deck_id: str,
    card_id: str,
    due: str,
    memory: str,
    introduced_at: str,
    last_review_at: str,
    stability: float | None,
) -> CardState:
    return CardState(
        deck_id=deck_id,
        card_id=card_id,
        due=from_db_time(due),
        memory=memory,
        introduced_at=from_db_time(introduced_at),
        last_review_at=from_db_time(last_review_at),
        stability=stability,
    )


def schedules(db: Database, deck_id: str) -> dict[str, tuple[str, str]]:
    """Each scheduled card's stored due time and memory, by card id."""
    rows = db.rows("SELECT card_id, due, memory FROM card_states WHERE deck_id = ?", (deck_id,))
    return {card_id: (due, memory) for card_id, due, memory in rows}


def due_times(db: Database, deck_id: str) -> dict[str, str]:
    """Each scheduled card's stored due time, by card id."""
    return dict(db.rows("SELECT card_id, due FROM card_states WHERE deck_id = ?", (deck_id,)))


def due_flags(db: Database, deck_id: str, now: str) -> dict[str, bool]:
    """Each scheduled card's id and whether it is due at ``now`` (a stored time)."""
    rows = db.rows(
        "SELECT card_id, CASE WHEN due <= ? THEN 1 ELSE 0 END FROM card_states WHERE deck_id = ?",
        (now, deck_id),
    )
    return {card_id: bool(is_due) for card_id, is_due in rows}


def due_cards(
    db: Database, deck_id: str, now: str, limit: int | None = None
) -> tuple[list[str], list[str]]:
    """Ids and stored due times of the deck's cards due at ``now``, in due order (the
    first ``limit`` of them when given).

    A quiz queue's first read: only the due cards cross over from SQLite, from an index that
    holds both columns, as two joined strings rather than a row per card (SQLite's
    ``group_concat``; PostgreSQL's is ``string_agg``). Card ids are slugs and stored times
    have no spaces: no newline occurs inside one.
    """
    if limit is not None:
        # The first question's look ahead (trainer.core.first_question): a few rows.
        rows = db.rows(
            "SELECT card_id, due FROM card_states WHERE deck_id = ? AND due <= ? "
            "ORDER BY due, card_id LIMIT ?",
            (deck_id, now, limit),
        )
        return [row[0] for row in rows], [row[1] for row in rows]
    ids, dues = db.rows(
        "SELECT group_concat(card_id, char(10)), group_concat(due, char(10)) "
        "FROM card_states WHERE deck_id = ? AND due <= ?",
        (deck_id, now),
    )[0]
    if ids is None:
        return [], []
    return ids.split("\n"), dues.split("\n")


def scheduled_later(db: Database, deck_id: str, now: str) -> set[str]:
    """Ids of the deck's scheduled cards not yet due at ``now`` (a stored time)."""
    # One joined string crosses from SQLite several times faster than a row per card.
    joined = db.rows(
        "SELECT group_concat(card_id, char(10)) FROM card_states WHERE deck_id = ? AND due > ?",
        (deck_id, now),
    )[0][0]
    return set(joined.split("\n")) if joined else set()


def memory(db: Database, deck_id: str, card_id: str) -> str | None:
    """The scheduler's memory of one card; None for a card never scheduled."""
    rows = db.rows(
        "SELECT memory FROM card_states WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
    )
    return rows[0][0] if rows else None


def reviewed_since(db: Database, deck_id: str, card_id: str, since: str, now: str) -> bool:
    """Whether a card shows a review at or after ``since`` and is not due at ``now``."""
    return bool(
        db.rows(
            "SELECT 1 FROM card_states WHERE deck_id = ? AND card_id = ? "
            "AND last_review_at >= ? AND due > ?",
            (deck_id, card_id, since, now),
        )
    )


def recall_states(db: Database, deck_id: str) -> list[tuple[str, float | None, str]]:
    """Each scheduled card's id, FSRS stability and stored last review time."""
    return db.rows(
        "SELECT card_id, stability, last_review_at FROM card_states WHERE deck_id = ?",
        (deck_id,),
    )


def recall_inputs(db: Database, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
    """Each scheduled card's id, stability and days from its last review to ``at``.

    Worked out by SQLite (``julianday``; PostgreSQL's is an epoch difference): no time is
    parsed in Python per card.
    """
    return db.rows(
        "SELECT card_id, stability, julianday(?) - julianday(last_review_at) "
        "FROM card_states WHERE deck_id = ?",
        (at, deck_id),
    )


def introduced_since(db: Database, deck_ids: Sequence[str], since: datetime) -> int:
    """How many cards of these decks were first scheduled at or after ``since``."""
    if not deck_ids:
        return 0
    return int(
        db.rows(
            "SELECT count(*) FROM card_states "
            f"WHERE deck_id IN ({_marks(deck_ids)}) AND introduced_at >= ?",
            (*deck_ids, to_db_time(since)),
        )[0][0]
    )


# -- briefings ---------------------------


def briefing_rows(db: Database) -> list[BriefingRow]:
    """Every briefing kept, in time order, with its deck ids."""
    # One row per briefing and deck, folded here: no database's string aggregate needed.
    rows = db.rows(
        "SELECT b.id, b.at, b.cleared_at, d.deck_id FROM briefings AS b "
        "JOIN briefing_decks AS d ON d.briefing_id = b.id ORDER BY b.at, b.id, d.deck_id"
    )
    folded: dict[int, BriefingRow] = {}
    for briefing_id, at, cleared_at, deck_id in rows:
        kept = folded.get(briefing_id)
        decks = (deck_id,) if kept is None else (*kept.deck_ids, deck_id)
        folded[briefing_id] = BriefingRow(briefing_id, at, cleared_at, decks)
    return list(folded.values())
