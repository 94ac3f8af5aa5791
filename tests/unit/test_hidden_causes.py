"""Errors that used to hide their cause or end in a traceback are one clear sentence with a
non-zero exit (issue 12, item 8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.core.errors import TrainerError


def one_sentence(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("trainer: "), err
    assert len(lines[0]) < 400, "the sentence must not repeat a huge argument"
    return lines[0]


def test_a_100k_character_deck_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "decks"
    write_deck(folder, "alpha", [card("a1", "Paris")])
    assert main(["quiz", "a" * 100_000, "--plain", "--decks", str(folder)]) != 0
    line = one_sentence(capsys)
    assert "no deck with id 'aaaa" in line and "(100,000 characters)" in line


def test_a_300_character_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_folder = tmp_path / ("b" * 300)
    for command in (["quiz", "alpha", "--plain"], ["history"], ["stats"]):
        assert main(["--data-dir", str(long_folder), *command]) != 0
        line = one_sentence(capsys)
        assert "a folder name may have at most 255 characters" in line
        assert "(3" in line  # its length, not its 300 characters


def test_a_300_character_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "h" * 300, "--port", "18000"]) != 0
    line = one_sentence(capsys)
    assert "cannot serve on hhhh" in line and "check --host" in line


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00-14:00"])
def test_a_since_outside_the_years_python_holds(
    moment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["history", "--since", moment])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"'{moment}' falls outside the years 1 to 9999 in UTC" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["history"], ["stats"]])
def test_the_top_of_the_file_system_is_not_a_data_folder(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # history and stats never write, so even before the fix nothing was written to /.
    assert main(["--data-dir", "/", *command]) != 0
    assert "will not use / (the top of the file system) as the data folder" in one_sentence(capsys)
    with pytest.raises(TrainerError):
        paths.data_dir(None, {paths.DATA_DIR_VARIABLE: "/"})


def test_an_open_that_fails_mid_read_reports_the_read_not_a_commit(data_dir: Path) -> None:
    """A database whose schema page cannot be read: the error names the damage, never
    "cannot commit - no transaction is active" (the transaction SQLite had already ended)."""
    from trainer.core.store import Store, StoreError

    with Store.open(data_dir, backup=False):
        pass
    database = paths.database_path(data_dir)
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    data = bytearray(database.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    database.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        Store.open(data_dir, backup=False)
    assert "no transaction is active" not in str(caught.value)
    assert "damaged" in str(caught.value)
