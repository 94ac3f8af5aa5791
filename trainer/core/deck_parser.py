"""Reading a deck file: its YAML composed (``deck_yaml``), then walked into a Deck
(``deck_walk``), each problem at its line and column (``deck_locations``).

The keys a deck, a source and a card hold are the field table's (``deck_fields``). This
module is what the rest of the trainer imports; it is loaded only when a file is parsed,
so a deck served from the parsed-deck cache never loads PyYAML.
"""

from __future__ import annotations

from pathlib import Path

from trainer.core.deck import Deck, Problem
from trainer.core.deck_locations import DeckLocations
from trainer.core.deck_walk import DeckWalk
from trainer.core.deck_yaml import DeckYaml
from trainer.core.gc_pause import gc_paused

__all__ = ["DeckLocations", "DeckWalk", "DeckYaml", "parse"]


def parse(data: bytes, path: Path) -> tuple[Deck | None, list[Problem]]:
    """The deck in ``data`` (read from ``path``) and every problem found in it, in the
    order they come in the file; the deck is None when it cannot be used."""
    reading = DeckYaml(str(path))
    # The walk takes each card as it is composed, so the file's cards never exist as one
    # node tree (a 100,000-card deck's took about 870 MB).
    walk = DeckWalk(str(path), "")
    with gc_paused():
        root = reading.compose(data, walk)
        if root is None:
            # What stops the file being read is all there is to say: problems the walk
            # found in cards before that point are not reported, as before streaming.
            return None, reading.problems
        deck = walk.build(root, path)
    problems = sorted(
        reading.problems + walk.problems, key=lambda problem: (problem.line, problem.column)
    )
    return deck, problems
