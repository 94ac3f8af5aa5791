"""Reading a team's view from the server, as its lead: the one path `trainer team` and the
team screen share (the team chosen, the lead checked, the rows read, the forecast made)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from trainer.core import team as team_core
from trainer.core.briefing import Briefing
from trainer.core.server import team_queries
from trainer.core.server.admin import schema_version, server_errors
from trainer.core.server.connection import ServerError, connect
from trainer.core.server.schema import SCHEMA_VERSION
from trainer.core.settings import DEFAULT_TARGET

if TYPE_CHECKING:
    import psycopg

    from trainer.core.scheduler import Scheduler

DeckLookup = Callable[[str], "team_core.DeckCards | None"]


class NotALead(ServerError):
    """The connected analyst leads no team (or not the one asked about)."""


def check_schema(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """ServerError unless the server holds the trainer's schema, not newer than this trainer.

    ``schema_version`` is the admin's table; where an analyst may not read it, the team
    tables being there is what counts (the store backend checks the version itself)."""
    from psycopg import errors

    with server_errors("reading the trainer schema"):
        row = conn.execute("SELECT to_regclass('trainer.team_briefings') IS NOT NULL").fetchone()
    if not row or not row[0]:
        raise ServerError(
            "the server has no trainer schema yet; ask your admin to run `trainer server init`"
        )
    try:
        version = schema_version(conn)
    except ServerError as error:
        if not isinstance(error.__context__, errors.InsufficientPrivilege):
            raise
        return
    if version > SCHEMA_VERSION:
        raise ServerError(
            f"the server's trainer schema is version {version}, newer than this trainer "
            f"knows ({SCHEMA_VERSION}); update the trainer"
        )


def led_team(conn: psycopg.Connection[tuple[object, ...]], team: str | None) -> str:
    """The team the connected analyst leads: ``team``, or their only one; NotALead else."""
    who = team_queries.current_analyst(conn)
    teams = team_queries.teams_of(conn)
    led = [name for name, lead in teams if lead]
    if team is not None:
        if team not in led:
            raise NotALead(
                f"{who} does not lead team {team!r}; only a team's lead sees its members' "
                "readiness (the admin sets leads with `trainer server add-analyst --lead`)"
            )
        return team
    if not led:
        raise NotALead(
            f"{who} leads no team on this server; only a team's lead sees its members' "
            "readiness (the admin sets leads with `trainer server add-analyst --lead`)"
        )
    if len(led) > 1:
        raise ServerError(f"{who} leads {len(led)} teams ({', '.join(led)}); name one with --team")
    return led[0]


def read_team_view(
    url: str,
    team: str | None,
    now: datetime,
    find_deck: DeckLookup,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> team_core.TeamView | None:
    """The view of the team the analyst at ``url`` leads, at its next briefing; None when
    the team has no briefing ahead. Decks are found by id with ``find_deck`` (the lead's
    deck folders); a briefing deck it does not find is listed as missing."""
    with connect(url) as conn:
        check_schema(conn)
        chosen = led_team(conn, team)
        briefing = team_core.next_briefing(team_queries.team_briefing_rows(conn, chosen), now)
        if briefing is None:
            return None
        members = [team_core.Member(name, lead) for name, lead in team_queries.roster(conn, chosen)]
        decks, missing = [], []
        for deck_id in briefing.deck_ids:
            found = find_deck(deck_id)
            if found is None:
                missing.append(deck_id)
            else:
                decks.append(found)
        inputs = team_queries.member_recall_inputs(
            conn, chosen, [deck.deck_id for deck in decks], briefing.at
        )
    return team_core.team_view(
        chosen, briefing, members, decks, inputs, scheduler, target, missing_decks=missing
    )


def set_team_briefing(url: str, team: str | None, at: datetime, deck_ids: list[str]) -> str:
    """Set a briefing for the team the analyst at ``url`` leads; the team's name."""
    with connect(url) as conn:
        check_schema(conn)
        chosen = led_team(conn, team)
        team_queries.add_team_briefing(conn, chosen, at, deck_ids)
    return chosen


def team_briefings(url: str, team: str | None) -> tuple[str, list[Briefing]]:
    """The team's briefings (every one kept), for the team the analyst at ``url`` leads."""
    from trainer.core.store import from_db_time

    with connect(url) as conn:
        check_schema(conn)
        chosen = led_team(conn, team)
        rows = team_queries.team_briefing_rows(conn, chosen)
    return chosen, [
        Briefing(row.id, from_db_time(row.at), row.deck_ids, row.cleared_at is not None)
        for row in rows
    ]


def clear_team_briefings(
    url: str, team: str | None, after: datetime, deck_ids: list[str]
) -> tuple[str, int]:
    """Clear the team's briefings ahead (of ``deck_ids``); the team and how many."""
    with connect(url) as conn:
        check_schema(conn)
        chosen = led_team(conn, team)
        count = team_queries.clear_team_briefings(conn, chosen, after, deck_ids)
    return chosen, count
