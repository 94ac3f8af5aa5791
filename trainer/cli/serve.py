"""`trainer serve`: the same trainer, in a web browser, through textual-serve."""

from __future__ import annotations

import argparse
import shlex
import socket
import subprocess
import sys
from pathlib import Path

from trainer.cli.common import data_dir, deck_dirs, is_loopback
from trainer.core.errors import TrainerError
from trainer.core.wording import quoted_part

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_CONNECTIONS = 4
DEFAULT_CLIENT_TIMEOUT_S = 30.0


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"the address to listen on (default: {DEFAULT_HOST}, this machine only)",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"the port to listen on (default: {DEFAULT_PORT})",
    )
    parser.add_argument(
        "--max-connections",
        type=_positive_int,
        default=DEFAULT_MAX_CONNECTIONS,
        metavar="N",
        help="how many browser tabs may run a trainer at once; each is a process "
        f"(default: {DEFAULT_MAX_CONNECTIONS})",
    )
    parser.add_argument(
        "--client-timeout",
        type=_seconds,
        default=DEFAULT_CLIENT_TIMEOUT_S,
        metavar="SECONDS",
        help="disconnect a browser that stops reading for this long, and end its trainer "
        f"(default: {DEFAULT_CLIENT_TIMEOUT_S:.0f})",
    )


def run(args: argparse.Namespace) -> int:
    # Deferred: only this command needs aiohttp and textual-serve.
    from trainer.cli.serve_guard import GuardedServer, new_token

    # Said here, once, rather than by every trainer the browser starts.
    deck_dirs(args)
    # The server prints its "Serving ... Press Ctrl+C to quit" banner before it binds the
    # port, so a port in use is found here first, before any banner.
    try:
        check_port_free(args.host, args.port)
    except OSError as error:
        raise port_error(args.host, args.port, error) from None
    if not is_loopback(args.host):
        print(
            f"trainer: serving on {args.host}: anyone who can reach this machine and has "
            "the address it prints can use the trainer and see your results",
            file=sys.stderr,
        )
    try:
        server = GuardedServer(
            app_command(args),
            host=args.host,
            port=args.port,
            title="Briefing trainer",
            token=new_token(),
            max_connections=args.max_connections,
            client_timeout_s=args.client_timeout,
        )
        server.serve()
    except OSError as error:
        raise port_error(args.host, args.port, error) from None
    return 0


def check_port_free(host: str, port: int) -> None:
    """OSError unless every address ``host`` names can listen on ``port`` now.

    Bound as the server binds (address reuse on, except on Windows where it means sharing),
    then released at once.
    """
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except UnicodeError:
        # A name IDNA cannot encode (a part over 63 characters, say) is no address at all.
        raise socket.gaierror(
            socket.EAI_NONAME, "not a host name this machine can look up"
        ) from None
    for family, kind, protocol, _name, address in addresses:
        with socket.socket(family, kind, protocol) as probe:
            if sys.platform != "win32":
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)


def port_error(host: str, port: int, error: OSError) -> TrainerError:
    """The one sentence for a host or port the server cannot listen on."""
    host = quoted_part(host)
    if isinstance(error, socket.gaierror):
        return TrainerError(
            f"cannot serve on {host}:{port}: no such address ({error.strerror}); check --host"
        )
    return TrainerError(
        f"cannot serve on {host}:{port}: {error.strerror or error}; "
        "is another program using that port? Pick another with --port"
    )


def app_command(args: argparse.Namespace) -> str:
    """The shell command that runs the terminal trainer with this command's data and decks."""
    words = [sys.executable, "-m", "trainer", "--data-dir", str(data_dir(args).resolve())]
    for folder in getattr(args, "decks", None) or []:
        words += ["--decks", str(Path(folder).expanduser().resolve())]
    if sys.platform == "win32":
        return subprocess.list2cmdline(words)
    # exec: the shell textual-serve starts becomes the trainer, so ending that process
    # (when its browser goes) ends the trainer, not only a shell around it.
    return "exec " + shlex.join(words)


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (1 to 65535)")
    return int(text)


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds above 0")
    return value
