"""A cache of parsed decks keyed by the file's content, so a large deck loads at once.

An entry's name is a hash of the deck file's path and the loader's version, then a hash of
the file's bytes, so an edited file is never served stale; writing an entry for a path
removes that path's older entries, so the folder holds one entry per deck file. Entries are
written atomically; a damaged or unreadable entry is ignored and rewritten, and deleting
the folder is always safe.

Hashing a 28 MB deck takes 4-9 ms on every load, so beside each entry a small record
(``.seen``) keeps the file's status when its bytes were last hashed: size, modification
and change times to the nanosecond, inode and device. A file whose status is exactly as
recorded is the file hashed then, and its hash is taken from the record. As in git's
index, a record is trusted only for a file last changed well before the record was made (a
change within the file system's clock tick of the record could leave every field as it
was); any other file is hashed as before, and its record renewed.

An entry is shaped for starting a quiz: a small JSON header (the deck's fields, the tag
sets, the deck's answers and the sizes of what follows), then the card index in binary form
(the ids as one newline-joined UTF-8 text, one digit per card for its kind, each card's
offset and tag-set code as machine integers, read with ``array`` in one copy each: a JSON
list of 100,000 numbers took longer to decode than the rest of the first question's
work), then the cards' own fields, each a JSON array of its
own. Loading it maps that tail of the file rather than reading it and builds no card: the
Deck's ``cards`` is a ``CachedCards`` sequence, which a quiz (through ``card_index`` and
``card_at``) and a count of the cards read without building them; a card is built when it
is read, and the whole list when every card is (iterating). A 100,000-card deck loads and
counts its cards in some 0.04 s; building every card takes over a second.

An entry holds data only, never code: it is JSON (no pickle, no marshal), so a file
planted in the cache folder can at worst be a cache miss or a wrong-typed value, which is
refused as a damaged entry; it cannot run anything.
"""

from __future__ import annotations

import dataclasses
import json
import mmap
import os
import re
import stat
import sys
import time
from array import array
from collections.abc import Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Final, TypeGuard, TypeVar, overload

import xxhash

from trainer.core.deck import (
    KINDS,
    Card,
    CardIndex,
    Deck,
    IndexedCards,
    Source,
    deck_read_errors,
    parse_deck,
    read_deck_bytes,
)
from trainer.core.gc_pause import gc_paused
from trainer.core.safe_files import MAX_DECK_BYTES, open_regular

# Bump when Deck/Card change shape, the loader's rules change or the entry's layout does.
CACHE_FORMAT = "deck-cache-8"
ENTRY_SUFFIX = ".deck"
SEEN_SUFFIX = ".seen"
# A record is trusted only for a file last changed this long before the record was made:
# far more than any file system's clock tick (FAT's is two seconds).
RACY_NS: Final = 3_000_000_000
_HEX_KEY: Final = re.compile(r"[0-9a-f]{32}")
# An entry starts with this line, then the header's length as 8 bytes (big-endian).
_MAGIC = b"briefing-trainer deck cache\n"
_LENGTH_BYTES = 8
# The index's integers, in the machine's own byte order (named in the header: an entry
# written on a machine of the other order is a cache miss). 'q' is 8 bytes everywhere.
_OFFSET_TYPE: Final = "q"
_TAG_CODE_TYPE: Final = "q"
# The fields a card's stored array holds as JSON lists but a Card holds as tuples.
_TUPLE_FIELDS = frozenset({"answer", "accept", "reject", "tags", "options"})
_CARD_FIELDS = tuple(field.name for field in dataclasses.fields(Card))
# Each card is stored without its deck's answers, which all its cards share: one set per
# deck, put back in this place when a card is built.
_ANSWERS_AT = _CARD_FIELDS.index("deck_answers")
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}
_ANSWER_AT = _CARD_FIELDS.index("answer")
_INTS_AT = tuple(_CARD_FIELDS.index(name) for name in ("need", "line", "evidence_line"))
_POINTS_AT = _CARD_FIELDS.index("points")
_SHUFFLE_AT = _CARD_FIELDS.index("shuffle")
_TUPLE_AT = tuple(index for index, name in enumerate(_CARD_FIELDS) if name in _TUPLE_FIELDS)
_TEXT_OR_NONE_AT = tuple(
    index
    for index, name in enumerate(_CARD_FIELDS)
    if name in ("source", "evidence", "note", "hint", "unit", "tolerance")
)

