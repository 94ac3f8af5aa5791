"""The SQL of every read: card schedules, the quiz's lean reads, history and statistics.

Each function takes the open ``Database`` and returns plain data (records.py), never a
database row. The SQL is kept to what PostgreSQL reads as well where that costs nothing
(CASE over SQLite's boolean sums, ``substr`` over ``date()``, ``ON CONFLICT``), so a second
backend can copy it; the few SQLite-only spellings left are said where they stand.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any, Final, Literal

from trainer.core.store.connection import Database
from trainer.core.store.records import (
    BriefingRow,
    CardState,
    CardTally,
    ConfidenceCount,
    DayCount,
    SessionRow,
    SureWrongCard,
    TrendRows,
    TrendSpan,
    VerdictCounts,
    from_db_time,
    to_db_time,
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


def _marks(values: Collection[object]) -> str:
    return ", ".join("?" for _ in values)


# -- card schedules -------------------------------------------------------------------------


def card_states(db: Database, deck_id: str) -> dict[str, CardState]:
    """Every scheduled card of a deck by card id, including cards since removed."""
    rows = db.rows(
        "SELECT card_id, due, memory, introduced_at, last_review_at, stability "
        "FROM card_states WHERE deck_id = ?",
        (deck_id,),
    )
    return {row[0]: _card_state(deck_id, *row) for row in rows}


def card_state(db: Database, deck_id: str, card_id: str) -> CardState | None:
    """One card's schedule as it stands; None for a card never scheduled."""
    rows = db.rows(
        "SELECT card_id, due, memory, introduced_at, last_review_at, stability "
        "FROM card_states WHERE deck_id = ? AND card_id = ?",
        (deck_id, card_id),
    )
    return _card_state(deck_id, *rows[0]) if rows else None


def _card_state(
    deck_id: str,
    card_id: str,
    due: str,
    memory: str,
    introduced_at: str,
    last_review_at: str,
    stability: float | None,
) -> CardState:
    return CardState(
        deck_id=deck_id,
        card_id=card_id,
        due=from_db_time(due),
        memory=memory,
        introduced_at=from_db_time(introduced_at),
        last_review_at=from_db_time(last_review_at),
        stability=stability,
    )


def schedules(db: Database, deck_id: str) -> dict[str, tuple[str, str]]:
    """Each scheduled card's stored due time and memory, by card id."""
    rows = db.rows("SELECT card_id, due, memory FROM card_states WHERE deck_id = ?", (deck_id,))
    return {card_id: (due, memory) for card_id, due, memory in rows}


def due_times(db: Database, deck_id: str) -> dict[str, str]:
    """Each scheduled card's stored due time, by card id."""
    return dict(db.rows("SELECT card_id, due FROM card_states WHERE deck_id = ?", (deck_id,)))


def due_flags(db: Database, deck_id: str, now: str) -> dict[str, bool]:
    """Each scheduled card's id and whether it is due at ``now`` (a stored time)."""
    rows = db.rows(
        "SELECT card_id, CASE WHEN due <= ? THEN 1 ELSE 0 END FROM card_states WHERE deck_id = ?",
        (now, deck_id),
    )
    return {card_id: bool(is_due) for card_id, is_due in rows}


def due_cards(
    db: Database, deck_id: str, now: str, limit: int | None = None
) -> tuple[list[str], list[str]]:
    """Ids and stored due times of the deck's cards due at ``now``, in due order (the
    first ``limit`` of them when given).

    A quiz queue's first read: only the due cards cross over from SQLite, from an index that
    holds both columns, as two joined strings rather than a row per card (SQLite's
    ``group_concat``; PostgreSQL's is ``string_agg``). Card ids are slugs and stored times
    have no spaces: no newline occurs inside one.
    """
    if limit is not None:
        # The first question's look ahead (trainer.core.first_question): a few rows.
        rows = db.rows(
            "SELECT card_id, due FROM card_states WHERE deck_id = ? AND due <= ? "
            "ORDER BY due, card_id LIMIT ?",
            (deck_id, now, limit),
        )
        return [row[0] for row in rows], [row[1] for row in rows]
    ids, dues = db.rows(
        "SELECT group_concat(card_id, char(10)), group_concat(due, char(10)) "
        "FROM card_states WHERE deck_id = ? AND due <= ?",
        (deck_id, now),
    )[0]
    if ids is None:
        return [], []
    return ids.split("\n"), dues.split("\n")


