"""Answers written on the server as an analyst's own role: a session, the review and the
card's schedule from the real scheduler, as the store writes them (one transaction)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from conftest import ServerDatabase

from trainer.core.scheduler import Scheduled, Scheduler


def answer_as(
    db: ServerDatabase,
    analyst: str,
    deck_id: str,
    answers: list[tuple[str, str, datetime]],
    scheduler: Scheduler,
) -> dict[str, Scheduled]:
    """``answers`` (card id, rating, when) in one session as ``analyst``; each card's new
    schedule by card id."""
    states: dict[str, Scheduled] = {}
    with db.connect_as(analyst) as conn, conn.transaction():
        row = conn.execute(
            "INSERT INTO trainer.sessions (started_at, deck_ids) VALUES (%s, %s) RETURNING id",
            (answers[0][2], deck_id),
        ).fetchone()
        assert row is not None
        for card_id, rating, when in answers:
            memory = states[card_id].memory if card_id in states else None
            scheduled = scheduler.review(memory, rating, when)  # type: ignore[arg-type]
            states[card_id] = scheduled
            verdict = "wrong" if rating == "again" else "correct"
            conn.execute(
                "INSERT INTO trainer.reviews (uid, session_id, deck_id, card_id, kind, tags, "
                "response, verdict, score, rating, reviewed_at, due_after) "
                "VALUES (%s, %s, %s, %s, 'text', '[]', 'x', %s, %s, %s, %s, %s)",
                (
                    uuid.uuid4(),
                    row[0],
                    deck_id,
                    card_id,
                    verdict,
                    1.0 if verdict == "correct" else 0.0,
                    rating,
                    when,
                    scheduled.due,
                ),
            )
            conn.execute(
                "INSERT INTO trainer.card_states (deck_id, card_id, due, memory, introduced_at, "
                "last_review_at, stability) VALUES (%s, %s, %s, %s, %s, %s, %s) "
                "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET due = excluded.due, "
                "memory = excluded.memory, last_review_at = excluded.last_review_at, "
                "stability = excluded.stability",
                (
                    deck_id,
                    card_id,
                    scheduled.due,
                    json.dumps(json.loads(scheduled.memory)),
                    when,
                    when,
                    scheduled.stability,
                ),
            )
    return states
