"""The installed `trainer` in a real terminal: answer the card on screen, find the review saved."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

WIDTH, HEIGHT = 80, 24
WAIT_LIMIT_S = 30.0
POLL_S = 0.1

DECK = """\
id: ports
title: Ports named
cards:
  - id: port-count
    kind: number
    prompt: How many ports did officials name?
    answer: "3"
    note: Karachi, Gwadar and Qasim.
"""


def trainer_command() -> Path:
    """The `trainer` installed beside this Python (the venv's bin folder)."""
    return Path(sys.executable).parent / "trainer"


def require_tmux() -> str:
    tmux = shutil.which("tmux")
    if tmux is None:
        if os.environ.get("TRAINER_REQUIRE_TMUX"):
            pytest.fail("tmux is required here (TRAINER_REQUIRE_TMUX is set) but not installed")
        pytest.skip("tmux is not installed; .ci/run installs it")
    return tmux


class Terminal:
    """One tmux session on a private server socket, so nothing touches the user's tmux."""

    def __init__(self, tmux: str) -> None:
        self.tmux = tmux
        self.socket = f"trainer-e2e-{uuid.uuid4().hex[:12]}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # Nothing of the terminal pytest runs in reaches the trainer: not stdin, and not
        # COLUMNS and LINES, which pytest's environment carries when it runs in a tmux pane
        # (the pane's size); the trainer would size itself by them instead of by its own pane.
        environment = {
            name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")
        }
        return subprocess.run(
            [self.tmux, "-L", self.socket, *args],
            check=check,
            stdin=subprocess.DEVNULL,
            env=environment,
            capture_output=True,
            text=True,
        )

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", "main", "-x", str(WIDTH), "-y", str(HEIGHT), command)

    def send(self, *keys: str) -> None:
        self.run("send-keys", "-t", "main", *keys)

    def screen(self) -> str:
        result = self.run("capture-pane", "-p", "-t", "main", check=False)
        return result.stdout

    def alive(self) -> bool:
        return self.run("has-session", "-t", "main", check=False).returncode == 0

    def wait_for(self, text: str) -> str:
        """Poll the screen until ``text`` shows, within a bounded wait; the screen then."""
        deadline = time.monotonic() + WAIT_LIMIT_S
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(POLL_S)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def wait_until_closed(self) -> None:
        deadline = time.monotonic() + WAIT_LIMIT_S
        while self.alive() and time.monotonic() < deadline:
            time.sleep(POLL_S)
        assert not self.alive(), f"the trainer did not exit; the screen was:\n{self.screen()}"

    def kill(self) -> None:
        self.run("kill-server", check=False)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(require_tmux())
    yield term
    term.kill()


def installed_trainer() -> Path:
    trainer = trainer_command()
    if not trainer.exists():
        pytest.fail(f"no installed trainer command at {trainer}; install the package first")
    return trainer


def ports_library(tmp_path: Path) -> tuple[Path, list[str]]:
    """A decks folder holding the ports deck, and the options that point the trainer at it."""
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "ports.yaml").write_text(DECK, encoding="utf-8")
    data = tmp_path / "data"
    return decks, ["--data-dir", str(data), "--decks", str(decks)]


def test_answering_in_the_terminal_saves_the_review(terminal: Terminal, tmp_path: Path) -> None:
    trainer = installed_trainer()
    _, options = ports_library(tmp_path)
    command = shlex.join(["env", "TERM=xterm-256color", str(trainer), "quiz", "ports", *options])
    terminal.start(command)

    screen = terminal.wait_for("1 / 1")
    assert "How many ports did officials name?" in screen
    terminal.send("three", "Enter")
    screen = terminal.wait_for("Correct")
    assert "Karachi, Gwadar and Qasim." in screen
    terminal.send("Enter")
    terminal.wait_for("Session complete")
    terminal.send("C-q")
    terminal.wait_until_closed()

    result = subprocess.run(
        [str(trainer), "history", "--format", "json", *options],
        stdin=subprocess.DEVNULL,
        check=True,
        capture_output=True,
        text=True,
    )
    reviews = json.loads(result.stdout)
    assert [(r["deck"], r["card"], r["response"], r["verdict"]) for r in reviews] == [
        ("ports", "port-count", "three", "correct")
    ]


def test_trainer_alone_opens_the_deck_list(terminal: Terminal, tmp_path: Path) -> None:
    trainer = installed_trainer()
    decks, options = ports_library(tmp_path)
    (decks / "broken.yaml").write_text("id: broken\ntitle: Broken\n", encoding="utf-8")
    terminal.start(shlex.join(["env", "TERM=xterm-256color", str(trainer), *options]))

    terminal.wait_for("Ports named")
    terminal.wait_for("broken.yaml:1:1: the deck has no 'cards'")
    terminal.send("Enter")
    terminal.wait_for("How many ports did officials name?")
    terminal.send("C-q")
    terminal.wait_until_closed()


def test_a_backup_problem_is_reported_when_the_screen_closes(
    terminal: Terminal, tmp_path: Path
) -> None:
    trainer = installed_trainer()
    _, options = ports_library(tmp_path)
    # A database with a review in it, and a file where today's backup folder should be.
    subprocess.run(
        [str(trainer), "quiz", "ports", "--plain", *options],
        input="three\n",
        check=True,
        capture_output=True,
        text=True,
    )
    data = tmp_path / "data"
    shutil.rmtree(data / "backups", ignore_errors=True)
    (data / "backups").write_text("not a folder", encoding="utf-8")
    # Textual draws on stderr, so the pane is kept open after the trainer exits to read it.
    quiz = shlex.join(["env", "TERM=xterm-256color", str(trainer), *options])
    terminal.start(f"{quiz}; echo exit-status-$?; sleep 60")

    terminal.wait_for("Ports named")
    terminal.send("C-q")
    screen = terminal.wait_for("exit-status-0")
    assert "trainer: warning: could not write today's backup" in screen
    assert "Traceback" not in screen
