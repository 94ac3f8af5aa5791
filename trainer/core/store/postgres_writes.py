"""The SQL of every write on the team server, run inside the transaction the store opens.

The same steps as writes.py, undo.py and confidence_tallies.py do on SQLite, in
PostgreSQL's words (``%s`` parameters, ``RETURNING id``, booleans, ``"right"`` quoted). The
``analyst`` column is never written: its default, ``current_user``, is the analyst, and the
server's policies refuse any other value. Two machines of one analyst meet on the primary
keys of card_states and the tallies (``INSERT ... ON CONFLICT``), as two local trainers do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from trainer.core.errors import TrainerError
from trainer.core.store.confidence_tallies import tally_keys
from trainer.core.store.figures import session_figures
from trainer.core.store.records import (
    NewReview,
    Recorded,
    SessionRef,
    StoreError,
    new_review_uid,
    to_db_time,
)
from trainer.core.store.writes import day_tally

if TYPE_CHECKING:
    import psycopg

    from trainer.core.scheduler import Scheduled
    from trainer.core.store.records import CardState

    Connection = psycopg.Connection[tuple[Any, ...]]

OWN: Final = "analyst = current_user"
STILL_COUNTS: Final = f"id NOT IN (SELECT review_id FROM undone_reviews WHERE {OWN})"


def _one(conn: Connection, sql: str, parameters: Sequence[object] = ()) -> Any:
    return conn.execute(sql, parameters).fetchone()


def record_review(
    conn: Connection, session: SessionRef, review: NewReview, scheduled: Scheduled | None
) -> Recorded:
    """Write one review, the card's new schedule when given, and the tallies."""
    session_id = session.id
    if session_id is None:
        session_id = _insert_session(conn, session)
    previous = None
    if review.overrides is not None:
        previous = _one(
            conn,
            f"SELECT verdict, score, confidence FROM reviews WHERE {OWN} AND id = %s",
            [review.overrides],
        )
        if previous is None:
            raise StoreError(f"there is no review {review.overrides} to correct")
    due_after = None if scheduled is None or session.cram else scheduled.due
    review_id = int(
        _one(
            conn,
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, elapsed_s, hinted, cram, overrides, due_after, "
            "confidence, uid) VALUES "
            "(%s, %s, %s, %s, %s::jsonb, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::uuid) "
            "RETURNING id",
            [
                session_id,
                review.deck_id,
                review.card_id,
                review.kind,
                json.dumps(list(review.tags)),
                review.response,
                review.verdict,
                review.score,
                review.rating,
                review.reviewed_at,
                review.elapsed_s,
                review.hinted,
                session.cram,
                review.overrides,
                due_after,
                review.confidence,
                new_review_uid(),
            ],
        )[0]
    )
    if scheduled is not None:
        # A cram answer moves the card's memory but not its due time (as on SQLite).
        keep_due = "" if session.cram else "due = excluded.due, "
        conn.execute(
            "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
            "last_review_at, stability) VALUES (%s, %s, %s, %s::jsonb, %s, %s, %s) "
            f"ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET {keep_due}"
            "memory = excluded.memory, last_review_at = excluded.last_review_at, "
            "stability = excluded.stability",
            [
                review.deck_id,
                review.card_id,
                scheduled.due,
                scheduled.memory,
                review.reviewed_at,
                review.reviewed_at,
                scheduled.stability,
            ],
        )
    first_try = _first_try_in_session(
        conn, session_id, review.deck_id, review.card_id, review.overrides or review_id
    )
    _update_tallies(conn, session_id, review, previous, first_try=first_try)
    _update_confidence_tallies(conn, review, previous)
    conn.execute(
        "INSERT INTO day_tallies (day, deck_id, answered, correct) VALUES (%s::date, %s, %s, %s) "
        "ON CONFLICT (analyst, day, deck_id) DO UPDATE SET "
        "answered = day_tallies.answered + excluded.answered, "
        "correct = day_tallies.correct + excluded.correct",
        day_tally(to_db_time(review.reviewed_at), review),
    )
    return Recorded(review_id=review_id, session_id=session_id)


def _insert_session(conn: Connection, session: SessionRef) -> int:
    session_id = int(
        _one(
            conn,
            "INSERT INTO sessions (started_at, deck_ids, cram) VALUES (%s, %s, %s) RETURNING id",
            [session.started_at, " ".join(session.deck_ids), session.cram],
        )[0]
    )
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO session_decks (deck_id, session_id) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING",
            [(deck_id, session_id) for deck_id in dict.fromkeys(session.deck_ids)],
        )
    return session_id


