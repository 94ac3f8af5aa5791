"""`trainer export DECK --format anki|csv`: a deck for Anki (.apkg) or for spreadsheets."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from trainer.cli.common import find_deck
from trainer.core.authoring.deck_file import write_new_file
from trainer.core.authoring.exporting import anki_package, write_csv
from trainer.core.errors import TrainerError

SUFFIXES = {"anki": ".apkg", "csv": ".csv"}


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("deck", metavar="DECK", help="a deck id or the path of a deck file")
    parser.add_argument(
        "--format",
        required=True,
        choices=tuple(SUFFIXES),
        help="anki: an .apkg package; csv: one row per card",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="the file to write (default: DECK_ID.apkg or DECK_ID.csv in the current folder; "
        "'-' writes CSV to standard output; an Anki package needs a file)",
    )
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")


def run(args: argparse.Namespace) -> int:
    if args.output == "-" and args.format == "anki":
        # Otherwise it would quietly become a file named "-".
        raise TrainerError(
            "an Anki package is binary and cannot go to standard output ('-o -'); "
            "give a file name with -o, or leave -o out to write DECK_ID.apkg"
        )
    deck = find_deck(args, args.deck)
    if args.output == "-" and args.format == "csv":
        write_csv(deck, sys.stdout)
        return 0
    path = Path(args.output or f"{deck.id}{SUFFIXES[args.format]}").expanduser()
    if args.format == "anki" and path.suffix.lower() != ".apkg":
        # Anki reads a package by its name, and a binary file named .txt or .csv would be
        # opened as text by everything else.
        raise TrainerError(
            f"an Anki package must be named .apkg, not '{path.name}'; "
            "give -o NAME.apkg, or --format csv for a spreadsheet"
        )
    if args.format == "anki":
        data = anki_package(deck)
    else:
        text = io.StringIO(newline="")
        write_csv(deck, text)
        # The byte-order mark lets spreadsheet programs see the file is UTF-8.
        data = text.getvalue().encode("utf-8-sig")
    write_new_file(path, data, force=args.force)
    print(f"wrote {path}: {len(deck.cards)} cards from deck '{deck.id}'")
    return 0
