"""What the admin does to a team server: create or migrate its schema, add analysts.

Both steps are idempotent: each runs in one transaction, and running it again leaves the
server as the first run did (an analyst's team and lead flag are set to what the command
says).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from trainer.core.server.connection import ServerError
from trainer.core.server.schema import ANALYST_GROUP, MIGRATIONS, SCHEMA, SCHEMA_VERSION

if TYPE_CHECKING:
    import psycopg

# Both `init`s of one database queue on this lock rather than race (pg_advisory_xact_lock).
_MIGRATION_LOCK: Final = 0x4254524E
# PostgreSQL's longest identifier, in bytes.
_NAME_BYTES: Final = 63
_RESERVED_NAMES: Final = frozenset({ANALYST_GROUP, "public", "postgres"})


@dataclass(frozen=True, slots=True)
class Migrated:
    """The schema version a server had (0: none) and the one it has now."""

    before: int
    after: int


@dataclass(frozen=True, slots=True)
class AnalystAdded:
    """What `add-analyst` did: whether the role was new, its team, lead flag and password."""

    name: str
    created: bool
    team: str | None
    lead: bool
    password_set: bool


@contextmanager
def server_errors(what: str) -> Iterator[None]:
    """Any psycopg error inside, as a ServerError saying ``what`` failed and why."""
    import psycopg
    from psycopg import errors

    try:
        yield
    except errors.InsufficientPrivilege as error:
        raise ServerError(
            f"{what} needs a privilege the connecting role lacks: {primary(error)}; "
            "connect as the admin who ran `trainer server init` (or a superuser)"
        ) from None
    except psycopg.OperationalError as error:
        raise ServerError(f"{what} stopped: the server went away ({primary(error)})") from None
    except psycopg.Error as error:
        raise ServerError(f"{what} failed: {primary(error)}") from None


def primary(error: Exception) -> str:
    """The server's own one-line message of ``error``."""
    diag = getattr(error, "diag", None)
    message = getattr(diag, "message_primary", None) or str(error)
    return " ".join(message.split()).rstrip(".")


def init_server(conn: psycopg.Connection[tuple[object, ...]]) -> Migrated:
    """Create the schema, or migrate it to SCHEMA_VERSION; nothing when it is current."""
    with server_errors("setting up the server"):
        ensure_analyst_group(conn)
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version ("
                "version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            row = conn.execute(f"SELECT max(version) FROM {SCHEMA}.schema_version").fetchone()
            before = int(row[0]) if row and row[0] is not None else 0  # type: ignore[call-overload]
            if before > SCHEMA_VERSION:
                raise ServerError(
                    f"the server's schema is version {before}, newer than this trainer's "
                    f"{SCHEMA_VERSION}; upgrade the trainer"
                )
            for version in range(before + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                conn.execute(
                    f"INSERT INTO {SCHEMA}.schema_version (version) VALUES (%s)", (version,)
                )
    return Migrated(before=before, after=SCHEMA_VERSION)


def ensure_analyst_group(conn: psycopg.Connection[tuple[object, ...]]) -> None:
    """Create the analysts' group role when missing (roles are shared by a whole cluster,
    so two databases' `init` may race to create it: the loser finds it made)."""
    from psycopg import errors

    for _attempt in range(3):
        try:
            with conn.transaction():
                if not role_exists(conn, ANALYST_GROUP):
                    conn.execute(f"CREATE ROLE {ANALYST_GROUP} NOLOGIN")
            return
        except (errors.DuplicateObject, errors.UniqueViolation):
            continue


def role_exists(conn: psycopg.Connection[tuple[object, ...]], name: str) -> bool:
    row = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def schema_version(conn: psycopg.Connection[tuple[object, ...]]) -> int:
    """The server's schema version; 0 when `trainer server init` has not run."""
    with server_errors("reading the schema version"):
        found = conn.execute(
            "SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.schema_version",)
        ).fetchone()
        if not found or not found[0]:
            return 0
        row = conn.execute(f"SELECT max(version) FROM {SCHEMA}.schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0  # type: ignore[call-overload]


def check_name(name: str, what: str) -> str:
    """``name`` when it can be an analyst's role or a team's name; ServerError if not."""
    if not name.strip() or name != name.strip():
        raise ServerError(f"the {what} name {name!r} is empty or has spaces around it")
    if any(not character.isprintable() for character in name):
        raise ServerError(f"the {what} name {name!r} holds a control character")
    if len(name.encode()) > _NAME_BYTES:
        raise ServerError(f"the {what} name {name!r} is longer than {_NAME_BYTES} bytes")
    if what == "analyst" and (name.startswith("pg_") or name in _RESERVED_NAMES):
        raise ServerError(f"{name!r} is reserved; choose another analyst name")
    return name


def add_analyst(
    conn: psycopg.Connection[tuple[object, ...]],
    name: str,
    *,
    team: str | None = None,
    lead: bool = False,
    password: str | None = None,
) -> AnalystAdded:
    """Make ``name`` an analyst: a LOGIN role in the analysts' group, in ``team`` if given.

    The password, when given, is turned into its SCRAM-SHA-256 verifier here, so the
    server (and its statement log) never sees it in the clear.
    """
    from psycopg import sql

    check_name(name, "analyst")
    if team is not None:
        check_name(team, "team")
    if lead and team is None:
        raise ServerError("--lead needs --team: a lead leads a team")
    if schema_version(conn) == 0:
        raise ServerError("the server has no trainer schema yet; run `trainer server init` first")
    role = sql.Identifier(name)
    with server_errors(f"adding the analyst {name!r}"), conn.transaction():
        existing = conn.execute(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = %s", (name,)
        ).fetchone()
        if existing is not None and existing[0]:
            raise ServerError(
                f"{name!r} is a superuser or bypasses row-level security; an analyst must "
                "be an ordinary role, or the server could not keep their rows apart"
            )
        if existing is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(role))
        else:
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN").format(role))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ANALYST_GROUP), role))
        if password is not None:
            verifier = conn.pgconn.encrypt_password(
                password.encode(), name.encode(), b"scram-sha-256"
            )
            conn.execute(
                sql.SQL("ALTER ROLE {} PASSWORD {}").format(role, sql.Literal(verifier.decode()))
            )
        if team is not None:
            conn.execute(
                f"INSERT INTO {SCHEMA}.teams (team) VALUES (%s) ON CONFLICT DO NOTHING", (team,)
            )
            conn.execute(
                f"INSERT INTO {SCHEMA}.team_members (team, analyst, lead) VALUES (%s, %s, %s) "
                "ON CONFLICT (team, analyst) DO UPDATE SET lead = excluded.lead",
                (team, name, lead),
            )
    return AnalystAdded(
        name=name,
        created=existing is None,
        team=team,
        lead=lead,
        password_set=password is not None,
    )