def _first_try_in_session(
    conn: Connection, session_id: int, deck_id: str, card_id: str, review_id: int
) -> bool:
    earlier = _one(
        conn,
        f"SELECT 1 FROM reviews WHERE {OWN} AND deck_id = %s AND card_id = %s "
        f"AND session_id = %s AND overrides IS NULL AND id < %s AND {STILL_COUNTS} LIMIT 1",
        [deck_id, card_id, session_id, review_id],
    )
    return earlier is None


def _update_tallies(
    conn: Connection,
    session_id: int,
    review: NewReview,
    previous: tuple[Any, ...] | None,
    *,
    first_try: bool,
) -> None:
    """The running counts history reads (the rules are writes.py's, said there)."""
    counts = {"correct": 0, "close": 0, "wrong": 0}
    counts[review.verdict] += 1
    answered, score = 1, review.score
    if previous is not None:
        counts[previous[0]] -= 1
        answered, score = 0, review.score - previous[1]
    reviews = answered
    if not first_try:
        answered, score = 0, 0.0
    conn.execute(
        "UPDATE sessions SET answered = answered + %s, score_sum = score_sum + %s, "
        f"last_review_at = %s WHERE {OWN} AND id = %s",
        [answered, score, review.reviewed_at, session_id],
    )
    conn.execute(
        "UPDATE session_decks SET answered = answered + %s, score_sum = score_sum + %s "
        f"WHERE {OWN} AND deck_id = %s AND session_id = %s",
        [answered, score, review.deck_id, session_id],
    )
    conn.execute(
        "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
        "last_response, last_reviewed_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
        "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET "
        "reviews = card_tallies.reviews + excluded.reviews, "
        "correct = card_tallies.correct + excluded.correct, "
        "close = card_tallies.close + excluded.close, "
        "wrong = card_tallies.wrong + excluded.wrong, last_response = excluded.last_response, "
        "last_reviewed_at = excluded.last_reviewed_at",
        [
            review.deck_id,
            review.card_id,
            reviews,
            counts["correct"],
            counts["close"],
            counts["wrong"],
            review.response,
            review.reviewed_at,
        ],
    )
    keys = [("kind", review.kind)] + [("tag", tag) for tag in dict.fromkeys(review.tags)]
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO tallies (dimension, key, deck_id, reviews, correct, close, wrong) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (analyst, dimension, key, deck_id) DO UPDATE SET "
            "reviews = tallies.reviews + excluded.reviews, "
            "correct = tallies.correct + excluded.correct, "
            "close = tallies.close + excluded.close, wrong = tallies.wrong + excluded.wrong",
            [
                (dimension, key, review.deck_id, reviews, *counts.values())
                for dimension, key in keys
            ],
        )


def _add_to_calibration(
    conn: Connection,
    deck_id: str,
    keys: list[tuple[str, str]],
    confidence: str,
    answers: int,
    right: int,
) -> None:
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO confidence_tallies "
            '(dimension, key, deck_id, confidence, answers, "right") '
            "VALUES (%s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (analyst, dimension, key, deck_id, confidence) DO UPDATE "
            "SET answers = confidence_tallies.answers + excluded.answers, "
            '"right" = confidence_tallies."right" + excluded."right"',
            [(dimension, key, deck_id, confidence, answers, right) for dimension, key in keys],
        )
    if answers < 0:
        conn.execute(
            f"DELETE FROM confidence_tallies WHERE {OWN} AND deck_id = %s AND answers <= 0",
            [deck_id],
        )


def _update_confidence_tallies(
    conn: Connection, review: NewReview, previous: Sequence[object] | None
) -> None:
    """As confidence_tallies.update_confidence_tallies on SQLite."""
    keys = tally_keys(review.deck_id, review.kind, review.tags)
    if previous is None:
        sure_wrong = review.confidence == "sure" and review.verdict == "wrong"
        if review.confidence is not None:
            _add_to_calibration(
                conn, review.deck_id, keys, review.confidence, 1, int(review.verdict != "wrong")
            )
        conn.execute(
            "UPDATE card_tallies SET sure_wrong = sure_wrong + %s, last_sure_wrong = %s "
            f"WHERE {OWN} AND deck_id = %s AND card_id = %s",
            [int(sure_wrong), sure_wrong, review.deck_id, review.card_id],
        )
        return
    old_verdict, confidence = previous[0], previous[2]
    now_right = int(review.verdict != "wrong") - int(old_verdict != "wrong")
    if confidence is not None and now_right:
        _add_to_calibration(conn, review.deck_id, keys, str(confidence), 0, now_right)
    if confidence == "sure" and old_verdict == "wrong" and review.verdict != "wrong":
        conn.execute(
            "UPDATE card_tallies SET sure_wrong = sure_wrong - 1, last_sure_wrong = false "
            f"WHERE {OWN} AND deck_id = %s AND card_id = %s",
            [review.deck_id, review.card_id],
        )


