"""Writing imported cards as they are read: any number of rows in bounded memory.

Cards are written to a temporary file beside the target as they come, and checked in
batches through the real deck loader, so the written deck always opens. A deck file holds
at most MAX_CARDS_PER_DECK cards (and stays under the deck file size limit): a larger export
becomes several decks, ``ID``, ``ID-2``, ``ID-3``..., written next to one another. Nothing is
put in place until every row has been read and checked; on any problem the temporary files
are removed and nothing is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Final

from trainer.core.authoring.deck_file import render_card_entry, render_deck
from trainer.core.authoring.file_replace import check_placeable, place_file
from trainer.core.authoring.importing import Flashcard, card_entry
from trainer.core.deck import DeckError, parse_deck
from trainer.core.errors import TrainerError
from trainer.core.safe_files import MAX_DECK_BYTES

# The largest real deck is about 100,000 cards (some 30 MB).
MAX_CARDS_PER_DECK: Final = 100_000
# Cards checked through the loader at a time: small enough to keep memory flat.
CHECK_EVERY: Final = 2_000
# Room kept under the deck size limit for the card being added.
_SIZE_MARGIN: Final = 1024 * 1024


@dataclass
class ImportedDeck:
    """One deck file an import writes."""

    path: Path
    deck_id: str
    cards: int = 0


@dataclass
class _Part:
    deck: ImportedDeck
    header: str
    temporary: Path
    stream: IO[str]
    size: int = 0
    taken: set[str] = field(default_factory=set)
    pending: list[str] = field(default_factory=list)


def write_imported_decks(
    cards: Iterable[Flashcard],
    *,
    deck_id: str,
    title: str | None,
    source_name: str,
    path: Path,
    force: bool,
    check_target: Callable[[ImportedDeck], None],
) -> list[ImportedDeck]:
    """Write ``cards`` as one deck at ``path`` (or several, when there are too many for
    one); ``check_target`` is called for each deck before anything is put in place."""
    title = title or Path(source_name).stem.replace("_", " ").replace("-", " ").strip()
    parts: list[_Part] = []
    try:
        part = None
        for card in cards:
            entry_text = None
            if part is not None:
                entry_text = _entry_text(card, part.taken)
                if (
                    part.deck.cards >= MAX_CARDS_PER_DECK
                    or part.size + len(entry_text) > MAX_DECK_BYTES - _SIZE_MARGIN
                ):
                    _close(part)
                    part = None
            if part is None:
                number = len(parts) + 1
                part = _open_part(number, deck_id, title, source_name, path)
                parts.append(part)
                entry_text = _entry_text(card, part.taken)
            assert entry_text is not None
            _add(part, entry_text)
        if part is not None:
            _close(part)
        decks = [part.deck for part in parts]
        for deck in decks:
            check_placeable(deck.path, force=force)
            check_target(deck)
        for part in parts:
            place_file(part.temporary, part.deck.path, force=force)
        return decks
    finally:
        for part in parts:
            part.stream.close()
            part.temporary.unlink(missing_ok=True)


def _open_part(number: int, deck_id: str, title: str, source_name: str, path: Path) -> _Part:
    if number > 1:
        deck_id = f"{deck_id}-{number}"
        title = f"{title} ({number})"
        path = path.with_name(f"{path.stem}-{number}{path.suffix}")
    header_deck = {"id": deck_id, "title": title, "description": f"Imported from {source_name}."}
    comments = [
        f"Imported from {source_name}. Add sources and evidence to tie cards to articles,",
        "and `accept` lists for answers written more than one way.",
    ]
    header = render_deck(header_deck, comments, path) + "cards:\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
    stream.write(header)
    return _Part(
        ImportedDeck(path, deck_id),
        header,
        Path(temporary),
        stream,
        size=len(header.encode("utf-8")),
    )


def _entry_text(card: Flashcard, taken: set[str]) -> str:
    """The card as the deck file writes it: a blank line, then its entry under ``cards``."""
    return render_card_entry(card_entry(card, taken))


def _add(part: _Part, entry_text: str) -> None:
    part.stream.write(entry_text)
    part.size += len(entry_text.encode("utf-8"))
    part.deck.cards += 1
    part.pending.append(entry_text)
    if len(part.pending) >= CHECK_EVERY:
        _check(part)


def _check(part: _Part) -> None:
    """Load the cards written since the last check through the real loader.

    The loader's structural checks are the ones that apply: the content checks read
    sources, and an imported deck cites none.
    """
    if part.pending:
        text = part.header + "".join(part.pending)
        try:
            parse_deck(text.encode("utf-8"), part.deck.path)
        except DeckError as error:
            raise TrainerError(
                f"the deck for {part.deck.path} did not come out valid:\n{error}"
            ) from None
        part.pending.clear()


def _close(part: _Part) -> None:
    _check(part)
    part.stream.flush()
    os.fsync(part.stream.fileno())
    part.stream.close()
