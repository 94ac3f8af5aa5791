"""The server's tables mirror the SQLite schema's: a column added on one side and not the
other fails here, so the next SQLite migration comes with its server migration."""

from __future__ import annotations

import sqlite3

from conftest import ServerDatabase

from trainer.core.server.admin import init_server
from trainer.core.server.connection import connect
from trainer.core.store import schema

# The one column only the server has: whose row it is.
SERVER_ONLY = {"analyst"}
# Server tables with no SQLite counterpart: the team's.
TEAM_TABLES = {"teams", "team_members", "team_briefings", "team_briefing_decks", "schema_version"}


# SQLite keeps reviews compactly (schema 10): a card number into review_cards, and each
# session's first review id for the first-try rule; the server keeps the columns the
# review_rows view gives back, which are the ones compared.
# The server counts each answer's tallies in its save, so it has no mark of answers still
# to fold in (schema 11, store/tally_fold.py).
SQLITE_ONLY_TABLES = {"review_cards", "tally_mark"}
SQLITE_ONLY_COLUMNS = {"sessions": {"reviews_from"}}


def sqlite_columns() -> dict[str, set[str]]:
    """Each table's columns in the SQLite schema, from its own migrations (reviews: those of
    its review_rows view)."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("BEGIN")
    for version in sorted(schema.MIGRATIONS):
        for step in schema.MIGRATIONS[version]:
            if isinstance(step, str):
                db.execute(step)
            else:
                step(db, None)
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {
        table: {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
        - SQLITE_ONLY_COLUMNS.get(table, set())
        for table in tables
        if table not in SQLITE_ONLY_TABLES
    }
    columns["reviews"] = {row[1] for row in db.execute("PRAGMA table_info(review_rows)")}
    return columns


def test_every_sqlite_table_and_column_is_on_the_server(pg_database: ServerDatabase) -> None:
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'trainer'"
        ).fetchall()
    server: dict[str, set[str]] = {}
    for table, column in rows:
        server.setdefault(table, set()).add(column)
    sqlite = sqlite_columns()
    assert set(server) - TEAM_TABLES == set(sqlite)
    for table, columns in sqlite.items():
        assert (columns - server[table], server[table] - columns - SERVER_ONLY) == (
            set(),
            set(),
        ), table
