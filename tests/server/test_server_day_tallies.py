"""Server schema 3 (SQLite 9): the per-day figures, filled in from the reviews a version 2
server already holds, by an admin who is not a superuser and reads no analyst's rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from analyst_rows import answer_as
from conftest import ServerDatabase

from trainer.core.scheduler import Scheduler
from trainer.core.server import admin as server_admin
from trainer.core.server.connection import connect
from trainer.core.store.open import open_review_store

SCAN = (
    "SELECT to_char(reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), "
    "count(*) FILTER (WHERE overrides IS NULL), count(*) FILTER (WHERE verdict = 'correct') "
    "FROM trainer.reviews {where} GROUP BY 1 ORDER BY 1"
)


def test_a_version_2_server_gets_each_analysts_day_figures(
    pg_database: ServerDatabase, data_dir: Path
) -> None:
    owner = pg_database.role_name("admin")
    with pg_database.admin() as conn:
        conn.execute(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD 'adminpw'")
        conn.execute(f'ALTER DATABASE "{pg_database.name}" OWNER TO "{owner}"')
    pg_database.remember_password(owner, "adminpw")
    analysts = [pg_database.role_name(base) for base in ("ann", "bob")]
    with pytest.MonkeyPatch.context() as patch, connect(pg_database.url(owner)) as conn:
        chain = {v: m for v, m in server_admin.MIGRATIONS.items() if v <= 2}
        patch.setattr(server_admin, "MIGRATIONS", chain)
        patch.setattr(server_admin, "SCHEMA_VERSION", 2)
        assert server_admin.init_server(conn).after == 2
        for name in analysts:
            server_admin.add_analyst(conn, name, team=None, lead=False, password=f"pw-{name}")
            pg_database.remember_password(name, f"pw-{name}")
    # Just before and after midnight UTC (late evening in New York): two UTC days.
    evening = datetime(2025, 7, 25, 23, 59, 59, 999999, tzinfo=UTC)
    answers = [("c1", "again", evening), ("c2", "good", evening + timedelta(microseconds=1))]
    answer_as(pg_database, analysts[0], "deck", answers, Scheduler(fuzz=False))
    answer_as(pg_database, analysts[1], "other", answers[:1], Scheduler(fuzz=False))

    with connect(pg_database.url(owner)) as conn:
        assert server_admin.init_server(conn).after >= 3
        # Row security is back on the reviews: their owner reads none of them.
        assert conn.execute("SELECT count(*) FROM trainer.reviews").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM trainer.day_tallies").fetchone() == (0,)
    for name, expected in zip(
        analysts,
        ([("2025-07-25", 1, 0), ("2025-07-26", 1, 1)], [("2025-07-25", 1, 0)]),
        strict=True,
    ):
        with pg_database.connect_as(name) as conn:
            assert conn.execute(SCAN.format(where="")).fetchall() == expected
        with open_review_store(data_dir, pg_database.url(name), backup=False) as store:
            assert [tuple(day) for day in store.answers_per_day()] == expected
