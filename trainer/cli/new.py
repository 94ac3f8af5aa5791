"""`trainer new DECK_ID [--source ARTICLE ...]`: write a deck skeleton to fill in."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.cli.deck_output import add_output_options, deck_output_path, write_deck
from trainer.core.authoring.article import read_article
from trainer.core.authoring.deck_file import check_deck_id
from trainer.core.authoring.scaffold import scaffold_deck


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "deck_id",
        metavar="DECK_ID",
        help="the new deck's id: lowercase letters, digits and hyphens",
    )
    parser.add_argument(
        "--source",
        metavar="ARTICLE",
        type=Path,
        action="append",
        default=[],
        help="a plain-text article the cards come from (repeatable)",
    )
    parser.add_argument("--title", help="the deck's title (default: made from its id)")
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    deck_id = check_deck_id(args.deck_id)
    articles = [read_article(Path(source).expanduser()) for source in args.source]
    path = deck_output_path(args, deck_id)
    deck = write_deck(args, deck_id, path, scaffold_deck(deck_id, path, articles, args.title))
    print(f"wrote {path}: {len(deck.cards)} example cards to replace with your own")
    print(f"check it as you go with: trainer validate {path}")
    return 0
