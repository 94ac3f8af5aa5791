"""What a quiz session hands back: the outcome of each answer, and the end-of-session report.

Kept apart from the session itself so that opening a quiz does not wait to define them:
the session imports this module with its first answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from trainer.core.confidence import Confidence
from trainer.core.deck import Card
from trainer.core.scheduler import RatingName

if TYPE_CHECKING:
    from trainer.core.grading import Grade


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one answer: its grade, its rating and when the card is next due."""

    deck_id: str
    card: Card
    response: str
    grade: Grade  # after the hint cap or an override
    rating: RatingName
    due: datetime | None  # None in cram mode
    hinted: bool
    overridden: bool
    elapsed_s: float | None
    reviewed_at: datetime | None = None
    review_id: int | None = None
    confidence: Confidence = "sure"
    options: tuple[str, ...] = ()  # a choice card's options in the order shown


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """The end-of-session report."""

    deck_ids: tuple[str, ...]
    asked: int
    correct: int
    close: int
    wrong: int
    skipped: int
    score: float  # 0..1, mean grade score over answered cards
    elapsed_s: float
    outcomes: tuple[Outcome, ...]  # final outcome per answered card, in answer order
    next_due: datetime | None  # earliest due among the cards the session drew from
    due_tomorrow: int  # reviews of the session's decks due within the next 24 h
    queued: int  # cards the session set out to ask
    skipped_cards: tuple[tuple[str, Card], ...] = ()  # (deck id, card) skipped, in order
    # Each answered card's last attempt (a missed card is asked again until right), in the
    # order of first tries; the score above is the first tries'.
    final_outcomes: tuple[Outcome, ...] = ()
    attempts: int = 0  # answers given, first tries and later ones
    # A card was on screen, asked and not answered, when the session ended: it is among the
    # skipped ones (QuizSession.end).
    left_open: bool = False

    @property
    def final_score(self) -> float:
        """The mean score of each card's last attempt."""
        finals = self.final_outcomes or self.outcomes
        return sum(outcome.grade.score for outcome in finals) / len(finals) if finals else 0.0

    @property
    def final_correct(self) -> int:
        """Cards whose last attempt was correct."""
        return sum(
            outcome.grade.verdict == "correct" for outcome in self.final_outcomes or self.outcomes
        )

    @property
    def ended_early(self) -> bool:
        """True when the session stopped with cards it never came to."""
        return self.asked < self.queued


def session_score(scores: Iterable[float]) -> float:
    """A session's score: the mean of each answered card's first-try score, after any "I
    was right" (0 when nothing was answered).

    The one definition: the store keeps the same sum and count per session (and per deck in
    it), so the summary, the history screen and `trainer stats` show the same figure.
    """
    total, count = 0.0, 0
    for score in scores:
        total += score
        count += 1
    return total / count if count else 0.0
