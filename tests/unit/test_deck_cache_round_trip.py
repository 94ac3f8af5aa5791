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
    shuffle: false
    tags: [people]
  - id: third
    prompt: What was the operation launched to do?
    answer: dismantle terror infrastructure
    points:
      - [dismantle, destroy, take down]
      - [terror, terrorist]
      - infrastructure
    need: 2
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
    assert warm.cards[2].points == (
        ("dismantle", "destroy", "take down"),
        ("terror", "terrorist"),
        ("infrastructure",),
    )
    assert (warm.cards[2].need, warm.cards[1].shuffle, warm.cards[0].shuffle) == (2, False, True)
    # One set of the deck's answers, shared by its cards, as the loader builds it.
    assert warm.cards[0].deck_answers is warm.cards[1].deck_answers
    assert warm.cards[0].line != warm.cards[1].line


def test_the_card_index_reads_the_same_from_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK, encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    cache.load(path)
    warm = cache.load(path).card_index()
    loaded = load_deck(path).card_index()
    for name in ("ids", "kinds", "tags"):
        cached_values, loaded_values = getattr(warm, name), getattr(loaded, name)
        assert list(cached_values) == list(loaded_values)
        assert len(cached_values) == len(loaded_values)
        assert [cached_values[position] for position in range(len(cached_values))] == list(
            loaded_values
        )
        assert list(cached_values[::-1]) == list(loaded_values)[::-1]
    assert warm.kinds[1] == "choice"
    assert warm.tags[1] == ("people",)
