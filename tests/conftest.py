"""Every test runs with its own data dir and config, never the user's real files.

The fixtures every level shares live here: a frozen clock (a level may move it, as the TUI
tests' conftest does) and a real review database in the test's data dir.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from quiz_fixtures import START

from trainer.core.clock import ManualClock
from trainer.core.store import Store

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DECKS = REPO / "decks"


def pytest_configure(config: pytest.Config) -> None:
    # A shell starts a background job with Ctrl+C ignored; the trainers the process tests
    # start would inherit that and never see the Ctrl+C they are sent. A handler of our own
    # is reset to the default in each child, so they get theirs back.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than the cores this process may use.

    The TUI and process tests spend part of their time waiting (Pilot pauses, child
    processes starting), so a spare worker keeps the cores busy: on 2 cores the suite took
    115-134 s with 2 workers and 79-96 s with 3 (serially 184-216 s).
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the trainer's data dir (and HOME, for anything else) at a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    data = home / "data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("TRAINER_DATA_DIR", str(data))
    monkeypatch.delenv("TRAINER_DECKS", raising=False)
    return data


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    """The isolated data dir of this test."""
    return isolated_dirs


@pytest.fixture
def clock() -> ManualClock:
    """A UTC clock frozen at START until a test moves it."""
    return ManualClock(START)


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    """A real review database in the test's data dir, on the test's clock, without backups."""
    with Store.open(data_dir, clock=clock, backup=False) as opened:
        yield opened
