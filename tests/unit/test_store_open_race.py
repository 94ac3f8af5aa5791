"""Two trainers opening one database at once: the last one to close removes the `-wal`
file, so a file seen a moment ago may be gone when its permissions are checked. That is not
a read-only database (it failed `test_trainers_creating_one_new_database_at_once_all_open`
now and then under load)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainer.core.store import connection as store


def test_a_log_file_that_vanishes_while_checked_is_not_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "trainer.sqlite3"
    database.write_bytes(b"")
    wal = database.with_name(database.name + "-wal")
    # The other trainer's close removes the log between "exists" and the permission check.
    seen = Path.exists
    monkeypatch.setattr(Path, "exists", lambda path: path == wal or seen(path))
    store._refuse_read_only(database)  # no StoreError


def test_a_read_only_log_is_still_refused(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write a read-only file")
    database = tmp_path / "trainer.sqlite3"
    database.write_bytes(b"")
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"")
    wal.chmod(0o444)
    with pytest.raises(store.StoreError, match="is read-only"):
        store._refuse_read_only(database)