# -- briefings --------------------------------------------------------------------------------


def add_briefing(
    conn: Connection, at: datetime, created_at: datetime, deck_ids: Sequence[str]
) -> int:
    briefing_id = int(
        _one(
            conn,
            "INSERT INTO briefings (at, created_at) VALUES (%s, %s) RETURNING id",
            [at, created_at],
        )[0]
    )
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO briefing_decks (briefing_id, deck_id) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING",
            [(briefing_id, deck_id) for deck_id in deck_ids],
        )
    return briefing_id


def clear_briefings(
    conn: Connection, after: datetime, cleared_at: datetime, deck_ids: Sequence[str]
) -> int:
    """Mark cleared the analyst's briefings ahead of ``after`` (of ``deck_ids``), and the
    team briefings of the teams they lead (a member's policy lets them change none)."""
    own_decks = team_decks = ""
    parameters: list[object] = [cleared_at, after]
    if deck_ids:
        own_decks = (
            f" AND id IN (SELECT briefing_id FROM briefing_decks WHERE {OWN} AND deck_id = ANY(%s))"
        )
        team_decks = (
            " AND id IN (SELECT team_briefing_id FROM team_briefing_decks WHERE deck_id = ANY(%s))"
        )
        parameters.append(list(deck_ids))
    own = conn.execute(
        f"UPDATE briefings SET cleared_at = %s WHERE {OWN} AND cleared_at IS NULL AND at > %s"
        + own_decks,
        parameters,
    ).rowcount
    team = conn.execute(
        "UPDATE team_briefings SET cleared_at = %s WHERE cleared_at IS NULL AND at > %s "
        "AND trainer.is_member(team, true)" + team_decks,
        parameters,
    ).rowcount
    return own + team


# -- undo -------------------------------------------------------------------------------------


def take_back(
    conn: Connection,
    review_id: int,
    state_before: CardState | Literal[False] | None,
    undone_at: datetime,
) -> None:
    """As undo.take_back on SQLite: mark the review and its corrections undone, put the
    tallies and (unless ``state_before`` is False) the card's schedule back."""
    review = _one(
        conn,
        "SELECT session_id, deck_id, card_id, kind, tags::text, verdict, overrides, confidence "
        f"FROM reviews WHERE {OWN} AND id = %s AND {STILL_COUNTS}",
        [review_id],
    )
    if review is None:
        raise TrainerError(f"there is no review {review_id} to take back")
    session_id, deck_id, card_id, kind, tags, verdict, overrides, confidence = review
    if overrides is not None:
        raise TrainerError(f"review {review_id} is a correction; take back its answer instead")
    corrections = [
        row[0]
        for row in conn.execute(
            f"SELECT id, verdict FROM reviews WHERE {OWN} AND overrides = %s AND {STILL_COUNTS} "
            "ORDER BY id",
            [review_id],
        ).fetchall()
    ]
    final_verdict = verdict
    if corrections:
        final_verdict = _one(
            conn, f"SELECT verdict FROM reviews WHERE {OWN} AND id = %s", [corrections[-1]]
        )[0]
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO undone_reviews (review_id, undone_at) VALUES (%s, %s)",
            [(marked, undone_at) for marked in (review_id, *corrections)],
        )
    _recount_session(conn, session_id)
    _put_back_card_tally(conn, deck_id, card_id, final_verdict)
    tag_list = json.loads(tags)
    keys = [("kind", kind)] + [("tag", tag) for tag in dict.fromkeys(tag_list)]
    for dimension, key in keys:
        conn.execute(
            f"UPDATE tallies SET reviews = reviews - 1, {final_verdict} = {final_verdict} - 1 "
            f"WHERE {OWN} AND dimension = %s AND key = %s AND deck_id = %s",
            [dimension, key, deck_id],
        )
    conn.execute(f"DELETE FROM tallies WHERE {OWN} AND deck_id = %s AND reviews <= 0", [deck_id])
    if confidence is not None:
        _add_to_calibration(
            conn,
            deck_id,
            tally_keys(deck_id, kind, tag_list),
            confidence,
            -1,
            -int(final_verdict != "wrong"),
        )
    _recount_card(conn, deck_id, card_id)
    if state_before is False:
        return
    if state_before is None:
        conn.execute(
            f"DELETE FROM card_states WHERE {OWN} AND deck_id = %s AND card_id = %s",
            [deck_id, card_id],
        )
        return
    conn.execute(
        "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
        "last_review_at, stability) VALUES (%s, %s, %s, %s::jsonb, %s, %s, %s) "
        "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET due = excluded.due, "
        "memory = excluded.memory, introduced_at = excluded.introduced_at, "
        "last_review_at = excluded.last_review_at, stability = excluded.stability",
        [
            deck_id,
            card_id,
            state_before.due,
            state_before.memory,
            state_before.introduced_at,
            state_before.last_review_at,
            state_before.stability,
        ],
    )


