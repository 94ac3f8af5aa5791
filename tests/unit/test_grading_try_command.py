"""`trainer try DECK CARD_ID RESPONSE`: what an author sees when checking a card."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main

DECK_TEXT = """\
id: dar-rubio
title: Dar and Rubio
cards:
  - id: meeting-date
    kind: date
    prompt: On what date did Dar meet Rubio at the State Department?
    answer: 2025-07-25
  - id: deal-quote
    kind: name
    prompt: Who said "weeks and days, not months"?
    answer: Ishaq Dar
    accept: [Mohammad Ishaq Dar]
    reject: [Marco Rubio]
  - id: sectors
    kind: list
    prompt: Name two sectors.
    answer: [trade, energy, minerals]
    need: 2
"""


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "dar-rubio.yaml"
    path.write_text(DECK_TEXT, encoding="utf-8")
    return path


def test_try_prints_verdict_score_detail_and_the_answer(
    deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["try", str(deck_file), "deal-quote", "Isaq Dar"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "close    0.85  typo: 1 letter",
        "answer: Ishaq Dar",
        "also accepted: Mohammad Ishaq Dar",
    ]


def test_try_finds_a_deck_by_id_in_the_deck_folders(
    deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(deck_file.parent)
    assert main(["try", "dar-rubio", "meeting-date", "July 25", "--decks", folder]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "close    0.75  missing year",
        "answer: 2025-07-25",
    ]


def test_try_shows_a_rejected_answer_and_a_list_need(
    deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["try", str(deck_file), "deal-quote", "Marco Rubio"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "wrong    0.00  rejected: Marco Rubio"
    assert main(["try", str(deck_file), "sectors", "energy and trade"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "correct  1.00  2 of 3 items, 2 needed",
        "answer: trade, energy, minerals (any 2)",
    ]


def test_an_unknown_card_is_one_line_with_a_suggestion(
    deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["try", str(deck_file), "meting-date", "July 25"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "trainer: deck 'dar-rubio' has no card 'meting-date' (did you mean 'meeting-date'?)\n"
    )


def test_an_unknown_deck_is_an_error_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["try", "no-such-deck", "card", "x", "--decks", str(tmp_path)])
    assert status != 0
    err = capsys.readouterr().err
    assert err.startswith("trainer: ") and "no-such-deck" in err
    assert "Traceback" not in err
