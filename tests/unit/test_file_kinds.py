"""Only regular files of a sensible size are read as decks or sources (issue 12, items 4
and 9): /dev/zero, a named pipe or a folder named as a source is one clear line, in validate
and the deck list, never a hang or a MemoryError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.core.deck import DeckError, load_deck
from trainer.core.deck_cache import DeckCache
from trainer.core.library import load_library
from trainer.core.safe_files import MAX_DECK_BYTES, FileRefused, read_regular
from trainer.core.validate import validate_library

# A hang is what a FIFO did: a bound on waiting, not a measure of speed.
HANG_LIMIT_S = 60

DECK = """\
id: odd-sources
title: Odd sources
sources:
  zero: {{file: /dev/zero}}
  pipe: {{file: {pipe}}}
  folder: {{file: {folder}}}
  article: {{file: article.txt}}
cards:
  - id: c1
    prompt: What?
    answer: this
    source: zero
    evidence: "zeros"
  - id: c2
    prompt: Which?
    answer: that
    source: pipe
    evidence: "piped"
  - id: c3
    prompt: Where?
    answer: here
    source: article
    evidence: "the text"
"""


@pytest.fixture
def odd_deck(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    (folder / "article.txt").write_text("Here is the text.\n", encoding="utf-8")
    path = folder / "odd-sources.yaml"
    path.write_text(DECK.format(pipe=pipe, folder=tmp_path), encoding="utf-8")
    return path


def test_validate_names_each_source_that_is_not_a_regular_file(
    odd_deck: Path, tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "validate", str(odd_deck)],
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT_S,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{odd_deck}:4:16: source 'zero': /dev/zero is a device, not a regular file" in lines
    assert (
        f"{odd_deck}:5:16: source 'pipe': {tmp_path / 'pipe'} is a named pipe (FIFO), "
        "not a regular file"
    ) in lines
    assert (
        f"{odd_deck}:6:18: source 'folder': {tmp_path} is a folder, not a regular file"
    ) in lines
    assert not any("article" in line for line in lines[:-1])
    assert "Traceback" not in result.stderr


def test_the_deck_list_reports_them_too(odd_deck: Path) -> None:
    library = load_library([odd_deck.parent], DeckCache(odd_deck.parent / "cache"))
    report = validate_library(library)
    messages = [problem.message for problem in report.problems]
    assert any("is a device, not a regular file" in message for message in messages)
    assert any("named pipe (FIFO)" in message for message in messages)


def test_a_deck_that_is_a_pipe_or_device_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    for path, reason in (
        (pipe, "is a named pipe (FIFO), not a deck file"),
        (Path("/dev/zero"), "is a device, not a deck file"),
    ):
        with pytest.raises(DeckError) as caught:
            DeckCache(tmp_path / "cache").load(path)
        assert str(caught.value) == f"{path}: {reason}"
        with pytest.raises(DeckError):
            load_deck(path)


def test_a_deck_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(MAX_DECK_BYTES + 1)  # sparse: nothing is written
    assert main(["validate", str(huge)]) == 1
    out = capsys.readouterr().out
    assert f"{huge}: is 64.1 MB, over the limit of 64 MB" in out


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exactly.txt"
    path.write_bytes(b"x" * 1000)
    assert read_regular(path, 1000) == b"x" * 1000
    with pytest.raises(FileRefused, match="over the limit"):
        read_regular(path, 999)


def test_draft_refuses_a_device_as_its_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "/dev/zero"]) != 0
    assert capsys.readouterr().err.strip() == "trainer: /dev/zero: is a device, not a regular file"