T = TypeVar("T")


class DeckCache:
    """Parsed decks on disk, under ``folder``."""

    def __init__(self, folder: Path, *, write: bool = True) -> None:
        self.folder = folder
        # Read-only (``write=False``): entries are read when there, a miss is parsed and
        # nothing is written, for commands that must leave the data folder as they found it.
        self.write = write

    def load(self, path: Path) -> Deck:
        """The deck at ``path``, from the cache when its content is unchanged."""
        path_key = _path_key(path)
        seen = self.folder / f"{path_key}{SEEN_SUFFIX}"
        # Taken before the file is read or hashed: a change after it makes the status
        # recorded with that hash out of date, so the next load hashes again.
        with deck_read_errors(path):
            status = os.stat(path)
        content_key = _recorded_key(seen, status)
        hashed = content_key is None
        if content_key is None:
            content_key = _file_key(path)
        deck = self._read(self.folder / f"{path_key}-{content_key}{ENTRY_SUFFIX}")
        if deck is None:
            data = read_deck_bytes(path)
            deck = parse_deck(data, path)
            if self.write:
                # Named by the bytes parsed, should the file have changed since it was hashed.
                content_key = _bytes_key(data)
                self._write(path_key, content_key, deck)
                self._record(seen, status, content_key)
        elif hashed and self.write:
            self._record(seen, status, content_key)
        return deck

    @staticmethod
    def _read(entry: Path) -> Deck | None:
        try:
            with entry.open("rb") as handle:
                if handle.read(len(_MAGIC)) != _MAGIC:
                    return None
                length = int.from_bytes(handle.read(_LENGTH_BYTES), "big")
                header = json.loads(handle.read(length))
                if not (
                    isinstance(header, list)
                    and len(header) > 2
                    and header[0] == CACHE_FORMAT
                    and header[1] == sys.byteorder
                ):
                    return None
                index_start = len(_MAGIC) + _LENGTH_BYTES + length
                # The index and the cards' data are mapped rather than read: a quiz touches
                # only the pages of the cards it asks. The mapping stays valid once the file
                # is closed.
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            return _cached_deck(header[2:], memoryview(mapped)[index_start:])
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is only a cache miss
            return None

    def _write(self, path_key: str, content_key: str, deck: Deck) -> None:
        # Only after a deck is parsed (a cache miss): the writer's module is not read (or
        # compiled, on a first run) on the way to a first question from a cached deck.
        from trainer.core.deck_cache_write import write_entry

        write_entry(self.folder, path_key, content_key, deck)

    @staticmethod
    def _record(seen: Path, status: os.stat_result, content_key: str) -> None:
        """Record that the deck file of ``status`` hashed to ``content_key``, atomically;
        a disk that refuses it only costs a hash next time. Here rather than with the
        entry's writer: a file changed just before its record is hashed, and its record
        renewed, on a load that finds its entry, which never reads the writer."""
        fields = [*_status_fields(status), time.time_ns()]
        temporary = seen.with_name(f"{seen.name}.{os.getpid()}.tmp")
        try:
            temporary.write_text(" ".join(map(str, fields)) + f" {content_key}\n", "ascii")
            os.replace(temporary, seen)
        except OSError:
            with suppress(OSError):
                temporary.unlink()


def _path_key(path: Path) -> str:
    """Names a deck file's entries: its resolved path and the cache's format."""
    named = f"{CACHE_FORMAT}\0{path.resolve()}".encode("utf-8", "surrogateescape")
    return xxhash.xxh3_64_hexdigest(named)


def _status_fields(status: os.stat_result) -> list[int]:
    """What a ``.seen`` record compares of a deck file's status."""
    return [
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
        status.st_ino,
        status.st_dev,
    ]


