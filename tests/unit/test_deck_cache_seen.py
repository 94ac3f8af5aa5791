"""The parsed-deck cache's ``.seen`` records: a deck file unchanged since it was hashed is
not hashed again, and no edit is ever hidden by one (deck_cache's docstring)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from trainer.core.deck_cache import RACY_NS, DeckCache

DECK = "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: {answer}\n"
HOUR_NS = 3600 * 10**9


def record_of(folder: Path) -> Path:
    [record] = folder.glob("*.seen")
    return record


@pytest.fixture
def settled_deck(tmp_path: Path) -> Path:
    """A deck file last changed longer ago than a record is racy for."""
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.format(answer="first"), encoding="utf-8")
    past = time.time_ns() - HOUR_NS
    os.utime(path, ns=(past, past))
    # Its change time is now (no call sets it back): wait until it is settled.
    time.sleep(RACY_NS / 1e9 + 0.1)
    return path


@pytest.mark.slow
def test_a_record_spares_the_hash_and_an_edit_in_place_is_still_seen(
    tmp_path: Path, settled_deck: Path
) -> None:
    folder = tmp_path / "cache"
    assert DeckCache(folder).load(settled_deck).cards[0].answer == "first"
    record = record_of(folder)
    recorded = (record.stat().st_ino, record.read_text())
    # Unchanged: the record is trusted as it stands (a file hashed would renew it).
    assert DeckCache(folder).load(settled_deck).cards[0].answer == "first"
    assert (record.stat().st_ino, record.read_text()) == recorded
    # The same size, in place, with its modification time put back: only the change
    # time differs from the record, and that is enough.
    status = settled_deck.stat()
    with settled_deck.open("r+b") as handle:
        handle.write(DECK.format(answer="other").encode())
    os.utime(settled_deck, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert settled_deck.stat().st_size == status.st_size
    assert DeckCache(folder).load(settled_deck).cards[0].answer == "other"
    assert record_of(folder).read_text() != recorded[1]


def test_a_file_changed_just_before_its_record_is_hashed_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.format(answer="first"), encoding="utf-8")
    folder = tmp_path / "cache"
    DeckCache(folder).load(path)
    record = record_of(folder)
    first = record.read_text()
    # Racy: changed within the record's window, so each load hashes and renews it.
    DeckCache(folder).load(path)
    assert record_of(folder).read_text() != first
    path.write_text(DECK.format(answer="again"), encoding="utf-8")
    assert DeckCache(folder).load(path).cards[0].answer == "again"


@pytest.mark.parametrize(
    "planted",
    ["", "not a record", "1 2 3", "1 2 3 4 5 6 " + "z" * 32, "9 " * 6 + "../../etc/passwd"],
)
def test_a_damaged_record_only_costs_a_hash(tmp_path: Path, planted: str) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.format(answer="first"), encoding="utf-8")
    folder = tmp_path / "cache"
    DeckCache(folder).load(path)
    record_of(folder).write_text(planted)
    assert DeckCache(folder).load(path).cards[0].answer == "first"
    words = record_of(folder).read_text().split()
    assert len(words) == 7 and words[:5] == [str(value) for value in fields(path)]


def fields(path: Path) -> list[int]:
    status = path.stat()
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev]
