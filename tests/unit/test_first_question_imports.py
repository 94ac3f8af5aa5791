"""What the trainer loads before its first question is on screen (issue 16).

The first question's speed is measured by benchmarks/bench.py, never asserted here; what
is asserted is that the modules a first question does not need are not loaded by then.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Loaded later (the first answer, another screen, a briefing ahead) or never by a quiz.
NOT_BEFORE_THE_FIRST_QUESTION = (
    "yaml",
    "fsrs",
    "trainer.core.grading",
    "trainer.core.briefing",
    "trainer.core.store.writes",
    "trainer.core.calibration",
    "trainer.core.history",
    "trainer.core.validate",
    "trainer.core.authoring",
    "trainer.tui.screens.decks",
    "trainer.tui.screens.history",
    "snowballstemmer",
    "simplemma",
    "ahocorasick_rs",
    "lxml",
    "trafilatura",
    "plotext",
)

_CHILD = """
import asyncio
import json
import sys

from trainer.cli import main
from trainer.tui.app import TrainerApp

HEAVY = tuple(sys.argv.pop(1).split(","))


async def measure(app):
    async with app.run_test(headless=True, size=(100, 30)) as pilot:
        while True:
            found = list(app.screen.query("#prompt"))
            if found and found[0].region.area > 0 and str(found[0].render()).strip():
                break
            await pilot.pause()
        loaded = sorted(
            name for name in sys.modules if name.startswith(HEAVY) and
            any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)
        )
        print(json.dumps(loaded), flush=True)


def run_headless(app, *args, **kwargs):
    asyncio.run(measure(app))


TrainerApp.run = run_headless
sys.exit(main(sys.argv[1:]))
"""

_DECK = """\
id: first
title: The first question
cards:
  - id: capital
    prompt: What is the capital of Norway?
    answer: Oslo
  - id: year
    kind: number
    prompt: In what year did the pact start?
    answer: "2024"
  - id: points
    kind: text
    prompt: Why did the talks stall?
    answer: Neither side would move on the border.
    points:
      - [border]
      - [neither side, both sides]
"""


@pytest.mark.slow
def test_the_first_question_loads_nothing_it_does_not_need(tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "first.yaml").write_text(_DECK, encoding="utf-8")
    command = [
        sys.executable,
        "-c",
        _CHILD,
        ",".join(NOT_BEFORE_THE_FIRST_QUESTION),
        "--data-dir",
        str(tmp_path / "data"),
        "--decks",
        str(decks),
        "quiz",
        "first",
    ]
    runs = [
        json.loads(
            subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()[
                0
            ]
        )
        for _ in range(2)
    ]
    # The first run parses the deck file (PyYAML, and the number reader to check the
    # number card); the second is served from the parsed-deck cache, as every later run.
    assert "yaml" in runs[0]
    assert runs[1] == []
