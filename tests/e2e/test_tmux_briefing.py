"""A new user in a real terminal: sets a briefing from the deck list, sees the readiness
column and countdown, quizzes, gets the missed card again before the summary, and sees
readiness rise."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from test_tmux_quiz import Terminal, installed_trainer, terminal  # noqa: F401 (a fixture)

pytestmark = pytest.mark.slow

DECK = """\
id: capitals
title: Capitals
cards:
  - id: france
    prompt: What is the capital of France?
    answer: Paris
  - id: japan
    prompt: What is the capital of Japan?
    answer: Tokyo
"""

READY = re.compile(r"(\d+)% · ")


def test_a_briefing_set_on_screen_rises_as_the_user_quizzes(
    terminal: Terminal,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    trainer = installed_trainer()
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "capitals.yaml").write_text(DECK, encoding="utf-8")
    options = ["--data-dir", str(tmp_path / "data"), "--decks", str(decks)]
    terminal.start(shlex.join(["env", "TERM=xterm-256color", str(trainer), *options]))

    terminal.wait_for("Capitals")
    terminal.send("b")
    terminal.wait_for("Set a briefing")
    terminal.send("tomorrow 9:00")
    terminal.wait_for(", in ")
    terminal.send("Enter")
    terminal.wait_for("0% · ")
    terminal.wait_for("for the briefing")  # the plan line under the table

    terminal.send("Enter")
    terminal.wait_for("What is the capital of France?")
    terminal.send("Lyon", "Enter")
    terminal.wait_for("Wrong")
    terminal.send("Enter")
    terminal.wait_for("What is the capital of Japan?")
    terminal.send("Tokyo", "Enter")
    terminal.wait_for("Correct")
    terminal.send("Enter")
    # The missed card comes back before the summary.
    screen = terminal.wait_for("again: missed earlier")
    assert "What is the capital of France?" in screen
    terminal.send("Paris", "Enter")
    terminal.wait_for("Correct")
    terminal.send("Enter")
    screen = terminal.wait_for("Session complete")
    assert "First try 50%" in screen and "Final 100%" in screen
    terminal.send("Enter")
    screen = terminal.wait_for("Ready")  # the deck list's column heading
    rows = [line for line in screen.splitlines() if "Capitals" in line and "·" in line]
    assert rows, screen
    (percent,) = READY.findall(rows[0])
    assert int(percent) > 0
    terminal.send("C-q")
    terminal.wait_until_closed()

    # The same figure from the command line, and the briefing survived the restart.
    result = subprocess.run(
        [str(trainer), "readiness", "--format", "json", *options],
        check=True,
        capture_output=True,
        text=True,
    )
    (deck,) = json.loads(result.stdout)["decks"]
    assert round(deck["mean"] * 100) == int(percent)
    reviews = subprocess.run(
        [str(trainer), "history", "--format", "json", *options],
        check=True,
        capture_output=True,
        text=True,
    )
    assert [r["card"] for r in json.loads(reviews.stdout)] == ["france", "japan", "france"]
