"""Where `trainer new`, `draft` and `import` write their deck, and the writing itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer import paths
from trainer.cli.common import any_deck_dirs, data_dir
from trainer.core.authoring.deck_file import refuse_taken_deck_id, write_deck_file
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.library import DECK_SUFFIXES


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """-o/--output and --force, the same for every command that writes a deck."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        help="the deck file to write (default: DECK_ID.yaml in your own decks folder, "
        "DATA_DIR/decks, or in the last folder given with --decks or TRAINER_DECKS, "
        "where the trainer finds it at once)",
    )
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def deck_output_path(args: argparse.Namespace, deck_id: str) -> Path:
    """The file the deck goes to: --output, else DECK_ID.yaml where the trainer finds it."""
    if args.output is None:
        folder = paths.new_decks_dir(data_dir(args), getattr(args, "decks", None))
        return folder / f"{deck_id}.yaml"
    output = Path(args.output).expanduser()
    if output.suffix not in DECK_SUFFIXES:
        raise TrainerError(f"{output}: a deck file's name must end in .yaml (or .yml)")
    return output


def write_deck(args: argparse.Namespace, deck_id: str, path: Path, text: str) -> Deck:
    """Write the deck text after checking its id is not already used by another deck file."""
    # The folders as named, missing or not: writing the deck creates its folder.
    refuse_taken_deck_id(deck_id, any_deck_dirs(args), path)
    return write_deck_file(path, text, force=args.force)
