"""`trainer import FILE`: a Quizlet or Anki plain-text export (.csv/.tsv/.txt) as a deck."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli.common import any_deck_dirs
from trainer.cli.deck_output import add_output_options, deck_output_path
from trainer.core.authoring.deck_file import check_deck_id, refuse_taken_deck_id, slugify
from trainer.core.authoring.import_writer import ImportedDeck, write_imported_decks
from trainer.core.authoring.importing import iter_flashcards


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", type=Path,
        help="the export: one card per line, front then back, optionally tags",
    )
    parser.add_argument("--deck", metavar="ID",
                        help="the new deck's id (default: made from the file name)")
    parser.add_argument("--title", help="the deck's title (default: the file name)")
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    deck_id = check_deck_id(args.deck or slugify(source.stem) or "imported")
    path = deck_output_path(args, deck_id)
    folders = any_deck_dirs(args)
    # Refused before a million rows are read, not after.
    refuse_taken_deck_id(deck_id, folders, path)

    def check_target(deck: ImportedDeck) -> None:
        refuse_taken_deck_id(deck.deck_id, folders, deck.path)

    decks = write_imported_decks(
        iter_flashcards(source, progress=_say_progress), deck_id=deck_id, title=args.title,
        source_name=source.name, path=path, force=args.force, check_target=check_target,
    )
    for deck in decks:
        print(f"wrote {deck.path}: {deck.cards} cards from {source}")
    if len(decks) > 1:
        print(f"the export held more cards than one deck takes; they are in {len(decks)} "
              "decks, one after another")
    return 0


def _say_progress(rows: int) -> None:
    print(f"trainer: import: {rows:,} rows read", file=sys.stderr, flush=True)
