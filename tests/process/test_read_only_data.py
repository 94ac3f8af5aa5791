"""The installed `trainer history` and `stats` on a data folder the user cannot write.

Root ignores folder permissions, so as root the commands run as the unprivileged user
"nobody" (through setpriv), which is refused writing to a folder root owns.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

RUN_LIMIT_S = 60
NOBODY = 65534
DECK = "rubio-dar-call-april-2025"


def trainer_command() -> Path:
    return Path(sys.executable).parent / "trainer"


def as_user_who_cannot_write() -> list[str]:
    """The command prefix that runs a program without write access to our folders."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is not installed to drop privileges")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import trainer.cli"],
        capture_output=True,
        timeout=RUN_LIMIT_S,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("the unprivileged user cannot run this trainer's Python here")
    return prefix


@pytest.fixture
def read_only_data() -> Iterator[Path]:
    """A data folder with answers in it, readable by all and writable by no one but root."""
    # Outside pytest's private temporary folder, which the unprivileged user cannot enter.
    with tempfile.TemporaryDirectory(prefix="trainer-read-only-") as top:
        data = Path(top) / "data"
        subprocess.run(
            [str(trainer_command()), "--data-dir", str(data), "quiz", DECK, "--plain"],
            input="29 per cent\nx\n",
            text=True,
            capture_output=True,
            timeout=RUN_LIMIT_S,
            check=True,
        )
        Path(top).chmod(0o755)
        for path in [data, *data.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield data
        finally:
            for path in [data, *data.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)


def run(prefix: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, str(trainer_command()), *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=RUN_LIMIT_S,
        env={**os.environ, "HOME": "/nonexistent"},
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_history_and_stats_read_a_read_only_data_folder(read_only_data: Path) -> None:
    prefix = as_user_who_cannot_write()
    before = snapshot(read_only_data)
    history = run(prefix, "--data-dir", str(read_only_data), "history", "--format", "json")
    assert history.returncode == 0, history.stderr
    assert [review["response"] for review in json.loads(history.stdout)] == ["29 per cent", "x"]
    stats = run(prefix, "--data-dir", str(read_only_data), "stats", "--deck", DECK)
    assert stats.returncode == 0, stats.stderr
    assert "Recent sessions" in stats.stdout and DECK in stats.stdout
    assert snapshot(read_only_data) == before
    # Writing is still refused in one sentence: a quiz needs a folder it can write.
    quiz = run(prefix, "--data-dir", str(read_only_data), "quiz", DECK, "--plain")
    assert quiz.returncode == 3 and "cannot write to the data folder" in quiz.stderr
