"""The server's tables mirror the SQLite schema's: a column added on one side and not the
other fails here, so the next SQLite migration comes with its server migration."""

from __future__ import annotations

import importlib
import sqlite3

from conftest import ServerDatabase

from trainer.core.server.admin import init_server
from trainer.core.server.connection import connect

# Columns only the server has: whose row it is. (`uid`, the stable review key, is SQLite's
# version 8; until that schema is merged the server has it alone.)
SERVER_ONLY = {"analyst"}
SERVER_ONLY_UNTIL_SQLITE_8 = {("reviews", "uid")}
# Server tables with no SQLite counterpart: the team's.
TEAM_TABLES = {"teams", "team_members", "team_briefings", "team_briefing_decks", "schema_version"}


def sqlite_columns() -> tuple[int, dict[str, set[str]]]:
    """The SQLite schema's version and each table's columns, from its own migrations."""
    try:
        schema = importlib.import_module("trainer.core.store.schema")
    except ImportError:  # before the store package (issue 13) is merged
        schema = importlib.import_module("trainer.core.store_schema")
    db = sqlite3.connect(":memory:")
    for version in sorted(schema.MIGRATIONS):
        for statement in schema.MIGRATIONS[version]:
            db.execute(statement)
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {
        table: {row[1] for row in db.execute(f"PRAGMA table_info({table})")} for table in tables
    }
    return int(schema.SCHEMA_VERSION), columns


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
    version, sqlite = sqlite_columns()
    assert set(server) - TEAM_TABLES == set(sqlite)
    for table, columns in sqlite.items():
        extra = {
            column
            for column in server[table] - columns
            if column not in SERVER_ONLY
            and not (version < 8 and (table, column) in SERVER_ONLY_UNTIL_SQLITE_8)
        }
        assert (columns - server[table], extra) == (set(), set()), table
