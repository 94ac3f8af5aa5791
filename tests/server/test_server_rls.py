"""Row-level security on the team server: each analyst's rows are their own; a lead reads
their team's. Every check runs as the analyst's own login role on a real server."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
import pytest
from conftest import ServerDatabase

from trainer.core.server.admin import add_analyst, init_server
from trainer.core.server.connection import connect
from trainer.core.server.schema import PER_ANALYST_TABLES


@dataclass(frozen=True)
class Team:
    """Two teams: red (lead, a1, a2) and blue (lead, b1); each with one review written."""

    red_lead: str
    a1: str
    a2: str
    blue_lead: str
    b1: str


def answer(db: ServerDatabase, analyst: str, deck: str = "deck") -> int:
    """One session and one review written as ``analyst``; the review's id."""
    with db.connect_as(analyst) as conn:
        session = conn.execute(
            "INSERT INTO trainer.sessions (started_at, deck_ids) VALUES (now(), %s) RETURNING id",
            (deck,),
        ).fetchone()
        assert session is not None
        review = conn.execute(
            "INSERT INTO trainer.reviews (uid, session_id, deck_id, card_id, kind, tags, "
            "response, verdict, score, rating, reviewed_at) "
            "VALUES (%s, %s, %s, 'c1', 'text', '[]', 'x', 'wrong', 0, 'again', now()) "
            "RETURNING id",
            (uuid.uuid4(), session[0], deck),
        ).fetchone()
        assert review is not None
        return int(review[0])


def seen_by(db: ServerDatabase, analyst: str, table: str = "reviews") -> set[str]:
    with db.connect_as(analyst) as conn:
        rows = conn.execute(f"SELECT DISTINCT analyst FROM trainer.{table}").fetchall()
    return {row[0] for row in rows}


@pytest.fixture
def teams(pg_database: ServerDatabase) -> Team:
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        names = Team(*(pg_database.role_name(base) for base in ("rl", "a1", "a2", "bl", "b1")))
        for name, team, lead in (
            (names.red_lead, "red", True),
            (names.a1, "red", False),
            (names.a2, "red", False),
            (names.blue_lead, "blue", True),
            (names.b1, "blue", False),
        ):
            add_analyst(conn, name, team=team, lead=lead, password=f"pw-{name}")
            pg_database.remember_password(name, f"pw-{name}")
    for name in (names.red_lead, names.a1, names.a2, names.blue_lead, names.b1):
        answer(pg_database, name)
    return names


def test_an_analyst_reads_only_their_own_rows(pg_database: ServerDatabase, teams: Team) -> None:
    for table in ("reviews", "sessions"):
        assert seen_by(pg_database, teams.a1, table) == {teams.a1}
        assert seen_by(pg_database, teams.b1, table) == {teams.b1}


def test_a_team_mate_who_is_not_a_lead_cannot_read_the_others(
    pg_database: ServerDatabase, teams: Team
) -> None:
    assert teams.a2 not in seen_by(pg_database, teams.a1)


def test_a_lead_reads_their_team_but_not_another_team(
    pg_database: ServerDatabase, teams: Team
) -> None:
    assert seen_by(pg_database, teams.red_lead) == {teams.red_lead, teams.a1, teams.a2}
    assert seen_by(pg_database, teams.blue_lead) == {teams.blue_lead, teams.b1}


def test_an_analyst_cannot_write_as_another(pg_database: ServerDatabase, teams: Team) -> None:
    with pg_database.connect_as(teams.a1) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO trainer.sessions (analyst, started_at, deck_ids) "
                "VALUES (%s, now(), 'deck')",
                (teams.b1,),
            )
        # Another analyst's rows are not there to change: nothing is updated or deleted.
        changed = conn.execute(
            "UPDATE trainer.sessions SET answered = 99 WHERE analyst = %s", (teams.a2,)
        )
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE trainer.sessions SET analyst = %s", (teams.a2,))


