"""A cache of parsed decks keyed by the file's content, so a large deck loads at once.

The key is a hash of the deck file's bytes, its path (sources resolve against it) and the
loader's version, so an edited file is never served stale. Entries are plain pickle files
written atomically; a damaged or unreadable entry is ignored and rewritten, and deleting
the folder is always safe.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from trainer.core.collection import collection_paused
from trainer.core.deck import Card, Deck, DeckError, Problem, parse_deck

# Bump when Deck/Card change shape or the loader's rules change.
CACHE_FORMAT = "deck-cache-2"
_CARD_FIELDS = tuple(field.name for field in dataclasses.fields(Card))


class DeckCache:
    """Parsed decks on disk, under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load(self, path: Path) -> Deck:
        """The deck at ``path``, from the cache when its content is unchanged."""
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise DeckError([Problem(str(path), 0, 0, "is a folder, not a deck file")]) from None
        except FileNotFoundError:
            raise DeckError([Problem(str(path), 0, 0, "no such file")]) from None
        except OSError as error:
            reason = error.strerror or str(error)
            raise DeckError([Problem(str(path), 0, 0, f"cannot be read: {reason}")]) from None
        entry = self.folder / f"{self._key(path, data)}.pickle"
        deck = self._read(entry)
        if deck is None:
            deck = parse_deck(data, path)
            self._write(entry, deck)
        return deck

    @staticmethod
    def _key(path: Path, data: bytes) -> str:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(CACHE_FORMAT.encode())
        digest.update(str(path.resolve()).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    @staticmethod
    def _read(entry: Path) -> Deck | None:
        try:
            with entry.open("rb") as handle, collection_paused():
                deck = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is only a cache miss
            return None
        return deck if isinstance(deck, Deck) else None

    def _write(self, entry: Path, deck: Deck) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
                # Cards come back through their constructor: several times faster than the
                # dataclass __setstate__, which looks the fields up again for every card.
                pickler.dispatch_table = {**copyreg.dispatch_table, Card: _reduce_card}
                pickler.dump(deck)
            os.replace(temporary, entry)
        except OSError:
            # A read-only or full disk only costs speed next time.
            return


def _reduce_card(card: Card) -> tuple[type[Card], tuple[object, ...]]:
    return Card, tuple(getattr(card, name) for name in _CARD_FIELDS)
