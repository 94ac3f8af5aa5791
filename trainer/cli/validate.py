"""`trainer validate [PATH...]`: one line per problem, then a summary line."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.cli.common import any_deck_dirs, data_dir, deck_cache, deck_dirs_named_by
from trainer.core.deck import Problem
from trainer.core.validate import validate_paths


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        type=Path,
        help="deck files or folders (default: the folders the trainer reads decks from)",
    )


def run(args: argparse.Namespace) -> int:
    targets = args.paths or any_deck_dirs(args)
    # A default folder that does not exist yet (no decks of one's own) is not a problem, but a
    # path, --decks or TRAINER_DECKS folder the user named is: it is likely mistyped.
    named = bool(args.paths or deck_dirs_named_by(args))
    missing = [path for path in targets if not path.exists()] if named else []
    # Decks unchanged since a quiz or an earlier check read them come from the parsed-deck
    # cache (it holds only decks that passed the loader's checks); nothing is created for it.
    cache = deck_cache(args) if data_dir(args).is_dir() else None
    report = validate_paths((path for path in targets if path.exists()), cache)
    report.problems[:0] = [Problem(str(path), 0, 0, "no such file or folder") for path in missing]
    for problem in report.problems:
        print(problem)
    print(report.summary())
    return 1 if report.errors else 0
