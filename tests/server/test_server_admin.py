"""`trainer server init` and `add-analyst` against a real PostgreSQL server."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import psycopg
import pytest
from conftest import ServerDatabase

from trainer.cli import main
from trainer.core.server.admin import init_server
from trainer.core.server.connection import connect
from trainer.core.server.schema import SCHEMA_VERSION


def trainer(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, str, str]:
    """Run the trainer command in this process: its exit status, stdout and stderr."""
    if stdin is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(stdin))
            status = main(list(argv))
    else:
        status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def versions(db: ServerDatabase) -> list[int]:
    with db.admin() as conn:
        return [row[0] for row in conn.execute("SELECT version FROM trainer.schema_version")]


def test_init_creates_the_schema_and_running_it_again_changes_nothing(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = trainer(capsys, "server", "init", pg_database.admin_url)
    assert (status, err) == (0, "")
    assert f"Created the trainer schema (version {SCHEMA_VERSION})" in out
    status, out, err = trainer(capsys, "server", "init", pg_database.admin_url)
    assert (status, err) == (0, "")
    assert "up to date" in out
    assert versions(pg_database) == list(range(1, SCHEMA_VERSION + 1))


def test_two_inits_at_once_both_succeed_and_migrate_once(pg_database: ServerDatabase) -> None:
    results: list[object] = []

    def init() -> None:
        try:
            with connect(pg_database.admin_url) as conn:
                results.append(init_server(conn).before)
        except Exception as error:  # the test reports it below
            results.append(error)

    threads = [threading.Thread(target=init) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results, key=str) == [0, SCHEMA_VERSION]
    assert versions(pg_database) == list(range(1, SCHEMA_VERSION + 1))


def test_add_analyst_twice_keeps_one_role_and_sets_the_team_as_told(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    name = pg_database.role_name("alice")
    add = ("server", "add-analyst", pg_database.admin_url, name, "--team", "red")
    status, out, err = trainer(capsys, *add, "--lead", "--password-stdin", stdin="s3cret\n")
    assert (status, err) == (0, "")
    assert out == (
        f"Created the role {name!r}: it may train here in team 'red' as its lead; "
        "its password is set.\n"
    )
    status, out, err = trainer(capsys, *add)
    assert (status, err) == (0, "")
    assert out == (
        f"The role {name!r} exists: it may train here in team 'red'; its password is unchanged.\n"
    )
    with pg_database.admin() as conn:
        members = conn.execute("SELECT team, analyst, lead FROM trainer.team_members").fetchall()
        roles = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (name,))
        assert roles.fetchone() == (1,)
    assert members == [("red", name, False)]
    # The password typed on standard input logs the analyst in (as a SCRAM verifier).
    pg_database.remember_password(name, "s3cret")
    with pg_database.connect_as(name) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (name,)


def test_the_password_is_never_stored_in_the_clear(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    name = pg_database.role_name("bob")
    trainer(
        capsys, "server", "add-analyst", pg_database.admin_url, name, "--password-stdin",
        stdin="plain-words\n",
    )  # fmt: skip
    with pg_database.admin() as conn:
        row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,))
        stored = row.fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    assert "plain-words" not in str(stored[0])


def test_add_analyst_before_init_says_to_run_init(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    name = pg_database.role_name("early")
    status, out, err = trainer(capsys, "server", "add-analyst", pg_database.admin_url, name)
    assert status == 2 and out == ""
    assert "run `trainer server init` first" in err
    assert len(err.strip().splitlines()) == 1


def test_a_superuser_cannot_be_made_an_analyst(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    admin = pg_database.server.admin
    status, _, err = trainer(capsys, "server", "add-analyst", pg_database.admin_url, admin)
    assert status == 2
    assert "bypasses row-level security" in err


def test_an_analyst_cannot_run_the_admin_commands(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    name = pg_database.role_name("mallory")
    trainer(
        capsys, "server", "add-analyst", pg_database.admin_url, name, "--password-stdin",
        stdin="pw\n",
    )  # fmt: skip
    pg_database.remember_password(name, "pw")
    for argv in (
        ("server", "init", pg_database.url(name)),
        ("server", "add-analyst", pg_database.url(name), pg_database.role_name("x")),
    ):
        status, _, err = trainer(capsys, *argv)
        assert status == 2, argv
        assert "needs a privilege the connecting role lacks" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("url_of", "message"),
    [
        (lambda db: db.admin_url.replace("://", "://someone:hunter2@"), "holds a password"),
        (lambda db: db.admin_url + "&sslmode=require", "sslmode is 'require'"),
        (lambda db: db.admin_url + "&sslmode=disable", "sslmode is 'disable'"),
        (
            lambda db: "postgresql://127.0.0.1:1/nowhere",
            "cannot reach the server at 127.0.0.1:1/nowhere: Connection refused (is the server",
        ),
        (lambda db: db.url("nobody_here"), "refused the login"),
        (lambda db: db.admin_url.replace(db.name, "no_such_db"), "does not exist"),
        (lambda db: "postgresql://[bad", "cannot be read"),
    ],
)
def test_a_bad_url_or_login_is_one_sentence(
    pg_database: ServerDatabase,
    capsys: pytest.CaptureFixture[str],
    url_of: object,
    message: str,
) -> None:
    url = url_of(pg_database)  # type: ignore[operator]
    status, out, err = trainer(capsys, "server", "init", url)
    assert status == 2 and out == ""
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "hunter2" not in err


def test_the_analyst_role_cannot_forge_another_name(pg_database: ServerDatabase) -> None:
    """The connection's role is the analyst: the `analyst` column cannot be set otherwise."""
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
    name = pg_database.role_name("eve")
    with connect(pg_database.admin_url) as conn:
        from trainer.core.server.admin import add_analyst

        add_analyst(conn, name, password="pw")
    pg_database.remember_password(name, "pw")
    with pg_database.connect_as(name) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO trainer.sessions (analyst, started_at, deck_ids) "
            "VALUES ('someone_else', now(), 'd')"
        )


