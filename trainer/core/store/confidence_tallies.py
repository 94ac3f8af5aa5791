"""The running counts calibration reads, kept in the transaction of each review.

Like the verdict tallies beside them (writes.py), they make calibration cost the same with a
million reviews as with ten: per deck, kind and tag, answers and right ones at each stated
confidence (close counts as right); per card, how often it was answered wrong while sure
and whether its last answer was. A correction ("I was right") makes its answer right; an
undo (undo.py) takes an answer back out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.store.records import NewReview


def tally_keys(deck_id: str, kind: str, tags: Sequence[str]) -> list[tuple[str, str]]:
    """(dimension, key) pairs an answer counts under."""
    return [("deck", deck_id), ("kind", kind), *(("tag", tag) for tag in dict.fromkeys(tags))]


def add_to_calibration(
    db: sqlite3.Connection,
    deck_id: str,
    keys: list[tuple[str, str]],
    confidence: str,
    answers: int,
    right: int,
) -> None:
    """Add ``answers`` and ``right`` (either may be negative) under each key."""
    db.executemany(
        "INSERT INTO confidence_tallies (dimension, key, deck_id, confidence, answers, right) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dimension, key, deck_id, confidence) DO UPDATE "
        "SET answers = confidence_tallies.answers + excluded.answers, "
        "right = confidence_tallies.right + excluded.right",
        [(dimension, key, deck_id, confidence, answers, right) for dimension, key in keys],
    )
    if answers < 0:
        # A count with no answer left was made by the answer taken back: gone, as before it.
        db.execute("DELETE FROM confidence_tallies WHERE deck_id = ? AND answers <= 0", (deck_id,))


def sure_wrong_mark(review: NewReview) -> int:
    """1 when a new answer was wrong while sure, else 0: what it adds to its card's count of
    such answers, and the card's mark that its last answer was one. The store sets both
    with the card's tally (writes.py), in the statement that counts the answer there."""
    return int(review.confidence == "sure" and review.verdict == "wrong")


def update_confidence_tallies(
    db: sqlite3.Connection, review: NewReview, previous: Sequence[object] | None
) -> None:
    """Count a new answer, or a correction (``previous``: the corrected review's verdict,
    score and confidence). A new answer's wrong-while-sure marks are set with its card's
    tally (``sure_wrong_mark``); a correction's change to them is made here."""
    if previous is None:
        if review.confidence is not None:
            keys = tally_keys(review.deck_id, review.kind, review.tags)
            add_to_calibration(
                db, review.deck_id, keys, review.confidence, 1, int(review.verdict != "wrong")
            )
        return
    old_verdict, _old_score, confidence = previous[0], previous[1], previous[2]
    now_right = int(review.verdict != "wrong") - int(old_verdict != "wrong")
    if confidence is not None and now_right:
        keys = tally_keys(review.deck_id, review.kind, review.tags)
        add_to_calibration(db, review.deck_id, keys, str(confidence), 0, now_right)
    if confidence == "sure" and old_verdict == "wrong" and review.verdict != "wrong":
        # Corrected, it no longer counts as wrong while sure; if it was the card's last
        # answer (as a correction always is in practice), the card is off the list.
        db.execute(
            "UPDATE card_tallies SET sure_wrong = sure_wrong - 1, last_sure_wrong = 0 "
            "WHERE deck_id = ? AND card_id = ?",
            (review.deck_id, review.card_id),
        )
