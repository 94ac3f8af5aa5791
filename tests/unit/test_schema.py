"""The JSON Schema shipped for editors agrees with the loader on what a deck is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from trainer import DeckError, load_deck

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "trainer" / "schema" / "deck.schema.json"
DECKS = Path(__file__).resolve().parents[2] / "decks"


def as_editor_sees_it(path: Path) -> object:
    """The deck as YAML 1.2 tools (editors) parse it: dates stay text."""

    def plain(value: object) -> object:
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [plain(item) for item in value]
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    return plain(yaml.safe_load(path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_bundled_decks_satisfy_the_schema(validator: jsonschema.Draft7Validator) -> None:
    decks = sorted(DECKS.glob("*.yaml"))
    for path in decks:
        errors = [error.message for error in validator.iter_errors(as_editor_sees_it(path))]
        assert errors == [], path


@pytest.mark.parametrize(
    "text",
    [
        "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    anser: a\n",
        "id: D\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n",
        "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n    options: [a, b]\n",
        "id: d\ntitle: T\ncards:\n  - id: c\n    kind: choice\n    prompt: p\n    answer: a\n",
        "id: d\ntitle: T\ncards:\n  - id: c\n    prompt: p\n    answer: a\n    evidence: e\n",
        "id: d\ntitle: T\ncards:\n  - id: c\n    kind: list\n    prompt: p\n    answer: a\n",
    ],
    ids=[
        "unknown-key",
        "bad-slug",
        "options-on-text",
        "choice-without-options",
        "evidence-without-source",
        "list-answer-not-a-list",
    ],
)
def test_schema_and_loader_both_refuse(
    validator: jsonschema.Draft7Validator, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(text, encoding="utf-8")
    assert list(validator.iter_errors(as_editor_sees_it(path)))
    with pytest.raises(DeckError):
        load_deck(path)


def test_schema_accepts_a_deck_the_loader_accepts(
    validator: jsonschema.Draft7Validator, tmp_path: Path
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(
        "id: d\ntitle: T\ncards:\n"
        "  - id: a\n    kind: number\n    prompt: p\n    answer: 29%\n    tolerance: 0.5\n"
        "  - id: b\n    kind: list\n    prompt: p\n    answer: [x, y]\n    need: 1\n"
        "  - id: c\n    kind: date\n    prompt: p\n    answer: 2025-07-25\n",
        encoding="utf-8",
    )
    load_deck(path)
    assert list(validator.iter_errors(as_editor_sees_it(path))) == []
