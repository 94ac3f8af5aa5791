"""A large import streams: progress as it reads, decks of at most MAX_CARDS_PER_DECK cards,
nothing written when a row is bad (issue 12, item 9). The limits are lowered here so a few
thousand rows stand for a million; benchmarks/import_speed.py measures the real thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.core.authoring import import_writer, importing
from trainer.core.deck import load_deck


def write_rows(path: Path, count: int, *, bad_at: int | None = None) -> Path:
    with path.open("w", encoding="utf-8") as export:
        for index in range(count):
            answer = "" if index == bad_at else f"answer {index}"
            export.write(f"What is item {index}?\t{answer}\n")
    return path


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_writer, "MAX_CARDS_PER_DECK", 1_000)
    monkeypatch.setattr(import_writer, "CHECK_EVERY", 300)
    monkeypatch.setattr(importing, "PROGRESS_ROWS", 1_000)


def test_a_large_export_becomes_decks_of_bounded_size_with_progress(
    small_limits: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = write_rows(tmp_path / "big.tsv", 2_500)
    assert main(["import", str(export), "-o", str(tmp_path / "out" / "big.yaml")]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "trainer: import: 1,000 rows read",
        "trainer: import: 2,000 rows read",
    ]
    assert "they are in 3 decks" in captured.out
    decks = [
        load_deck(tmp_path / "out" / name) for name in ("big.yaml", "big-2.yaml", "big-3.yaml")
    ]
    assert [len(deck.cards) for deck in decks] == [1_000, 1_000, 500]
    assert [deck.id for deck in decks] == ["big", "big-2", "big-3"]
    assert decks[2].cards[-1].answer == "answer 2499"
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "big-2.yaml",
        "big-3.yaml",
        "big.yaml",
    ]


def test_a_bad_row_late_in_the_file_writes_nothing(
    small_limits: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = write_rows(tmp_path / "big.tsv", 2_500, bad_at=2_400)
    out = tmp_path / "out"
    assert main(["import", str(export), "-o", str(out / "big.yaml")]) != 0
    assert f"{export}:2401: the back is empty" in capsys.readouterr().err
    assert list(out.iterdir()) == []  # no deck and no temporary file left behind


def test_not_utf8_names_its_line_while_streaming(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "latin1.tsv"
    export.write_bytes(b"one\ttwo\nthree\tfour\ncaf\xe9\tcoffee\n")
    assert main(["import", str(export), "-o", str(tmp_path / "x.yaml")]) != 0
    assert capsys.readouterr().err.strip() == (
        f"trainer: {export}:3: is not UTF-8 text; export it as UTF-8"
    )
