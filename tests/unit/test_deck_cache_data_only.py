"""A planted cache entry cannot run code: the deck cache holds data only (issue 12, item 7)."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from trainer import load_deck
from trainer.core.deck_cache import DeckCache

DECK = (
    "id: d\ntitle: T\ncards:\n  - id: c\n    kind: list\n    prompt: p\n"
    "    answer: [a, b]\n    tags: [x]\n"
)


class Planted:
    """A pickle that makes a folder when unpickled: proof that loading ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


@pytest.fixture
def cached(tmp_path: Path) -> tuple[DeckCache, Path, Path]:
    deck_path = tmp_path / "deck.yaml"
    deck_path.write_text(DECK, encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_path)
    [entry] = (tmp_path / "cache").glob("*.deck")
    return cache, deck_path, entry


def test_a_planted_pickle_is_never_run(
    cached: tuple[DeckCache, Path, Path], tmp_path: Path
) -> None:
    cache, deck_path, entry = cached
    marker = tmp_path / "code-ran"
    entry.write_bytes(pickle.dumps(Planted(marker)))
    deck = cache.load(deck_path)
    assert not marker.exists()
    assert deck == load_deck(deck_path)


def test_an_entry_is_plain_json_after_its_length(cached: tuple[DeckCache, Path, Path]) -> None:
    _, _, entry = cached
    data = entry.read_bytes()
    start = data.index(b"\n") + 1
    length = int.from_bytes(data[start : start + 8], "big")
    header = json.loads(data[start + 8 : start + 8 + length])
    assert header[0].startswith("deck-cache-")
    assert json.loads(data[start + 8 + length :])[3] == ["a", "b"]


@pytest.mark.parametrize(
    "planted",
    [
        # A header whose values have the wrong types: a cache miss, not a crash.
        '["deck-cache-6", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]',
        '["deck-cache-6", "d", "T", "/x", null, [], "c", "9", [0], [["x"]], [0, 0], []]',
        "[]",
    ],
)
def test_a_header_of_the_wrong_shape_is_a_cache_miss(
    cached: tuple[DeckCache, Path, Path], planted: str
) -> None:
    cache, deck_path, entry = cached
    data = entry.read_bytes()
    magic = data[: data.index(b"\n") + 1]
    header = planted.encode()
    entry.write_bytes(magic + len(header).to_bytes(8, "big") + header)
    assert cache.load(deck_path) == load_deck(deck_path)
