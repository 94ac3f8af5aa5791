"""In a real terminal: an unsure right answer comes back sooner, and Ctrl+Z undoes exactly."""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_tmux_quiz import Terminal, installed_trainer, require_tmux

from trainer.core.store import tally_fold

pytestmark = pytest.mark.slow

DECK = """\
id: ports
title: Ports named
cards:
  - id: first
    prompt: Which port city is Pakistan's largest?
    answer: Karachi
  - id: second
    prompt: Which port did China build in Balochistan?
    answer: Gwadar
  - id: third
    prompt: Which port lies east of Karachi on the Indus delta?
    answer: Qasim
"""


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(require_tmux())
    yield term
    term.kill()


def state(database: Path) -> dict[str, list[tuple]]:
    """Schedules and tallies as another reader sees them while the trainer runs: the
    answers saved since the trainer's last fold counted too, as a read-only store counts
    them (tally_fold.shadow)."""
    with sqlite3.connect(
        f"{database.as_uri()}?mode=ro", uri=True, isolation_level=None
    ) as connection:
        tally_fold.shadow(connection)
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("card_states", "card_tallies", "tallies", "confidence_tallies")
        } | {
            "sessions": connection.execute(
                "SELECT id, answered, score_sum FROM sessions WHERE answered > 0"
            ).fetchall()
        }


def test_confidence_and_undo_in_the_terminal(terminal: Terminal, tmp_path: Path) -> None:
    trainer = installed_trainer()
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "ports.yaml").write_text(DECK, encoding="utf-8")
    data = tmp_path / "data"
    options = ["--data-dir", str(data), "--decks", str(decks)]
    terminal.start(
        shlex.join(["env", "TERM=xterm-256color", str(trainer), "quiz", "ports", *options])
    )

    terminal.wait_for("1 / 3")
    terminal.send("Karachi", "Enter")
    terminal.wait_for("Correct")
    terminal.send("Enter")
    terminal.wait_for("2 / 3")
    terminal.send("Gwadar?", "Enter")
    screen = terminal.wait_for("you were unsure")
    assert "Correct" in screen
    database = data / "trainer.sqlite3"
    before = state(database)

    terminal.send("Enter")
    terminal.wait_for("3 / 3")
    terminal.send("Lahore", "Enter")
    terminal.wait_for("Wrong")
    assert state(database) != before
    terminal.send("C-z")
    terminal.wait_for("Took back your answer")
    assert state(database) == before
    terminal.send("Qasim", "Enter")
    terminal.wait_for("Correct")
    terminal.send("Enter")
    terminal.wait_for("Session complete")
    terminal.send("C-q")
    terminal.wait_until_closed()

    due = dict(state(database)["card_states"][i][1:3] for i in range(3))
    assert due["second"] < due["first"]  # unsure: hard, minutes; sure and fast: days
    reviews = json.loads(
        subprocess.run(
            [str(trainer), "history", "--format", "json", *options],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert [(r["card"], r["response"], r["confidence"]) for r in reviews] == [
        ("first", "Karachi", "sure"),
        ("second", "Gwadar", "unsure"),
        ("third", "Qasim", "sure"),
    ]
