"""Drafting a short article written by a test, and reading the cards it gave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.finishing import gives_away
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck


def drafted_cards(
    folder: Path, text: str, name: str = "story.txt", today: dt.date | None = None
) -> list[Card]:
    """The cards `trainer draft` writes for ``text``, saved as ``folder / name``."""
    article_path = folder / name
    article_path.write_text(text, encoding="utf-8")
    deck_path = folder / "story.yaml"
    article = read_source(str(article_path)).article(article_path)
    draft = draft_deck(article, "story", deck_path, today=today)
    return list(parse_deck(draft.text.encode("utf-8"), deck_path).cards)


def card_answering(cards: list[Card], answer: str) -> Card:
    """The one card whose answer is ``answer``."""
    [card] = [card for card in cards if card.answer_text == answer]
    return card


def assert_no_give_aways(cards: list[Card]) -> None:
    """No card's prompt holds another card's answer."""
    for card in cards:
        for other in cards:
            as_dict = {"id": other.id, "kind": other.kind, "prompt": other.prompt}
            as_dict["answer"] = other.answer_text
            assert not gives_away(card.prompt, as_dict), (card.prompt, other.answer_text)
