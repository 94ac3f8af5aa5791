"""Small decks written to disk for store, session and history tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import yaml

from trainer.core.deck import Deck, load_deck

START = datetime(2025, 7, 25, 9, 0, tzinfo=UTC)


def card(card_id: str, answer: str, *, kind: str = "text", tags: Sequence[str] = (),
         hint: str | None = None, note: str | None = None, **extra: object) -> dict:
    """One card entry as an author would write it."""
    entry: dict[str, object] = {
        "id": card_id, "kind": kind, "prompt": f"What is {card_id}?", "answer": answer,
    }
    if tags:
        entry["tags"] = list(tags)
    if hint:
        entry["hint"] = hint
    if note:
        entry["note"] = note
    entry.update(extra)
    return entry


def write_deck(folder: Path, deck_id: str, cards: Sequence[dict], title: str = "") -> Path:
    """Write a deck file and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{deck_id}.yaml"
    document = {"id": deck_id, "title": title or deck_id.title(), "cards": list(cards)}
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def make_deck(folder: Path, deck_id: str, cards: Sequence[dict]) -> Deck:
    """Write a deck and load it back through the real loader."""
    return load_deck(write_deck(folder, deck_id, cards))


def numbered_cards(count: int, *, prefix: str = "c") -> list[dict]:
    """``count`` text cards whose answers are 'answer-N'."""
    return [card(f"{prefix}{index}", f"answer-{index}") for index in range(count)]
