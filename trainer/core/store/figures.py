"""The running figures history reads, worked out again from the reviews that still count.

The store keeps sessions' answers and score sums, card tallies, kind/tag tallies,
confidence tallies and day tallies up to date with every review (writes.tally_review, run
for each review by tally_fold.py after its save) and puts them back on an undo (undo.py).
``trainer store copy`` adds reviews to a database that already has figures; it rebuilds
them from the reviews with these rules, which are the store's own: a correction ("I was
right") replaces the verdict of the answer it corrects; a session's score counts each
card's first try in it; an undone review (and its corrections) counts nowhere, except in
the day tallies, which count every row as kept (writes.day_tally).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from trainer.core.store.confidence_tallies import tally_keys


class CountedReview(NamedTuple):
    """A review as the figures need it (times as stored text, tags as the stored JSON)."""

    id: int
    session_id: int
    deck_id: str
    card_id: str
    kind: str
    tags: str
    response: str
    verdict: str
    score: float
    reviewed_at: str
    overrides: int | None
    confidence: str | None
    undone: bool


class SessionFigures(NamedTuple):
    """A session's answers, score sum and last review, and each deck's answers and sum."""

    answered: int
    score_sum: float
    last_review_at: str | None
    per_deck: dict[str, tuple[int, float]]


class Figures(NamedTuple):
    """Every running figure of one analyst's database, as rows to write."""

    sessions: dict[int, SessionFigures]
    # (deck, card, reviews, correct, close, wrong, last response, last reviewed, sure wrong,
    # last answer wrong while sure)
    card_tallies: list[tuple[str, str, int, int, int, int, str, str, int, bool]]
    tallies: list[tuple[str, str, str, int, int, int, int]]  # dimension, key, deck, counts
    confidence_tallies: list[tuple[str, str, str, str, int, int]]  # ..., confidence, n, right
    day_tallies: list[tuple[str, str, int, int]]  # UTC day, deck, answered, correct


@dataclass
class _CardCount:
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # reviews, verdicts
    last_response: str = ""
    last_reviewed_at: str = ""
    sure_wrong: int = 0
    last_sure_wrong: bool = False


def session_figures(
    rows: Iterable[tuple[int, str, str, int | None, float, float | None, str]],
) -> SessionFigures:
    """A session's figures from its reviews that still count, in the order they were added:
    (review id, deck id, card id, the review it corrects, score, that review's score,
    reviewed at). Added up as the store adds them as answers come (a correction adds the
    difference it makes), so a float sum comes back bit for bit."""
    answered, score_sum = 0, 0.0
    per_deck: dict[str, list[float]] = {}
    last_review_at = None
    first_tries: set[int] = set()
    tried: set[tuple[str, str]] = set()
    for review_id, deck_id, card_id, overrides, score, corrected, reviewed_at in rows:
        last_review_at = reviewed_at
        # Only first tries (and corrections of them) make the score (undo.first_try_in_session).
        if overrides is None:
            if (deck_id, card_id) in tried:
                continue
            tried.add((deck_id, card_id))
            first_tries.add(review_id)
        elif overrides not in first_tries:
            continue
        counts = overrides is None
        step = score if counts else score - (corrected or 0.0)
        answered += counts
        score_sum += step
        deck = per_deck.setdefault(deck_id, [0, 0.0])
        deck[0] += counts
        deck[1] += step
    return SessionFigures(
        answered,
        score_sum,
        last_review_at,
        {deck_id: (int(count), total) for deck_id, (count, total) in per_deck.items()},
    )


def rebuild(reviews: Sequence[CountedReview]) -> Figures:
    """Every running figure from all of one analyst's reviews (any order)."""
    ordered = sorted(reviews, key=lambda review: review.id)
    scores = {review.id: review.score for review in ordered}
    counting = [review for review in ordered if not review.undone]
    final = {review.id: review.verdict for review in counting if review.overrides is None}
    for review in counting:
        if review.overrides is not None and review.overrides in final:
            final[review.overrides] = review.verdict

    per_session: dict[int, list[tuple[int, str, str, int | None, float, float | None, str]]]
    per_session = defaultdict(list)
    for review in counting:
        corrected = None if review.overrides is None else scores.get(review.overrides)
        per_session[review.session_id].append(
            (
                review.id,
                review.deck_id,
                review.card_id,
                review.overrides,
                review.score,
                corrected,
                review.reviewed_at,
            )
        )
    sessions = {sid: session_figures(rows) for sid, rows in per_session.items()}

    cards: dict[tuple[str, str], _CardCount] = {}
    tallies: dict[tuple[str, str, str], list[int]] = {}
    confidence: dict[tuple[str, str, str, str], list[int]] = {}
    for review in counting:
        card = cards.setdefault((review.deck_id, review.card_id), _CardCount())
        card.last_response, card.last_reviewed_at = review.response, review.reviewed_at
        if review.overrides is not None:
            continue
        verdict = final[review.id]
        column = ("correct", "close", "wrong").index(verdict)
        card.counts[0] += 1
        card.counts[1 + column] += 1
        card.last_sure_wrong = review.confidence == "sure" and verdict == "wrong"
        card.sure_wrong += card.last_sure_wrong
        tags = json.loads(review.tags)
        for dimension, key in [("kind", review.kind)] + [
            ("tag", tag) for tag in dict.fromkeys(tags)
        ]:
            counts = tallies.setdefault((dimension, key, review.deck_id), [0, 0, 0, 0])
            counts[0] += 1
            counts[1 + column] += 1
        if review.confidence is not None:
            for dimension, key in tally_keys(review.deck_id, review.kind, tags):
                pair = confidence.setdefault(
                    (dimension, key, review.deck_id, review.confidence), [0, 0]
                )
                pair[0] += 1
                pair[1] += verdict != "wrong"
    # Every row counts in its day as it was kept, undone ones too (writes.day_tally).
    days: dict[tuple[str, str], list[int]] = {}
    for review in ordered:
        day = days.setdefault((review.reviewed_at[:10], review.deck_id), [0, 0])
        day[0] += review.overrides is None
        day[1] += review.verdict == "correct"
    return Figures(
        sessions=sessions,
        card_tallies=[
            (
                deck_id,
                card_id,
                card.counts[0],
                card.counts[1],
                card.counts[2],
                card.counts[3],
                card.last_response,
                card.last_reviewed_at,
                card.sure_wrong,
                card.last_sure_wrong,
            )
            for (deck_id, card_id), card in cards.items()
            if card.counts[0] > 0
        ],
        tallies=[(*key, *counts) for key, counts in tallies.items()],  # type: ignore[misc]
        confidence_tallies=[(*key, *pair) for key, pair in confidence.items()],  # type: ignore[misc]
        day_tallies=[(day, deck_id, n, right) for (day, deck_id), (n, right) in days.items()],
    )
