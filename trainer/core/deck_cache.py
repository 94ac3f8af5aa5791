"""A cache of parsed decks keyed by the file's content, so a large deck loads at once.

The key is a hash of the deck file's bytes, its path (sources resolve against it) and the
loader's version, so an edited file is never served stale. Entries are plain pickle files
written atomically; a damaged or unreadable entry is ignored and rewritten, and deleting
the folder is always safe.

An entry is shaped for starting a quiz: the deck's header, each card's id, kind and tags in
compact form, and each card's fields pickled on their own. Loading it builds no card; a
quiz builds the few it asks first, and the whole list is built only when something reads
``deck.cards``. A 10,000-card deck loads in a few milliseconds instead of some forty.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import tempfile
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path

import xxhash

from trainer.core.collection import collection_paused
from trainer.core.deck import (
    KINDS,
    Card,
    CardIndex,
    Deck,
    Source,
    parse_deck,
    read_deck_bytes,
)

# Bump when Deck/Card change shape, the loader's rules change or the entry's layout does.
CACHE_FORMAT = "deck-cache-4"
_CARD_FIELDS = tuple(field.name for field in dataclasses.fields(Card))
# Each card is stored without its deck's answers, which all its cards share: one set per
# deck, put back in this place when a card is built.
_ANSWERS_AT = _CARD_FIELDS.index("deck_answers")
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


class DeckCache:
    """Parsed decks on disk, under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load(self, path: Path) -> Deck:
        """The deck at ``path``, from the cache when its content is unchanged."""
        data = read_deck_bytes(path)
        entry = self.folder / f"{self._key(path, data)}.pickle"
        deck = self._read(entry)
        if deck is None:
            deck = parse_deck(data, path)
            self._write(entry, deck)
        return deck

    @staticmethod
    def _key(path: Path, data: bytes) -> str:
        # XXH3's 128 bits tell edited files apart as surely as a cryptographic hash (nobody
        # forges a deck against their own cache) at a thirtieth of SHA-256's time.
        digest = xxhash.xxh3_128()
        digest.update(CACHE_FORMAT.encode())
        digest.update(str(path.resolve()).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    @staticmethod
    def _read(entry: Path) -> Deck | None:
        try:
            with entry.open("rb") as handle, collection_paused():
                stored = pickle.load(handle)
            if not (isinstance(stored, tuple) and stored and stored[0] == CACHE_FORMAT):
                return None
            return CachedDeck(*stored[1:])
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is only a cache miss
            return None

    def _write(self, entry: Path, deck: Deck) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(_entry(deck), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, entry)
        except OSError:
            # A read-only or full disk only costs speed next time.
            return


def _entry(deck: Deck) -> tuple[object, ...]:
    """The stored form of ``deck``: what ``CachedDeck`` is built from, after the format."""
    tag_codes: dict[tuple[str, ...], int] = {}
    offsets = array("Q", [0])
    parts: list[bytes] = []
    for card in deck.cards:
        values = [getattr(card, name) for name in _CARD_FIELDS]
        values[_ANSWERS_AT] = None
        parts.append(pickle.dumps(tuple(values), protocol=pickle.HIGHEST_PROTOCOL))
        offsets.append(offsets[-1] + len(parts[-1]))
    answers = next((card.deck_answers for card in deck.cards), frozenset())
    return (
        CACHE_FORMAT, deck.id, deck.title, deck.path, deck.description, dict(deck.sources),
        # Card ids are slugs, so a newline never occurs inside one.
        "\n".join(card.id for card in deck.cards),
        bytes(_KIND_CODES[card.kind] for card in deck.cards),
        array("I", [tag_codes.setdefault(card.tags, len(tag_codes)) for card in deck.cards]),
        list(tag_codes),
        b"".join(parts), offsets,
        pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL),
    )


class CachedDeck(Deck):
    """A Deck read from the cache, whose cards are built as they are asked for.

    It is a Deck in every way (``cards`` is the full list, equal to the parsed one), but the
    list is built on first read; ``card_index`` and ``card_at`` build only what they return.
    """

    # Deck's own fields live in Deck's slots; ``cards`` is a property below, so its slot is
    # never filled, and Deck's generated __init__ (which would assign it) is not used.
    __slots__ = ("_answers", "_answers_data", "_built", "_card_data", "_cards", "_index",
                 "_offsets")

    def __init__(self, deck_id: str, title: str, path: Path, description: str | None,
                 sources: Mapping[str, Source], ids: str, kinds: bytes, tag_codes: array,
                 tag_sets: Sequence[tuple[str, ...]], card_data: bytes, offsets: array,
                 answers_data: bytes) -> None:
        for name, value in (("id", deck_id), ("title", title), ("path", path),
                            ("description", description), ("sources", sources),
                            ("_card_data", card_data), ("_offsets", offsets),
                            ("_answers_data", answers_data), ("_answers", None),
                            ("_built", {}), ("_cards", None)):
            object.__setattr__(self, name, value)
        card_ids = ids.split("\n") if ids else []
        if not len(card_ids) == len(kinds) == len(tag_codes) == len(offsets) - 1:
            raise ValueError("a damaged deck cache entry")
        index = CardIndex(ids=card_ids, kinds=list(map(KINDS.__getitem__, kinds)),
                          tags=list(map(tag_sets.__getitem__, tag_codes)))
        object.__setattr__(self, "_index", index)

    @property
    def cards(self) -> list[Card]:
        """Every card, in file order; built on first read."""
        if self._cards is None:
            with collection_paused():
                cards = [self.card_at(position) for position in range(len(self._index.ids))]
            object.__setattr__(self, "_cards", cards)
        return self._cards

    def card_index(self) -> CardIndex:
        return self._index

    def card_at(self, position: int) -> Card:
        if self._cards is not None:
            return self._cards[position]
        card = self._built.get(position)
        if card is None:
            if not 0 <= position < len(self._index.ids):
                raise IndexError(position)
            start, end = self._offsets[position], self._offsets[position + 1]
            values = list(pickle.loads(memoryview(self._card_data)[start:end]))
            values[_ANSWERS_AT] = self._deck_answers()
            # Positional, in field order: several times faster than keywords for a deck.
            card = Card(*values)
            self._built[position] = card
        return card

    def _deck_answers(self) -> frozenset[str]:
        if self._answers is None:
            object.__setattr__(self, "_answers", pickle.loads(self._answers_data))
        return self._answers

    def __eq__(self, other: object) -> bool:
        # Equal to the same deck parsed from its file: Deck's own __eq__ wants one class.
        if not isinstance(other, Deck):
            return NotImplemented
        return _fields(self) == _fields(other)

    __hash__ = None

    def __reduce__(self) -> tuple[type[Deck], tuple[object, ...]]:
        # Copied or pickled, it becomes the plain Deck it stands for.
        return Deck, _fields(self)


def _fields(deck: Deck) -> tuple[object, ...]:
    return (deck.id, deck.title, deck.cards, deck.path, deck.description, deck.sources)
