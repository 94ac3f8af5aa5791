"""`trainer history` and `trainer stats` read a data folder they cannot write, writing nothing."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.cli.stats import write_stats
from trainer.core.history import reviews
from trainer.core.store import NewReview, SessionRef, Store, StoreError
from trainer.core.store.schema import APPLICATION_ID, SCHEMA_VERSION

NOW = datetime(2025, 7, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def answered(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """A deck folder and a data folder holding three answers saved by `trainer quiz --plain`."""
    folder = tmp_path / "decks"
    write_deck(
        folder,
        "alpha",
        [card("a1", "Paris", tags=["places"]), card("a2", "70", kind="number"), card("a3", "Rome")],
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("Paris\n12\nRome\n"))
    assert main(["quiz", "alpha", "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder tree with its bytes: what must not change."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def review(card_id: str) -> NewReview:
    return NewReview(
        deck_id="alpha",
        card_id=card_id,
        kind="text",
        tags=(),
        response="x",
        verdict="wrong",
        score=0.0,
        rating="again",
        reviewed_at=NOW,
    )


def test_read_only_opening_reads_everything_and_writes_nothing(
    answered: Path, data_dir: Path
) -> None:
    before = snapshot(data_dir)
    with Store.open_read_only(data_dir) as store:
        listed = [(record.card, record.verdict) for record in reviews(store)]
        out = io.StringIO()
        write_stats(store, [], None, NOW, out)
        with pytest.raises(StoreError):
            store.record_review(SessionRef(NOW, ("alpha",)), review("a1"), None)
    assert listed == [("a1", "correct"), ("a2", "wrong"), ("a3", "correct")]
    assert "Weakest cards" in out.getvalue() and "a2" in out.getvalue()
    # Not a byte changed and no file added: no log, no shared-memory file, no backup.
    assert snapshot(data_dir) == before


def test_read_only_opening_sees_answers_still_in_the_write_ahead_log(
    answered: Path, data_dir: Path
) -> None:
    with Store.open(data_dir, backup=False) as writer:
        writer.connection.execute("PRAGMA wal_autocheckpoint = 0")
        writer.record_review(SessionRef(NOW, ("alpha",)), review("a3"), None)
        assert Path(f"{writer.path}-wal").exists()
        with Store.open_read_only(data_dir) as reader:
            assert [record.card for record in reviews(reader)][-1] == "a3"
            assert reader.review_count() == 4


@pytest.fixture
def old_database(data_dir: Path) -> Iterator[Path]:
    """A trainer database one schema version behind."""
    data_dir.mkdir(parents=True)
    path = paths.database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    connection.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    yield path


def test_an_older_schema_is_refused_not_upgraded(old_database: Path, data_dir: Path) -> None:
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="needs an upgrade") as caught:
        Store.open_read_only(data_dir)
    assert "\n" not in str(caught.value)
    assert snapshot(data_dir) == before


def test_another_programs_database_or_a_damaged_file_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = paths.database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = snapshot(data_dir)
    with pytest.raises(StoreError, match="not the trainer's"):
        Store.open_read_only(data_dir)
    assert snapshot(data_dir) == before
    path.write_text("not a database at all")
    with pytest.raises(StoreError, match="damaged"):
        Store.open_read_only(data_dir)
    assert path.read_text() == "not a database at all"


@pytest.fixture
def read_only(data_dir: Path) -> Iterator[Path]:
    """The data folder with write permission taken away (skipped where it is not enforced)."""
    data_dir.chmod(0o500)
    try:
        if os.access(data_dir, os.W_OK):
            pytest.skip("permissions are not enforced for this user (root)")
        yield data_dir
    finally:
        data_dir.chmod(0o700)


def test_history_and_stats_work_on_a_read_only_data_folder(
    answered: Path, read_only: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(read_only)
    status = main(["history", "--format", "json", "--decks", str(answered)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert [entry["card"] for entry in json.loads(captured.out)] == ["a1", "a2", "a3"]
    status = main(["stats", "--deck", "alpha", "--decks", str(answered)])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "Weakest cards" in captured.out
    assert snapshot(read_only) == before
