"""The example cards of a `trainer new` skeleton: shown in the file, never quizzed.

A skeleton holds one example card of each kind so its author sees every key in place. They
are placeholders ("Replace me: ..."), so a quiz leaves them out until the author replaces
them (a replaced card has the author's own id) or removes their ``example`` tag.
"""

from __future__ import annotations

from trainer.core.deck import CardIndex

EXAMPLE_TAG = "example"
EXAMPLE_ID_PREFIX = "example-"


def is_example(card_id: str, tags: tuple[str, ...]) -> bool:
    """True for a skeleton's example card still as `trainer new` wrote it."""
    return card_id.startswith(EXAMPLE_ID_PREFIX) and EXAMPLE_TAG in tags


def example_positions(index: CardIndex) -> frozenset[int]:
    """The positions of the example cards in a deck's card index."""
    # One search of the joined ids first: a deck with no example id (nearly every deck,
    # often thousands of cards) is answered without a call per card.
    if EXAMPLE_ID_PREFIX not in "\n".join(index.ids):
        return frozenset()
    return frozenset(
        position
        for position, (card_id, tags) in enumerate(zip(index.ids, index.tags, strict=True))
        if is_example(card_id, tags)
    )
