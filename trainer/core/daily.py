"""Reviews per UTC day and the share answered correctly, over the whole history.

One grouped read in the store; nothing crosses into Python per review. A day's ``answered``
counts answers (an "I was right" correction is not a second answer) and ``correct`` the
answers whose final verdict is correct (a correction turns its answer correct).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from trainer.core.store import ReviewStore


class DayTally(NamedTuple):
    """One UTC day's answers and how many ended up correct."""

    day: date
    answered: int
    correct: int

    @property
    def rate(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def per_day(store: ReviewStore, deck_id: str | None = None) -> list[DayTally]:
    """Each day with reviews, oldest first."""
    return [
        DayTally(date.fromisoformat(row.day), row.answered, row.correct)
        for row in store.answers_per_day(deck_id)
    ]
