"""Fixtures shared by the session and store tests: a frozen clock and a real review store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from quiz_fixtures import START

from trainer.core.clock import ManualClock
from trainer.core.store import Store


@pytest.fixture
def clock() -> ManualClock:
    """A UTC clock frozen at START until a test moves it."""
    return ManualClock(START)


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    """A real review database in the test's data dir, without daily backups."""
    with Store.open(data_dir, clock=clock, backup=False) as opened:
        yield opened
