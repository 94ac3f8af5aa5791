"""The one place that knows FSRS: a grade (plus answer time) becomes a rating and a next due.

The card's memory state is kept by the store as an opaque JSON text, so no other module
depends on the ``fsrs`` package or its types.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

from trainer.core.clock import as_utc

# fsrs is imported with the first review: a quiz shows its first question without it.
if TYPE_CHECKING:
    import fsrs

    from trainer.core.confidence import Confidence
    from trainer.core.grading import Grade

RatingName = Literal["again", "hard", "good", "easy"]
RATINGS: Final[tuple[RatingName, ...]] = ("again", "hard", "good", "easy")


class Scheduled(NamedTuple):
    """A card's state after a review: when it is next due and the scheduler's memory of it."""

    due: datetime
    memory: str
    stability: float | None = None  # FSRS stability in days, kept in a column for readiness


class Scheduler:
    """FSRS-6 behind one small interface: grades in, ratings and due times out."""

    def __init__(
        self, desired_retention: float = 0.9, fast_answer_s: float = 8.0, *, fuzz: bool = True
    ) -> None:
        if not 0.0 < desired_retention < 1.0:
            raise ValueError(f"desired retention must be between 0 and 1, not {desired_retention}")
        self.desired_retention = desired_retention
        self.fast_answer_s = fast_answer_s
        # Fuzz spreads cards learnt together over neighbouring days; tests turn it off.
        self._fuzz = fuzz
        self._scheduler: fsrs.Scheduler | None = None

    @property
    def _fsrs(self) -> fsrs.Scheduler:
        if self._scheduler is None:
            import fsrs

            self._scheduler = fsrs.Scheduler(
                desired_retention=self.desired_retention, enable_fuzzing=self._fuzz
            )
        return self._scheduler

    def rating_for(
        self,
        grade: Grade,
        elapsed_s: float | None = None,
        confidence: Confidence = "sure",
        *,
        hinted: bool = False,
        asked_again: bool = False,
    ) -> RatingName:
        """The rating of an answer from its grade, stated confidence, hint and time.

        The one table (docs/grading.md): wrong is again; close is hard; correct but unsure,
        guessed or hinted is hard (a lucky or helped recall is not a sure one); correct and
        sure is good, or easy when answered within ``fast_answer_s`` — unless the card is
        ``asked_again`` after a miss in the same session: its answer was just shown, so a
        quick right answer then says little of memory, and it is good at most.
        """
        if grade.verdict == "wrong":
            return "again"
        if grade.verdict == "close" or hinted or confidence != "sure":
            return "hard"
        if not asked_again and elapsed_s is not None and 0 <= elapsed_s <= self.fast_answer_s:
            return "easy"
        return "good"

    def review(
        self,
        memory: str | None,
        rating: RatingName,
        reviewed_at: datetime,
        elapsed_s: float | None = None,
    ) -> Scheduled:
        """The state after reviewing a card (``memory`` None for a new card) with ``rating``."""
        reviewed_at = as_utc(reviewed_at)
        card = _card_from_memory(memory, reviewed_at)
        duration_ms = None if elapsed_s is None else max(0, round(elapsed_s * 1000))
        rating_value = _fsrs_rating(rating)
        card, _log = self._fsrs.review_card(card, rating_value, reviewed_at, duration_ms)
        return Scheduled(
            due=as_utc(card.due), memory=json.dumps(card.to_dict()), stability=card.stability
        )

    def retrievability(self, memory: str, at: datetime) -> float:
        """The predicted chance (0..1) of recalling the card at ``at``."""
        at = as_utc(at)
        return float(self._fsrs.get_card_retrievability(_card_from_memory(memory, at), at))

    def recall_after(self, stability: float | None, elapsed_days: float) -> float:
        """FSRS-6's forgetting curve: the chance of recall ``elapsed_days`` after a review.

        The curve ``get_card_retrievability`` follows, but over fractional days: it floors
        the time to whole days, which would call a card reviewed 20 hours before a
        briefing certain. A card with no stability (never answered) counts as 0.
        """
        if stability is None or stability <= 0:
            return 0.0
        decay, factor = self.curve
        return float((1 + factor * max(0.0, elapsed_days) / stability) ** decay)

    def days_until_recall(self, stability: float, target: float) -> float:
        """How many days after a review the chance of recall falls to ``target``."""
        decay, factor = self.curve
        return float(stability / factor * (target ** (1 / decay) - 1))

    @property
    def curve(self) -> tuple[float, float]:
        """The forgetting curve's (decay, factor) from the scheduler's parameters."""
        decay = -float(self._fsrs.parameters[20])
        return decay, 0.9 ** (1 / decay) - 1


def _fsrs_rating(rating: RatingName) -> fsrs.Rating:
    return _fsrs_ratings()[rating]


@cache
def _fsrs_ratings() -> dict[RatingName, fsrs.Rating]:
    """Each rating's fsrs value, looked up once rather than on every answer."""
    import fsrs

    return {
        "again": fsrs.Rating.Again,
        "hard": fsrs.Rating.Hard,
        "good": fsrs.Rating.Good,
        "easy": fsrs.Rating.Easy,
    }


def _card_from_memory(memory: str | None, now: datetime) -> fsrs.Card:
    import fsrs

    # card_id is never used for scheduling; passing it avoids fsrs's 1 ms sleep per new Card.
    if memory is None:
        return fsrs.Card(card_id=0, due=now)
    return fsrs.Card.from_dict(json.loads(memory))
