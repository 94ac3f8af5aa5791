"""`trainer validate` checks a card's points: none implied by another, the answer holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main

DECK = """\
id: v
title: V
cards:
  - id: overlap
    prompt: What did the operation aim to do?
    answer: dismantle terror infrastructure
    points:
      - [dismantle, destroy]
      - [terror infrastructure, terror camps]
      - [terror, militant]
  - id: unheld
    prompt: What could the deal help the US do?
    answer: reduce reliance on Chinese resources
    points:
      - [reduce, cut]
      - [dependence]
      - [China, Chinese]
  - id: asked
    prompt: What could the deal help the US reduce?
    answer: reliance on Chinese resources
    points:
      - [reduce]
      - [reliance]
      - [Chinese, China]
  - id: fine
    prompt: What was the SIFC set up to do?
    answer: attract foreign investment
    points:
      - [attract, draw]
      - [foreign, FDI]
      - [investment, FDI]
"""


def test_points_problems_are_located_at_the_point_or_the_points(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    path = tmp_path / "v.yaml"
    path.write_text(DECK, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.replace(str(path), "v.yaml").splitlines()
    assert lines[0].startswith(
        "v.yaml:9:9: card 'overlap': point 2 (terror infrastructure) "
        "is a subset of point 3 (terror)"
    )
    assert lines[1].startswith(
        "v.yaml:15:7: card 'unheld': its own answer does not hold its "
        "points (missing a detail: dependence)"
    )
    assert lines[2] == (
        "v.yaml:22:9: warning: card 'asked': point 1 (reduce) is in the "
        "prompt, so every answer holds it"
    )
    assert lines[3] == "1 deck, 4 cards, 2 errors, 1 warning"


def test_a_form_with_no_word_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "id: w\ntitle: W\ncards:\n  - id: c\n    prompt: Why?\n"
        "    answer: reduce reliance\n    points:\n      - [reduce, '-']\n"
        "      - [reliance]\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.replace(str(path), "w.yaml")
    assert "w.yaml:8:9: card 'c': the point form '-' holds no word to look for" in out


def test_a_phrase_left_with_one_word_once_the_prompt_words_go_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    # The grader never asks for the prompt's words, so "India and Pakistan" under a prompt
    # naming Pakistan is "India" alone: any answer naming India would hold the point.
    path = tmp_path / "k.yaml"
    path.write_text(
        "id: k\ntitle: K\ncards:\n  - id: c\n"
        "    prompt: Who does Pakistan say should settle Kashmir?\n"
        "    answer: India and Pakistan, bilaterally\n    points:\n"
        "      - [bilateral, between them]\n      - [India and Pakistan, both sides]\n",
        encoding="utf-8",
    )
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.replace(str(path), "k.yaml")
    assert (
        "k.yaml:9:9: warning: card 'c': the point form 'India and Pakistan' is read as "
        "'india' alone, as the prompt holds its other words" in out
    )
