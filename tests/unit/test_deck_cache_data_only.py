"""A planted cache entry cannot run code: the deck cache holds data only (issue 12, item 7)."""

from __future__ import annotations

import json
import os
import pickle
import sys
from array import array
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


def test_an_entry_is_json_and_plain_numbers_after_its_length(
    cached: tuple[DeckCache, Path, Path],
) -> None:
    _, _, entry = cached
    data = entry.read_bytes()
    start = data.index(b"\n") + 1
    length = int.from_bytes(data[start : start + 8], "big")
    header = json.loads(data[start + 8 : start + 8 + length])
    assert header[0].startswith("deck-cache-")
    assert header[1] == sys.byteorder
    count, ids_length = header[-2:]
    # Then the index, nothing but text and integers: the ids, one kind digit per card, each
    # card's offset (one more than the cards) and tag-set code, 8 bytes each.
    index = data[start + 8 + length :]
    assert index[:ids_length].decode("utf-8") == "c"
    assert index[ids_length : ids_length + count] == b"5"  # "list", the sixth of KINDS
    offsets = array("q", index[ids_length + count : ids_length + count + 8 * (count + 1)])
    cards = index[ids_length + count + 16 * count + 8 :]
    assert offsets.tolist() == [0, len(cards)]
    assert json.loads(cards)[3] == ["a", "b"]


@pytest.mark.parametrize(
    "planted",
    [
        # A header whose values have the wrong types: a cache miss, not a crash.
        f'["deck-cache-8", "{sys.byteorder}", 1, 2, 3, 4, 5, 6, 7, 8, 9]',
        f'["deck-cache-8", "{sys.byteorder}", "d", "T", "/x", null, [], [["x"]], [], -1, 1]',
        f'["deck-cache-8", "{sys.byteorder}", "d", "T", "/x", null, [], [["x"]], [], 1, 99]',
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
