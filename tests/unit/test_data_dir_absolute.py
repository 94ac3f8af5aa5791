"""A data folder given as a relative path still gets its daily backups (issue 12, item 6)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import START
from test_store import save

from trainer import paths
from trainer.core.clock import ManualClock
from trainer.core.store import Store


@pytest.mark.parametrize("source", ["flag", "environment"])
def test_a_relative_data_dir_is_made_absolute(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if source == "flag":
        chosen = paths.data_dir("rel")
    else:
        chosen = paths.data_dir(None, {paths.DATA_DIR_VARIABLE: "rel"})
    assert chosen.is_absolute()
    assert chosen == tmp_path / "rel"


def test_a_relative_data_dir_is_backed_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clock = ManualClock(START)
    with Store.open(paths.data_dir("rel"), clock=clock) as store:
        save(store, 2)
    clock.advance(days=1)
    with Store.open(paths.data_dir("rel"), clock=clock) as store:
        store.wait_for_backup()
        assert store.warnings == []
    day = (START + timedelta(days=1)).date().isoformat()
    assert (tmp_path / "rel" / "backups" / f"trainer-{day}.sqlite3").is_file()
