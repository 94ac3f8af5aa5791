"""Reviews per UTC day and the share answered correctly, over the whole history.

One grouped read in SQLite; nothing crosses into Python per review. A day's ``answered``
counts answers (an "I was right" correction is not a second answer) and ``correct`` the
answers whose final verdict is correct (a correction turns its answer correct).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from trainer.core.store import Store


class DayTally(NamedTuple):
    """One UTC day's answers and how many ended up correct."""

    day: date
    answered: int
    correct: int

    @property
    def rate(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def per_day(store: Store, deck_id: str | None = None) -> list[DayTally]:
    """Each day with reviews, oldest first."""
    sql = (
        "SELECT substr(reviewed_at, 1, 10) AS day, sum(overrides IS NULL), "
        "sum(verdict = 'correct') FROM reviews"
    )
    parameters: list[object] = []
    if deck_id is not None:
        sql += " WHERE deck_id = ?"
        parameters.append(deck_id)
    sql += " GROUP BY day ORDER BY day"
    return [
        DayTally(date.fromisoformat(day), int(answered), int(correct))
        for day, answered, correct in store.rows(sql, parameters)
    ]
