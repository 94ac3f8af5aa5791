"""The parsed-deck cache: same deck as the loader, never stale after an edit, safe to damage."""

from __future__ import annotations

import json
import subprocess
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer import DeckError, load_deck
from trainer.core import deck_cache
from trainer.core.deck_cache import DeckCache

DECK = "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: {answer}\n"


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    path = tmp_path / "deck.yaml"
    path.write_text(DECK.format(answer="first"), encoding="utf-8")
    return path


def test_cached_deck_equals_loaded_deck(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    cold = cache.load(deck_path)
    warm = cache.load(deck_path)
    assert cold == warm == load_deck(deck_path)
    assert len(list((tmp_path / "cache").glob("*.deck"))) == 1


def test_an_edit_is_never_served_stale(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    assert cache.load(deck_path).cards[0].answer == "first"
    deck_path.write_text(DECK.format(answer="second"), encoding="utf-8")
    assert cache.load(deck_path).cards[0].answer == "second"


def test_damaged_entries_are_rebuilt(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_path)
    for entry in (tmp_path / "cache").glob("*.deck"):
        entry.write_bytes(b"not a pickle")
    assert cache.load(deck_path).cards[0].answer == "first"


def test_broken_decks_are_not_cached_and_still_raise(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: d\n", encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(DeckError):
            cache.load(path)


def test_unwritable_cache_folder_only_costs_speed(tmp_path: Path, deck_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would go")
    cache = DeckCache(blocker / "cache")
    assert cache.load(deck_path).cards[0].answer == "first"


def test_an_edited_deck_leaves_one_entry_behind(tmp_path: Path, deck_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    for answer in ("first", "second", "third"):
        deck_path.write_text(DECK.format(answer=answer), encoding="utf-8")
        assert cache.load(deck_path).cards[0].answer == answer
    assert len(list((tmp_path / "cache").glob("*.deck"))) == 1


def test_each_deck_file_keeps_its_own_entry(tmp_path: Path, deck_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(DECK.format(answer="other"), encoding="utf-8")
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_path)
    cache.load(other)
    deck_path.write_text(DECK.format(answer="second"), encoding="utf-8")
    cache.load(deck_path)
    assert len(list((tmp_path / "cache").glob("*.deck"))) == 2
    assert cache.load(other).cards[0].answer == "other"


def test_entries_of_an_earlier_cache_format_are_cleared(tmp_path: Path, deck_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / ("0" * 64 + ".pickle")).write_bytes(b"an entry of an older trainer")
    DeckCache(folder).load(deck_path)
    assert sorted(entry.suffix for entry in folder.iterdir()) == [".deck", ".seen"]


@pytest.mark.parametrize("keep", [0, 10, -3])
def test_a_cut_short_entry_is_rebuilt(tmp_path: Path, deck_path: Path, keep: int) -> None:
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_path)
    [entry] = (tmp_path / "cache").glob("*.deck")
    entry.write_bytes(entry.read_bytes()[:keep])
    assert cache.load(deck_path).cards[0].answer == "first"
    assert cache.load(deck_path).cards[0].answer == "first"


def test_an_empty_deck_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_bytes(b"")
    with pytest.raises(DeckError):
        DeckCache(tmp_path / "cache").load(empty)


def test_a_missing_deck_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="no such file"):
        DeckCache(tmp_path / "cache").load(tmp_path / "gone.yaml")


def test_a_refused_write_leaves_no_part_written_entry(tmp_path: Path, deck_path: Path) -> None:
    # A file-size limit makes the entry's write fail part-way, as a full disk would.
    program = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from trainer.core.deck_cache import DeckCache\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))\n"
        "deck = DeckCache(Path(sys.argv[1])).load(Path(sys.argv[2]))\n"
        "print(deck.cards[0].answer)\n"
    )
    folder = tmp_path / "cache"
    done = subprocess.run(
        [sys.executable, "-c", program, str(folder), str(deck_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "first"
    assert list(folder.iterdir()) == []


def _rewrite_header(entry: Path, change: Callable[[list[object]], None]) -> None:
    """Rewrite an entry's JSON header in place of the old one, the rest left as it was."""
    data = entry.read_bytes()
    start = len(deck_cache._MAGIC) + deck_cache._LENGTH_BYTES
    length = int.from_bytes(data[len(deck_cache._MAGIC) : start], "big")
    header = json.loads(data[start : start + length])
    change(header)
    encoded = json.dumps(header).encode("utf-8")
    entry.write_bytes(
        deck_cache._MAGIC
        + len(encoded).to_bytes(deck_cache._LENGTH_BYTES, "big")
        + encoded
        + data[start + length :]
    )


def _other_byte_order(header: list[object]) -> None:
    header[1] = "big" if header[1] == "little" else "little"


def _more_cards_than_stored(header: list[object]) -> None:
    header[-2] = cast(int, header[-2]) + 1000


def _fewer_tag_sets(header: list[object]) -> None:
    header[-4] = []


def _ids_longer_than_stored(header: list[object]) -> None:
    header[-1] = cast(int, header[-1]) + 3


@pytest.mark.parametrize(
    "change",
    [_other_byte_order, _more_cards_than_stored, _fewer_tag_sets, _ids_longer_than_stored],
)
def test_an_entry_whose_index_does_not_fit_is_rebuilt(
    tmp_path: Path, change: Callable[[list[object]], None]
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(
        "id: d\ntitle: T\ncards:\n"
        "  - {id: a, prompt: p, answer: one, tags: [x]}\n"
        "  - {id: b, prompt: q, answer: two}\n",
        encoding="utf-8",
    )
    cache = DeckCache(tmp_path / "cache")
    expected = cache.load(path)
    [entry] = (tmp_path / "cache").glob("*.deck")
    _rewrite_header(entry, change)
    assert DeckCache._read(entry) is None  # refused: a cache miss, not a wrong deck
    again = cache.load(path)
    assert again == expected == load_deck(path)
    assert again.card_index().tags[0] == ("x",)


def test_a_read_only_cache_reads_entries_and_writes_none(tmp_path: Path, deck_path: Path) -> None:
    folder = tmp_path / "cache"
    assert DeckCache(folder, write=False).load(deck_path) == load_deck(deck_path)
    assert not folder.exists()  # a miss is parsed, nothing written
    DeckCache(folder).load(deck_path)
    entries = sorted(folder.iterdir())
    deck_path.write_text(DECK.format(answer="second"), encoding="utf-8")
    # The entry of the old text is not served.
    assert DeckCache(folder, write=False).load(deck_path).cards[0].answer == "second"
    assert sorted(folder.iterdir()) == entries


@given(
    codes=st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=40)
    | st.lists(st.integers(min_value=-2, max_value=300), max_size=40),
    limit=st.integers(min_value=0, max_value=300),
)
def test_tag_codes_are_checked_against_the_table_as_min_and_max_would(
    codes: list[int], limit: int
) -> None:
    stored = array(deck_cache._TAG_CODE_TYPE, codes)
    expected = not codes or (min(codes) >= 0 and max(codes) < limit)
    assert deck_cache._codes_below(stored.tobytes(), stored, limit) is expected


@given(
    ids=st.lists(
        st.text(alphabet="abc-1", min_size=1, max_size=4), min_size=0, max_size=12, unique=True
    ),
    looked_for=st.text(alphabet="abc-1\n", min_size=0, max_size=4),
)
def test_joined_ids_answer_as_the_list_of_ids_would(ids: list[str], looked_for: str) -> None:
    joined = deck_cache.JoinedIds("\n".join(ids), len(ids))
    assert len(joined) == len(ids)
    assert (looked_for in joined) is (looked_for in ids)
    for position, card_id in enumerate(ids):
        assert joined.index(card_id) == position  # from the text, before any split
    if looked_for not in ids:
        with pytest.raises(ValueError):
            joined.index(looked_for)
    assert joined == ids and list(joined) == ids and joined[1:] == ids[1:]
