"""A full disk and a read-only database are found at open, in one sentence, before any
question is asked (issue 12, item 8). Real conditions: a tiny tmpfs filled up, and a
database file its user cannot write (run as "nobody" when the tests run as root)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_read_only_data import RUN_LIMIT_S, as_user_who_cannot_write, trainer_command

from trainer import paths
from trainer.core.store import Store, StoreError

DECK = "rubio-dar-call-april-2025"


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 256 KB file system of its own (tmpfs), unmounted afterwards."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mount_point = Path(tempfile.mkdtemp(prefix="trainer-small-disk-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        mount_point.rmdir()
        pytest.skip("this machine does not allow mounting a tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)
        mount_point.rmdir()


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` but ``leave`` bytes."""
    status = os.statvfs(disk)
    free = status.f_bavail * status.f_frsize
    with (disk / "filler").open("wb") as filler, contextlib.suppress(OSError):
        filler.write(b"\0" * max(0, free - leave))


@pytest.mark.parametrize("leave", [0, 8192, 32768])
def test_a_full_disk_at_open_says_so(small_disk: Path, leave: int) -> None:
    data = small_disk / "data"
    fill(small_disk, leave)
    with pytest.raises(StoreError) as caught:
        Store.open(data, backup=False)
    message = str(caught.value)
    assert "is full" in message and "free some space" in message
    assert "no transaction is active" not in message


@pytest.mark.slow
def test_a_full_disk_under_an_existing_database_is_one_sentence(small_disk: Path) -> None:
    data = small_disk / "data"
    with Store.open(data, backup=False):
        pass
    for log in data.glob("trainer.sqlite3-*"):
        log.unlink()
    fill(small_disk, 4096)
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--data-dir", str(data), "quiz", DECK, "--plain"],
        input="x\n",
        capture_output=True,
        text=True,
        timeout=RUN_LIMIT_S,
        check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("trainer: could not open: the disk holding"), result.stderr
    assert "[1/" not in result.stdout  # no question was asked


@pytest.mark.slow
def test_a_read_only_database_is_refused_before_any_question() -> None:
    prefix = as_user_who_cannot_write()
    with tempfile.TemporaryDirectory(prefix="trainer-read-only-db-") as top:
        data = Path(top) / "data"
        subprocess.run(
            [str(trainer_command()), "--data-dir", str(data), "quiz", DECK, "--plain"],
            input="29 per cent\n",
            text=True,
            capture_output=True,
            timeout=RUN_LIMIT_S,
            check=True,
        )
        database = paths.database_path(data)
        Path(top).chmod(0o755)
        # The folder is anyone's to write; the database file is not.
        for path in [data, *data.rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o666)
        database.chmod(0o444)
        before = database.read_bytes()
        result = subprocess.run(
            [
                *prefix,
                str(trainer_command()),
                "--data-dir",
                str(data),
                "quiz",
                DECK,
                "--plain",
                "--cram",
            ],
            input="29 per cent\n",
            capture_output=True,
            text=True,
            timeout=RUN_LIMIT_S,
            check=False,
        )
        assert result.returncode != 0
        assert result.stderr.strip() == (
            f"trainer: cannot write to the review database: {database} is read-only; make it "
            f"writable (chmod u+w {database}), or choose another data folder with --data-dir"
        )
        assert "[1/" not in result.stdout
        assert database.read_bytes() == before
