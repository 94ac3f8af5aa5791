"""A deck folder the user names (--decks, TRAINER_DECKS) that does not exist is one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_sentence_naming(err: str, folder: Path, named_by: str) -> None:
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(folder) in err and named_by in err and "does not exist" in err


@pytest.mark.parametrize(
    "command",
    [
        ("quiz", "alpha"),
        ("quiz", "alpha", "--plain"),
        ("stats",),
        ("export", "alpha", "--format", "csv", "-o", "-"),
        ("try", "alpha", "a1", "Paris"),
        ("history", "--deck", "alpha"),
        (),  # the full-screen deck list: refused before any screen opens
    ],
)
def test_a_missing_decks_folder_is_refused(
    command: tuple[str, ...],
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "no-such-decks"
    status, out, err = run(capsys, "--decks", str(missing), *command)
    assert status != 0
    assert out == ""
    assert_one_sentence_naming(err, missing, "--decks")
    # Refused before anything was opened: no database was made.
    assert not data_dir.exists()


@pytest.mark.parametrize("command", [("quiz", "alpha", "--plain"), ("stats",), ()])
def test_a_missing_folder_in_trainer_decks_is_refused(
    command: tuple[str, ...],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    present = tmp_path / "decks"
    write_deck(present, "alpha", [card("a1", "Paris")])
    missing = tmp_path / "no-such-decks"
    monkeypatch.setenv("TRAINER_DECKS", f"{present}:{missing}")
    status, _, err = run(capsys, *command)
    assert status != 0
    assert_one_sentence_naming(err, missing, "TRAINER_DECKS")


def test_validate_counts_a_missing_trainer_decks_folder_as_an_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "no-such-decks"
    monkeypatch.setenv("TRAINER_DECKS", str(missing))
    status, out, _ = run(capsys, "validate")
    assert status == 1
    assert f"{missing}: no such file or folder" in out


def test_a_missing_default_decks_folder_is_no_error(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No decks of one's own yet (DATA_DIR/decks does not exist): the bundled decks serve.
    status, _, err = run(capsys, "stats")
    assert status == 0 and err == ""


def test_a_deck_file_named_outright_needs_no_deck_folder(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = write_deck(tmp_path / "mine", "alpha", [card("a1", "Paris")])
    status, out, _ = run(
        capsys, "--decks", str(tmp_path / "nowhere"), "try", str(deck), "a1", "Paris"
    )
    assert status == 0 and "correct" in out


def test_new_creates_a_named_deck_folder_that_does_not_exist_yet(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "fresh"
    status, _, err = run(capsys, "--decks", str(folder), "new", "ports")
    assert status == 0, err
    assert (folder / "ports.yaml").is_file()
