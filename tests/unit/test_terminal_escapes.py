"""Terminal escapes from a deck, an import or a typed answer are named or shown, never obeyed
(issue 12, item 2)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer.cli import main
from trainer.cli.plain_quiz import PlainQuiz
from trainer.core.deck import load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.core.terminal_text import describe_control, has_control, safe_text

RAW = ("\x1b", "\x07", "\x00", "\x9b", "\r")

# Written as an author (or an attacker) would: YAML escapes, decoded only when parsed.
HOSTILE_DECK = r"""id: hostile
title: "Deck \e]0;pwned\a"
cards:
  - id: clear
    prompt: "Clear \e[2J now"
    answer: Paris
  - id: clip
    prompt: Where?
    answer: Rome
    evidence: "\e]52;c;aGVsbG8=\a"
  - id: nul
    prompt: "nul \0 here"
    answer: "x"
  - id: c1
    prompt: "c1 \x9b31m"
    answer: "y"
  - id: fine
    prompt: "Line one\nline two\twith a tab"
    answer: z
"""


def test_safe_text_shows_each_control_as_a_symbol_and_keeps_lines() -> None:
    assert safe_text("a\x1b[2Jb") == "a␛[2Jb"
    assert safe_text("\x00\x07\r\x7f\x9b") == "␀␇␍␡\ufffd"
    assert safe_text("two\nlines\tand a tab") == "two\nlines\tand a tab"
    assert len(safe_text("x\x1b\x9by")) == 4  # one for one: marked differences stay put
    assert not has_control(safe_text("\x1b]52;c;x\x07"))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Clear \x1b[2J now", "a terminal escape (ESC [2J)"),
        ("\x1b]0;pwned\x07", "a terminal escape (ESC ]0;pwned)"),
        ("\x1b]52;c;aGVsbG8gd29ybGQ=\x07", "a terminal escape (ESC ]52;c;aGVsbG8g…)"),
        ("x\x00y", "a NUL byte (U+0000)"),
        ("bell\x07", "the control character U+0007 (BEL)"),
        ("c1 \x9b31m", "the control character U+009B (CSI)"),
        ("plain text\nwith lines", None),
    ],
)
def test_describe_control_names_what_it_found(text: str, named: str | None) -> None:
    assert describe_control(text) == named


def test_validate_names_each_escape_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE_DECK, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:2:8: title holds a terminal escape (ESC ]0;pwned); remove it" in out
    assert f"{path}:5:13: prompt holds a terminal escape (ESC [2J); remove it" in out
    assert f"{path}:10:15: evidence holds a terminal escape (ESC ]52;c;aGVsbG8=); remove it" in out
    assert f"{path}:12:13: prompt holds a NUL byte (U+0000); remove it" in out
    assert f"{path}:15:13: prompt holds the control character U+009B (CSI); remove it" in out
    assert "fine" not in out and "line two" not in out
    assert not any(raw in out for raw in RAW)


def test_an_import_with_escapes_names_each_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "cards.tsv"
    export.write_bytes(b"Clear \x1b[2J screen\tanswer\nok\tfine\x00\nplain\tcard\n")
    assert main(["import", str(export), "-o", str(tmp_path / "out.yaml")]) != 0
    err = capsys.readouterr().err
    assert f"{export}:1: holds a terminal escape (ESC [2J); remove it" in err
    assert f"{export}:2: holds a NUL byte (U+0000); remove it" in err
    assert not (tmp_path / "out.yaml").exists()
    assert not any(raw in err for raw in RAW)


def test_line_mode_shows_escapes_as_symbols(tmp_path: Path, data_dir: Path) -> None:
    """Deck text that reached the quiz another way (a crafted cache) and a typed answer."""
    deck = load_deck(write_deck(tmp_path / "decks", "d", [card("c", "Paris", note="n")]))
    hostile = dataclasses.replace(
        deck.cards[0],
        prompt="Where? \x1b[2J",
        note="note \x1b]0;t\x07",
        evidence="\x1b]52;c;eA==\x07",
    )
    deck = dataclasses.replace(deck, title="T \x1b]0;x\x07", cards=[hostile])
    out = io.StringIO()
    answers = iter(["Lyon \x1b[31m\x00"])

    def read_line(_prompt: str) -> str:
        line = next(answers, None)
        if line is None:
            raise EOFError
        return line

    with Store.open(data_dir, backup=False) as store:
        session = QuizSession([deck], store, Scheduler(fuzz=False))
        PlainQuiz(session, read_line, out).run(deck.title)
    shown = out.getvalue()
    assert "Where? ␛[2J" in shown and "note ␛]0;t␇" in shown and "T ␛]0;x␇" in shown
    assert not any(raw in shown for raw in RAW)


def test_history_shows_a_typed_escape_as_a_symbol(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    write_deck(folder, "alpha", [card("a1", "Paris")])
    monkeypatch.setattr("sys.stdin", io.StringIO("Lyon \x1b]0;pwned\x07\n"))
    assert main(["quiz", "alpha", "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "Lyon ␛]0;pwned␇" in out
    assert not any(raw in out for raw in RAW)