def scheduled_later(db: Database, deck_id: str, now: str) -> set[str]:
    """Ids of the deck's scheduled cards not yet due at ``now`` (a stored time)."""
    # One joined string crosses from SQLite several times faster than a row per card.
    joined = db.rows(
        "SELECT group_concat(card_id, char(10)) FROM card_states WHERE deck_id = ? AND due > ?",
        (deck_id, now),
    )[0][0]
    return set(joined.split("\n")) if joined else set()


def memory(db: Database, deck_id: str, card_id: str) -> str | None:
    """The scheduler's memory of one card; None for a card never scheduled."""
    rows = db.rows(
        "SELECT memory FROM card_states WHERE deck_id = ? AND card_id = ?", (deck_id, card_id)
    )
    return rows[0][0] if rows else None


def reviewed_since(db: Database, deck_id: str, card_id: str, since: str, now: str) -> bool:
    """Whether a card shows a review at or after ``since`` and is not due at ``now``."""
    return bool(
        db.rows(
            "SELECT 1 FROM card_states WHERE deck_id = ? AND card_id = ? "
            "AND last_review_at >= ? AND due > ?",
            (deck_id, card_id, since, now),
        )
    )


def recall_states(db: Database, deck_id: str) -> list[tuple[str, float | None, str]]:
    """Each scheduled card's id, FSRS stability and stored last review time."""
    return db.rows(
        "SELECT card_id, stability, last_review_at FROM card_states WHERE deck_id = ?",
        (deck_id,),
    )


def recall_inputs(db: Database, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
    """Each scheduled card's id, stability and days from its last review to ``at``.

    Worked out by SQLite (``julianday``; PostgreSQL's is an epoch difference): no time is
    parsed in Python per card.
    """
    return db.rows(
        "SELECT card_id, stability, julianday(?) - julianday(last_review_at) "
        "FROM card_states WHERE deck_id = ?",
        (at, deck_id),
    )


def introduced_since(db: Database, deck_ids: Sequence[str], since: datetime) -> int:
    """How many cards of these decks were first scheduled at or after ``since``."""
    if not deck_ids:
        return 0
    return int(
        db.rows(
            "SELECT count(*) FROM card_states "
            f"WHERE deck_id IN ({_marks(deck_ids)}) AND introduced_at >= ?",
            (*deck_ids, to_db_time(since)),
        )[0][0]
    )


# -- reviews and briefings --------------------------------------------------------------------


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


def briefing_rows(db: Database) -> list[BriefingRow]:
    """Every briefing kept, in time order, with its deck ids."""
    # One row per briefing and deck, folded here: no database's string aggregate needed.
    rows = db.rows(
        "SELECT b.id, b.at, b.cleared_at, d.deck_id FROM briefings AS b "
        "JOIN briefing_decks AS d ON d.briefing_id = b.id ORDER BY b.at, b.id, d.deck_id"
    )
    folded: dict[int, BriefingRow] = {}
    for briefing_id, at, cleared_at, deck_id in rows:
        kept = folded.get(briefing_id)
        decks = (deck_id,) if kept is None else (*kept.deck_ids, deck_id)
        folded[briefing_id] = BriefingRow(briefing_id, at, cleared_at, decks)
    return list(folded.values())


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
    ``tick_every`` sessions, and the newest session's score: a bounded number of rows."""
    scored, parameters = _scored_sessions(deck_id)
    numbered = (
        scored + ", numbered AS (SELECT row_number() OVER (ORDER BY started_at, id) "
        "AS n, started_at, round(100 * score) AS pct FROM scored) "
    )
    # One pass numbers the sessions for both when ticks are at least a run apart (as the
    # chart asks): a run of neighbours then holds at most one tick.
    grouped = db.rows(
        numbered + "SELECT avg(n), avg(pct), max(CASE WHEN (n - 1) % ? = 0 THEN n END), "
        "max(CASE WHEN (n - 1) % ? = 0 THEN started_at END) "
        "FROM numbered GROUP BY (n - 1) / ? ORDER BY 1",
        [*parameters, tick_every, tick_every, run],
    )
    points = [(float(position), float(pct)) for position, pct, _, _ in grouped]
    ticks = [(int(n), from_db_time(started)) for _, _, n, started in grouped if n is not None]
    if tick_every < run:
        ticks = [
            (int(n), from_db_time(started))
            for n, started in db.rows(
                numbered + "SELECT n, started_at FROM numbered WHERE (n - 1) % ? = 0 ORDER BY n",
                [*parameters, tick_every],
            )
        ]
    last = db.rows(
        scored + "SELECT score FROM scored ORDER BY started_at DESC, id DESC LIMIT 1", parameters
    )
    return TrendRows(points, ticks, float(last[0][0]) if last else None)


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
