"""Taking back one review inside the store's transaction: marks, tallies and the schedule.

Kept apart from writes.py: only an undo (and the first-try rule) needs it. The review rows
never change (they are append-only); the tallies are put back as they stood before the
review, sums recounted from the reviews that still count, in the order they were added, so a
float sum comes back bit for bit.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Literal

from trainer.core.errors import TrainerError
from trainer.core.store.confidence_tallies import add_to_calibration, tally_keys
from trainer.core.store.figures import session_figures
from trainer.core.store.records import to_db_time

if TYPE_CHECKING:
    from trainer.core.store.records import CardState

# A review counts unless it, or the review it corrects, is marked undone.
STILL_COUNTS = "id NOT IN (SELECT review_id FROM undone_reviews)"


def first_try_in_session(
    db: sqlite3.Connection, session_id: int, deck_id: str, card_id: str, review_id: int
) -> bool:
    """Whether ``review_id`` is its card's first answer in the session that still counts.

    A session's score is its first tries' (docs/data.md): a card missed and asked again
    adds a review, not a second answer to the score.
    """
    # Only the session's own stretch of the table is read, by id: it starts at the session's
    # ``reviews_from`` (none of its reviews has a smaller id) and ends before ``review_id``.
    earlier = db.execute(
        "SELECT 1 FROM reviews WHERE id >= (SELECT coalesce(reviews_from, 0) FROM sessions "
        "WHERE id = ?) AND id < ? AND session_id = ? AND overrides IS NULL "
        "AND card IN (SELECT id FROM review_cards WHERE deck_id = ? AND card_id = ?) "
        f"AND {STILL_COUNTS} LIMIT 1",
        (session_id, review_id, session_id, deck_id, card_id),
    ).fetchone()
    return earlier is None


def take_back(
    db: sqlite3.Connection,
    review_id: int,
    state_before: CardState | Literal[False] | None,
    undone_at: str,
) -> None:
    """Mark ``review_id`` and its corrections undone; put tallies and (unless
    ``state_before`` is False) the card's schedule back as they were before it."""
    review = db.execute(
        "SELECT session_id, deck_id, card_id, kind, tags, verdict, overrides, confidence "
        f"FROM review_rows WHERE id = ? AND {STILL_COUNTS}",
        (review_id,),
    ).fetchone()
    if review is None:
        raise TrainerError(f"there is no review {review_id} to take back")
    session_id, deck_id, card_id, kind, tags, verdict, overrides, confidence = review
    if overrides is not None:
        raise TrainerError(f"review {review_id} is a correction; take back its answer instead")
    corrections = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM reviews WHERE overrides = ? AND {STILL_COUNTS} ORDER BY id",
            (review_id,),
        )
    ]
    final_verdict = verdict
    if corrections:
        final_verdict = db.execute(
            "SELECT verdict FROM review_rows WHERE id = ?", (corrections[-1],)
        ).fetchone()[0]
    db.executemany(
        "INSERT INTO undone_reviews (review_id, undone_at) VALUES (?, ?)",
        [(marked, undone_at) for marked in (review_id, *corrections)],
    )
    _recount_session(db, session_id)
    # What the answer added to the card's wrong-while-sure count (confidence_tallies).
    sure_wrong = confidence == "sure" and final_verdict == "wrong"
    _put_back_card_tally(db, deck_id, card_id, final_verdict, sure_wrong)
    keys = [("kind", kind)] + [("tag", tag) for tag in dict.fromkeys(json.loads(tags))]
    for dimension, key in keys:
        db.execute(
            f"UPDATE tallies SET reviews = reviews - 1, {final_verdict} = {final_verdict} - 1 "
            "WHERE dimension = ? AND key = ? AND deck_id = ?",
            (dimension, key, deck_id),
        )
    # A tally with no review left was made by this one: gone, as before it.
    db.execute("DELETE FROM tallies WHERE deck_id = ? AND reviews <= 0", (deck_id,))
    if confidence is not None:
        add_to_calibration(
            db,
            deck_id,
            tally_keys(deck_id, kind, json.loads(tags)),
            confidence,
            -1,
            -int(final_verdict != "wrong"),
        )
    if state_before is False:
        return
    if state_before is None:
        db.execute("DELETE FROM card_states WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
        return
    db.execute(
        "INSERT OR REPLACE INTO card_states (deck_id, card_id, due, memory, introduced_at, "
        "last_review_at, stability) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            deck_id,
            card_id,
            to_db_time(state_before.due),
            state_before.memory,
            to_db_time(state_before.introduced_at),
            to_db_time(state_before.last_review_at),
            state_before.stability,
        ),
    )


