"""`trainer serve`: the same trainer, in a web browser, through textual-serve."""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import subprocess
import sys
from pathlib import Path

from trainer.cli.common import data_dir, deck_dirs
from trainer.core.errors import TrainerError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default=DEFAULT_HOST,
        help=f"the address to listen on (default: {DEFAULT_HOST}, this machine only)",
    )
    parser.add_argument("--port", type=_port, default=DEFAULT_PORT,
                        help=f"the port to listen on (default: {DEFAULT_PORT})")


def run(args: argparse.Namespace) -> int:
    from textual_serve.server import Server  # deferred: only this command needs it

    # Said here, once, rather than by every trainer the browser starts.
    deck_dirs(args)
    if not _is_loopback(args.host):
        print(f"trainer: serving on {args.host}: anyone who can reach this machine can use "
              "the trainer and see your results", file=sys.stderr)
    server = Server(app_command(args), host=args.host, port=args.port,
                    title="Briefing trainer")
    try:
        server.serve()
    except OSError as error:
        raise TrainerError(
            f"cannot serve on {args.host}:{args.port}: {error.strerror or error}; "
            "is another program using that port? Pick another with --port"
        ) from None
    return 0


def app_command(args: argparse.Namespace) -> str:
    """The shell command that runs the terminal trainer with this command's data and decks."""
    words = [sys.executable, "-m", "trainer", "--data-dir", str(data_dir(args).resolve())]
    for folder in getattr(args, "decks", None) or []:
        words += ["--decks", str(Path(folder).expanduser().resolve())]
    if sys.platform == "win32":
        return subprocess.list2cmdline(words)
    return shlex.join(words)


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (1 to 65535)")
    return int(text)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
