"""The SQL of every read on the team server: the same answers as queries.py gives on SQLite.

Each function takes an open psycopg connection (search path ``trainer``, time zone UTC)
and returns the same plain data as its SQLite twin. Every read says ``analyst =
current_user``: a lead's connection sees the team's rows too (row-level security lets it),
but the trainer's own views are the analyst's own; it also lets the indexes, which all
start with ``analyst``, do their work. Times the SQLite store hands over as stored text
are formatted by the server into the same fixed-width UTC text (``DB_TIME``), so nothing
above the store can tell the backends apart.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

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
)

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[Any, ...]]

OWN: Final = "analyst = current_user"
# A review counts unless it is marked undone (ids are unique across the server).
NOT_UNDONE: Final = f"id NOT IN (SELECT review_id FROM undone_reviews WHERE {OWN})"


def db_time(column: str) -> str:
    """SQL giving ``column`` (a timestamptz) as ``to_db_time``'s text."""
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""


# The export's columns, in the order of records.ReviewRecord's fields, as stored values.
REVIEW_COLUMNS: Final = (
    f"deck_id, card_id, response, verdict, score, rating, {db_time('reviewed_at')}, "
    "CASE WHEN overrides IS NULL THEN 0 ELSE 1 END, elapsed_s, kind, tags::text, "
    "hinted::int, cram::int, session_id, id, confidence"
)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _rows(conn: Connection, sql: str, parameters: Sequence[object] = ()) -> list[Any]:
    return conn.execute(sql, parameters).fetchall()


# -- card schedules -------------------------------------------------------------------------

_STATE: Final = "card_id, due, memory::text, introduced_at, last_review_at, stability"


def _card_state(deck_id: str, row: tuple[Any, ...]) -> CardState:
    card_id, due, memory, introduced_at, last_review_at, stability = row
    return CardState(
        deck_id, card_id, _utc(due), memory, _utc(introduced_at), _utc(last_review_at), stability
    )


def card_states(conn: Connection, deck_id: str) -> dict[str, CardState]:
    rows = _rows(conn, f"SELECT {_STATE} FROM card_states WHERE {OWN} AND deck_id = %s", [deck_id])
    return {row[0]: _card_state(deck_id, row) for row in rows}


def card_state(conn: Connection, deck_id: str, card_id: str) -> CardState | None:
    rows = _rows(
        conn,
        f"SELECT {_STATE} FROM card_states WHERE {OWN} AND deck_id = %s AND card_id = %s",
        [deck_id, card_id],
    )
    return _card_state(deck_id, rows[0]) if rows else None


def schedules(conn: Connection, deck_id: str) -> dict[str, tuple[str, str]]:
    rows = _rows(
        conn,
        f"SELECT card_id, {db_time('due')}, memory::text FROM card_states "
        f"WHERE {OWN} AND deck_id = %s",
        [deck_id],
    )
    return {card_id: (due, memory) for card_id, due, memory in rows}


def due_times(conn: Connection, deck_id: str) -> dict[str, str]:
    return dict(
        _rows(
            conn,
            f"SELECT card_id, {db_time('due')} FROM card_states WHERE {OWN} AND deck_id = %s",
            [deck_id],
        )
    )


def due_flags(conn: Connection, deck_id: str, now: str) -> dict[str, bool]:
    rows = _rows(
        conn,
        f"SELECT card_id, due <= %s::timestamptz FROM card_states WHERE {OWN} AND deck_id = %s",
        [now, deck_id],
    )
    return {card_id: bool(is_due) for card_id, is_due in rows}


def due_cards(
    conn: Connection, deck_id: str, now: str, limit: int | None = None
) -> tuple[list[str], list[str]]:
    rows = _rows(
        conn,
        f"SELECT card_id, {db_time('due')} FROM card_states "
        f"WHERE {OWN} AND deck_id = %s AND due <= %s::timestamptz ORDER BY due, card_id"
        + ("" if limit is None else " LIMIT %s"),
        [deck_id, now] + ([] if limit is None else [limit]),
    )
    return [row[0] for row in rows], [row[1] for row in rows]


def scheduled_later(conn: Connection, deck_id: str, now: str) -> set[str]:
    rows = _rows(
        conn,
        f"SELECT card_id FROM card_states WHERE {OWN} AND deck_id = %s AND due > %s::timestamptz",
        [deck_id, now],
    )
    return {row[0] for row in rows}


def memory(conn: Connection, deck_id: str, card_id: str) -> str | None:
    rows = _rows(
        conn,
        f"SELECT memory::text FROM card_states WHERE {OWN} AND deck_id = %s AND card_id = %s",
        [deck_id, card_id],
    )
    return str(rows[0][0]) if rows else None


