"""`trainer import FILE`: a Quizlet or Anki plain-text export (.csv/.tsv/.txt) as a deck."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from pathlib import Path

from trainer.cli.common import any_deck_dirs
from trainer.cli.deck_output import add_output_options, deck_output_path
from trainer.core.authoring.deck_file import check_deck_id, refuse_taken_deck_id, slugify
from trainer.core.authoring.import_writer import ImportedDeck, write_imported_decks
from trainer.core.authoring.importing import Flashcard, iter_flashcards, titled
from trainer.core.terminal_text import safe_text


def add_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help="the export: one card per line, front then back, optionally tags",
    )
    parser.add_argument(
        "--deck", metavar="ID", help="the new deck's id (default: made from the file name)"
    )
    parser.add_argument(
        "--title", help="the deck's title (default: the Anki deck's name, else the file name)"
    )
    parser.add_argument(
        "--kind",
        choices=("auto", "text"),
        default="auto",
        help="auto (the default): a card whose answer is plainly a number, a "
        'date or (answering "who") a person\'s name is graded as one; '
        "text: every card the file gives no kind is a text card",
    )
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

    inferred = _Inferred()
    cards = iter_flashcards(source, progress=_say_progress, infer_kinds=args.kind == "auto")
    # The first cards name the Anki deck they came from; the rest stream past in bounded memory.
    head = list(islice(cards, _TITLE_SAMPLE))
    title, title_from = (args.title, "") if args.title else titled(head, source.name)
    decks = write_imported_decks(
        inferred.noting(chain(head, cards)),
        deck_id=deck_id,
        title=title,
        source_name=source.name,
        path=path,
        force=args.force,
        check_target=check_target,
    )
    for deck in decks:
        print(f"wrote {deck.path}: {deck.cards} cards from {source}")
    if title_from:
        print(f"titled “{safe_text(title)}” (from {title_from}); give --title to choose another")
    if len(decks) > 1:
        print(
            f"the export held more cards than one deck takes; they are in {len(decks)} "
            "decks, one after another"
        )
    if inferred.count:
        print(inferred.summary())
    return 0


def _say_progress(rows: int) -> None:
    print(f"trainer: import: {rows:,} rows read", file=sys.stderr, flush=True)


# Cards read ahead to title the deck after the Anki deck they came from.
_TITLE_SAMPLE = 1000
# How many inferred cards are listed one by one before the rest are counted.
_LISTED = 5


class _Inferred:
    """What import read from the answers as they stream past: counts per kind, a few cards."""

    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()
        self.listed: list[Flashcard] = []

    @property
    def count(self) -> int:
        return sum(self.kinds.values())

    def noting(self, cards: Iterable[Flashcard]) -> Iterator[Flashcard]:
        for card in cards:
            if card.inferred:
                self.kinds[card.kind] += 1
                if len(self.listed) < _LISTED:
                    self.listed.append(card)
            yield card

    def summary(self) -> str:
        counts = ", ".join(f"{count} {kind}" for kind, count in sorted(self.kinds.items()))
        lines = [
            f"graded by kind, read from the answers: {counts} "
            "(add --kind text to keep them text cards)"
        ]
        for card in self.listed:
            lines.append(
                safe_text(f"  line {card.line}: {card.kind}: {card.answer}: {card.inferred or ''}")
            )
        if self.count > len(self.listed):
            lines.append(f"  ... and {self.count - len(self.listed)} more")
        return "\n".join(lines)
