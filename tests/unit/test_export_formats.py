"""`trainer export`: an Anki package that holds the cards, and CSV that survives a round trip."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import textwrap
import zipfile
from pathlib import Path

import pytest

from trainer import load_deck, paths
from trainer.cli import main
from trainer.core.authoring.exporting import ANKI_FIELDS, CSV_COLUMNS, stable_id
from trainer.core.deck import KINDS, Card
from trainer.core.validate import validate_paths

ARTICLE = "Rubio said on Monday that trade, \u201cnot aid,\u201d would be the hallmark of ties.\n"
DECK = textwrap.dedent("""\
    id: ties
    title: Ties, trade & "hallmarks"
    sources:
      s1:
        file: article.txt
        title: Rubio call
        published: "2025-04-07"
    cards:
      - id: hallmark
        prompt: What would be the "hallmark" of ties, in Rubio's words?
        answer: trade
        source: s1
        evidence: "trade, \u201cnot aid,\u201d would be the hallmark"
        tags: [rubio, key quotes]
      - id: weekday
        kind: choice
        prompt: "On which day did Rubio speak? (a comma, here)"
        options: [Monday, Friday]
        answer: Monday
      - id: two-lines
        kind: list
        prompt: |-
          Name both:
          the speaker and the thing
        answer: [Rubio, trade]
      - id: tariff
        kind: number
        prompt: Tariff rate?
        answer: 29%
""")


@pytest.fixture
def deck_path(data_dir: Path) -> Path:
    """The deck above, in the user's decks folder next to its article."""
    folder = paths.user_decks_dir(data_dir)
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "ties.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def collection(apkg: Path) -> sqlite3.Connection:
    """The package's SQLite collection, extracted next to it and opened."""
    with zipfile.ZipFile(apkg) as package:
        assert "collection.anki2" in package.namelist()
        database = apkg.with_suffix(".anki2")
        database.write_bytes(package.read("collection.anki2"))
    return sqlite3.connect(database)


def test_anki_package_holds_every_card_with_its_fields(
    deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apkg = tmp_path / "ties.apkg"
    assert main(["export", "ties", "--format", "anki", "-o", str(apkg)]) == 0
    assert str(apkg) in capsys.readouterr().out
    database = collection(apkg)
    assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)

    models = json.loads(database.execute("SELECT models FROM col").fetchone()[0])
    (model,) = models.values()
    assert [field["name"] for field in model["flds"]] == list(ANKI_FIELDS)
    assert int(model["id"]) == stable_id("briefing-trainer model", "ties")
    decks = json.loads(database.execute("SELECT decks FROM col").fetchone()[0])
    assert 'Ties, trade & "hallmarks"' in [deck["name"] for deck in decks.values()]

    notes = database.execute("SELECT flds, tags FROM notes ORDER BY id").fetchall()
    assert len(notes) == 4
    assert database.execute("SELECT count(*) FROM cards").fetchone() == (4,)
    by_prompt = {fields.split("\x1f")[0]: (fields.split("\x1f"), tags) for fields, tags in notes}
    fields, tags = by_prompt[
        "What would be the &quot;hallmark&quot; of ties, in Rubio&#x27;s words?"
    ]
    assert fields[1:] == [
        "trade",
        "trade, \u201cnot aid,\u201d would be the hallmark",
        "Rubio call (article.txt), 2025-04-07",
    ]
    assert tags.split() == ["rubio", "key_quotes"]
    choice = next(key for key in by_prompt if key.startswith("On which day"))
    assert "A. Monday<br>B. Friday" in choice


