"""The deck format's field table drives the loader, the importer and the shipped schema."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from trainer import DeckError, load_deck, paths
from trainer.core.authoring.exporting import write_csv
from trainer.core.authoring.importing import imported_deck_text, read_flashcards
from trainer.core.deck import KINDS, Card
from trainer.core.deck_fields import (
    CARD_FIELD,
    CARD_FIELDS,
    CARD_KEYS,
    CSV_CARD_COLUMNS,
    CSV_COLUMNS,
    DECK_FIELDS,
    KIND_FIELDS,
    SOURCE_FIELDS,
    kind_takes,
)
from trainer.core.deck_schema import deck_schema, schema_text

ANSWERS: dict[str, object] = {
    "text": "a",
    "name": "Ann Lee",
    "number": "5",
    "date": "2025-07-25",
    "choice": "a",
    "list": ["a", "b"],
}
# A value of each key only some kinds take, right wherever the key is taken.
KIND_VALUES: dict[str, object] = {
    "unit": "km",
    "tolerance": "0.5",
    "options": ["a", "b"],
    "need": 1,
    "points": [["a"]],
    "shuffle": False,
}


def test_the_shipped_schema_is_the_one_the_field_table_builds() -> None:
    shipped = paths.deck_schema_path().read_text(encoding="utf-8")
    assert shipped == schema_text(), (
        "trainer/schema/deck.schema.json is stale: run python -m trainer.core.deck_schema"
    )
    jsonschema.Draft7Validator.check_schema(deck_schema())


def test_every_kind_only_key_is_in_the_table_and_the_walk_reads_every_key() -> None:
    assert set(KIND_VALUES) == {field.name for field in KIND_FIELDS}
    assert set(deck_schema()["properties"]["cards"]["items"]["properties"]) == set(CARD_KEYS)


def test_the_table_defaults_are_the_card_model_defaults() -> None:
    defaults = {
        field.name: field.default
        for field in dataclasses.fields(Card)
        if field.default is not dataclasses.MISSING
    }
    for field in CARD_FIELDS:
        if field.default is not None:
            assert defaults.get(field.name, field.default) == field.default, field.name
    assert CARD_FIELD["kind"].default == "text" and defaults["shuffle"] is True


def card_deck(tmp_path: Path, card: dict[str, Any]) -> Path:
    path = tmp_path / "deck.yaml"
    deck = {"id": "d", "title": "T", "cards": [{"id": "c", "prompt": "p", **card}]}
    # JSON is YAML: what an editor and the loader read is the same value.
    path.write_text(json.dumps(deck), encoding="utf-8")
    return path


# Each kind with each key alone, and with the key it needs where it needs one.
CASES = [
    (kind, key, with_needed)
    for kind in KINDS
    for key in sorted(KIND_VALUES)
    for with_needed in (False, True)
    if not with_needed or CARD_FIELD[key].needs
]


@pytest.mark.parametrize(
    ("kind", "key", "with_needed"),
    CASES,
    ids=[f"{kind}-{key}{'+' if more else ''}" for kind, key, more in CASES],
)
def test_the_loader_and_the_schema_agree_on_which_kind_takes_a_key(
    tmp_path: Path, kind: str, key: str, with_needed: bool
) -> None:
    card: dict[str, Any] = {"kind": kind, "answer": ANSWERS[kind], key: KIND_VALUES[key]}
    if kind == "choice":
        card.setdefault("options", KIND_VALUES["options"])
    needed = CARD_FIELD[key].needs
    if with_needed and needed is not None:
        card[needed] = KIND_VALUES[needed]
    path = card_deck(tmp_path, card)
    takes = all(kind_takes(kind, name, card) for name in card if name in KIND_VALUES)
    validator = jsonschema.Draft7Validator(deck_schema())
    schema_errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    try:
        load_deck(path)
        loaded = True
    except DeckError as error:
        loaded = False
        if not takes:
            assert "applies only to" in str(error) or "counts its" in str(error)
    assert (loaded, not schema_errors) == (takes, takes)


def test_an_import_keeps_only_the_keys_each_kind_takes(tmp_path: Path) -> None:
    export = tmp_path / "cards.csv"
    rows = ["prompt,answer,kind,options,need,unit,tolerance"]
    for kind in KINDS:
        answer = ANSWERS[kind]
        written = "; ".join(answer) if isinstance(answer, list) else answer
        rows.append(f"Which {kind}?,{written},{kind},a; b,1,km,0.5")
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    cards = read_flashcards(export)
    assert [card.kind for card in cards] == list(KINDS)
    for card in cards:
        held = {name for name in CARD_KEYS if getattr(card, name, None) not in (None, (), "")}
        for key in ("options", "need", "unit", "tolerance"):
            assert (key in held) == (
                card.kind in CARD_FIELD[key].kinds and kind_takes(card.kind, key, held)
            ), (card.kind, key)
    deck_path = tmp_path / "imported.yaml"
    deck_path.write_text(
        imported_deck_text(cards, "imported", None, "cards.csv", deck_path), encoding="utf-8"
    )
    assert [card.kind for card in load_deck(deck_path).cards] == list(KINDS)


def test_the_csv_columns_come_from_the_field_table_and_round_trip(tmp_path: Path) -> None:
    # Every card key a spreadsheet cell can hold has one column, the export writes them in
    # that order and the import reads each column that rebuilds a card.
    assert sorted(CSV_COLUMNS) == sorted(CARD_KEYS)
    assert CSV_COLUMNS[-1] == "id" and set(CSV_CARD_COLUMNS) < set(CSV_COLUMNS)
    deck_file = tmp_path / "deck.yaml"
    deck_file.write_text(
        "id: d\ntitle: T\ncards:\n"
        "  - {id: n1, kind: number, prompt: How far?, answer: '5', unit: km, tolerance: '0.5',"
        " accept: [five], reject: ['6'], note: N, hint: H, tags: [x]}\n"
        "  - {id: c1, kind: choice, prompt: Which?, answer: a, options: [a, b]}\n"
        "  - {id: l1, kind: list, prompt: Name two, answer: [a, b, c], need: 2}\n",
        encoding="utf-8",
    )
    deck = load_deck(deck_file)
    export = tmp_path / "deck.csv"
    with export.open("w", encoding="utf-8", newline="") as stream:
        write_csv(deck, stream)
    header = export.read_text(encoding="utf-8").splitlines()[0]
    assert tuple(header.split(",")) == CSV_COLUMNS
    read_back = {card.card_id: card for card in read_flashcards(export)}
    for card in deck.cards:
        for name in CSV_CARD_COLUMNS:
            attribute = "card_id" if name == "id" else name
            assert getattr(read_back[card.id], attribute) == getattr(card, name), (card.id, name)


def test_the_deck_format_page_names_every_key_of_the_field_table_where_it_belongs() -> None:
    """docs/deck-format.md is written for people; this keeps it from drifting off the table:
    every key appears in the example, and each kind-only key in its kinds' rows."""
    page = (Path(__file__).resolve().parents[2] / "docs" / "deck-format.md").read_text("utf-8")
    example = page.split("```yaml", 2)[2].split("```", 1)[0]
    kind_rows = {
        row.split("|")[1].strip(): row
        for row in page.splitlines()
        if row.startswith("| ") and row.split("|")[1].strip() in KINDS
    }
    assert set(kind_rows) == set(KINDS)
    for field in (*DECK_FIELDS, *SOURCE_FIELDS, *CARD_FIELDS):
        if field.kinds != KINDS:
            for kind in field.kinds:
                assert f"`{field.name}`" in kind_rows[kind], (field.name, kind)
        else:
            assert f"{field.name}:" in example, field.name
