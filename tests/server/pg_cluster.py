"""A throwaway PostgreSQL cluster for the tests, shared by every xdist worker of one run.

The first worker that needs it runs ``initdb`` in a temp folder and starts the server on
127.0.0.1 only (no Unix socket), on a free port, with passwords (SCRAM) over TCP; the
last worker done stops it and removes the folder. Workers agree through a lock file beside
the cluster: a state file lists the port, the admin's password and the pids of the workers
using it. A run killed half-way leaves its cluster behind; the next run stops and removes
any whose workers are all gone.

Run as root, the server runs as the ``postgres`` user Debian's package creates (initdb
refuses root); otherwise as the current user. Another server can be used instead:
TRAINER_TEST_PG=postgresql://USER:PASSWORD@HOST:PORT/DB names a superuser of it (a test
database and roles are created there and dropped after each test).

Usable by hand, for a server to try the trainer against:
``python tests/server/pg_cluster.py start DIR`` prints the port and admin password as JSON
(the cluster counts the calling shell as its user); ``... stop DIR`` from that shell stops it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ADMIN = "trainer_test_admin"
ROOT_PREFIX = "trainer-test-pg-"
BIN_GLOB = "/usr/lib/postgresql/*/bin"
# Set in the state by whoever removed the folder: nothing is written back.
_REMOVED = "removed"


class NoServer(Exception):
    """No PostgreSQL server can be started here; the message says why (the skip reason)."""


@dataclass(frozen=True)
class Server:
    """Where the test server listens and its admin (a superuser)'s login."""

    host: str
    port: int
    admin: str
    password: str
    dbname: str = "postgres"
    # The CA that signed the server's certificate (for "localhost" only); None: no TLS.
    ca_file: str | None = None

    def url(self, dbname: str, user: str | None = None) -> str:
        """A URL without a password, as the trainer takes one (the password is in PGPASSFILE)."""
        return f"postgresql://{self.host}:{self.port}/{dbname}?user={user or self.admin}"

    def passfile_line(self, user: str, password: str) -> str:
        return f"{self.host}:{self.port}:*:{user}:{password}\n"


def bin_dir() -> Path:
    """The folder of initdb and pg_ctl: PG_BINDIR, the newest Debian one, or PATH's."""
    if os.environ.get("PG_BINDIR"):
        named = Path(os.environ["PG_BINDIR"])
        if not (named / "initdb").exists():
            raise NoServer(f"PG_BINDIR={named} holds no initdb")
        return named
    found = sorted(Path("/").glob(BIN_GLOB.lstrip("/")), key=lambda p: _version(p.parent.name))
    if found:
        return found[-1]
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise NoServer(
        f"no PostgreSQL server binaries ({BIN_GLOB}, PG_BINDIR or pg_ctl on PATH): "
        "install Debian's postgresql package (.ci/run does) or set TRAINER_TEST_PG"
    )


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".") if part.isdigit())


