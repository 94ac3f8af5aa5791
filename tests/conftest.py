"""Every test runs with its own data dir and config, never the user's real files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DECKS = REPO / "decks"


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
