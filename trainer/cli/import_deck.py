"""`trainer import FILE`: a Quizlet or Anki plain-text export (.csv/.tsv/.txt) as a deck."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.cli.deck_output import add_output_options, deck_output_path, write_deck
from trainer.core.authoring.deck_file import check_deck_id, slugify
from trainer.core.authoring.importing import imported_deck_text, read_flashcards


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
    cards = read_flashcards(source)
    deck_id = check_deck_id(args.deck or slugify(source.stem) or "imported")
    path = deck_output_path(args, deck_id)
    text = imported_deck_text(cards, deck_id, args.title, source.name, path)
    deck = write_deck(args, deck_id, path, text)
    print(f"wrote {path}: {len(deck.cards)} cards from {source}")
    return 0
