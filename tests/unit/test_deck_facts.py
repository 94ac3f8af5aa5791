"""The fact lists: every fact a briefing officer expects of an article has a card that
teaches it, with the article's own words as evidence, and every card teaches a listed fact."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer import load_deck
from trainer.core.deck import Card, Deck

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
FACTS = REPO / "tests" / "data" / "facts"
BUNDLED: dict[str, Deck] = {
    deck.id: deck for deck in (load_deck(path) for path in sorted((REPO / "decks").glob("*.yaml")))
}
FACT_FILES = sorted(FACTS.glob("*.yaml"))


def load_facts(path: Path) -> dict:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def words(text: str) -> str:
    """The text with runs of white space made one space: a folded YAML line is not a change."""
    return " ".join(text.split())


def find(reference: str) -> tuple[Deck, Card]:
    deck_id, _, card_id = reference.partition("/")
    assert deck_id in BUNDLED, f"no bundled deck {deck_id!r} ({reference})"
    deck = BUNDLED[deck_id]
    assert card_id in {card.id for card in deck.cards}, f"no card {reference}"
    return deck, deck.card(card_id)


def test_there_is_a_fact_list_for_every_article() -> None:
    listed = {load_facts(path)["article"] for path in FACT_FILES}
    assert listed == {path.name for path in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda path: path.stem)
def test_each_fact_names_cards_that_quote_this_article_word_for_word(path: Path) -> None:
    facts = load_facts(path)
    article = SEEDS / facts["article"]
    text = words(article.read_text(encoding="utf-8"))
    assert len(facts["facts"]) >= 5
    for fact in facts["facts"]:
        assert fact["fact"].strip() and fact["cards"], fact
        for reference in fact["cards"]:
            deck, card = find(reference)
            assert card.source is not None and card.evidence, reference
            assert deck.sources[card.source].file.resolve() == article.resolve(), reference
            assert words(card.evidence) in text, f"{reference}: evidence not in {article.name}"


def test_every_bundled_card_teaches_a_listed_fact() -> None:
    # A card no fact names is trivia or a repeat: cut it, or say which fact it teaches.
    named = {
        reference
        for path in FACT_FILES
        for fact in load_facts(path)["facts"]
        for reference in fact["cards"]
    }
    cards = {f"{deck.id}/{card.id}" for deck in BUNDLED.values() for card in deck.cards}
    assert sorted(cards - named) == []
