"""Decks written to disk for the tests of every level, and the frozen start of their clock."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import yaml

from trainer.core.clock import ManualClock
from trainer.core.deck import Deck, load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store

START = datetime(2025, 7, 25, 9, 0, tzinfo=UTC)

# The article the TUI tests' decks cite as their source (file: article.txt).
ARTICLE = """\
Ministers meet at the harbour

ISLAMABAD: Foreign Minister Ishaq Dar met his counterpart in Islamabad on July 25, 2025,
where both sides agreed a tariff of 29 per cent on steel. The joint statement was signed
at the State Department a week later, and officials named three ports: Karachi, Gwadar
and Qasim.
"""


def card(
    card_id: str,
    answer: str,
    *,
    kind: str = "text",
    tags: Sequence[str] = (),
    hint: str | None = None,
    note: str | None = None,
    **extra: object,
) -> dict:
    """One card entry as an author would write it."""
    entry: dict[str, object] = {
        "id": card_id,
        "kind": kind,
        "prompt": f"What is {card_id}?",
        "answer": answer,
    }
    if tags:
        entry["tags"] = list(tags)
    if hint:
        entry["hint"] = hint
    if note:
        entry["note"] = note
    entry.update(extra)
    return entry


def write_deck(folder: Path, name: str, cards: Sequence[dict] | str, title: str = "") -> Path:
    """Write a deck file into ``folder`` and return its path.

    ``cards`` is either card entries (``name`` is then the deck id) or a whole deck's YAML as
    an author wrote it (``name`` is then the file name; ARTICLE, which such decks cite as
    article.txt, is written beside it).
    """
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(cards, str):
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        path = folder / name
        path.write_text(textwrap.dedent(cards), encoding="utf-8")
        return path
    deck_id = name
    path = folder / f"{deck_id}.yaml"
    document = {"id": deck_id, "title": title or deck_id.title(), "cards": list(cards)}
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def make_deck(folder: Path, deck_id: str, cards: Sequence[dict]) -> Deck:
    """Write a deck and load it back through the real loader."""
    return load_deck(write_deck(folder, deck_id, cards))


def numbered_cards(count: int, *, prefix: str = "c") -> list[dict]:
    """``count`` text cards whose answers are 'answer-N'."""
    return [card(f"{prefix}{index}", f"answer-{index}") for index in range(count)]


def answer_saved_at(data_dir: Path, moment: datetime) -> None:
    """A database worth backing up: one answer saved at ``moment``, opened without a backup."""
    with Store.open(data_dir, clock=ManualClock(moment), backup=False) as store:
        store.record_review(
            SessionRef(moment, ("earlier",)),
            NewReview(
                deck_id="earlier",
                card_id="c1",
                kind="text",
                tags=(),
                response="x",
                verdict="correct",
                score=1.0,
                rating="good",
                reviewed_at=moment,
            ),
            Scheduler(fuzz=False).review(None, "good", moment),
        )