def _recorded_key(seen: Path, status: os.stat_result) -> str | None:
    """The content hash ``seen`` records for a file of exactly this ``status``, when the
    record can be trusted (module docstring); None to hash the file."""
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_DECK_BYTES:
        return None  # refused with its reason by the read that follows
    try:
        words = seen.read_text(encoding="ascii").split()
        fields = [int(word) for word in words[:-2]]
        recorded_at = int(words[-2])
        content_key = words[-1]
    except (OSError, ValueError, IndexError):
        return None
    if fields != _status_fields(status) or not _HEX_KEY.fullmatch(content_key):
        return None
    if max(status.st_mtime_ns, status.st_ctime_ns) >= recorded_at - RACY_NS:
        return None
    return content_key


def _file_key(path: Path) -> str:
    """A hash of the deck file's bytes, taken from a mapping of the file, not a copy of it."""
    digest = xxhash.xxh3_128()
    with deck_read_errors(path), open_regular(path, MAX_DECK_BYTES) as handle:
        if os.fstat(handle.fileno()).st_size:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                digest.update(mapped)
    return digest.hexdigest()


def _bytes_key(data: bytes) -> str:
    # XXH3's 128 bits tell edited files apart as surely as a cryptographic hash (nobody
    # forges a deck against their own cache) at a thirtieth of SHA-256's time.
    return xxhash.xxh3_128_hexdigest(data)


def _cached_deck(fields: list[object], stored: memoryview) -> Deck:
    """The deck an entry's header (after its format and byte order) and the rest of the
    file (the binary index, then the cards' data) stand for; ValueError unless each field
    has the type the trainer wrote (the entry is then a cache miss)."""
    if len(fields) != 9:
        raise ValueError("a damaged deck cache entry")
    (
        deck_id,
        title,
        path,
        description,
        sources,
        tag_sets,
        answers,
        count,
        ids_length,
    ) = fields
    if not (
        isinstance(deck_id, str)
        and isinstance(title, str)
        and isinstance(path, str)
        and (description is None or isinstance(description, str))
        and isinstance(sources, list)
        and isinstance(tag_sets, list)
        and type(count) is int
        and type(ids_length) is int
        and count >= 0
        and ids_length >= 0
        and _all_text(answers)
        and all(_all_text(tags) for tags in tag_sets)
    ):
        raise ValueError("a damaged deck cache entry")
    offsets: array[int] = array(_OFFSET_TYPE)
    tag_codes: array[int] = array(_TAG_CODE_TYPE)
    kinds_at = ids_length
    offsets_at = kinds_at + count
    codes_at = offsets_at + (count + 1) * offsets.itemsize
    cards_at = codes_at + count * tag_codes.itemsize
    if cards_at > len(stored):
        raise ValueError("a damaged deck cache entry")
    ids = str(stored[:ids_length], "utf-8")
    kinds = bytes(stored[kinds_at:offsets_at])
    offsets.frombytes(stored[offsets_at:codes_at])
    stored_codes = bytes(stored[codes_at:cards_at])
    tag_codes.frombytes(stored_codes)
    if not (
        (not kinds or kinds.isdigit())
        and _codes_below(stored_codes, tag_codes, len(tag_sets))
        and offsets[0] == 0
    ):
        raise ValueError("a damaged deck cache entry")
    card_data = stored[cards_at:]
    read_sources: dict[str, Source] = {}
    for entry in sources:
        if not (isinstance(entry, list) and len(entry) == 5):
            raise ValueError("a damaged deck cache entry")
        key, file, source_title, published, line = entry
        if not (
            isinstance(key, str)
            and isinstance(file, str)
            and type(line) is int
            and (source_title is None or isinstance(source_title, str))
            and (published is None or isinstance(published, str))
        ):
            raise ValueError("a damaged deck cache entry")
        read_sources[key] = Source(key, Path(file), source_title, published, line)
    kind_codes = kinds.translate(_DIGIT_CODES)
    if kind_codes.translate(None, _KIND_CODE_BYTES):  # what is left is no kind's code
        raise ValueError("a damaged deck cache entry")
    if (ids.count("\n") + 1 if ids else 0) != count:
        raise ValueError("a damaged deck cache entry")
    index = CardIndex(
        ids=JoinedIds(ids, count),
        kinds=Decoded(kind_codes, KINDS),
        tags=Decoded(tag_codes, [tuple(tags) for tags in tag_sets]),
    )
    cards = CachedCards(index, offsets, frozenset(answers), card_data)
    return Deck(
        id=deck_id,
        title=title,
        cards=cards,
        path=Path(path),
        description=description,
        sources=read_sources,
    )


