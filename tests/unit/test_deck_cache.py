"""The parsed-deck cache: same deck as the loader, never stale after an edit, safe to damage."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import DeckError, load_deck
from trainer.core.deck_cache import DeckCache

DECK = "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: {answer}\n"


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.format(answer="first"), encoding="utf-8")
    return path


def test_cached_deck_equals_loaded_deck(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    cold = cache.load(deck_path)
    warm = cache.load(deck_path)
    assert cold == warm == load_deck(deck_path)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 1


def test_an_edit_is_never_served_stale(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    assert cache.load(deck_path).cards[0].answer == "first"
    deck_path.write_text(DECK.format(answer="second"), encoding="utf-8")
    assert cache.load(deck_path).cards[0].answer == "second"


def test_damaged_entries_are_rebuilt(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_path)
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert cache.load(deck_path).cards[0].answer == "first"


def test_broken_decks_are_not_cached_and_still_raise(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: d\n", encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(DeckError):
            cache.load(path)


def test_unwritable_cache_folder_only_costs_speed(tmp_path: Path, deck_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    cache = DeckCache(blocker / "cache")
    assert cache.load(deck_path).cards[0].answer == "first"
