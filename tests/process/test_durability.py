"""Whole `trainer quiz --plain` processes: kill -9, Ctrl+C and several writers at once."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from quiz_fixtures import numbered_cards, write_deck

from trainer import paths
from trainer.core.store import Store
from trainer.core.store.checkpoints import COMMITS_PER_CHECKPOINT

pytestmark = pytest.mark.slow

WAIT_S = 60.0


class Trainer:
    """A running `trainer quiz --plain` with its output read line by line in the background."""

    def __init__(self, deck: Path, data_dir: Path, *extra: str) -> None:
        environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "trainer",
                "quiz",
                str(deck),
                "--plain",
                "--data-dir",
                str(data_dir),
                *extra,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []
        # Each pipe has one reader for the whole run, so no output is read twice or lost.
        self._readers = [
            threading.Thread(target=self._pump, daemon=True),
            threading.Thread(target=self._collect_errors, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _collect_errors(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    def send(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text)
        self.process.stdin.flush()

    def wait_for(self, needle: str) -> str:
        """The next output line containing ``needle``; fails the test after a long wait."""
        while True:
            line = self.lines.get(timeout=WAIT_S)
            if line is None:
                pytest.fail(f"the trainer exited before printing {needle!r}: {self.seen[-5:]}")
            self.seen.append(line)
            if needle in line:
                return line

    def finish(self) -> tuple[int, str, str]:
        """End of input, then exit status, all output and stderr once the process ends."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        status = self.process.wait(timeout=WAIT_S)
        self.close()
        while not self.lines.empty():
            line = self.lines.get()
            if line is not None:
                self.seen.append(line)
        return status, "".join(self.seen), "".join(self.errors)

    def close(self) -> None:
        """Once the process has ended: read its pipes to the end and close them."""
        for reader in self._readers:
            reader.join(timeout=WAIT_S)
        for pipe in (self.process.stdin, self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


def review_rows(data_dir: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        return connection.execute("SELECT card_id, verdict FROM review_rows ORDER BY id").fetchall()
    finally:
        connection.close()


def assert_database_consistent(data_dir: Path) -> None:
    """Intact file; every review row came with its card state; the tallies count the
    reviews up to their mark, and every review once the store has folded in the rest (the
    answers saved after the last fold, tally_fold.py)."""
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [mark] = connection.execute("SELECT review_id FROM tally_mark").fetchone()
        counted = connection.execute("SELECT count(*) FROM reviews WHERE id <= ?", (mark,))
        tallied = connection.execute("SELECT coalesce(sum(reviews), 0) FROM card_tallies")
        assert tallied.fetchone()[0] == counted.fetchone()[0]
    finally:
        connection.close()
    Store.open(data_dir, backup=False).close()  # closing folds in what was pending
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        reviews = connection.execute("SELECT count(*) FROM reviews WHERE cram = 0").fetchone()[0]
        cram = connection.execute("SELECT count(*) FROM reviews WHERE cram = 1").fetchone()[0]
        tallied = connection.execute("SELECT coalesce(sum(reviews), 0) FROM card_tallies")
        assert tallied.fetchone()[0] == reviews + cram
        answered = connection.execute("SELECT coalesce(sum(answered), 0) FROM sessions")
        # A session counts each card's first try; a card asked again adds a review only.
        first_tries = connection.execute(
            "SELECT count(*) FROM (SELECT DISTINCT session_id, deck_id, card_id FROM review_rows "
            "WHERE overrides IS NULL AND id NOT IN (SELECT review_id FROM undone_reviews))"
        )
        assert answered.fetchone()[0] == first_tries.fetchone()[0]
        # Every card answered has a state: cram answers move the memory too (not the due).
        states = connection.execute("SELECT count(DISTINCT card_id) FROM review_rows").fetchone()[0]
        assert connection.execute("SELECT count(*) FROM card_states").fetchone()[0] == states
    finally:
        connection.close()


def test_kill_9_keeps_every_answer_whose_verdict_was_shown(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "deck", numbered_cards(10))
    data_dir = tmp_path / "data"
    trainer = Trainer(deck, data_dir)
    for number in range(4):
        trainer.send(f"answer-{number}\n")
        trainer.wait_for(f"Answer: answer-{number}")
    trainer.send("answer-4\n")  # in flight when the process dies: kept or not, never half
    trainer.process.kill()
    trainer.process.wait(timeout=WAIT_S)
    trainer.close()
    rows = review_rows(data_dir)
    assert rows[:4] == [(f"c{n}", "correct") for n in range(4)]
    assert len(rows) in (4, 5)
    assert_database_consistent(data_dir)
    # The next session carries on where the killed one stopped.
    again = Trainer(deck, data_dir, "--new-limit", "20")
    status, out, err = again.finish()
    assert status == 0, err
    assert f"{10 - len(rows)} cards to ask (0 due, {10 - len(rows)} new)" in out


def test_kill_9_during_a_burst_of_writes_leaves_a_consistent_database(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "deck", numbered_cards(400))
    data_dir = tmp_path / "data"
    trainer = Trainer(deck, data_dir, "--cram")
    trainer.send("".join(f"answer-{n}\n" for n in range(400)))
    shown = [trainer.wait_for("Answer:") for _ in range(30)]
    trainer.process.send_signal(signal.SIGKILL)
    trainer.process.wait(timeout=WAIT_S)
    trainer.close()
    rows = review_rows(data_dir)
    assert len(rows) >= len(shown)
    assert rows[: len(shown)] == [(f"c{n}", "correct") for n in range(len(shown))]
    assert_database_consistent(data_dir)


def test_kill_9_while_the_log_is_folded_in_loses_no_answer(tmp_path: Path) -> None:
    # Answers with no pause fold the log in every COMMITS_PER_CHECKPOINT commits, between
    # two transactions: killed across several of those, twice (the second trainer opening
    # the log the first left behind), every answer shown is still there.
    count = 400
    deck = write_deck(tmp_path, "deck", numbered_cards(count))
    data_dir = tmp_path / "data"
    answers = "".join(f"answer-{n}\n" for n in range(count))
    shown: list[str] = []
    for stop_after in (3 * COMMITS_PER_CHECKPOINT + 7, 2 * COMMITS_PER_CHECKPOINT + 31):
        trainer = Trainer(deck, data_dir, "--cram")
        trainer.send(answers)
        shown += [trainer.wait_for("Answer:") for _ in range(stop_after)]
        trainer.process.send_signal(signal.SIGKILL)
        trainer.process.wait(timeout=WAIT_S)
        trainer.close()
        rows = review_rows(data_dir)
        assert len(rows) >= len(shown)
        assert_database_consistent(data_dir)
    first = 3 * COMMITS_PER_CHECKPOINT + 7
    assert rows[:first] == [(f"c{n}", "correct") for n in range(first)]


def test_ctrl_c_ends_the_session_cleanly(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "deck", numbered_cards(5))
    data_dir = tmp_path / "data"
    trainer = Trainer(deck, data_dir)
    for number in range(2):
        trainer.send(f"answer-{number}\n")
        trainer.wait_for(f"Answer: answer-{number}")
    trainer.wait_for("[3/5]")
    trainer.process.send_signal(signal.SIGINT)
    status, out, err = trainer.finish()
    assert status == 0
    assert "Traceback" not in err
    assert "Session ended early." in out
    # The third card was on screen: asked, left unanswered, nothing saved for it.
    assert "Answered 2 of 3 asked: 2 correct" in out
    assert "(the card left unanswered when the session was stopped)" in out
    assert len(review_rows(data_dir)) == 2


def test_three_trainers_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 300
    deck = write_deck(tmp_path, "deck", numbered_cards(count))
    data_dir = tmp_path / "data"
    answers = "".join(f"answer-{n}\n" for n in range(count))
    trainers = [Trainer(deck, data_dir, "--cram") for _ in range(3)]
    # Start them all before any input, so their writes overlap.
    for trainer in trainers:
        trainer.send(answers)
    results = [trainer.finish() for trainer in trainers]
    for status, out, err in results:
        assert status == 0, err
        assert "locked" not in err and "busy" not in err
        assert f"Answered {count} of {count} asked: {count} correct" in out
    rows = review_rows(data_dir)
    assert len(rows) == 3 * count
    assert_database_consistent(data_dir)
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        sessions = connection.execute("SELECT answered FROM sessions").fetchall()
    finally:
        connection.close()
    assert sessions == [(count,)] * 3


def test_two_scheduling_trainers_on_one_deck_both_save(tmp_path: Path) -> None:
    deck = write_deck(tmp_path, "deck", numbered_cards(30))
    data_dir = tmp_path / "data"
    first = Trainer(deck, data_dir, "--new-limit", "30")
    second = Trainer(deck, data_dir, "--new-limit", "30")
    answers = "".join(f"answer-{n}\n" for n in range(30))
    first.send(answers)
    second.send(answers)
    verdicts = 0
    for trainer in (first, second):
        status, out, err = trainer.finish()
        assert status == 0, err
        verdicts += out.count("Answer: answer-")
    # Which trainer gets the new cards depends on which built its queue first (the daily
    # new-card limit is shared); whatever either one showed a verdict for is saved.
    assert verdicts >= 30
    assert len(review_rows(data_dir)) == verdicts
    assert_database_consistent(data_dir)


OPEN_STORE_ON_SIGNAL = """
import sys
from pathlib import Path
from trainer.core.store import Store
start = Path(sys.argv[2])
while not start.exists():
    pass
Store.open(Path(sys.argv[1])).close()
"""


def test_trainers_creating_one_new_database_at_once_all_open(tmp_path: Path) -> None:
    # Trainers started together on a new data dir race to create the database, switch it
    # to WAL and write its schema; whichever comes second must wait, never fail.
    for round_number in range(20):
        data_dir = tmp_path / f"data-{round_number}"
        start = tmp_path / f"start-{round_number}"
        openers = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN_STORE_ON_SIGNAL, str(data_dir), str(start)],
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        start.touch()
        for opener in openers:
            _, err = opener.communicate(timeout=WAIT_S)
            assert opener.returncode == 0, err
        assert_database_consistent(data_dir)
