"""`trainer stats` calibration (table and JSON) and history exports that name the questions."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer.cli import main


@pytest.fixture
def decks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """Four answers through line mode: sure right, sure wrong, a guess undone and answered
    again right while unsure, and a wrong guess."""
    folder = tmp_path / "decks"
    write_deck(
        folder,
        "alpha",
        [card("a1", "Paris"), card("a2", "Berlin"), card("a3", "Madrid"), card("a4", "Lisbon")],
    )
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Paris\nRome\nLisbon??\nundo\nMadrid?\nOporto??\n")
    )
    assert main(["quiz", "alpha", "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_stats_shows_calibration_and_the_confidently_wrong(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "stats", "--decks", str(decks))
    table = out.split("Calibration: right answers by stated confidence")[1].split("\n\n")[0]
    lines = {line.split()[0]: line.split() for line in table.splitlines()[3:]}
    assert lines["sure"][1:5] == ["90%", "2", "1", "50%"]
    assert lines["unsure"][1:5] == ["60%", "1", "1", "100%"]
    assert lines["guessing"][1:5] == ["30%", "1", "0", "0%"]
    # (0.01 + 0.81 + 0.16 + 0.09) / 4 = 0.2675
    assert "Brier score 0.27" in table
    wrong = out.split("Confidently wrong: last answered wrong while sure\n")[1].split("\n\n")[0]
    assert "What is a2?" in wrong and "Rome" in wrong and "Berlin" in wrong
    assert "Oporto" not in wrong


def test_stats_json_has_the_same_figures(decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads(run(capsys, "stats", "--decks", str(decks), "--format", "json"))
    [overall] = document["calibration"]["all"]
    assert overall["answers"] == 4
    assert overall["brier"] == pytest.approx(0.2675)
    assert [
        (level["confidence"], level["answers"], level["right"]) for level in overall["levels"]
    ] == [("sure", 2, 1), ("unsure", 1, 1), ("guess", 1, 0)]
    assert [
        (item["card"], item["prompt"], item["answer"], item["response"])
        for item in document["confidently_wrong"]
    ] == [("a2", "What is a2?", "Berlin", "Rome")]
    assert document["sessions"][0]["answered"] == 4
    assert document["sessions"][0]["score"] == pytest.approx(0.5)


def test_exports_name_the_question_and_agree_on_values(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    as_json = json.loads(run(capsys, "history", "--format", "json", "--decks", str(decks)))
    as_csv = list(
        csv.DictReader(
            io.StringIO(run(capsys, "history", "--format", "csv", "--decks", str(decks)))
        )
    )
    # The answer taken back (Lisbon??) is in neither.
    assert [r["response"] for r in as_json] == ["Paris", "Rome", "Madrid", "Oporto"]
    assert [r["response"] for r in as_csv] == ["Paris", "Rome", "Madrid", "Oporto"]
    assert [(r["prompt"], r["answer"], r["confidence"]) for r in as_csv] == [
        ("What is a1?", "Paris", "sure"),
        ("What is a2?", "Berlin", "sure"),
        ("What is a3?", "Madrid", "unsure"),
        ("What is a4?", "Lisbon", "guess"),
    ]
    for from_json, from_csv in zip(as_json, as_csv, strict=True):
        for field in ("overridden", "hinted", "cram"):
            assert json.dumps(from_json[field]) == from_csv[field]  # true/false in both
        for field in ("prompt", "answer", "confidence", "verdict", "rating"):
            assert from_json[field] == from_csv[field]
    table = run(capsys, "history", "--decks", str(decks))
    assert "What is a2?" in table and "Berlin" in table and "unsure" in table