def server_user() -> str | None:
    """The user to run the server as: None for the current one, 'postgres' under root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise NoServer(
            "running as root and there is no 'postgres' user to run the test server as "
            "(initdb refuses root)"
        ) from None
    return "postgres"


def run_as(user: object, *command: str | Path) -> subprocess.CompletedProcess[str]:
    words = [str(word) for word in command]
    if user is not None:
        words = ["runuser", "-u", str(user), "--", *words]
    return subprocess.run(
        words, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def locked(root: Path) -> Iterator[dict[str, object]]:
    """The cluster's state under its lock; changes to the dict are written back.

    The last user removes the whole folder while holding the lock, so a process that was
    waiting on it checks, once it has the lock, that its lock file is still the folder's;
    if not, it starts over (and makes the folder anew).
    """
    while True:
        try:
            # Others may pass through to the server's folder (it runs as another user under
            # root) but not list it; the state, which holds the admin's password, is ours.
            root.mkdir(exist_ok=True)
            root.chmod(0o711)
            lock = open(root / "lock", "a+")  # noqa: SIM115 (closed below, on every path)
        except FileNotFoundError:
            continue
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not _still_linked(lock.fileno(), root / "lock"):
                continue
            state_path = root / "state.json"
            state: dict[str, object] = (
                json.loads(state_path.read_text()) if state_path.exists() else {}
            )
            try:
                yield state
            finally:
                if not state.pop(_REMOVED, False):
                    handle = os.open(state_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    with os.fdopen(handle, "w") as file:
                        json.dump(state, file)
            return


def _still_linked(descriptor: int, path: Path) -> bool:
    try:
        return os.stat(path).st_ino == os.fstat(descriptor).st_ino
    except FileNotFoundError:
        return False


def acquire(root: Path, pid: int | None = None) -> Server:
    """The cluster in ``root``, started if no worker has yet; ``pid`` (this process) counted
    as one of its users."""
    with locked(root) as state:
        users = [pid for pid in _pids(state) if _alive(pid)]
        if not users or not _running(root, state):
            state.clear()
            state.update(_start(root))
        state["users"] = [*users, pid or os.getpid()]
        ca = state.get("ca_file")
        return Server(
            "127.0.0.1",
            int(str(state["port"])),
            ADMIN,
            str(state["password"]),
            ca_file=str(ca) if ca else None,
        )


def release(root: Path, pid: int | None = None) -> None:
    """``pid`` (this process) is done with the cluster; the last user stops and removes it."""
    leaving = pid or os.getpid()
    with locked(root) as state:
        users = [user for user in _pids(state) if _alive(user) and user != leaving]
        state["users"] = users
        if users:
            return
        _discard(root, state)
        shutil.rmtree(root, ignore_errors=True)
        state[_REMOVED] = True


def sweep_abandoned(tmp: Path, keep: Path) -> None:
    """Stop and remove the clusters of earlier runs whose workers are all gone."""
    for root in tmp.glob(f"{ROOT_PREFIX}*"):
        if root == keep:
            continue
        try:
            with locked(root) as state:
                if any(_alive(pid) for pid in _pids(state)):
                    continue
                _discard(root, state)
                shutil.rmtree(root, ignore_errors=True)
                state[_REMOVED] = True
        except (OSError, ValueError):  # not ours to remove, or not a state we wrote
            continue


def _discard(root: Path, state: dict[str, object]) -> None:
    """Stop the cluster in ``root`` and remove its files (under the lock)."""
    _stop(root, state)
    state.clear()
    for folder in ("data", "log", "tls"):
        shutil.rmtree(root / folder, ignore_errors=True)


def _pids(state: dict[str, object]) -> list[int]:
    users = state.get("users", [])
    return [int(pid) for pid in users] if isinstance(users, list) else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _running(root: Path, state: dict[str, object]) -> bool:
    if "port" not in state:
        return False
    status = run_as(state.get("run_as"), bin_dir() / "pg_ctl", "status", "-D", root / "data")
    return status.returncode == 0


def _start(root: Path) -> dict[str, object]:
    user = server_user()
    binaries = bin_dir()
    data, log = root / "data", root / "log"
    shutil.rmtree(data, ignore_errors=True)
    password = secrets.token_urlsafe(18)
    for folder in (data, log):
        folder.mkdir(mode=0o700, exist_ok=True)
        if user is not None:
            shutil.chown(folder, user, user)
    with tempfile.NamedTemporaryFile("w", dir=log, delete=False) as pwfile:
        pwfile.write(password + "\n")
    if user is not None:
        shutil.chown(pwfile.name, user, user)
    initdb = run_as(
        user,
        binaries / "initdb",
        "-D", data,
        "-U", ADMIN,
        f"--pwfile={pwfile.name}",
        "--auth-local=peer",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
    )  # fmt: skip
    os.unlink(pwfile.name)
    if initdb.returncode != 0:
        raise NoServer(f"initdb failed: {initdb.stderr.strip() or initdb.stdout.strip()}")
    ca_file = _make_certificates(root, data, user)
    if ca_file is not None:
        with open(data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
    failure = ""
    for _attempt in range(3):
        port = free_port()
        # Throwaway: durability off for speed; TCP on loopback only, no Unix socket.
        settings = (
            f"port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        )
        with open(data / "postgresql.auto.conf", "a", encoding="utf-8") as conf:
            conf.write(settings)
        started = run_as(
            user, binaries / "pg_ctl", "start", "-w", "-t", "60", "-D", data,
            "-l", log / "server.log",
        )  # fmt: skip
        if started.returncode == 0:
            return {"port": port, "password": password, "run_as": user, "ca_file": ca_file}
        failure = (log / "server.log").read_text(errors="replace")[-500:] or started.stderr
    raise NoServer(f"the test server did not start: {failure.strip()}")


def _make_certificates(root: Path, data: Path, user: str | None) -> str | None:
    """A test CA and a server certificate it signed for "localhost" (not for 127.0.0.1, so
    verify-full to the address is refused on the name); the CA's file, or None without
    openssl (the TLS tests are then skipped)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    tls = root / "tls"
    tls.mkdir(exist_ok=True)
    tls.chmod(0o755)
    curve = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    names = tls / "names.ext"
    names.write_text("subjectAltName=DNS:localhost\n")
    steps = [
        (openssl, "req", "-x509", *curve, "-keyout", tls / "ca.key", "-out", tls / "ca.crt",
         "-days", "2", "-subj", "/CN=trainer test CA"),
        (openssl, "req", *curve, "-keyout", tls / "server.key", "-out", tls / "server.csr",
         "-subj", "/CN=localhost"),
        (openssl, "x509", "-req", "-in", tls / "server.csr", "-CA", tls / "ca.crt",
         "-CAkey", tls / "ca.key", "-CAcreateserial", "-out", tls / "server.crt",
         "-days", "2", "-extfile", names),
    ]  # fmt: skip
    for step in steps:
        if run_as(None, *step).returncode != 0:
            return None
    for name in ("server.crt", "server.key"):
        shutil.copy(tls / name, data / name)
        (data / name).chmod(0o600)
        if user is not None:
            shutil.chown(data / name, user, user)
    return str(tls / "ca.crt")


def _stop(root: Path, state: dict[str, object]) -> None:
    if (root / "data" / "postmaster.pid").exists():
        run_as(
            state.get("run_as"),
            bin_dir() / "pg_ctl", "stop", "-m", "immediate", "-D", root / "data",
        )  # fmt: skip


if __name__ == "__main__":
    action, folder = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(json.dumps(acquire(folder, os.getppid()).__dict__))
    else:
        release(folder, os.getppid())
