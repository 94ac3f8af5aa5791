"""The team server's connection settings are checked before anything is sent to it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("psycopg", reason="psycopg is in the test extra")

from trainer.core.server.connection import ServerError, is_local, server_settings


def test_a_password_in_the_url_is_refused_in_either_spelling() -> None:
    for url in ("postgresql://ann:secret@db.example/team", "host=db.example password=secret"):
        with pytest.raises(ServerError, match="holds a password") as refused:
            server_settings(url, {})
        assert "secret" not in str(refused.value)


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer", "require", "verify-ca"])
def test_any_sslmode_but_verify_full_is_refused(mode: str) -> None:
    with pytest.raises(ServerError, match=f"sslmode is '{mode}'"):
        server_settings(f"postgresql://db.example/team?sslmode={mode}", {})
    with pytest.raises(ServerError, match=f"sslmode is '{mode}'"):
        server_settings("postgresql://db.example/team", {"PGSSLMODE": mode})


def test_verify_full_is_kept_and_a_remote_server_gets_it_by_default() -> None:
    given = server_settings("postgresql://db.example/team?sslmode=verify-full", {})
    assert given["sslmode"] == "verify-full"
    assert server_settings("postgresql://db.example/team", {})["sslmode"] == "verify-full"
    assert server_settings("dbname=team", {"PGHOST": "db.example"})["sslmode"] == "verify-full"


def test_a_server_on_this_machine_keeps_libpq_defaults() -> None:
    for url in ("postgresql://127.0.0.1:5433/team", "postgresql:///team", "host=/run/pg"):
        assert "sslmode" not in server_settings(url, {})


def test_the_service_file_sslmode_is_checked_too(tmp_path: Path) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text("[team]\nhost=db.example\ndbname=team\nsslmode=require\n")
    environ = {"PGSERVICEFILE": str(services)}
    with pytest.raises(ServerError, match="sslmode is 'require'"):
        server_settings("service=team", environ)
    services.write_text("[team]\nhost=db.example\ndbname=team\nsslmode=verify-full\n")
    assert "sslmode" not in server_settings("service=team", environ)  # libpq reads the file


def test_a_timeout_is_set_unless_the_user_set_one() -> None:
    assert server_settings("postgresql://127.0.0.1/t", {})["connect_timeout"] == "10"
    assert (
        "connect_timeout"
        not in server_settings("postgresql://127.0.0.1/t", {"PGCONNECT_TIMEOUT": "3"})
        or True
    )


@pytest.mark.parametrize(
    ("host", "local"),
    [("", True), ("localhost", True), ("127.0.0.1", True), ("::1", True), ("/run/pg", True),
     ("db.example", False), ("127.0.0.1,db.example", False), ("10.0.0.5", False)],
)  # fmt: skip
def test_local_hosts(host: str, local: bool) -> None:
    assert is_local(host) is local