def test_anki_ids_are_stable_between_exports(deck_path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    assert main(["export", str(deck_path), "--format", "anki", "-o", str(first)]) == 0
    assert main(["export", str(deck_path), "--format", "anki", "-o", str(second)]) == 0
    query = "SELECT guid, mid FROM notes ORDER BY guid"
    notes = collection(first).execute(query).fetchall()
    assert len(notes) == 4
    assert notes == collection(second).execute(query).fetchall()
    assert stable_id("briefing-trainer deck", "ties") != stable_id("briefing-trainer deck", "x")


def test_an_anki_package_named_as_text_is_refused_and_nothing_written(
    deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "r.txt"
    assert main(["export", str(deck_path), "--format", "anki", "-o", str(output)]) != 0
    assert not output.exists()
    error = capsys.readouterr().err
    assert "must be named .apkg, not 'r.txt'" in error
    assert "Traceback" not in error


def test_csv_has_one_quoted_row_per_card(deck_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "ties.csv"
    assert main(["export", "ties", "--format", "csv", "-o", str(output)]) == 0
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 5
    by_prompt = {row[0]: row for row in rows[1:]}
    hallmark = by_prompt['What would be the "hallmark" of ties, in Rubio\'s words?']
    assert hallmark[1:6] == [
        "trade",
        "text",
        "rubio; key quotes",
        "trade, \u201cnot aid,\u201d would be the hallmark",
        "Rubio call (article.txt), 2025-04-07",
    ]
    # Several values in one cell: one a line, since a value may hold a comma or semicolon.
    assert by_prompt["Name both:\nthe speaker and the thing"][1] == "Rubio\ntrade"
    weekday = by_prompt["On which day did Rubio speak? (a comma, here)"]
    assert weekday[CSV_COLUMNS.index("options")] == "Monday\nFriday"
    assert weekday[CSV_COLUMNS.index("id")] == "weekday"


def test_csv_round_trip_through_import_keeps_prompts_and_answers(
    deck_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "round-trip.csv"
    assert main(["export", "ties", "--format", "csv", "-o", str(output)]) == 0
    assert main(["import", str(output)]) == 0
    original = load_deck(deck_path)
    again = load_deck(deck_path.parent / "round-trip.yaml")
    assert [card_fields(card) for card in again.cards] == [
        card_fields(card) for card in original.cards
    ]
    assert again.cards[0].tags == ("rubio", "key quotes")


# Everything of a card a CSV round trip keeps: all but its source and evidence.
ROUND_TRIP_FIELDS = (
    "id",
    "kind",
    "prompt",
    "answer",
    "accept",
    "reject",
    "options",
    "need",
    "points",
    "shuffle",
    "unit",
    "tolerance",
    "tags",
    "note",
    "hint",
)


def card_fields(card: Card) -> dict[str, object]:
    return {name: getattr(card, name) for name in ROUND_TRIP_FIELDS}


@pytest.mark.parametrize(
    "bundled", sorted(paths.bundled_decks_dir().glob("*.yaml")), ids=lambda path: path.stem
)
def test_every_bundled_deck_survives_csv_export_and_import(
    bundled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = load_deck(bundled)
    exported = tmp_path / f"{original.id}.csv"
    assert main(["export", str(bundled), "--format", "csv", "-o", str(exported)]) == 0
    rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == len(original.cards)
    folder = tmp_path / "imported"
    status = main(["--decks", str(folder), "import", str(exported), "--deck", "copy"])
    assert status == 0, capsys.readouterr().err
    again = load_deck(folder / "copy.yaml")
    assert validate_paths([folder / "copy.yaml"]).errors == 0
    assert [card_fields(card) for card in again.cards] == [
        card_fields(card) for card in original.cards
    ]


def test_the_bundled_decks_hold_every_kind_accept_reject_and_options() -> None:
    # What makes the round trip above worth running: nothing it must keep is missing.
    cards = [
        card for path in paths.bundled_decks_dir().glob("*.yaml") for card in load_deck(path).cards
    ]
    assert {card.kind for card in cards} == set(KINDS)
    assert any(card.accept for card in cards) and any(card.reject for card in cards)
    assert any(card.note for card in cards)
    assert any(card.points for card in cards) and any(card.need for card in cards)


def test_an_option_holding_a_semicolon_survives_csv_export_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The bundled decks no longer hold such an option (the card was rewritten as a list).
    pairs = [
        "regional disarmament; confidence-building measures",
        "conventional arms control; security assurances",
    ]
    deck = tmp_path / "pairs.yaml"
    deck.write_text(
        "id: pairs\ntitle: Pairs\ncards:\n  - id: pair\n    kind: choice\n"
        "    prompt: Which pair passed unanimously?\n"
        f"    options: ['{pairs[0]}', '{pairs[1]}']\n    answer: '{pairs[0]}'\n",
        encoding="utf-8",
    )
    exported = tmp_path / "pairs.csv"
    assert main(["export", str(deck), "--format", "csv", "-o", str(exported)]) == 0
    folder = tmp_path / "imported"
    status = main(["--decks", str(folder), "import", str(exported), "--deck", "copy"])
    assert status == 0, capsys.readouterr().err
    (card,) = load_deck(folder / "copy.yaml").cards
    assert (card.kind, list(card.options), card.answer_text) == ("choice", pairs, pairs[0])


def test_an_older_export_with_list_answers_on_one_line_still_imports_as_lists(
    tmp_path: Path, data_dir: Path
) -> None:
    older = tmp_path / "older.csv"
    older.write_text(
        "prompt,answer,kind,tags,evidence,source\r\n"
        "Name both,Rubio; trade,list,,,\r\n"
        "Which day?,Monday,choice,,,\r\n",  # no options column: a text card
        encoding="utf-8-sig",
    )
    assert main(["import", str(older)]) == 0
    cards = load_deck(paths.user_decks_dir(data_dir) / "older.yaml").cards
    assert [(card.kind, card.answer) for card in cards] == [
        ("list", ("Rubio", "trade")),
        ("text", "Monday"),
    ]


def test_a_hand_made_spreadsheet_names_kinds_and_options_on_one_line(
    tmp_path: Path, data_dir: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "prompt,answer,kind,options,tolerance\n"
        "Which day?,Monday,choice,Monday; Friday,\n"
        "Which month?,May,choice,May,\n"  # one option: not a choice
        "Tariff?,29%,number,,about 2\n"  # a tolerance the trainer cannot read is left out
        "Rate?,29%,date,,\n",  # not a date: a text card
        encoding="utf-8",
    )
    assert main(["import", str(sheet)]) == 0
    cards = load_deck(paths.user_decks_dir(data_dir) / "sheet.yaml").cards
    assert [(card.kind, card.options, card.tolerance) for card in cards] == [
        ("choice", ("Monday", "Friday"), None),
        ("text", (), None),
        ("number", (), None),
        ("text", (), None),
    ]


def test_csv_to_standard_output(deck_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "ties", "--format", "csv", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert not out.startswith("\ufeff")  # the byte-order mark is for files only
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row[1] for row in rows[1:]] == ["trade", "Monday", "Rubio\ntrade", "29%"]


def test_export_refuses_to_overwrite_and_names_unknown_decks(
    deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "ties.csv"
    output.write_text("mine\n", encoding="utf-8")
    assert main(["export", "ties", "--format", "csv", "-o", str(output)]) != 0
    assert "already exists" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "mine\n"
    assert main(["export", "no-such-deck", "--format", "anki"]) != 0
    assert "no deck with id 'no-such-deck'" in capsys.readouterr().err


def test_anki_to_standard_output_is_refused_and_writes_no_file(
    deck_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "ties", "--format", "anki", "-o", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "standard output" in captured.err and captured.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_points_and_a_kept_option_order_survive_a_spreadsheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A "why" card keeps the key points it is graded by, and a choice card its fixed order,
    # even when a spreadsheet rewrote the file (Excel writes FALSE for a false cell).
    deck = tmp_path / "why.yaml"
    deck.write_text(
        "id: why\ntitle: Why\ncards:\n"
        "  - id: reason\n    prompt: Why did the bank raise rates?\n"
        "    answer: to curb inflation and defend the currency\n"
        "    points: [[inflation, rising prices], currency]\n    need: 2\n"
        "  - id: order\n    kind: choice\n    prompt: Which came first?\n"
        "    answer: Monday\n    options: [Monday, Tuesday, Friday]\n    shuffle: false\n",
        encoding="utf-8",
    )
    exported = tmp_path / "why.csv"
    assert main(["export", str(deck), "--format", "csv", "-o", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert '"inflation | rising prices\ncurrency"' in text.replace("\r\n", "\n")
    exported.write_text(text.replace(",false,", ",FALSE,"), encoding="utf-8")
    folder = tmp_path / "imported"
    status = main(["--decks", str(folder), "import", str(exported), "--deck", "back"])
    assert status == 0, capsys.readouterr().err
    reason, order = load_deck(folder / "back.yaml").cards
    assert reason.points == (("inflation", "rising prices"), ("currency",))
    assert reason.need == 2
    assert order.shuffle is False
