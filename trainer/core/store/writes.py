"""The SQL of every write, run inside the transaction the store opens for it.

A review is one transaction: the review row and the card's new schedule. The running
tallies history reads (sessions, session_decks, card_tallies, tallies, confidence_tallies,
day_tallies), so that summaries cost the same with a million reviews as with ten, are added
by ``tally_review``: for a new answer, later, from its row (tally_fold.py folds the answers
saved since its mark before anything reads or changes a tally); for a correction, in its
own transaction, after the answers before it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer.core.store.compact import (
    CONFIDENCE_CODES,
    RATING_CODES,
    VERDICT_CODES,
    micros,
    stored_uid,
)
from trainer.core.store.confidence_tallies import sure_wrong_mark, update_confidence_tallies
from trainer.core.store.records import (
    NewReview,
    Recorded,
    SessionRef,
    StoreError,
    new_review_uid,
    to_db_time,
)
from trainer.core.store.undo import first_try_in_session

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduled


def record_review(
    db: sqlite3.Connection,
    session: SessionRef,
    review: NewReview,
    scheduled: Scheduled | None,
) -> Recorded:
    """Write one review and the card's new schedule when given. A new answer's tallies
    are folded in later (tally_fold.fold); a correction's are counted here, after those of
    the answers before it, since it changes what one of them counted."""
    session_id = session.id
    if session_id is None:
        session_id = insert_session(
            db, to_db_time(session.started_at), session.deck_ids, session.cram
        )
    previous = None
    if review.overrides is not None:
        previous = corrected_review(db, review.overrides)
        if previous is None:
            raise StoreError(f"there is no review {review.overrides} to correct")
        from trainer.core.store.tally_fold import fold, set_mark

        fold(db)
    # Each time as stored text once: formatting one costs more than any statement here.
    due = None if scheduled is None else to_db_time(scheduled.due)
    reviewed_at = to_db_time(review.reviewed_at)
    tags = json.dumps(list(review.tags))
    at = micros(review.reviewed_at)
    review_id = insert_review(
        db,
        uid=new_review_uid(),  # the review's stable key in every copy of the database
        session_id=session_id,
        card=card_number(db, review.deck_id, review.card_id, review.kind, tags),
        response=review.response,
        verdict=review.verdict,
        score=review.score,
        rating=review.rating,
        reviewed_at=at,
        elapsed_s=review.elapsed_s,
        hinted=review.hinted,
        cram=session.cram,
        overrides=review.overrides,
        due_after=None if scheduled is None or session.cram else micros(scheduled.due) - at,
        confidence=review.confidence,
    )
    if scheduled is not None:
        # A cram answer moves the card's memory (drilling raises readiness) but not its due
        # time; a card crammed before it was ever scheduled gets one.
        keep_due = "" if session.cram else "due = excluded.due, "
        db.execute(
            "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
            "last_review_at, stability) VALUES (?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (deck_id, card_id) DO UPDATE SET {keep_due}"
            "memory = excluded.memory, last_review_at = excluded.last_review_at, "
            "stability = excluded.stability",
            (
                review.deck_id,
                review.card_id,
                due,
                scheduled.memory,
                reviewed_at,
                reviewed_at,
                scheduled.stability,
            ),
        )
    if previous is not None:
        tally_review(db, session_id, review_id, review, reviewed_at, previous)
        set_mark(db, review_id)
    return Recorded(review_id=review_id, session_id=session_id)


def corrected_review(db: sqlite3.Connection, review_id: int) -> tuple[Any, ...] | None:
    """The verdict, score and confidence of the review a correction corrects."""
    row: tuple[Any, ...] | None = db.execute(
        "SELECT verdict, score, confidence FROM review_rows WHERE id = ?", (review_id,)
    ).fetchone()
    return row


def tally_review(
    db: sqlite3.Connection,
    session_id: int,
    review_id: int,
    review: NewReview,
    reviewed_at: str,
    previous: tuple[Any, ...] | None,
) -> None:
    """Add review ``review_id`` to every tally (``reviewed_at`` as stored text; ``previous``
    the corrected review's ``corrected_review`` for a correction), the tallies standing as
    they did right after the review before it."""
    first_try = first_try_in_session(
        db, session_id, review.deck_id, review.card_id, review.overrides or review_id
    )
    _update_tallies(db, session_id, review, reviewed_at, previous, first_try=first_try)
    update_confidence_tallies(db, review, previous)
    db.execute(
        "INSERT INTO day_tallies (day, deck_id, answered, correct) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, deck_id) DO UPDATE SET answered = answered + excluded.answered, "
        "correct = correct + excluded.correct",
        day_tally(reviewed_at, review),
    )


def card_number(db: sqlite3.Connection, deck_id: str, card_id: str, kind: str, tags: str) -> int:
    """The number of (deck, card, kind, tags) in review_cards, filed there the first time."""
    key = (deck_id, card_id, kind, tags)
    found = db.execute(
        "SELECT id FROM review_cards WHERE deck_id = ? AND card_id = ? AND kind = ? AND tags = ?",
        key,
    ).fetchone()
    if found is not None:
        return int(found[0])
    cursor = db.execute(
        "INSERT INTO review_cards (deck_id, card_id, kind, tags) VALUES (?, ?, ?, ?)", key
    )
    return int(cursor.lastrowid or 0)


def day_tally(reviewed_at: str, review: NewReview) -> tuple[str, str, int, int]:
    """The day tally one review row adds: (UTC day, deck, answered, correct). Every row counts
    once, as it is kept: a correction is not a second answer but its verdict counts, and an
    undo leaves the figures of the day as they were (the rows stay, marked)."""
    return (
        reviewed_at[:10],
        review.deck_id,
        int(review.overrides is None),
        int(review.verdict == "correct"),
    )


def add_briefing(
    db: sqlite3.Connection, at: datetime, created_at: datetime, deck_ids: Sequence[str]
) -> int:
    """Keep a briefing at ``at`` covering ``deck_ids``; returns its id."""
    cursor = db.execute(
        "INSERT INTO briefings (at, created_at) VALUES (?, ?)",
        (to_db_time(at), to_db_time(created_at)),
    )
    briefing_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO briefing_decks (briefing_id, deck_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(briefing_id, deck_id) for deck_id in deck_ids],
    )
    return briefing_id


def clear_briefings(
    db: sqlite3.Connection, after: datetime, cleared_at: datetime, deck_ids: Sequence[str]
) -> int:
    """Mark cleared the briefings still ahead of ``after`` (of ``deck_ids``, when given)."""
    decks = ""
    if deck_ids:
        marks = ", ".join("?" for _ in deck_ids)
        decks = f" AND id IN (SELECT briefing_id FROM briefing_decks WHERE deck_id IN ({marks}))"
    cursor = db.execute(
        "UPDATE briefings SET cleared_at = ? WHERE cleared_at IS NULL AND at > ?" + decks,
        (to_db_time(cleared_at), to_db_time(after), *deck_ids),
    )
    return cursor.rowcount


def insert_review(
    db: sqlite3.Connection,
    *,
    uid: str,
    session_id: int,
    card: int,
    response: str,
    verdict: str,
    score: float,
    rating: str,
    reviewed_at: int,
    elapsed_s: float | None,
    hinted: bool,
    cram: bool,
    overrides: int | None,
    due_after: int | None,
    confidence: str | None,
) -> int:
    """Add one review row as the compact table keeps it (codes for verdict, rating and
    confidence; ``reviewed_at`` in microseconds, ``due_after`` in microseconds after it);
    returns its id. Both an answer and ``trainer store copy`` write through here."""
    cursor = db.execute(
        "INSERT INTO reviews (session_id, card, response, verdict, score, rating, reviewed_at, "
        "elapsed_s, hinted, cram, overrides, due_after, confidence, uid) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            card,
            response,
            VERDICT_CODES[verdict],
            score,
            RATING_CODES[rating],
            reviewed_at,
            elapsed_s,
            int(hinted),
            int(cram),
            overrides,
            due_after,
            None if confidence is None else CONFIDENCE_CODES[confidence],
            stored_uid(uid),
        ),
    )
    return int(cursor.lastrowid or 0)


def insert_session(
    db: sqlite3.Connection, started_at: str, deck_ids: Sequence[str], cram: bool
) -> int:
    """Add a session (``started_at`` as stored text) and its decks; returns its id."""
    # Its reviews start at the id the next review gets (ids are the largest plus one, and
    # reviews are never deleted): the first-try rule reads from there (undo.py).
    cursor = db.execute(
        "INSERT INTO sessions (started_at, deck_ids, cram, reviews_from) "
        "VALUES (?, ?, ?, (SELECT coalesce(max(id), 0) + 1 FROM reviews))",
        (started_at, " ".join(deck_ids), int(cram)),
    )
    session_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO session_decks (deck_id, session_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(deck_id, session_id) for deck_id in deck_ids],
    )
    return session_id


def _update_tallies(
    db: sqlite3.Connection,
    session_id: int,
    review: NewReview,
    reviewed_at: str,
    previous: tuple[Any, ...] | None,
    *,
    first_try: bool,
) -> None:
    """Keep the running counts that history reads instead of scanning every review.

    A correction replaces the verdict it corrects, so counts reflect each answer's final word.
    The session's score counts only ``first_try`` answers (a card asked again after a miss
    is one more review, not one more answer of the session).
    """
    counts = {"correct": 0, "close": 0, "wrong": 0}
    counts[review.verdict] += 1
    answered, score = 1, review.score
    if previous is not None:
        old_verdict, old_score = previous[0], previous[1]
        counts[old_verdict] -= 1
        answered, score = 0, review.score - old_score
    reviews = answered
    if not first_try:
        answered, score = 0, 0.0
    db.execute(
        "UPDATE sessions SET answered = answered + ?, score_sum = score_sum + ?, "
        "last_review_at = ? WHERE id = ?",
        (answered, score, reviewed_at, session_id),
    )
    db.execute(
        "UPDATE session_decks SET answered = answered + ?, score_sum = score_sum + ? "
        "WHERE deck_id = ? AND session_id = ?",
        (answered, score, review.deck_id, session_id),
    )
    # A new answer sets the card's wrong-while-sure marks (the calibration's rule) in this
    # same statement; a correction leaves them to update_confidence_tallies.
    sure_wrong, last_mark = 0, "card_tallies.last_sure_wrong"
    if previous is None:
        sure_wrong, last_mark = sure_wrong_mark(review), "excluded.last_sure_wrong"
    db.execute(
        "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
        "last_response, last_reviewed_at, sure_wrong, last_sure_wrong) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (deck_id, card_id) DO UPDATE SET reviews = card_tallies.reviews + "
        "excluded.reviews, correct = card_tallies.correct + excluded.correct, "
        "close = card_tallies.close + excluded.close, "
        "wrong = card_tallies.wrong + excluded.wrong, last_response = excluded.last_response, "
        "last_reviewed_at = excluded.last_reviewed_at, "
        "sure_wrong = card_tallies.sure_wrong + excluded.sure_wrong, "
        f"last_sure_wrong = {last_mark}",
        (
            review.deck_id,
            review.card_id,
            reviews,
            counts["correct"],
            counts["close"],
            counts["wrong"],
            review.response,
            reviewed_at,
            sure_wrong,
            sure_wrong,
        ),
    )
    keys = [("kind", review.kind)] + [("tag", tag) for tag in dict.fromkeys(review.tags)]
    db.executemany(
        "INSERT INTO tallies (dimension, key, deck_id, reviews, correct, close, wrong) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dimension, key, deck_id) DO UPDATE SET "
        "reviews = tallies.reviews + excluded.reviews, "
        "correct = tallies.correct + excluded.correct, "
        "close = tallies.close + excluded.close, wrong = tallies.wrong + excluded.wrong",
        [
            (
                dimension,
                key,
                review.deck_id,
                reviews,
                counts["correct"],
                counts["close"],
                counts["wrong"],
            )
            for dimension, key in keys
        ],
    )
