"""`--force` replaces a regular file only, keeps its mode, and never touches the store
(issue 12, item 5)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck
from test_store import save

from trainer import paths
from trainer.cli import main
from trainer.core.store import Store


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "decks", "alpha", [card("a1", "Paris"), card("a2", "Rome")])


def export(deck_path: Path, output: Path) -> int:
    return main(["export", str(deck_path), "--format", "csv", "-o", str(output), "--force"])


def test_force_keeps_the_replaced_files_mode_and_leaves_no_temporary(
    deck_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out" / "alpha.csv"
    output.parent.mkdir()
    output.write_text("old")
    output.chmod(0o644)
    assert export(deck_path, output) == 0
    assert stat.S_IMODE(output.stat().st_mode) == 0o644
    assert "Paris" in output.read_text(encoding="utf-8-sig")
    assert sorted(os.listdir(output.parent)) == ["alpha.csv"]


def test_force_refuses_a_named_pipe(
    deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert export(deck_path, pipe) != 0
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    err = capsys.readouterr().err
    assert err.strip() == (
        f"trainer: {pipe} is a named pipe (FIFO); --force replaces only a regular file"
    )


def test_force_refuses_a_symbolic_link_naming_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "real.yaml"
    target.write_text("# mine\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    export_file = tmp_path / "cards.tsv"
    export_file.write_text("capital of France\tParis\n", encoding="utf-8")
    status = main(["import", str(export_file), "-o", str(link), "--force"])
    assert status != 0
    assert link.is_symlink() and target.read_text() == "# mine\n"
    err = capsys.readouterr().err
    assert f"{link} is a symbolic link (to {target})" in err
    assert "Traceback" not in err


def test_force_never_replaces_the_review_database_or_its_backups(
    deck_path: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data_dir, backup=False) as store:
        save(store, 3)
    database = paths.database_path(data_dir)
    copy = tmp_path / "a-copy-of-my-reviews.csv"
    shutil.copyfile(database, copy)
    before = database.read_bytes()
    for target in (database, database.with_name(database.name + "-wal"), copy):
        if not target.exists():
            target.write_bytes(b"")
        kept = target.read_bytes()
        assert export(deck_path, target) != 0
        assert target.read_bytes() == kept
        assert "is the trainer's review database" in capsys.readouterr().err
    assert database.read_bytes() == before
    with Store.open(data_dir, backup=False) as store:
        assert store.review_count() == 3


def test_without_force_an_existing_file_is_still_refused(
    deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "alpha.csv"
    output.write_text("old")
    assert main(["export", str(deck_path), "--format", "csv", "-o", str(output)]) != 0
    assert output.read_text() == "old"
    assert "add --force" in capsys.readouterr().err


def test_no_file_is_written_under_the_name_of_a_store_journal(
    deck_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite would read a file beside the database named -wal, -shm or -journal as its
    # own, so an export never creates one, with or without --force.
    with Store.open(data_dir, backup=False) as store:
        save(store, 2)
    database = paths.database_path(data_dir)
    for suffix in ("-wal", "-shm", "-journal"):
        target = database.with_name(database.name + suffix)
        target.unlink(missing_ok=True)
        for force in ([], ["--force"]):
            assert (
                main(["export", str(deck_path), "--format", "csv", "-o", str(target), *force]) != 0
            )
            assert not target.exists()
            assert "is the trainer's review database" in capsys.readouterr().err
    with Store.open(data_dir, backup=False) as store:
        assert store.review_count() == 2
