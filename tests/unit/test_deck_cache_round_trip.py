"""A cached deck keeps every card field, including those equality ignores."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from trainer import load_deck
from trainer.core.deck_cache import DeckCache

DECK = """\
id: d
title: T
sources:
  s1:
    file: article.txt
cards:
  - id: first
    kind: number
    prompt: How many?
    answer: 29%
    tolerance: 2%
    source: s1
    evidence: twenty-nine per cent
  - id: second
    kind: choice
    prompt: Which one?
    answer: Rubio
    options: [Rubio, Dar]
    tags: [people]
"""


def test_every_card_field_survives_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK, encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    cache.load(path)
    warm = cache.load(path)
    loaded = load_deck(path)
    for cached_card, loaded_card in zip(warm.cards, loaded.cards, strict=True):
        for field in fields(loaded_card):
            assert getattr(cached_card, field.name) == getattr(loaded_card, field.name)
    # One set of the deck's answers, shared by its cards, as the loader builds it.
    assert warm.cards[0].deck_answers is warm.cards[1].deck_answers
    assert warm.cards[0].line != warm.cards[1].line