def reviewed_since(conn: Connection, deck_id: str, card_id: str, since: str, now: str) -> bool:
    """Whether the card was answered at or after ``since`` (on any machine of the analyst)
    and is not due at ``now``: one primary-key lookup."""
    return bool(
        _rows(
            conn,
            f"SELECT 1 FROM card_states WHERE {OWN} AND deck_id = %s AND card_id = %s "
            "AND last_review_at >= %s::timestamptz AND due > %s::timestamptz",
            [deck_id, card_id, since, now],
        )
    )


def recall_states(conn: Connection, deck_id: str) -> list[tuple[str, float | None, str]]:
    return [
        tuple(row)
        for row in _rows(
            conn,
            f"SELECT card_id, stability, {db_time('last_review_at')} FROM card_states "
            f"WHERE {OWN} AND deck_id = %s",
            [deck_id],
        )
    ]


def recall_inputs(conn: Connection, deck_id: str, at: str) -> list[tuple[str, float | None, float]]:
    return [
        (card_id, stability, float(days))
        for card_id, stability, days in _rows(
            conn,
            "SELECT card_id, stability, "
            "extract(epoch FROM %s::timestamptz - last_review_at)::float8 / 86400 "
            f"FROM card_states WHERE {OWN} AND deck_id = %s",
            [at, deck_id],
        )
    ]


def introduced_since(conn: Connection, deck_ids: Sequence[str], since: datetime) -> int:
    if not deck_ids:
        return 0
    return int(
        _rows(
            conn,
            f"SELECT count(*) FROM card_states WHERE {OWN} AND deck_id = ANY(%s) "
            "AND introduced_at >= %s",
            [list(deck_ids), since],
        )[0][0]
    )


# -- reviews and briefings --------------------------------------------------------------------


def review_count(conn: Connection) -> int:
    return int(_rows(conn, f"SELECT count(*) FROM reviews WHERE {OWN}")[0][0])


def reviewed_deck_ids(conn: Connection) -> list[str]:
    return [
        row[0]
        for row in _rows(conn, f"SELECT DISTINCT deck_id FROM card_tallies WHERE {OWN} ORDER BY 1")
    ]


def review_rows(
    conn: Connection, deck_id: str | None = None, since: datetime | None = None
) -> Iterator[tuple[Any, ...]]:
    """Every review that counts, oldest first, as the SQLite store's stored values."""
    where = [OWN, NOT_UNDONE]
    parameters: list[object] = []
    if deck_id is not None:
        where.append("deck_id = %s")
        parameters.append(deck_id)
    if since is not None:
        where.append("reviewed_at >= %s")
        parameters.append(since)
    # The whole result arrives before the first row is handed over, so the connection is
    # free for other reads while the caller walks it.
    cursor = conn.execute(
        f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE {' AND '.join(where)} "
        "ORDER BY reviewed_at, id",
        parameters,
    )
    return iter(cursor.fetchall())


def recent_answer_times(conn: Connection, limit: int) -> list[float]:
    return [
        float(value)
        for (value,) in _rows(
            conn,
            f"SELECT elapsed_s FROM reviews WHERE {OWN} AND elapsed_s IS NOT NULL "
            "AND elapsed_s > 0 ORDER BY id DESC LIMIT %s",
            [limit],
        )
    ]


def briefing_rows(conn: Connection) -> list[BriefingRow]:
    """The analyst's briefings, and those a lead set for a team they belong to (shown with
    negative ids, so the two kinds never share one), in time order."""
    rows = _rows(
        conn,
        f"SELECT b.id, b.at, {db_time('b.at')}, {db_time('b.cleared_at')}, d.deck_id "
        "FROM briefings AS b JOIN briefing_decks AS d "
        "ON d.analyst = b.analyst AND d.briefing_id = b.id WHERE b.analyst = current_user "
        f"UNION ALL SELECT -t.id, t.at, {db_time('t.at')}, {db_time('t.cleared_at')}, d.deck_id "
        "FROM team_briefings AS t JOIN team_briefing_decks AS d ON d.team_briefing_id = t.id "
        "WHERE t.team IN (SELECT team FROM team_members WHERE analyst = current_user) "
        "ORDER BY 2, 1, 5",
    )
    folded: dict[int, BriefingRow] = {}
    for briefing_id, _at, at, cleared_at, deck_id in rows:
        kept = folded.get(briefing_id)
        decks = (deck_id,) if kept is None else (*kept.deck_ids, deck_id)
        folded[briefing_id] = BriefingRow(briefing_id, at, cleared_at, decks)
    return list(folded.values())