def test_an_admin_who_is_not_a_superuser_sets_up_the_server_and_reads_no_reviews(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    """The admin owns the tables, and FORCE ROW LEVEL SECURITY binds the owner too."""
    admin = pg_database.role_name("admin")
    with pg_database.admin() as conn:
        conn.execute(f"CREATE ROLE \"{admin}\" LOGIN CREATEROLE PASSWORD 'adminpw'")
        conn.execute(f'ALTER DATABASE "{pg_database.name}" OWNER TO "{admin}"')
    pg_database.remember_password(admin, "adminpw")
    url = pg_database.url(admin)
    assert trainer(capsys, "server", "init", url)[0] == 0
    analyst = pg_database.role_name("ann")
    status, _, err = trainer(
        capsys, "server", "add-analyst", url, analyst, "--team", "red", "--lead",
        "--password-stdin", stdin="annpw\n",
    )  # fmt: skip
    assert (status, err) == (0, "")
    pg_database.remember_password(analyst, "annpw")
    with pg_database.connect_as(analyst) as conn:
        conn.execute("INSERT INTO trainer.sessions (started_at, deck_ids) VALUES (now(), 'd')")
        assert conn.execute("SELECT count(*) FROM trainer.sessions").fetchone() == (1,)
    with pg_database.connect_as(admin) as conn:
        assert conn.execute("SELECT count(*) FROM trainer.sessions").fetchone() == (0,)
        assert conn.execute("SELECT analyst, lead FROM trainer.team_members").fetchall() == [
            (analyst, True)
        ]


def test_a_schema_newer_than_the_trainer_is_left_alone(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    with pg_database.admin() as conn:
        conn.execute(
            "INSERT INTO trainer.schema_version (version) VALUES (%s)", (SCHEMA_VERSION + 1,)
        )
    status, _, err = trainer(capsys, "server", "init", pg_database.admin_url)
    assert status == 2
    assert f"newer than this trainer's {SCHEMA_VERSION}; upgrade the trainer" in err
    assert versions(pg_database) == [*range(1, SCHEMA_VERSION + 1), SCHEMA_VERSION + 1]


def test_a_service_file_names_the_server_and_holds_what_the_url_leaves_out(
    pg_database: ServerDatabase,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = pg_database.server
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost={server.host}\nport={server.port}\ndbname={pg_database.name}\n"
        f"user={server.admin}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    status, out, err = trainer(capsys, "server", "init", "service=team")
    assert (status, err) == (0, "")
    assert "Created the trainer schema" in out
    # A weak TLS mode in the service file is refused before anything is sent.
    services.write_text(services.read_text() + "sslmode=require\n")
    status, _, err = trainer(capsys, "server", "init", "service=team")
    assert status == 2 and "sslmode is 'require'" in err


def test_a_wrong_password_is_one_sentence_naming_the_file_to_fix(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    server = pg_database.server
    pg_database.passfile.write_text(server.passfile_line(server.admin, "not-the-password"))
    status, out, err = trainer(capsys, "server", "init", pg_database.admin_url)
    assert status == 2 and out == ""
    assert "refused the login (password authentication failed for user" in err
    assert "~/.pgpass (PGPASSFILE)" in err and len(err.strip().splitlines()) == 1


def test_an_analyst_name_is_a_name_never_sql(
    pg_database: ServerDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer(capsys, "server", "init", pg_database.admin_url)
    name = pg_database.role_name('Ann "x"; DROP SCHEMA trainer CASCADE; --')
    team = "O'Brien desk"
    status, _, err = trainer(
        capsys, "server", "add-analyst", pg_database.admin_url, name, "--team", team
    )
    assert (status, err) == (0, "")
    with pg_database.admin() as conn:
        assert conn.execute("SELECT team, analyst FROM trainer.team_members").fetchall() == [
            (team, name)
        ]
        role = conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (name,))
        assert role.fetchone() == (True,)