def _recount_session(conn: Connection, session_id: int) -> None:
    """The session's figures from the reviews that still count, by the one rule
    (figures.session_figures) that SQLite's undo uses too."""
    rows = conn.execute(
        "SELECT r.id, r.deck_id, r.card_id, r.overrides, r.score, o.score, r.reviewed_at "
        "FROM reviews AS r LEFT JOIN reviews AS o ON o.analyst = r.analyst AND o.id = r.overrides "
        f"WHERE r.analyst = current_user AND r.session_id = %s AND r.{STILL_COUNTS} "
        "ORDER BY r.id",
        [session_id],
    ).fetchall()
    answered, score_sum, last_review_at, per_deck = session_figures(rows)
    conn.execute(
        "UPDATE sessions SET answered = %s, score_sum = %s, last_review_at = %s "
        f"WHERE {OWN} AND id = %s",
        [answered, score_sum, last_review_at, session_id],
    )
    conn.execute(
        f"UPDATE session_decks SET answered = 0, score_sum = 0 WHERE {OWN} AND session_id = %s",
        [session_id],
    )
    with conn.cursor() as cursor:
        cursor.executemany(
            "UPDATE session_decks SET answered = %s, score_sum = %s "
            f"WHERE {OWN} AND session_id = %s AND deck_id = %s",
            [(n, total, session_id, deck_id) for deck_id, (n, total) in per_deck.items()],
        )


def _put_back_card_tally(conn: Connection, deck_id: str, card_id: str, final_verdict: str) -> None:
    latest = _one(
        conn,
        f"SELECT response, reviewed_at FROM reviews WHERE {OWN} AND deck_id = %s "
        f"AND card_id = %s AND {STILL_COUNTS} ORDER BY id DESC LIMIT 1",
        [deck_id, card_id],
    )
    if latest is None:
        conn.execute(
            f"DELETE FROM card_tallies WHERE {OWN} AND deck_id = %s AND card_id = %s",
            [deck_id, card_id],
        )
        return
    conn.execute(
        f"UPDATE card_tallies SET reviews = reviews - 1, {final_verdict} = {final_verdict} - 1, "
        f"last_response = %s, last_reviewed_at = %s WHERE {OWN} AND deck_id = %s AND card_id = %s",
        [latest[0], latest[1], deck_id, card_id],
    )


def _recount_card(conn: Connection, deck_id: str, card_id: str) -> None:
    rows = conn.execute(
        "SELECT r.confidence = 'sure' AND coalesce(o.verdict, r.verdict) = 'wrong' "
        "FROM reviews AS r LEFT JOIN reviews AS o ON o.analyst = r.analyst "
        f"AND o.overrides = r.id AND o.{STILL_COUNTS} "
        "WHERE r.analyst = current_user AND r.deck_id = %s AND r.card_id = %s "
        f"AND r.overrides IS NULL AND r.{STILL_COUNTS} ORDER BY r.id",
        [deck_id, card_id],
    ).fetchall()
    flags = [bool(row[0]) for row in rows]
    conn.execute(
        "UPDATE card_tallies SET sure_wrong = %s, last_sure_wrong = %s "
        f"WHERE {OWN} AND deck_id = %s AND card_id = %s",
        [sum(flags), flags[-1] if flags else False, deck_id, card_id],
    )
