"""`trainer store copy FROM TO`: move a history between a data folder and a team server.

FROM and TO are each a data folder (a path, or ``local`` for this trainer's own, as
--data-dir / TRAINER_DATA_DIR name it) or a server URL (postgresql://HOST/DB?user=YOU, or
service=NAME). Every review is copied once: run it again and it copies none.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli.common import data_dir
from trainer.core.errors import TrainerError
from trainer.core.terminal_text import safe_text

if TYPE_CHECKING:
    from trainer.core.store.copy import HistorySide

LOCAL = "local"


def add_parser(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="store_action", metavar="ACTION", required=True)
    copy = actions.add_parser(
        "copy",
        help="copy every review, schedule and briefing from one store to another",
        description="Copy a history: every review (once: a second run copies none), its "
        "sessions, undo marks, card schedules (the latest review wins) and briefings. "
        "FROM and TO are each a data folder ('local' for your own) or a server URL.",
    )
    from trainer.cli import add_global_options

    add_global_options(copy, suppress_defaults=True)  # `... copy local X --data-dir D`
    copy.add_argument("source", metavar="FROM", help="'local', a data folder, or a server URL")
    copy.add_argument("target", metavar="TO", help="'local', a data folder, or a server URL")


def is_server(place: str) -> bool:
    """Whether ``place`` names a team server rather than a data folder."""
    return place.startswith(("postgresql://", "postgres://")) or "=" in place


def open_side(args: argparse.Namespace, place: str, *, must_exist: bool) -> HistorySide:
    from trainer import paths

    if is_server(place):
        from trainer.core.server.copy_side import ServerHistory

        return ServerHistory(place)
    from trainer.core.store.copy import SqliteHistory

    folder = data_dir(args) if place == LOCAL else Path(place).expanduser()
    if must_exist and not paths.database_path(folder).is_file():
        raise TrainerError(f"{folder}: there is no trainer history here to copy from")
    from trainer.cli.common import upgrade_progress

    return SqliteHistory(folder, upgrade_progress)


def run(args: argparse.Namespace) -> int:
    from trainer.core.store.copy import copy_history

    if args.source == args.target:
        raise TrainerError("FROM and TO are the same place; name two different stores")
    source = open_side(args, args.source, must_exist=True)
    try:
        target = open_side(args, args.target, must_exist=False)
        try:
            copied = copy_history(source, target)
        finally:
            target.close()
    finally:
        source.close()
    print(
        safe_text(
            f"Copied {copied.reviews:,} review{'s' if copied.reviews != 1 else ''}, "
            f"{copied.already:,} already there; {copied.sessions:,} sessions, "
            f"{copied.schedules:,} card schedules, {copied.briefings:,} briefings, "
            f"{copied.undo_marks:,} undo marks."
        )
    )
    return 0
