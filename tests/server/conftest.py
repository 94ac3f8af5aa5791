"""Fixtures of the team-server tests: a real PostgreSQL server and a fresh database per test.

The server is the throwaway cluster of pg_cluster.py (one per test run, shared by the
xdist workers), or the one TRAINER_TEST_PG names. Where neither can be had, every test
that needs it is skipped with the reason; CI (.ci/run) installs PostgreSQL, so it always
has one (and sets TRAINER_REQUIRE_PG, which turns the skip into a failure).
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pg_cluster
import pytest

psycopg = pytest.importorskip("psycopg", reason="psycopg is in the test extra")
from psycopg import sql  # noqa: E402

# libpq settings of the developer's own that would point the tests elsewhere.
_LIBPQ_VARIABLES = (
    "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD", "PGSERVICE",
    "PGSERVICEFILE", "PGSSLMODE", "PGSYSCONFDIR", "PGPASSFILE", "PGOPTIONS",
)  # fmt: skip


@pytest.fixture(scope="session")
def pg_server(testrun_uid: str) -> Iterator[pg_cluster.Server]:
    """The test server's address and its superuser, started once per run."""
    external = os.environ.get("TRAINER_TEST_PG")
    if external:
        from psycopg.conninfo import conninfo_to_dict

        given = conninfo_to_dict(external)
        yield pg_cluster.Server(
            host=str(given.get("host", "127.0.0.1")),
            port=int(str(given.get("port", 5432))),
            admin=str(given.get("user", "postgres")),
            password=str(given.get("password", "")),
            dbname=str(given.get("dbname", "postgres")),
        )
        return
    tmp = Path(tempfile.gettempdir())
    root = tmp / f"{pg_cluster.ROOT_PREFIX}{testrun_uid}"
    try:
        pg_cluster.sweep_abandoned(tmp, keep=root)
        server = pg_cluster.acquire(root)
    except pg_cluster.NoServer as reason:
        if os.environ.get("TRAINER_REQUIRE_PG"):
            pytest.fail(f"a PostgreSQL server is required here (TRAINER_REQUIRE_PG): {reason}")
        pytest.skip(f"no PostgreSQL server for the team-server tests: {reason}")
    try:
        yield server
    finally:
        pg_cluster.release(root)


@dataclass
class ServerDatabase:
    """A fresh database on the test server, the passfile the trainer reads, and the roles
    made for this test (named uniquely: roles are shared by the whole cluster)."""

    server: pg_cluster.Server
    name: str
    passfile: Path
    roles: list[str] = field(default_factory=list)

    @property
    def admin_url(self) -> str:
        return self.server.url(self.name)

    def url(self, user: str) -> str:
        return self.server.url(self.name, user)

    def role_name(self, base: str) -> str:
        """A role name for ``base`` unique to this test, dropped after it."""
        name = f"{base}_{secrets.token_hex(3)}"
        self.roles.append(name)
        return name

    def remember_password(self, user: str, password: str) -> None:
        with self.passfile.open("a", encoding="utf-8") as file:
            file.write(self.server.passfile_line(user, password))

    def admin(self, dbname: str | None = None) -> psycopg.Connection:
        return psycopg.connect(
            host=self.server.host,
            port=self.server.port,
            user=self.server.admin,
            password=self.server.password,
            dbname=dbname or self.name,
            autocommit=True,
        )

    def connect_as(self, user: str) -> psycopg.Connection:
        """A connection as ``user``, its password from the passfile, as an analyst's is."""
        return psycopg.connect(self.url(user), passfile=str(self.passfile), autocommit=True)


@pytest.fixture
def pg_database(
    pg_server: pg_cluster.Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ServerDatabase]:
    """A new database for this test; PG* settings of the developer's own are cleared and
    PGPASSFILE holds the admin's password, as an admin's ~/.pgpass would."""
    for variable in _LIBPQ_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    passfile = tmp_path / "pgpass"
    passfile.write_text(pg_server.passfile_line(pg_server.admin, pg_server.password))
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    database = ServerDatabase(pg_server, f"trainer_test_{secrets.token_hex(4)}", passfile)
    with database.admin(pg_server.dbname) as conn:
        conn.execute(f'CREATE DATABASE "{database.name}"')
    try:
        yield database
    finally:
        with database.admin(pg_server.dbname) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database.name}" WITH (FORCE)')
            for role in database.roles:
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def new_analyst(
    database: ServerDatabase, base: str = "ann", *, team: str | None = None, lead: bool = False
) -> str:
    """The schema set up (idempotent) and a new analyst with a password in the passfile, as
    `trainer server init` and `add-analyst` leave them; the analyst's URL."""
    from trainer.core.server.admin import add_analyst, init_server
    from trainer.core.server.connection import connect

    name = database.role_name(base)
    with connect(database.admin_url) as conn:
        init_server(conn)
        add_analyst(conn, name, team=team, lead=lead, password=f"pw-{name}")
    database.remember_password(name, f"pw-{name}")
    return database.url(name)


@dataclass
class Backend:
    """One backend of the review store, for the contract tests: ``open`` gives a new store
    on the same data (a second trainer of the same analyst, on PostgreSQL another machine)."""

    name: str
    data_dir: Path
    url: str | None = None

    def open(self, clock: object = None) -> Any:
        from trainer.core.clock import utc_now
        from trainer.core.store.open import open_review_store

        return open_review_store(self.data_dir, self.url, clock=clock or utc_now, backup=False)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, data_dir: Path) -> Backend:
    """Each backend in turn: the data dir's SQLite file, and an analyst on the test server
    (skipped, with the reason, where no server can start)."""
    if request.param == "sqlite":
        return Backend("sqlite", data_dir)
    database: ServerDatabase = request.getfixturevalue("pg_database")
    return Backend("postgresql", data_dir, new_analyst(database))


@pytest.fixture
def review_store(backend: Backend, clock: Any) -> Iterator[Any]:
    """An open ``ReviewStore`` of each backend, on the test's clock."""
    with backend.open(clock) as store:
        yield store