def _recount_session(db: sqlite3.Connection, session_id: int) -> None:
    """The session's (and each of its decks') answers and score sum from what still counts.

    Added up in review order as the store adds them as answers come (a correction adds the
    difference it makes), so the sum is the one the session had before the review.
    """
    # The session's reviews from its ``reviews_from`` on, by id (no index by session).
    rows = db.execute(
        "SELECT r.id, r.deck_id, r.card_id, r.overrides, r.score, o.score, r.reviewed_at "
        "FROM review_rows AS r LEFT JOIN reviews AS o ON o.id = r.overrides "
        "WHERE r.id >= (SELECT coalesce(reviews_from, 0) FROM sessions WHERE id = ?) "
        f"AND r.session_id = ? AND r.{STILL_COUNTS} ORDER BY r.id",
        (session_id, session_id),
    ).fetchall()
    answered, score_sum, last_review_at, per_deck = session_figures(rows)
    db.execute(
        "UPDATE sessions SET answered = ?, score_sum = ?, last_review_at = ? WHERE id = ?",
        (answered, score_sum, last_review_at, session_id),
    )
    db.execute(
        "UPDATE session_decks SET answered = 0, score_sum = 0 WHERE session_id = ?", (session_id,)
    )
    db.executemany(
        "UPDATE session_decks SET answered = ?, score_sum = ? WHERE session_id = ? AND deck_id = ?",
        [(count, total, session_id, deck_id) for deck_id, (count, total) in per_deck.items()],
    )


def _put_back_card_tally(
    db: sqlite3.Connection,
    deck_id: str,
    card_id: str,
    final_verdict: str,
    sure_wrong: bool,
) -> None:
    """One answer fewer for the card (its final verdict ``final_verdict``, wrong while sure
    or not): its last response and time from the last review that still counts, and whether
    its last answer that still counts was wrong while sure.

    With no index by card (schema 10) the card's reviews are searched newest first, by id,
    stopping at the first that counts: as far back as the card's previous review. A card
    with no answer left (a first answer taken back) is not searched at all."""
    tally = db.execute(
        "SELECT reviews FROM card_tallies WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
    ).fetchone()
    if tally is None or tally[0] <= 1:
        db.execute("DELETE FROM card_tallies WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
        return
    cards = "card IN (SELECT id FROM review_cards WHERE deck_id = ? AND card_id = ?)"
    latest = db.execute(
        "SELECT response, reviewed_at FROM review_rows WHERE id = (SELECT id FROM reviews "
        f"WHERE {cards} AND {STILL_COUNTS} ORDER BY id DESC LIMIT 1)",
        (deck_id, card_id),
    ).fetchone()
    answer = db.execute(
        "SELECT id, verdict, confidence FROM reviews "
        f"WHERE {cards} AND overrides IS NULL AND {STILL_COUNTS} ORDER BY id DESC LIMIT 1",
        (deck_id, card_id),
    ).fetchone()
    if latest is None or answer is None:  # the tally counted answers no longer kept
        db.execute("DELETE FROM card_tallies WHERE deck_id = ? AND card_id = ?", (deck_id, card_id))
        return
    answer_id, verdict, confidence = answer
    corrected = db.execute(
        f"SELECT verdict FROM reviews WHERE overrides = ? AND {STILL_COUNTS} "
        "ORDER BY id DESC LIMIT 1",
        (answer_id,),
    ).fetchone()
    if corrected is not None:
        verdict = corrected[0]
    # Codes of the compact table: confidence 0 is sure, verdict 2 wrong.
    last_sure_wrong = int(confidence == 0 and verdict == 2)
    db.execute(
        f"UPDATE card_tallies SET reviews = reviews - 1, {final_verdict} = {final_verdict} - 1, "
        "last_response = ?, last_reviewed_at = ?, sure_wrong = sure_wrong - ?, "
        "last_sure_wrong = ? WHERE deck_id = ? AND card_id = ?",
        (latest[0], latest[1], int(sure_wrong), last_sure_wrong, deck_id, card_id),
    )