# '0'..'9' as the byte values 0..9 (a kind's code in the entry is one digit).
_DIGIT_CODES: Final = bytes(range(48)) + bytes(range(10)) + bytes(range(58, 256))
_KIND_CODE_BYTES: Final = bytes(range(len(KINDS)))


def _codes_below(stored: bytes, codes: array[int], limit: int) -> bool:
    """Whether every code is at least 0 and below ``limit``: for a table of up to 256
    entries, checked on the stored bytes in C (each code's low byte one of the table's,
    every other byte 0), not code by code (``min``, ``max``: milliseconds at 100,000)."""
    if not codes:
        return True
    if limit > 256:
        return min(codes) >= 0 and max(codes) < limit
    size = codes.itemsize
    low = stored[0 if sys.byteorder == "little" else size - 1 :: size]
    return stored.count(0) - low.count(0) == (size - 1) * len(low) and not low.translate(
        None, bytes(range(limit))
    )


def _all_text(values: object) -> TypeGuard[list[str]]:
    return isinstance(values, list) and all(isinstance(value, str) for value in values)


def _card_values(stored: object) -> list[object]:
    """A card's stored array as ``Card``'s positional values; ValueError unless each value
    has the type a card holds."""
    if not (isinstance(stored, list) and len(stored) == len(_CARD_FIELDS)):
        raise ValueError("a damaged deck cache entry")
    for index in _TUPLE_AT:
        value = stored[index]
        if isinstance(value, list):
            if not _all_text(value):
                raise ValueError("a damaged deck cache entry")
            stored[index] = tuple(value)
        elif not (index == _ANSWER_AT and isinstance(value, str)):
            raise ValueError("a damaged deck cache entry")
    if not (
        isinstance(stored[0], str)
        and stored[1] in KINDS
        and isinstance(stored[2], str)
        and all(
            stored[index] is None or isinstance(stored[index], str) for index in _TEXT_OR_NONE_AT
        )
        and all(stored[index] is None or type(stored[index]) is int for index in _INTS_AT)
        and isinstance(stored[_SHUFFLE_AT], bool)
        and isinstance(stored[_POINTS_AT], list)
        and all(_all_text(point) for point in stored[_POINTS_AT])
    ):
        raise ValueError("a damaged deck cache entry")
    stored[_POINTS_AT] = tuple(tuple(point) for point in stored[_POINTS_AT])
    return stored


class Decoded(Sequence[T]):
    """A sequence stored as small codes into a table, decoded item by item as it is read.

    A quiz with no filters never reads a card's kind or tags: a 10,000-card deck's are not
    decoded all at once when it loads.
    """

    __slots__ = ("_codes", "_table")

    def __init__(self, codes: Sequence[int], table: Sequence[T]) -> None:
        self._codes = codes
        self._table = table

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, position: int) -> T: ...
    @overload
    def __getitem__(self, position: slice) -> list[T]: ...
    def __getitem__(self, position: int | slice) -> T | list[T]:
        if isinstance(position, slice):
            return list(map(self._table.__getitem__, self._codes[position]))
        return self._table[self._codes[position]]

    def __iter__(self) -> Iterator[T]:
        return map(self._table.__getitem__, self._codes)


