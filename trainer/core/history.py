"""Score history and statistics, read from the store.

Summaries come from the running tallies the store keeps with every review (sessions,
card_tallies, tallies), so they cost the same with a million reviews as with ten; only
``reviews`` walks the review rows, and it streams them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from trainer.core.clock import as_utc, start_of_day
from trainer.core.deck import Deck
from trainer.core.store import Store, from_db_time, to_db_time

Dimension = Literal["deck", "tag", "kind"]


@dataclass(frozen=True, slots=True)
class DeckStatus:
    """A deck at a glance: its size, what is due, what is new, its score when last reviewed."""

    deck_id: str
    cards: int
    due: int
    new: int
    last_score: float | None


@dataclass(frozen=True, slots=True)
class SessionScore:
    """One past session's score."""

    started_at: datetime
    deck_ids: tuple[str, ...]
    answered: int
    score: float
    cram: bool = False


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Final verdicts for one deck, tag or kind; ``rate`` is the share graded correct."""

    key: str
    reviews: int
    correct: int
    close: int
    wrong: int
    rate: float


@dataclass(frozen=True, slots=True)
class WeakCard:
    """A card often missed; ``rate`` is its share of answers graded correct."""

    deck_id: str
    card_id: str
    reviews: int
    wrong: int
    rate: float
    last_response: str


@dataclass(frozen=True, slots=True)
class DueDay:
    """How many reviews fall due on one UTC day (overdue ones count on the first day)."""

    day: date
    count: int


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """One saved answer, as ``trainer history`` lists it."""

    deck: str
    card: str
    response: str
    verdict: str
    score: float
    rating: str
    reviewed_at: datetime
    overridden: bool
    elapsed_s: float | None
    kind: str = "text"
    tags: tuple[str, ...] = ()
    hinted: bool = False
    cram: bool = False
    session: int = 0
    id: int = 0
    confidence: str | None = None  # None for reviews kept before confidence was asked


def deck_statuses(store: Store, decks: Sequence[Deck], now: datetime) -> list[DeckStatus]:
    """Cards, due, new and the last score (``last_deck_score``) of each deck, in order."""
    moment = to_db_time(now)
    statuses = []
    for deck in decks:
        # The card index: a deck from the cache answers it without building a card.
        card_ids = set(deck.card_index().ids)
        # Cards removed from the deck keep their rows but no longer count.
        rows = store.read(
            "SELECT card_id, due <= ? AS is_due FROM card_states WHERE deck_id = ?",
            (moment, deck.id),
        )
        seen = {row["card_id"]: bool(row["is_due"]) for row in rows if row["card_id"] in card_ids}
        statuses.append(
            DeckStatus(
                deck_id=deck.id,
                cards=len(card_ids),
                due=sum(seen.values()),
                new=len(card_ids) - len(seen),
                last_score=last_deck_score(store, deck.id),
            )
        )
    return statuses


def last_deck_score(store: Store, deck_id: str) -> float | None:
    """The deck's own score in the last session that reviewed it; None if none ever did.

    Only the deck's reviews count: a session over several decks scores each deck apart, and
    a deck it listed but never reached keeps the score of its own last session. As in a
    session's score, a correction replaces the score of the answer it corrects.
    """
    # Sessions are numbered as they start: the deck's newest comes first in its key's order.
    row = store.read(
        "SELECT score_sum, answered FROM session_decks WHERE deck_id = ? AND answered > 0 "
        "ORDER BY session_id DESC LIMIT 1",
        (deck_id,),
    )
    if not row:
        return None
    score_sum, answered = row[0]
    return float(score_sum) / int(answered)


def session_scores(
    store: Store,
    deck_id: str | None = None,
    since: datetime | None = None,
    latest: int | None = None,
) -> list[SessionScore]:
    """Each session with at least one answer, oldest first; only the ``latest`` few if given.

    Years of use make a hundred thousand sessions: a screen that shows a few asks for those
    (``latest``), and the score chart reads ``score_trend.score_trend`` instead.
    """
    sql = "SELECT s.started_at, s.deck_ids, s.answered, s.score_sum, s.cram FROM sessions AS s"
    where: list[str] = ["s.answered > 0"]
    parameters: list[object] = []
    if deck_id is not None:
        # The deck's own answers and score in each session, not the whole session's.
        sql = (
            "SELECT s.started_at, s.deck_ids, d.answered, d.score_sum, s.cram "
            "FROM sessions AS s JOIN session_decks AS d ON d.session_id = s.id"
        )
        where = ["d.answered > 0", "d.deck_id = ?"]
        parameters.append(deck_id)
    if since is not None:
        where.append("s.started_at >= ?")
        parameters.append(to_db_time(since))
    sql += " WHERE " + " AND ".join(where)
    if latest is not None:
        # Newest first from the index on start times, read back oldest first.
        sql += " ORDER BY s.started_at DESC, s.id DESC LIMIT ?"
        parameters.append(latest)
        rows = store.rows(sql, parameters)[::-1]
    else:
        rows = store.rows(sql + " ORDER BY s.started_at, s.id", parameters)
    # Plain rows: years of use make tens of thousands of sessions.
    return [
        SessionScore(
            started_at=from_db_time(started_at),
            deck_ids=tuple(deck_ids.split()),
            answered=int(answered),
            score=float(score_sum) / int(answered),
            cram=bool(cram),
        )
        for started_at, deck_ids, answered, score_sum, cram in rows
    ]


def accuracy_by(store: Store, dimension: Dimension, deck_id: str | None = None) -> list[Accuracy]:
    """Final verdict counts grouped by deck, tag or kind, most reviewed first."""
    if dimension == "deck":
        sql = (
            "SELECT deck_id AS key, sum(reviews) AS reviews, sum(correct) AS correct, "
            "sum(close) AS close, sum(wrong) AS wrong FROM card_tallies"
        )
        parameters: list[object] = []
    elif dimension in ("tag", "kind"):
        sql = (
            "SELECT key, sum(reviews) AS reviews, sum(correct) AS correct, "
            "sum(close) AS close, sum(wrong) AS wrong FROM tallies WHERE dimension = ?"
        )
        parameters = [dimension]
    else:
        raise ValueError(f"cannot group accuracy by {dimension!r}")
    if deck_id is not None:
        sql += " AND deck_id = ?" if parameters else " WHERE deck_id = ?"
        parameters.append(deck_id)
    sql += " GROUP BY key HAVING sum(reviews) > 0 ORDER BY sum(reviews) DESC, key"
    return [
        Accuracy(
            key=row["key"],
            reviews=int(row["reviews"]),
            correct=int(row["correct"]),
            close=int(row["close"]),
            wrong=int(row["wrong"]),
            rate=int(row["correct"]) / int(row["reviews"]),
        )
        for row in store.read(sql, parameters)
    ]


def weakest_cards(store: Store, deck_id: str | None = None, limit: int = 10) -> list[WeakCard]:
    """Cards with the lowest share of correct answers (only cards missed at least once)."""
    sql = (
        "SELECT deck_id, card_id, reviews, wrong, correct, last_response FROM card_tallies "
        "WHERE reviews > 0 AND correct < reviews"
    )
    parameters: list[object] = []
    if deck_id is not None:
        sql += " AND deck_id = ?"
        parameters.append(deck_id)
    sql += (
        " ORDER BY CAST(correct AS REAL) / reviews, wrong DESC, reviews DESC, "
        "last_reviewed_at DESC, deck_id, card_id LIMIT ?"
    )
    parameters.append(limit)
    return [
        WeakCard(
            deck_id=row["deck_id"],
            card_id=row["card_id"],
            reviews=int(row["reviews"]),
            wrong=int(row["wrong"]),
            rate=int(row["correct"]) / int(row["reviews"]),
            last_response=row["last_response"],
        )
        for row in store.read(sql, parameters)
    ]


def due_forecast(
    store: Store, now: datetime, days: int = 14, deck_id: str | None = None
) -> list[DueDay]:
    """Reviews due on each of the next ``days`` UTC days, today first, overdue ones included."""
    today = start_of_day(now)
    end = today + timedelta(days=days)
    sql = "SELECT max(date(due), ?) AS day, count(*) AS count FROM card_states WHERE due < ?"
    parameters: list[object] = [today.date().isoformat(), to_db_time(end)]
    if deck_id is not None:
        sql += " AND deck_id = ?"
        parameters.append(deck_id)
    sql += " GROUP BY 1"
    counts = {row["day"]: int(row["count"]) for row in store.read(sql, parameters)}
    return [
        DueDay(day=day, count=counts.get(day.isoformat(), 0))
        for day in (today.date() + timedelta(days=offset) for offset in range(days))
    ]


def reviews(
    store: Store, deck_id: str | None = None, since: datetime | None = None
) -> Iterator[ReviewRecord]:
    """Every saved answer, oldest first, streamed from the database.

    Answers taken back (undo) are left out, with any "I was right" on them.
    """
    sql = (
        "SELECT id, session_id, deck_id, card_id, kind, tags, response, verdict, score, "
        "rating, reviewed_at, elapsed_s, hinted, cram, overrides, confidence FROM reviews"
    )
    where: list[str] = ["id NOT IN (SELECT review_id FROM undone_reviews)"]
    parameters: list[object] = []
    if deck_id is not None:
        where.append("deck_id = ?")
        parameters.append(deck_id)
    if since is not None:
        where.append("reviewed_at >= ?")
        parameters.append(to_db_time(as_utc(since)))
    sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY reviewed_at, id"
    for row in store.iterate(sql, parameters):
        yield ReviewRecord(
            deck=row["deck_id"],
            card=row["card_id"],
            response=row["response"],
            verdict=row["verdict"],
            score=float(row["score"]),
            rating=row["rating"],
            reviewed_at=from_db_time(row["reviewed_at"]),
            overridden=row["overrides"] is not None,
            elapsed_s=None if row["elapsed_s"] is None else float(row["elapsed_s"]),
            kind=row["kind"],
            tags=tuple(json.loads(row["tags"])),
            hinted=bool(row["hinted"]),
            cram=bool(row["cram"]),
            session=int(row["session_id"]),
            id=int(row["id"]),
            confidence=row["confidence"],
        )
