"""The question and answer of a card named by its ids, for history tables and exports.

Reviews are stored by deck and card id; a reader wants to see the question and its answer.
A card since removed from its deck (or a deck not loaded) has neither: an empty text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from trainer.core.deck import Deck


class CardText(NamedTuple):
    """A card's prompt and its answer as one line."""

    prompt: str
    answer: str


UNKNOWN = CardText("", "")


class CardTexts:
    """Prompts and answers of every card of some decks, by (deck id, card id)."""

    def __init__(self, decks: Iterable[Deck] = ()) -> None:
        self._decks = {deck.id: deck for deck in decks}
        self._cards: dict[str, dict[str, CardText]] = {}

    def get(self, deck_id: str, card_id: str) -> CardText:
        """The card's texts; empty ones when the card is not in a loaded deck."""
        if deck_id not in self._cards:
            deck = self._decks.get(deck_id)
            self._cards[deck_id] = (
                {}
                if deck is None
                else {card.id: CardText(card.prompt, card.answer_text) for card in deck.cards}
            )
        return self._cards[deck_id].get(card_id, UNKNOWN)