class JoinedIds(Sequence[str]):
    """A cached deck's card ids, kept as the entry's newline-joined text until they are
    read one by one (then split once).

    The first question looks up where a few ids stand (``index``), which the text answers
    in C: a 100,000-card deck's ids are not made into 100,000 strings before it is shown.
    Card ids are slugs: none holds a newline.
    """

    __slots__ = ("_count", "_list", "_text")

    def __init__(self, text: str, count: int) -> None:
        self._text = f"\n{text}\n"  # each id between two newlines, the first and last too
        self._count = count
        self._list: list[str] | None = None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, position: int) -> str: ...
    @overload
    def __getitem__(self, position: slice) -> list[str]: ...
    def __getitem__(self, position: int | slice) -> str | list[str]:
        return self._split()[position]

    def __iter__(self) -> Iterator[str]:
        return iter(self._split())

    def __contains__(self, value: object) -> bool:
        return (
            bool(self._count)
            and isinstance(value, str)
            and "\n" not in value
            and f"\n{value}\n" in self._text
        )

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        """Where ``value`` first stands; ValueError when it is not one of the ids."""
        if self._list is not None or start or stop is not None:
            return self._split().index(value, start, self._count if stop is None else stop)  # type: ignore[arg-type]
        if value not in self:
            raise ValueError(f"{value!r} is not a card id of the deck")
        at = self._text.find(f"\n{value}\n")
        return self._text.count("\n", 0, at)  # one newline before each earlier id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return self._split() == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"JoinedIds({self._count} ids)"

    def __reduce__(self) -> tuple[type[list[str]], tuple[list[str]]]:
        return list, (self._split(),)

    def _split(self) -> list[str]:
        if self._list is None:
            self._list = self._text[1:-1].split("\n") if self._count else []
        return self._list


class CachedCards(IndexedCards):
    """A cached deck's cards, each built from its stored array when first read.

    It equals the list the parser builds; ``card_index`` and reading one card build only
    what they return, and reading them all (iterating, a slice) builds the list once.
    """

    __slots__ = ("_answers", "_built", "_card_data", "_index", "_list", "_offsets")

    def __init__(
        self,
        index: CardIndex,
        offsets: Sequence[int],
        answers: frozenset[str],
        card_data: memoryview | bytes,
    ) -> None:
        if not (
            len(index.ids) == len(index.kinds) == len(index.tags) == len(offsets) - 1
            and offsets[-1] == len(card_data)
        ):
            raise ValueError("a damaged deck cache entry")
        self._index = index
        self._offsets = offsets
        self._answers = answers
        self._card_data = card_data
        self._built: dict[int, Card] = {}
        self._list: list[Card] | None = None

    def card_index(self) -> CardIndex:
        return self._index

    def __len__(self) -> int:
        return len(self._index.ids)

    @overload
    def __getitem__(self, position: int) -> Card: ...
    @overload
    def __getitem__(self, position: slice) -> list[Card]: ...
    def __getitem__(self, position: int | slice) -> Card | list[Card]:
        if isinstance(position, slice) or self._list is not None:
            return self._all()[position]
        if position < 0:
            position += len(self)
        card = self._built.get(position)
        if card is None:
            if not 0 <= position < len(self):
                raise IndexError(position)
            card = self._build(position)
            self._built[position] = card
        return card

    def __iter__(self) -> Iterator[Card]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        # Equal to the parsed deck's list, so a cached Deck equals the same deck parsed.
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return self._all() == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CachedCards({len(self)} cards)"

    def __reduce__(self) -> tuple[type[list[Card]], tuple[list[Card]]]:
        # Copied or pickled, the cards become the plain list they stand for (the mapped
        # file does not travel).
        return list, (self._all(),)

    def _all(self) -> list[Card]:
        if self._list is None:
            built, build = self._built, self._build
            with gc_paused():
                self._list = [
                    built.get(position) or build(position) for position in range(len(self))
                ]
        return self._list

    def _build(self, position: int) -> Card:
        start, end = self._offsets[position], self._offsets[position + 1]
        values = _card_values(json.loads(bytes(self._card_data[start:end])))
        values[_ANSWERS_AT] = self._answers
        # Positional, in field order: several times faster than keywords for a deck.
        return Card(*values)  # type: ignore[arg-type]  # each value checked by _card_values
