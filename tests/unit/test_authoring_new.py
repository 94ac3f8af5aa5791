"""`trainer new`: a deck skeleton that loads and validates clean, and never overwrites."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml

from trainer import load_deck, paths
from trainer.cli import main
from trainer.core.authoring.deck_file import SCHEMA_DIRECTIVE
from trainer.core.validate import validate_paths

REPO = Path(__file__).resolve().parents[2]
SEED_001 = REPO / "seeds" / "001_7ef7ea6c6ed4c750.txt"
SEED_003 = REPO / "seeds" / "003_8639da7ce7bc701f.txt"


def run(*argv: str) -> int:
    return main(list(argv))


def test_new_then_validate_is_clean(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("new", "dar-rubio", "--source", str(SEED_001), "--source", str(SEED_003)) == 0
    path = paths.user_decks_dir(data_dir) / "dar-rubio.yaml"
    assert str(path) in capsys.readouterr().out

    report = validate_paths([path])
    assert (report.decks, report.errors, report.warnings) == (1, 0, 0)
    deck = load_deck(path)
    assert deck.id == "dar-rubio"
    assert sorted(card.kind for card in deck.cards) == sorted(
        ["text", "name", "number", "date", "choice", "list"]
    )
    assert [source.file.resolve() for source in deck.sources.values()] == [SEED_001, SEED_003]
    # Sources are written relative to the deck file, so the pair can move together.
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert not Path(raw["sources"]["s1"]["file"]).is_absolute()
    assert raw["sources"]["s2"]["published"] == "2025-04-07"
    assert all(card.source == "s1" for card in deck.cards)


def test_new_deck_is_seen_by_validate_of_the_default_folders(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("new", "fresh-deck") == 0
    assert run("validate", "--decks", str(paths.user_decks_dir(data_dir))) == 0
    assert "1 deck, 6 cards, 0 errors, 0 warnings" in capsys.readouterr().out


def test_new_writes_into_the_decks_folder_given_on_the_command_line(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "briefing"
    folder.mkdir()
    assert run("new", "fresh-deck", "--decks", str(folder)) == 0
    assert (folder / "fresh-deck.yaml").is_file()
    assert not (paths.user_decks_dir(data_dir) / "fresh-deck.yaml").exists()
    assert run("validate", "--decks", str(folder)) == 0
    assert "1 deck, 6 cards, 0 errors, 0 warnings" in capsys.readouterr().out


def test_new_writes_into_the_last_folder_of_trainer_decks(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, last = tmp_path / "team", tmp_path / "mine"
    monkeypatch.setenv("TRAINER_DECKS", f"{first}{os.pathsep}{last}")
    assert run("new", "fresh-deck") == 0
    assert (last / "fresh-deck.yaml").is_file()
    assert not first.exists()


def test_schema_line_points_at_the_schema_and_the_deck_satisfies_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "decks" / "mine.yaml"
    assert run("new", "mine", "--source", str(SEED_001), "-o", str(path)) == 0
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.startswith(SCHEMA_DIRECTIVE)
    schema_path = (path.parent / first.removeprefix(SCHEMA_DIRECTIVE)).resolve()
    assert schema_path == paths.deck_schema_path().resolve()

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    data = yaml.safe_load(text)
    for card in data["cards"]:  # YAML 1.1 reads 2025-07-25 as a date; editors keep the text
        if isinstance(card["answer"], dt.date):
            card["answer"] = card["answer"].isoformat()
    jsonschema.Draft7Validator(schema).validate(data)


def test_new_refuses_to_overwrite(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("new", "twice") == 0
    path = paths.user_decks_dir(data_dir) / "twice.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# my edits\n", encoding="utf-8")
    capsys.readouterr()

    assert run("new", "twice", "--title", "Other") != 0
    error = capsys.readouterr().err
    assert str(path) in error and "already exists" in error
    assert "Traceback" not in error
    assert path.read_text(encoding="utf-8").endswith("# my edits\n")

    assert run("new", "twice", "--title", "Other", "--force") == 0
    assert load_deck(path).title == "Other"


def test_new_refuses_an_id_another_deck_file_uses(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("new", "taken") == 0
    capsys.readouterr()
    assert run("new", "taken", "-o", str(tmp_path / "elsewhere.yaml")) != 0
    assert "a deck with id 'taken' already exists" in capsys.readouterr().err
    assert not (tmp_path / "elsewhere.yaml").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "Bad_Id"], "'Bad_Id' cannot be a deck id"),
        (["new", "ok", "--source", "no-such-article.txt"], "no-such-article.txt: no such file"),
        (["new", "ok", "-o", "deck.txt"], "deck.txt: a deck file's name must end in .yaml"),
    ],
)
def test_bad_input_is_one_sentence_and_a_non_zero_exit(
    argv: list[str], message: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(*argv) != 0
    error = capsys.readouterr().err
    assert message in error
    assert len(error.strip().splitlines()) == 1
    assert not paths.user_decks_dir(data_dir).exists()


def test_a_source_that_is_not_utf8_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes("First line\nCaf\u00e9 au lait\n".encode("latin-1"))
    assert run("new", "ok", "--source", str(article)) != 0
    assert f"{article}:2: is not UTF-8 text" in capsys.readouterr().err


def test_a_shortened_option_is_refused_not_read_as_a_longer_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `new` has no --deck; it must not be taken for --decks and write into ./bar.
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        run("new", "foo", "--deck", "bar")
    assert stopped.value.code == 2
    assert "unrecognized arguments: --deck bar" in capsys.readouterr().err
    assert not (tmp_path / "bar").exists()


def test_an_unknown_deck_id_lists_the_decks_there(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("new", "fresh-deck") == 0
    capsys.readouterr()
    assert run("try", "fresh", "c", "x") != 0
    err = capsys.readouterr().err
    assert "the decks there are " in err and "fresh-deck" in err.split("the decks there are ")[1]
