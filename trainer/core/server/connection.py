"""Opening a connection to the team server, from settings kept where PostgreSQL keeps them.

The URL (or ``key=value`` string) names the server; everything else comes from the standard
places libpq reads: a service file (``service=``/``PGSERVICE``), the password file
(``PGPASSFILE``, ``~/.pgpass``) and the ``PG*`` variables. Two rules are checked before
anything is sent:

- a password written into the URL is refused: it would sit in shell history and in ``ps``;
- when TLS is asked for, it must be ``sslmode=verify-full`` (the server's certificate is
  checked, its name too). Any weaker mode (``require``, ``verify-ca``, ``prefer``, ...) is
  refused rather than quietly accepted. A server on another machine with no sslmode set at
  all is reached with verify-full; a local one (loopback, a Unix socket) keeps libpq's
  default.
"""

from __future__ import annotations

import configparser
import ipaddress
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

from trainer.core.errors import TrainerError

if TYPE_CHECKING:
    import psycopg

SAFE_SSLMODE: Final = "verify-full"
# How long to wait for a server that does not answer, unless the settings say otherwise.
CONNECT_TIMEOUT_S: Final = 10
_LOCAL_HOSTS: Final = frozenset({"", "localhost"})


class ServerError(TrainerError):
    """The team server cannot be reached or refused a step; the message says which and why."""


def server_settings(url: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The connection settings ``url`` names, checked; ServerError when they are unsafe.

    Only what the URL says is returned (plus a safe sslmode and a timeout where needed):
    libpq itself adds the service file, password file and environment when connecting.
    """
    from psycopg.conninfo import conninfo_to_dict

    environ = os.environ if environ is None else environ
    try:
        given = {key: str(value) for key, value in conninfo_to_dict(url).items()}
    except Exception:  # psycopg.ProgrammingError, its words are libpq's and long
        raise ServerError(
            "the server URL cannot be read; write it as postgresql://HOST:PORT/DATABASE "
            "or as libpq settings (host=... dbname=...)"
        ) from None
    if "password" in given:
        raise ServerError(
            "the server URL holds a password; remove it and keep the password in "
            "~/.pgpass (PGPASSFILE) or a service file, where only you can read it"
        )
    effective = effective_settings(given, environ)
    sslmode = effective.get("sslmode")
    if sslmode is not None and sslmode != SAFE_SSLMODE:
        raise ServerError(
            f"sslmode is {sslmode!r}; the trainer connects with TLS only when the server's "
            f"certificate is verified: set sslmode={SAFE_SSLMODE} (and the server's CA in "
            "sslrootcert), or leave sslmode out for a server on this machine"
        )
    settings = dict(given)
    if sslmode is None and not is_local(effective.get("host", "")):
        settings["sslmode"] = SAFE_SSLMODE
    if "connect_timeout" not in effective:
        settings["connect_timeout"] = str(CONNECT_TIMEOUT_S)
    settings.setdefault("application_name", "trainer")
    return settings


def effective_settings(given: Mapping[str, str], environ: Mapping[str, str]) -> dict[str, str]:
    """The host, sslmode and timeout libpq will use: the URL's, the service file's, or PG*."""
    merged = dict(given)
    service = given.get("service") or environ.get("PGSERVICE")
    if service:
        for key, value in service_section(service, environ).items():
            merged.setdefault(key, value)
    for key, variable in (
        ("host", "PGHOST"),
        ("sslmode", "PGSSLMODE"),
        ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ):
        if environ.get(variable):
            merged.setdefault(key, environ[variable])
    return merged


def service_section(service: str, environ: Mapping[str, str]) -> dict[str, str]:
    """The settings of ``service`` in the service files libpq reads, the user's first."""
    candidates = []
    if environ.get("PGSERVICEFILE"):
        candidates.append(Path(environ["PGSERVICEFILE"]))
    elif environ.get("HOME"):
        candidates.append(Path(environ["HOME"]) / ".pg_service.conf")
    if environ.get("PGSYSCONFDIR"):
        candidates.append(Path(environ["PGSYSCONFDIR"]) / "pg_service.conf")
    else:
        # Where Debian's libpq looks (psycopg's bundled libpq looks in its own /etc dir).
        candidates.append(Path("/etc/postgresql-common/pg_service.conf"))
    for path in candidates:
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError) as error:
            raise ServerError(f"{path}: the service file cannot be read ({error})") from None
        if parser.has_section(service):
            return dict(parser.items(service))
    return {}


def is_local(host: str) -> bool:
    """Whether ``host`` (libpq's host setting, maybe a list) is only this machine."""
    for name in host.split(","):
        name = name.strip()
        if name in _LOCAL_HOSTS or name.startswith("/") or name.startswith("@"):
            continue
        try:
            if ipaddress.ip_address(name).is_loopback:
                continue
        except ValueError:
            pass
        return False
    return True


def connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A connection to the server ``url`` names, or ServerError in one sentence."""
    try:
        import psycopg
    except ImportError:
        raise ServerError(
            "a team server needs psycopg, in the trainer's team extra: "
            "pip install 'briefing-trainer[team]'"
        ) from None

    settings = server_settings(url)
    try:
        # Autocommit: each step says where its transaction begins and ends (conn.transaction()).
        return psycopg.connect(**settings, autocommit=True)  # type: ignore[arg-type]
    except psycopg.Error as error:
        raise ServerError(connection_failure(error, settings)) from None


def connection_failure(error: Exception, settings: Mapping[str, str]) -> str:
    """Why a connection failed, as one sentence naming the server."""
    where = describe(settings)
    # libpq's first line says what failed; the lines after it are hints (shown as a clause).
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    detail = "; ".join(lines) if lines else type(error).__name__
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (
            f"the server at {where} refused the login ({last_clause(detail)}); check the "
            "user name and the password in ~/.pgpass (PGPASSFILE) or the service file"
        )
    missing_ca = re.search(r'root certificate file "([^"]*)" does not exist', detail)
    if missing_ca:
        # libpq's own hint here offers to turn verification off: not an option we give.
        return (
            f"the CA certificate file {missing_ca.group(1)} does not exist; name the server's "
            "CA in sslrootcert (or sslrootcert=system for the system's trusted roots)"
        )
    if "certificate" in lowered or "ssl" in lowered:
        return f"the TLS connection to {where} failed: {last_clause(detail)}"
    if "does not exist" in lowered:
        return f"the server at {where} refused the connection: {last_clause(detail)}"
    return f"cannot reach the server at {where}: {last_clause(detail)}"


def describe(settings: Mapping[str, str]) -> str:
    """A server's place as the user would write it: host:port/database, or the service."""
    if "service" in settings:
        return f"service {settings['service']!r}"
    host = settings.get("host") or os.environ.get("PGHOST") or "localhost"
    port = settings.get("port") or os.environ.get("PGPORT") or "5432"
    database = settings.get("dbname") or os.environ.get("PGDATABASE") or ""
    return f"{host}:{port}/{database}" if database else f"{host}:{port}"


def last_clause(detail: str) -> str:
    """libpq's reason without its 'connection to server at ... failed:' preamble, and the
    hint after it lower-cased into the same sentence."""
    reason = detail.rsplit("failed:", 1)[-1].strip().rstrip(".?")
    reason = " ".join(re.sub(r"^(FATAL|ERROR):", "", reason).split())
    first, _, hint = reason.partition("; ")
    if hint:
        hint = hint.strip("()")
        reason = f"{first} ({hint[:1].lower()}{hint[1:]})"
    return reason or detail