# -- history ----------------------------------------------------------------------------------


def last_deck_score(conn: Connection, deck_id: str) -> tuple[float, int] | None:
    rows = _rows(
        conn,
        f"SELECT score_sum, answered FROM session_decks WHERE {OWN} AND deck_id = %s "
        "AND answered > 0 ORDER BY session_id DESC LIMIT 1",
        [deck_id],
    )
    return (float(rows[0][0]), int(rows[0][1])) if rows else None


def session_rows(
    conn: Connection,
    deck_id: str | None = None,
    since: datetime | None = None,
    latest: int | None = None,
) -> list[SessionRow]:
    sql = "SELECT s.started_at, s.deck_ids, s.answered, s.score_sum, s.cram FROM sessions AS s"
    where = ["s.analyst = current_user", "s.answered > 0"]
    parameters: list[object] = []
    if deck_id is not None:
        sql = (
            "SELECT s.started_at, s.deck_ids, d.answered, d.score_sum, s.cram "
            "FROM sessions AS s JOIN session_decks AS d "
            "ON d.analyst = s.analyst AND d.session_id = s.id"
        )
        where = ["s.analyst = current_user", "d.answered > 0", "d.deck_id = %s"]
        parameters.append(deck_id)
    if since is not None:
        where.append("s.started_at >= %s")
        parameters.append(since)
    sql += " WHERE " + " AND ".join(where)
    if latest is not None:
        sql += " ORDER BY s.started_at DESC, s.id DESC LIMIT %s"
        parameters.append(latest)
        rows = _rows(conn, sql, parameters)[::-1]
    else:
        rows = _rows(conn, sql + " ORDER BY s.started_at, s.id", parameters)
    return [
        SessionRow(_utc(started), tuple(decks.split()), int(answered), float(score), bool(cram))
        for started, decks, answered, score, cram in rows
    ]


def verdict_counts(
    conn: Connection, dimension: Literal["deck", "tag", "kind"], deck_id: str | None = None
) -> list[VerdictCounts]:
    if dimension == "deck":
        sql = (
            "SELECT deck_id, sum(reviews), sum(correct), sum(close), sum(wrong) "
            f"FROM card_tallies WHERE {OWN}"
        )
        parameters: list[object] = []
        group = "deck_id"
    else:
        sql = (
            "SELECT key, sum(reviews), sum(correct), sum(close), sum(wrong) "
            f"FROM tallies WHERE {OWN} AND dimension = %s"
        )
        parameters = [dimension]
        group = "key"
    if deck_id is not None:
        sql += " AND deck_id = %s"
        parameters.append(deck_id)
    sql += f" GROUP BY {group} HAVING sum(reviews) > 0 ORDER BY sum(reviews) DESC, {group}"
    return [
        VerdictCounts(key, int(reviews), int(correct), int(close), int(wrong))
        for key, reviews, correct, close, wrong in _rows(conn, sql, parameters)
    ]


def weakest_cards(conn: Connection, deck_id: str | None = None, limit: int = 10) -> list[CardTally]:
    sql = (
        "SELECT deck_id, card_id, reviews, correct, wrong, last_response FROM card_tallies "
        f"WHERE {OWN} AND reviews > 0 AND correct < reviews"
    )
    parameters: list[object] = []
    if deck_id is not None:
        sql += " AND deck_id = %s"
        parameters.append(deck_id)
    sql += (
        " ORDER BY correct::float8 / reviews, wrong DESC, reviews DESC, "
        "last_reviewed_at DESC, deck_id, card_id LIMIT %s"
    )
    parameters.append(limit)
    return [
        CardTally(deck, card, int(reviews), int(correct), int(wrong), response)
        for deck, card, reviews, correct, wrong, response in _rows(conn, sql, parameters)
    ]


def due_per_day(
    conn: Connection, first: date, end: datetime, deck_id: str | None = None
) -> dict[date, int]:
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    sql = (
        "SELECT CASE WHEN due < %s THEN %s ELSE to_char(due AT TIME ZONE 'UTC', 'YYYY-MM-DD') "
        f"END, count(*) FROM card_states WHERE {OWN} AND due < %s"
    )
    parameters: list[object] = [start, first.isoformat(), end]
    if deck_id is not None:
        sql += " AND deck_id = %s"
        parameters.append(deck_id)
    sql += " GROUP BY 1"
    return {date.fromisoformat(day): int(count) for day, count in _rows(conn, sql, parameters)}


