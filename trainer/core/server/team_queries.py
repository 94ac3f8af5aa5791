"""The team's SQL on the server: its roster, its briefings, its members' card schedules.

Every query runs as the connecting analyst's own role: row-level security decides what it
sees (a lead reads the schedules of the members of the teams they lead; a member reads
only their own). Nothing here filters by a name the client chose to send, beyond naming
the team asked about; the server's policies are the guard.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from trainer.core.server.admin import server_errors
from trainer.core.store import to_db_time
from trainer.core.store.records import BriefingRow

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[object, ...]]


def current_analyst(conn: Connection) -> str:
    """The role this connection logged in as: the analyst."""
    with server_errors("reading who is connected"):
        row = conn.execute("SELECT current_user::text").fetchone()
    return str(row[0]) if row else ""


def teams_of(conn: Connection) -> list[tuple[str, bool]]:
    """(team, leads it) for each team the connected analyst belongs to, by name."""
    with server_errors("reading the teams"):
        rows = conn.execute(
            "SELECT team, lead FROM trainer.team_members WHERE analyst = current_user ORDER BY team"
        ).fetchall()
    return [(str(team), bool(lead)) for team, lead in rows]


def roster(conn: Connection, team: str) -> list[tuple[str, bool]]:
    """(analyst, lead) of each member of ``team``, by name."""
    with server_errors("reading the team's members"):
        rows = conn.execute(
            "SELECT analyst::text, lead FROM trainer.team_members WHERE team = %s ORDER BY analyst",
            (team,),
        ).fetchall()
    return [(str(name), bool(lead)) for name, lead in rows]


def add_team_briefing(conn: Connection, team: str, at: datetime, deck_ids: Sequence[str]) -> int:
    """Set a briefing at ``at`` over ``deck_ids`` for ``team`` (a lead only); its id."""
    with server_errors("setting the team briefing"), conn.transaction():
        row = conn.execute(
            "INSERT INTO trainer.team_briefings (team, at) VALUES (%s, %s) RETURNING id",
            (team, at),
        ).fetchone()
        assert row is not None
        briefing_id = int(str(row[0]))
        for deck_id in dict.fromkeys(deck_ids):
            conn.execute(
                "INSERT INTO trainer.team_briefing_decks (team_briefing_id, deck_id) "
                "VALUES (%s, %s)",
                (briefing_id, deck_id),
            )
    return briefing_id


def clear_team_briefings(
    conn: Connection, team: str, after: datetime, deck_ids: Sequence[str] = ()
) -> int:
    """Mark cleared the team's briefings ahead of ``after`` (of ``deck_ids``); how many."""
    decks = ""
    parameters: list[object] = [team, after]
    if deck_ids:
        decks = (
            " AND id IN (SELECT team_briefing_id FROM trainer.team_briefing_decks "
            "WHERE deck_id = ANY(%s))"
        )
        parameters.append(list(deck_ids))
    with server_errors("clearing the team briefings"), conn.transaction():
        cursor = conn.execute(
            "UPDATE trainer.team_briefings SET cleared_at = now() "
            "WHERE team = %s AND cleared_at IS NULL AND at > %s" + decks,
            parameters,
        )
    return cursor.rowcount


def team_briefing_rows(conn: Connection, team: str) -> list[BriefingRow]:
    """Every briefing of ``team`` the analyst may see, in time order (stored time text)."""
    with server_errors("reading the team briefings"):
        rows = conn.execute(
            "SELECT b.id, b.at, b.cleared_at, "
            "coalesce(array_agg(d.deck_id ORDER BY d.deck_id) "
            "FILTER (WHERE d.deck_id IS NOT NULL), '{}') "
            "FROM trainer.team_briefings AS b "
            "LEFT JOIN trainer.team_briefing_decks AS d ON d.team_briefing_id = b.id "
            "WHERE b.team = %s GROUP BY b.id ORDER BY b.at, b.id",
            (team,),
        ).fetchall()
    return [
        BriefingRow(
            id=int(briefing_id),  # type: ignore[call-overload]
            at=to_db_time(at),  # type: ignore[arg-type]
            cleared_at=None if cleared is None else to_db_time(cleared),  # type: ignore[arg-type]
            deck_ids=tuple(str(deck) for deck in decks),  # type: ignore[attr-defined]
        )
        for briefing_id, at, cleared, decks in rows
    ]


def member_recall_inputs(
    conn: Connection, team: str, deck_ids: Sequence[str], at: datetime
) -> list[tuple[str, str, str, float | None, float | None]]:
    """(member, deck id, card id, stability, days from its last review to ``at``) for every
    card the members of ``team`` have scheduled in ``deck_ids``, as far as row-level
    security lets the connected analyst read them (a lead: the whole team)."""
    with server_errors("reading the team's card schedules"):
        rows = conn.execute(
            "SELECT s.analyst::text, s.deck_id, s.card_id, s.stability, "
            "extract(epoch FROM (%s::timestamptz - s.last_review_at))::float8 / 86400.0 "
            "FROM trainer.team_members AS m "
            "JOIN trainer.card_states AS s ON s.analyst = m.analyst AND s.deck_id = ANY(%s) "
            "WHERE m.team = %s",
            (at, list(deck_ids), team),
        ).fetchall()
    return [
        (
            str(analyst),
            str(deck_id),
            str(card_id),
            None if stability is None else float(stability),  # type: ignore[arg-type]
            None if elapsed is None else float(elapsed),  # type: ignore[arg-type]
        )
        for analyst, deck_id, card_id, stability, elapsed in rows
    ]
