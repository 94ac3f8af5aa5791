"""Writing an entry of the parsed-deck cache (``deck_cache`` says what an entry holds).

Apart from the reader so that a quiz from a cached deck never reads this module: only a
deck just parsed (a cache miss) is written.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from array import array
from contextlib import suppress
from pathlib import Path

from trainer.core.deck import Deck
from trainer.core.deck_cache import (
    _ANSWERS_AT,
    _CARD_FIELDS,
    _KIND_CODES,
    _LENGTH_BYTES,
    _MAGIC,
    _OFFSET_TYPE,
    _TAG_CODE_TYPE,
    CACHE_FORMAT,
    ENTRY_SUFFIX,
)


def write_entry(folder: Path, path_key: str, content_key: str, deck: Deck) -> None:
    """Write ``deck``'s entry atomically and remove that path's older entries; a disk that
    refuses it only costs speed next time."""
    entry = folder / f"{path_key}-{content_key}{ENTRY_SUFFIX}"
    header, card_data = _entry(deck)
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            stream.write(_MAGIC)
            stream.write(len(header).to_bytes(_LENGTH_BYTES, "big"))
            stream.write(header)
            stream.write(card_data)
        os.replace(temporary, entry)
    except OSError:
        # A read-only or full disk only costs speed next time; a part-written entry
        # is not left to fill it further.
        if temporary is not None:
            with suppress(OSError):
                os.unlink(temporary)
        return
    # The file's earlier versions will not be asked for again, nor will entries in the
    # cache's earlier formats.
    for stale in [
        *folder.glob(f"{path_key}-*{ENTRY_SUFFIX}"),
        *folder.glob("*.pickle"),
    ]:
        if stale != entry:
            with suppress(OSError):
                stale.unlink()


def _entry(deck: Deck) -> tuple[bytes, bytes]:
    """The stored form of ``deck``: a JSON header (the format and byte order, then the
    deck's fields and the sizes of the index), and the binary index followed by the cards'
    data, each card's fields a JSON array."""
    tag_codes: dict[tuple[str, ...], int] = {}
    offsets = [0]
    parts: list[bytes] = []
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for card in deck.cards:
        values = [getattr(card, name) for name in _CARD_FIELDS]
        values[_ANSWERS_AT] = None
        parts.append(encode(values).encode("utf-8"))
        offsets.append(offsets[-1] + len(parts[-1]))
    answers = next((card.deck_answers for card in deck.cards), frozenset())
    sources = [
        [source.key, str(source.file), source.title, source.published, source.line]
        for source in deck.sources.values()
    ]
    # Card ids are slugs, so a newline never occurs inside one.
    ids = "\n".join(card.id for card in deck.cards).encode("utf-8")
    kinds = "".join(str(_KIND_CODES[card.kind]) for card in deck.cards).encode("ascii")
    codes = array(
        _TAG_CODE_TYPE, [tag_codes.setdefault(card.tags, len(tag_codes)) for card in deck.cards]
    )
    header = [
        CACHE_FORMAT,
        sys.byteorder,
        deck.id,
        deck.title,
        str(deck.path),
        deck.description,
        sources,
        [list(tags) for tags in tag_codes],
        sorted(answers),
        len(deck.cards),
        len(ids),
    ]
    index = [ids, kinds, array(_OFFSET_TYPE, offsets).tobytes(), codes.tobytes()]
    return encode(header).encode("utf-8"), b"".join([*index, *parts])
