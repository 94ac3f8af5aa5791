"""`trainer import FILE`: a Quizlet or Anki plain-text export (.csv/.tsv/.txt) as a deck."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.cli.deck_output import add_output_options, deck_output_path, write_deck
from trainer.core.authoring.deck_file import check_deck_id, slugify
from trainer.core.authoring.importing import Flashcard, imported_deck_text, read_flashcards


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", type=Path,
        help="the export: one card per line, front then back, optionally tags",
    )
    parser.add_argument("--deck", metavar="ID",
                        help="the new deck's id (default: made from the file name)")
    parser.add_argument("--title", help="the deck's title (default: the Anki deck's name, "
                        "else the file name)")
    parser.add_argument("--kind", choices=("auto", "text"), default="auto",
                        help="auto (the default): a card whose answer is plainly a number, a "
                        "date or (answering \"who\") a person's name is graded as one; "
                        "text: every card the file gives no kind is a text card")
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser()
    cards = read_flashcards(source, infer_kinds=args.kind == "auto")
    deck_id = check_deck_id(args.deck or slugify(source.stem) or "imported")
    path = deck_output_path(args, deck_id)
    text = imported_deck_text(cards, deck_id, args.title, source.name, path)
    deck = write_deck(args, deck_id, path, text)
    print(f"wrote {path}: {len(deck.cards)} cards from {source}")
    inferred = [card for card in cards if card.inferred]
    if inferred:
        print(inferred_summary(inferred))
    return 0


def _shown(text: str) -> str:
    """Text from the file as the terminal may print it: control characters made visible."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


# How many inferred cards are listed one by one before the rest are counted.
_LISTED = 5


def inferred_summary(cards: list[Flashcard]) -> str:
    """What import read from the answers: counts per kind, then the first few cards."""
    kinds: dict[str, int] = {}
    for card in cards:
        kinds[card.kind] = kinds.get(card.kind, 0) + 1
    counts = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    lines = [f"graded by kind, read from the answers: {counts} "
             "(add --kind text to keep them text cards)"]
    for card in cards[:_LISTED]:
        lines.append(f"  line {card.line}: {card.kind}: {_shown(str(card.answer))}: "
                     f"{_shown(card.inferred or '')}")
    if len(cards) > _LISTED:
        lines.append(f"  ... and {len(cards) - _LISTED} more")
    return "\n".join(lines)
