"""The SQL of the history's and the statistics' reads: reviews, sessions, per-day counts,
tallies and the score trend.

Apart from ``queries`` (the quiz's reads) so that the first question neither reads nor, on a
first run after ``pip install -e .``, compiles them. As there, each function takes the open
``Database`` and returns plain data (records.py), never a database row.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime
from typing import Any, Final, Literal

from trainer.core.store.connection import Database
from trainer.core.store.queries import _marks
from trainer.core.store.records import from_db_time, to_db_time
from trainer.core.store.report_records import (
    CardTally,
    ConfidenceCount,
    DayCount,
    SessionRow,
    SureWrongCard,
    TrendRows,
    TrendSpan,
    VerdictCounts,
)

# A review counts unless it is marked undone (an "I was right" taken back with its answer is
# marked too).
NOT_UNDONE: Final = "id NOT IN (SELECT review_id FROM undone_reviews)"
# The export's columns, in the order of records.ReviewRecord's fields, as the old table held
# them (the review_rows view's texts), from the compact table and its card map (schema 10).
REVIEW_COLUMNS: Final = (
    "c.deck_id, c.card_id, r.response, "
    "CASE r.verdict WHEN 0 THEN 'correct' WHEN 1 THEN 'close' ELSE 'wrong' END, r.score, "
    "CASE r.rating WHEN 1 THEN 'again' WHEN 2 THEN 'hard' WHEN 3 THEN 'good' ELSE 'easy' END, "
    "strftime('%Y-%m-%dT%H:%M:%S', r.reviewed_at / 1000000, 'unixepoch') || '.' || "
    "printf('%06d', r.reviewed_at % 1000000) || 'Z', "
    "CASE WHEN r.overrides IS NULL THEN 0 ELSE 1 END, r.elapsed_s, c.kind, c.tags, r.hinted, "
    "r.cram, r.session_id, r.id, "
    "CASE r.confidence WHEN 0 THEN 'sure' WHEN 1 THEN 'unsure' WHEN 2 THEN 'guess' END"
)
# The same reviews as the compact table keeps them, for exports that decode them in Python:
# card number, response, verdict code, score, rating code, microseconds, corrected or not,
# elapsed, hinted, cram, session, id, confidence code.
COMPACT_COLUMNS: Final = (
    "r.card, r.response, r.verdict, r.score, r.rating, r.reviewed_at, "
    "r.overrides IS NOT NULL, r.elapsed_s, r.hinted, r.cram, r.session_id, r.id, r.confidence"
)


# -- reviews --------------------------------------------------------------------------------


def review_count(db: Database) -> int:
    """How many review rows the database holds."""
    return int(db.rows("SELECT count(*) FROM reviews")[0][0])


def has_reviews(db: Database) -> bool:
    """Whether any review is kept."""
    return bool(db.rows("SELECT 1 FROM reviews LIMIT 1"))


def reviewed_deck_ids(db: Database) -> list[str]:
    """Ids of the decks with reviews, sorted."""
    return [row[0] for row in db.rows("SELECT DISTINCT deck_id FROM card_tallies ORDER BY 1")]


def review_rows(
    db: Database, deck_id: str | None = None, since: datetime | None = None
) -> Iterator[tuple[Any, ...]]:
    """Every review that counts as a plain tuple (``ReviewRecord``'s fields, stored
    values), oldest first, streamed."""
    where, parameters = _review_filter(deck_id, since)
    return db.stream(
        f"SELECT {REVIEW_COLUMNS} FROM reviews AS r JOIN review_cards AS c ON c.id = r.card "
        f"WHERE {where} ORDER BY r.reviewed_at, r.id",
        parameters,
    )


def compact_review_rows(
    db: Database, deck_id: str | None = None, since: datetime | None = None
) -> tuple[dict[int, tuple[str, str, str, str]], Iterator[tuple[Any, ...]]]:
    """``review_rows`` as the compact table keeps them (``COMPACT_COLUMNS``), with the card
    map they name: {number: (deck id, card id, kind, stored tags)}."""
    cards = {
        int(number): (deck, card, kind, tags)
        for number, deck, card, kind, tags in db.rows(
            "SELECT id, deck_id, card_id, kind, tags FROM review_cards"
        )
    }
    where, parameters = _review_filter(None, since)
    if deck_id is not None:
        where += " AND r.card IN (SELECT id FROM review_cards WHERE deck_id = ?)"
        parameters.append(deck_id)
    return cards, db.stream(
        f"SELECT {COMPACT_COLUMNS} FROM reviews AS r WHERE {where} ORDER BY r.reviewed_at, r.id",
        parameters,
    )


def _review_filter(deck_id: str | None, since: datetime | None) -> tuple[str, list[object]]:
    where = [f"r.{NOT_UNDONE}"]
    parameters: list[object] = []
    if deck_id is not None:
        where.append("c.deck_id = ?")
        parameters.append(deck_id)
    if since is not None:
        # compact.py (the schema 10 migration) is read only when needed: not on the way
        # to the first question.
        from trainer.core.store.compact import micros

        where.append("r.reviewed_at >= ?")
        parameters.append(micros(since))
    return " AND ".join(where), parameters


def recent_answer_times(db: Database, limit: int) -> list[float]:
    """The latest ``limit`` answer times in seconds (timed answers only), newest first."""
    return [
        float(value)
        for (value,) in db.rows(
            "SELECT elapsed_s FROM reviews WHERE elapsed_s IS NOT NULL AND elapsed_s > 0 "
            "ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ]


# -- history ----------------------------------------------------------------------------------


def last_deck_score(db: Database, deck_id: str) -> tuple[float, int] | None:
    """Score sum and answers of the deck in the last session that answered it."""
    # Sessions are numbered as they start: the deck's newest comes first in its key's order.
    rows = db.rows(
        "SELECT score_sum, answered FROM session_decks WHERE deck_id = ? AND answered > 0 "
        "ORDER BY session_id DESC LIMIT 1",
        (deck_id,),
    )
    return (float(rows[0][0]), int(rows[0][1])) if rows else None


def session_rows(
    db: Database,
    deck_id: str | None = None,
    since: datetime | None = None,
    latest: int | None = None,
) -> list[SessionRow]:
    """Sessions with answers, oldest first (the deck's own figures, given one); only the
    ``latest`` few when given."""
    sql = "SELECT s.started_at, s.deck_ids, s.answered, s.score_sum, s.cram FROM sessions AS s"
    where: list[str] = ["s.answered > 0"]
    parameters: list[object] = []
    if deck_id is not None:
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
        rows = db.rows(sql, parameters)[::-1]
    else:
        rows = db.rows(sql + " ORDER BY s.started_at, s.id", parameters)
    return [
        SessionRow(from_db_time(started), tuple(decks.split()), int(answered), score, bool(cram))
        for started, decks, answered, score, cram in rows
    ]


def verdict_counts(
    db: Database, dimension: Literal["deck", "tag", "kind"], deck_id: str | None = None
) -> list[VerdictCounts]:
    """Final verdict counts grouped by deck, tag or kind, most reviewed first."""
    if dimension == "deck":
        sql = (
            "SELECT deck_id, sum(reviews), sum(correct), sum(close), sum(wrong) "
            "FROM card_tallies WHERE 1 = 1"
        )
        parameters: list[object] = []
        group = "deck_id"
    else:
        sql = (
            "SELECT key, sum(reviews), sum(correct), sum(close), sum(wrong) "
            "FROM tallies WHERE dimension = ?"
        )
        parameters = [dimension]
        group = "key"
    if deck_id is not None:
        sql += " AND deck_id = ?"
        parameters.append(deck_id)
    sql += f" GROUP BY {group} HAVING sum(reviews) > 0 ORDER BY sum(reviews) DESC, {group}"
    return [
        VerdictCounts(key, int(reviews), int(correct), int(close), int(wrong))
        for key, reviews, correct, close, wrong in db.rows(sql, parameters)
    ]


def weakest_cards(db: Database, deck_id: str | None = None, limit: int = 10) -> list[CardTally]:
    """Cards with the lowest share of correct answers (only cards missed at least once)."""
    sql = (
        "SELECT deck_id, card_id, reviews, correct, wrong, last_response FROM card_tallies "
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
        CardTally(deck, card, int(reviews), int(correct), int(wrong), response)
        for deck, card, reviews, correct, wrong, response in db.rows(sql, parameters)
    ]


def due_per_day(
    db: Database, first: date, end: datetime, deck_id: str | None = None
) -> dict[date, int]:
    """Cards due before ``end`` per UTC day; those due before ``first`` count on ``first``."""
    day = "CASE WHEN due < ? THEN ? ELSE substr(due, 1, 10) END"
    sql = f"SELECT {day}, count(*) FROM card_states WHERE due < ?"
    parameters: list[object] = [
        to_db_time(datetime(first.year, first.month, first.day, tzinfo=UTC))
    ]
    parameters += [first.isoformat(), to_db_time(end)]
    if deck_id is not None:
        sql += " AND deck_id = ?"
        parameters.append(deck_id)
    sql += " GROUP BY 1"
    return {date.fromisoformat(day): int(count) for day, count in db.rows(sql, parameters)}


def answers_per_day(db: Database, deck_id: str | None = None) -> list[DayCount]:
    """Each UTC day with reviews: answers (corrections not counted again) and final
    verdicts correct, oldest first; from the day tallies, O(days) (writes.day_tally)."""
    if deck_id is None:
        sql = "SELECT day, sum(answered), sum(correct) FROM day_tallies GROUP BY day ORDER BY day"
        parameters: list[object] = []
    else:
        sql = "SELECT day, answered, correct FROM day_tallies WHERE deck_id = ? ORDER BY day"
        parameters = [deck_id]
    return [
        DayCount(day, int(answered), int(correct))
        for day, answered, correct in db.rows(sql, parameters)
    ]


def _scored_sessions(deck_id: str | None) -> tuple[str, list[object]]:
    """A WITH clause of the sessions with answers and their scores (the deck's own)."""
    if deck_id is None:
        scored = (
            "SELECT s.id, s.started_at, 1.0 * s.score_sum / s.answered AS score "
            "FROM sessions AS s WHERE s.answered > 0"
        )
        return f"WITH scored AS ({scored}) ", []
    scored = (
        "SELECT s.id, s.started_at, 1.0 * d.score_sum / d.answered AS score "
        "FROM sessions AS s JOIN session_decks AS d ON d.session_id = s.id "
        "WHERE d.answered > 0 AND d.deck_id = ?"
    )
    return f"WITH scored AS ({scored}) ", [deck_id]


def trend_span(db: Database, deck_id: str | None = None) -> TrendSpan:
    """How many sessions have answers, and the first and newest start."""
    scored, parameters = _scored_sessions(deck_id)
    count, first, newest = db.rows(
        scored + "SELECT count(*), min(started_at), max(started_at) FROM scored", parameters
    )[0]
    return TrendSpan(int(count), first, newest)


def trend_rows(db: Database, deck_id: str | None, run: int, tick_every: int) -> TrendRows:
    """Mean position and percent of each run of ``run`` sessions, a tick every
    ``tick_every`` sessions, and the newest session's score: a bounded number of rows.

    One pass over the sessions in start order, summed here as they stream by: numbering
    them with a window and grouping the numbers in SQL built two temporary B-trees over
    every session, most of the history screen's time at 100,000 sessions. The percent is
    still rounded by SQLite, so each point is the mean SQLite's own avg() gave."""
    scored, parameters = _scored_sessions(deck_id)
    rows = db.stream(
        scored + "SELECT started_at, round(100 * score), score FROM scored ORDER BY started_at, id",
        parameters,
    )
    points: list[tuple[float, float]] = []
    ticks: list[tuple[int, datetime]] = []
    last: float | None = None
    position = 0
    pct_sum = 0.0
    for started, pct, score in rows:
        position += 1
        if (position - 1) % tick_every == 0:
            ticks.append((position, from_db_time(started)))
        pct_sum += pct
        if position % run == 0:
            points.append(((position - run + 1 + position) / 2, pct_sum / run))
            pct_sum = 0.0
        last = score
    left = position % run
    if left:
        points.append(((position - left + 1 + position) / 2, pct_sum / left))
    return TrendRows(points, ticks, None if last is None else float(last))


# -- calibration ------------------------------------------------------------------------------


def confidence_counts(
    db: Database, dimension: Literal["all", "deck", "tag", "kind"], deck_id: str | None = None
) -> list[ConfidenceCount]:
    """Answers and right ones per confidence, per deck, tag or kind (or all, key "all")."""
    key = "'all'" if dimension == "all" else "key"
    sql = (
        f"SELECT {key}, confidence, sum(answers), sum(right) FROM confidence_tallies "
        "WHERE dimension = ?"
    )
    parameters: list[object] = ["deck" if dimension == "all" else dimension]
    if deck_id is not None:
        sql += " AND deck_id = ?"
        parameters.append(deck_id)
    sql += " GROUP BY 1, 2"
    return [
        ConfidenceCount(str(group), confidence, int(answers), int(right))
        for group, confidence, answers, right in db.rows(sql, parameters)
    ]


def sure_wrong_cards(
    db: Database, deck_ids: Collection[str] | None = None, limit: int | None = None
) -> list[SureWrongCard]:
    """Cards whose last answer was wrong while sure, most recent first."""
    sql = (
        "SELECT deck_id, card_id, last_response, last_reviewed_at, sure_wrong "
        "FROM card_tallies WHERE last_sure_wrong = 1"
    )
    parameters: list[object] = []
    if deck_ids is not None:
        if not deck_ids:
            return []
        sql += f" AND deck_id IN ({_marks(deck_ids)})"
        parameters.extend(deck_ids)
    sql += " ORDER BY last_reviewed_at DESC, deck_id DESC, card_id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    return [
        SureWrongCard(deck, card, response, from_db_time(at), int(times))
        for deck, card, response, at, times in db.rows(sql, parameters)
    ]
