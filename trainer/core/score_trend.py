"""The score chart's data, read in a bounded number of rows however many sessions there are.

Years of use make a hundred thousand sessions; the chart draws at most a few hundred points
(each the mean of a run of neighbouring sessions) and a handful of dated ticks, so the store
hands over only those: PostgreSQL averages the runs in its query, SQLite's store sums them as
the sessions stream by in start order (one pass, no list of sessions held).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from trainer.core.store import ReviewStore


class ScoreTrend(NamedTuple):
    """Session scores over time, as the chart draws them.

    ``points`` are (mean position, mean score in percent) of runs of neighbouring sessions,
    positions counted from 1 in start order; ``ticks`` the (position, start) of the sessions
    the axis is labelled at; ``last`` the newest session's score.
    """

    sessions: int
    points: list[tuple[float, float]]
    ticks: list[tuple[int, datetime]]
    last: float | None
    one_day: bool


def score_trend(
    store: ReviewStore, deck_id: str | None = None, *, most_points: int = 400, most_ticks: int = 6
) -> ScoreTrend:
    """At most ``most_points`` points and ``most_ticks`` ticks of the sessions with answers."""
    span = store.trend_span(deck_id)
    if not span.sessions or span.first is None or span.newest is None:
        return ScoreTrend(0, [], [], None, one_day=False)
    count = span.sessions
    rows = store.trend_rows(deck_id, -(-count // most_points), max(1, -(-count // most_ticks)))
    return ScoreTrend(
        count, rows.points, rows.ticks, rows.last, one_day=span.first[:10] == span.newest[:10]
    )
