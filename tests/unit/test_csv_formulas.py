"""CSV exports never hand a spreadsheet a formula to run (issue 12, item 3)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer.cli import main
from trainer.core.deck import load_deck
from trainer.core.spreadsheet import FORMULA_STARTS, safe_cell, unguarded_cell

HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "@SUM(A1)",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_a_spreadsheet_would_run_is_quoted(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert unguarded_cell(str(safe_cell(text))) == text


@pytest.mark.parametrize("text", ["Paris", "29%", "'quoted already", "", "a = b"])
def test_plain_text_is_left_alone(text: str) -> None:
    assert safe_cell(text) == text
    assert unguarded_cell(text) == text


def formula_cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)]


def test_export_csv_quotes_every_formula_and_import_reads_it_back(tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    cards = [card(f"c{index}", text, note=text, prompt=text) for index, text in enumerate(HOSTILE)]
    cards.append(card("minus", "-3%", kind="number"))
    deck_path = write_deck(folder, "hostile", cards)
    output = tmp_path / "hostile.csv"
    assert main(["export", str(deck_path), "--format", "csv", "-o", str(output)]) == 0
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"), newline="")))
    assert formula_cells(rows) == []
    assert rows[1][0] == "'" + HOSTILE[0]
    assert rows[-1][1] == "'-3%"  # the documented difference from JSON
    # Our own importer undoes the quote: a round trip keeps the text.
    assert main(["import", str(output), "-o", str(tmp_path / "again.yaml")]) == 0
    again = load_deck(tmp_path / "again.yaml")
    assert [c.prompt for c in again.cards][:2] == [" ".join(HOSTILE[0].split()), HOSTILE[1]]
    assert again.cards[-1].answers == ("-3%",)


def test_history_csv_quotes_typed_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    write_deck(folder, "alpha", [card("a1", "Paris")])
    monkeypatch.setattr("sys.stdin", io.StringIO('=HYPERLINK("http://evil.example")\n'))
    assert main(["quiz", "alpha", "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    assert main(["history", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["response"] == '\'=HYPERLINK("http://evil.example")'
    assert formula_cells([list(row.values()) for row in rows]) == []