def test_a_lead_reads_but_cannot_change_a_members_rows(
    pg_database: ServerDatabase, teams: Team
) -> None:
    with pg_database.connect_as(teams.red_lead) as conn:
        changed = conn.execute(
            "UPDATE trainer.sessions SET answered = 99 WHERE analyst = %s", (teams.a1,)
        )
        assert changed.rowcount == 0
        deleted = conn.execute("DELETE FROM trainer.card_states WHERE analyst = %s", (teams.a1,))
        assert deleted.rowcount == 0


def test_reviews_are_append_only_even_for_their_analyst(
    pg_database: ServerDatabase, teams: Team
) -> None:
    with pg_database.connect_as(teams.a1) as conn:
        for statement in (
            "UPDATE trainer.reviews SET score = 1",
            "DELETE FROM trainer.reviews",
            "TRUNCATE trainer.reviews",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    # Not even the tables' owner may change one: a trigger refuses it.
    with (
        pg_database.admin() as conn,
        pytest.raises(psycopg.errors.RaiseException, match="append-only"),
    ):
        conn.execute("DELETE FROM trainer.reviews")


def test_a_review_cannot_point_at_another_analysts_session(
    pg_database: ServerDatabase, teams: Team
) -> None:
    with pg_database.connect_as(teams.a2) as conn:
        other = conn.execute("SELECT max(id) FROM trainer.sessions").fetchone()
    with (
        pg_database.connect_as(teams.a1) as conn,
        pytest.raises(psycopg.errors.ForeignKeyViolation),
    ):
        conn.execute(
            "INSERT INTO trainer.reviews (uid, session_id, deck_id, card_id, kind, tags, "
            "response, verdict, score, rating, reviewed_at) "
            "VALUES (%s, %s, 'deck', 'c1', 'text', '[]', 'x', 'wrong', 0, 'again', now())",
            (uuid.uuid4(), other[0] if other else None),
        )


def test_every_per_analyst_table_forces_row_level_security(pg_database: ServerDatabase) -> None:
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
    with pg_database.admin() as conn:
        rows = conn.execute(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            "pg_get_userbyid(c.relowner) FROM pg_class AS c "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'trainer' AND c.relkind = 'r' AND c.relname <> 'schema_version'"
        ).fetchall()
    assert {row[0] for row in rows} >= set(PER_ANALYST_TABLES)
    assert all(row[1] and row[2] for row in rows), rows
    assert {row[3] for row in rows} == {pg_database.server.admin}


def test_a_team_briefing_is_set_by_its_lead_and_seen_by_its_members(
    pg_database: ServerDatabase, teams: Team
) -> None:
    with pg_database.connect_as(teams.red_lead) as conn:
        briefing = conn.execute(
            "INSERT INTO trainer.team_briefings (team, at) VALUES ('red', now()) RETURNING id"
        ).fetchone()
        assert briefing is not None
        conn.execute(
            "INSERT INTO trainer.team_briefing_decks (team_briefing_id, deck_id) "
            "VALUES (%s, 'deck')",
            (briefing[0],),
        )
    for member in (teams.a1, teams.a2):
        with pg_database.connect_as(member) as conn:
            assert conn.execute(
                "SELECT b.team, d.deck_id FROM trainer.team_briefings AS b "
                "JOIN trainer.team_briefing_decks AS d ON d.team_briefing_id = b.id"
            ).fetchall() == [("red", "deck")]
    for outsider in (teams.b1, teams.blue_lead):
        with pg_database.connect_as(outsider) as conn:
            assert conn.execute("SELECT count(*) FROM trainer.team_briefings").fetchone() == (0,)
    # A member who is not the lead, and a lead of another team, cannot set one for red.
    for refused in (teams.a1, teams.blue_lead):
        with (
            pg_database.connect_as(refused) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("INSERT INTO trainer.team_briefings (team, at) VALUES ('red', now())")
