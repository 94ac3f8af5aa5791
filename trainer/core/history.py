"""Score history and statistics, read from the store.

Summaries come from the running tallies the store keeps with every review (sessions,
card_tallies, tallies), so they cost the same with a million reviews as with ten; only
``reviews`` walks the review rows, and it streams them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from trainer.core.clock import as_utc, start_of_day
from trainer.core.deck import Deck
from trainer.core.examples import example_positions
from trainer.core.store import ReviewRecord, ReviewStore, to_db_time

Dimension = Literal["deck", "tag", "kind"]

__all__ = [
    "Accuracy",
    "DeckStatus",
    "DueDay",
    "ReviewRecord",
    "SessionScore",
    "WeakCard",
]


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


def deck_statuses(store: ReviewStore, decks: Sequence[Deck], now: datetime) -> list[DeckStatus]:
    """Cards, due, new and the last score (``last_deck_score``) of each deck, in order."""
    moment = to_db_time(now)
    statuses = []
    for deck in decks:
        # The card index: a deck from the cache answers it without building a card.
        index = deck.card_index()
        card_ids = set(index.ids)
        # A skeleton's example cards are never asked, so they are never new.
        examples = {index.ids[position] for position in example_positions(index)}
        # Cards removed from the deck keep their rows but no longer count.
        flags = store.due_flags(deck.id, moment)
        seen = {card_id: due for card_id, due in flags.items() if card_id in card_ids}
        statuses.append(
            DeckStatus(
                deck_id=deck.id,
                cards=len(card_ids),
                due=sum(seen.values()),
                new=len(card_ids - seen.keys() - examples),
                last_score=last_deck_score(store, deck.id),
            )
        )
    return statuses


def last_deck_score(store: ReviewStore, deck_id: str) -> float | None:
    """The deck's own score in the last session that reviewed it; None if none ever did.

    Only the deck's reviews count: a session over several decks scores each deck apart, and
    a deck it listed but never reached keeps the score of its own last session. As in a
    session's score, a correction replaces the score of the answer it corrects.
    """
    last = store.last_deck_score(deck_id)
    if last is None:
        return None
    score_sum, answered = last
    return score_sum / answered


def session_scores(
    store: ReviewStore,
    deck_id: str | None = None,
    since: datetime | None = None,
    latest: int | None = None,
) -> list[SessionScore]:
    """Each session with at least one answer, oldest first; only the ``latest`` few if given.

    Years of use make a hundred thousand sessions: a screen that shows a few asks for those
    (``latest``), and the score chart reads ``score_trend.score_trend`` instead.
    """
    return [
        SessionScore(
            started_at=row.started_at,
            deck_ids=row.deck_ids,
            answered=row.answered,
            score=row.score_sum / row.answered,
            cram=row.cram,
        )
        for row in store.session_rows(deck_id, since, latest)
    ]


def accuracy_by(
    store: ReviewStore, dimension: Dimension, deck_id: str | None = None
) -> list[Accuracy]:
    """Final verdict counts grouped by deck, tag or kind, most reviewed first."""
    if dimension not in ("deck", "tag", "kind"):
        raise ValueError(f"cannot group accuracy by {dimension!r}")
    return [
        Accuracy(
            key=row.key,
            reviews=row.reviews,
            correct=row.correct,
            close=row.close,
            wrong=row.wrong,
            rate=row.correct / row.reviews,
        )
        for row in store.verdict_counts(dimension, deck_id)
    ]


def weakest_cards(
    store: ReviewStore, deck_id: str | None = None, limit: int = 10
) -> list[WeakCard]:
    """Cards with the lowest share of correct answers (only cards missed at least once)."""
    return [
        WeakCard(
            deck_id=row.deck_id,
            card_id=row.card_id,
            reviews=row.reviews,
            wrong=row.wrong,
            rate=row.correct / row.reviews,
            last_response=row.last_response,
        )
        for row in store.weakest_cards(deck_id, limit)
    ]


def due_forecast(
    store: ReviewStore, now: datetime, days: int = 14, deck_id: str | None = None
) -> list[DueDay]:
    """Reviews due on each of the next ``days`` UTC days, today first, overdue ones included."""
    today = start_of_day(now)
    counts = store.due_per_day(today.date(), today + timedelta(days=days), deck_id)
    return [
        DueDay(day=day, count=counts.get(day, 0))
        for day in (today.date() + timedelta(days=offset) for offset in range(days))
    ]


def reviews(
    store: ReviewStore, deck_id: str | None = None, since: datetime | None = None
) -> Iterator[ReviewRecord]:
    """Every saved answer, oldest first, streamed from the database.

    Answers taken back (undo) are left out, with any "I was right" on them. (The exports
    read ``store.review_rows`` as plain tuples instead: no record per review.)
    """
    since = None if since is None else as_utc(since)
    for row in store.review_rows(deck_id, since):
        yield ReviewRecord.from_row(row)