def answers_per_day(conn: Connection, deck_id: str | None = None) -> list[DayCount]:
    sql = (
        "SELECT to_char(day, 'YYYY-MM-DD'), sum(answered), sum(correct) "
        f"FROM day_tallies WHERE {OWN}"
    )
    parameters: list[object] = []
    if deck_id is not None:
        sql += " AND deck_id = %s"
        parameters.append(deck_id)
    sql += " GROUP BY day ORDER BY day"
    return [
        DayCount(day, int(answered), int(correct))
        for day, answered, correct in _rows(conn, sql, parameters)
    ]


def _scored_sessions(deck_id: str | None) -> tuple[str, list[object]]:
    if deck_id is None:
        scored = (
            "SELECT s.id, s.started_at, s.score_sum / s.answered AS score "
            "FROM sessions AS s WHERE s.analyst = current_user AND s.answered > 0"
        )
        return f"WITH scored AS ({scored}) ", []
    scored = (
        "SELECT s.id, s.started_at, d.score_sum / d.answered AS score "
        "FROM sessions AS s JOIN session_decks AS d "
        "ON d.analyst = s.analyst AND d.session_id = s.id "
        "WHERE s.analyst = current_user AND d.answered > 0 AND d.deck_id = %s"
    )
    return f"WITH scored AS ({scored}) ", [deck_id]


def trend_span(conn: Connection, deck_id: str | None = None) -> TrendSpan:
    scored, parameters = _scored_sessions(deck_id)
    count, first, newest = _rows(
        conn,
        scored + f"SELECT count(*), {db_time('min(started_at)')}, "
        f"{db_time('max(started_at)')} FROM scored",
        parameters,
    )[0]
    return TrendSpan(int(count), first, newest)


def trend_rows(conn: Connection, deck_id: str | None, run: int, tick_every: int) -> TrendRows:
    scored, parameters = _scored_sessions(deck_id)
    numbered = (
        scored + ", numbered AS (SELECT row_number() OVER (ORDER BY started_at, id) "
        "AS n, started_at, round((100 * score)::numeric) AS pct FROM scored) "
    )
    points = [
        (float(position), float(pct))
        for position, pct in _rows(
            conn,
            numbered + "SELECT avg(n), avg(pct) FROM numbered GROUP BY (n - 1) / %s ORDER BY 1",
            [*parameters, run],
        )
    ]
    ticks = [
        (int(n), _utc(started))
        for n, started in _rows(
            conn,
            numbered + "SELECT n, started_at FROM numbered WHERE (n - 1) %% %s = 0 ORDER BY n",
            [*parameters, tick_every],
        )
    ]
    last = _rows(
        conn,
        scored + "SELECT score FROM scored ORDER BY started_at DESC, id DESC LIMIT 1",
        parameters,
    )
    return TrendRows(points, ticks, float(last[0][0]) if last else None)


# -- calibration ------------------------------------------------------------------------------


def confidence_counts(
    conn: Connection,
    dimension: Literal["all", "deck", "tag", "kind"],
    deck_id: str | None = None,
) -> list[ConfidenceCount]:
    key = "'all'" if dimension == "all" else "key"
    sql = (
        f'SELECT {key}, confidence, sum(answers), sum("right") FROM confidence_tallies '
        f"WHERE {OWN} AND dimension = %s"
    )
    parameters: list[object] = ["deck" if dimension == "all" else dimension]
    if deck_id is not None:
        sql += " AND deck_id = %s"
        parameters.append(deck_id)
    sql += " GROUP BY 1, 2"
    return [
        ConfidenceCount(str(group), confidence, int(answers), int(right))
        for group, confidence, answers, right in _rows(conn, sql, parameters)
    ]


def sure_wrong_cards(
    conn: Connection, deck_ids: Collection[str] | None = None, limit: int | None = None
) -> list[SureWrongCard]:
    sql = (
        "SELECT deck_id, card_id, last_response, last_reviewed_at, sure_wrong "
        f"FROM card_tallies WHERE {OWN} AND last_sure_wrong"
    )
    parameters: list[object] = []
    if deck_ids is not None:
        if not deck_ids:
            return []
        sql += " AND deck_id = ANY(%s)"
        parameters.append(list(deck_ids))
    sql += " ORDER BY last_reviewed_at DESC, deck_id DESC, card_id DESC"
    if limit is not None:
        sql += " LIMIT %s"
        parameters.append(limit)
    return [
        SureWrongCard(deck, card, response, _utc(at), int(times))
        for deck, card, response, at, times in _rows(conn, sql, parameters)
    ]
