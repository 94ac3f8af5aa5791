"""The score chart's data, read in a bounded number of rows however many sessions there are.

Years of use make a hundred thousand sessions; the chart draws at most a few hundred points
(each the mean of a run of neighbouring sessions) and a handful of dated ticks, so SQLite
averages the runs and hands over only those, never a row per session.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from trainer.core.store import Store, from_db_time


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
    store: Store, deck_id: str | None = None, *, most_points: int = 400, most_ticks: int = 6
) -> ScoreTrend:
    """At most ``most_points`` points and ``most_ticks`` ticks of the sessions with answers."""
    if deck_id is None:
        scored = (
            "SELECT s.id, s.started_at, 1.0 * s.score_sum / s.answered AS score "
            "FROM sessions AS s WHERE s.answered > 0"
        )
        parameters: list[object] = []
    else:
        # The deck's own answers and score in each session, as history.session_scores.
        scored = (
            "SELECT s.id, s.started_at, 1.0 * d.score_sum / d.answered AS score "
            "FROM sessions AS s JOIN session_decks AS d ON d.session_id = s.id "
            "WHERE d.answered > 0 AND d.deck_id = ?"
        )
        parameters = [deck_id]
    scored = f"WITH scored AS ({scored}) "
    count, first, newest = store.rows(
        scored + "SELECT count(*), min(started_at), max(started_at) FROM scored", parameters
    )[0]
    if not count:
        return ScoreTrend(0, [], [], None, one_day=False)
    numbered = (
        scored + ", numbered AS (SELECT row_number() OVER (ORDER BY started_at, id) "
        "AS n, started_at, round(100 * score) AS pct FROM scored) "
    )
    size = -(-count // most_points)
    points = [
        (float(position), float(pct))
        for position, pct in store.rows(
            numbered + "SELECT avg(n), avg(pct) FROM numbered GROUP BY (n - 1) / ? ORDER BY 1",
            [*parameters, size],
        )
    ]
    step = max(1, -(-count // most_ticks))
    ticks = [
        (int(n), from_db_time(started))
        for n, started in store.rows(
            numbered + "SELECT n, started_at FROM numbered WHERE (n - 1) % ? = 0 ORDER BY n",
            [*parameters, step],
        )
    ]
    last = store.rows(
        scored + "SELECT score FROM scored ORDER BY started_at DESC, id DESC LIMIT 1", parameters
    )[0][0]
    return ScoreTrend(int(count), points, ticks, float(last), one_day=first[:10] == newest[:10])
