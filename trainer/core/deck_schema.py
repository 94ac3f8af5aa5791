"""The JSON Schema editors check deck files with, generated from the field table.

``python -m trainer.core.deck_schema`` writes it to ``trainer/schema/deck.schema.json``
(where deck files' ``# yaml-language-server: $schema=`` line points); a test fails when the
file shipped differs from what this builds, so the schema never drifts from the loader.
The schema checks what a YAML 1.2 editor can see; ``trainer validate`` checks more
(answers a number card can read, evidence found in its article, line numbers).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from trainer.core.deck import KINDS
from trainer.core.deck_fields import (
    CARD_FIELDS,
    DECK_FIELDS,
    DEFAULT_KIND,
    KIND_FIELDS,
    SOURCE_FIELDS,
    Field,
    required_keys,
)

Schema = dict[str, Any]

_SLUG = {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"}
# A YAML editor reads `29` or `yes` as a number or a flag; the loader keeps the text written.
_SCALAR: Schema = {"type": ["string", "number", "boolean"]}
_SCALARS: Schema = {"type": "array", "items": _SCALAR}
_ISO_DAY = "^\\d{4}-\\d{2}-\\d{2}$"


def deck_schema() -> Schema:
    """The deck format as a draft-07 JSON Schema."""
    schema = _object(DECK_FIELDS)
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://briefing-trainer.invalid/deck.schema.json",
        "title": "Briefing trainer deck, format version 1",
        "description": "A deck of cards drilled by the briefing trainer. `trainer validate` "
        "checks everything this schema checks, and more (evidence found in its article, "
        "line numbers).",
        **schema,
    }


def schema_text() -> str:
    """The schema as the file shipped holds it."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False) + "\n"


def _object(fields: tuple[Field, ...]) -> Schema:
    schema: Schema = {"type": "object", "additionalProperties": False}
    required = required_keys(fields)
    if required:
        schema["required"] = list(required)
    schema["properties"] = {field.name: _value(field) for field in fields}
    return schema


def _value(field: Field) -> Schema:
    schema: Schema
    if field.shape == "slug":
        schema = dict(_SLUG)
    elif field.shape == "text":
        schema = (
            {"type": "string"}
            if field.may_be_empty or not field.required
            else {"type": "string", "minLength": 1}
        )
    elif field.shape == "texts":
        schema = {"oneOf": [_SCALAR, _SCALARS]}
    elif field.shape == "date":
        schema = {"type": "string", "pattern": _ISO_DAY}
    elif field.shape == "kind":
        schema = {"enum": list(KINDS)}
    elif field.shape == "answer":
        schema = {"oneOf": [_SCALAR, _SCALARS]}
    elif field.shape == "tolerance":
        schema = {
            "oneOf": [
                {"type": "number", "minimum": 0},
                {"type": "string", "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%?\\s*$"},
            ]
        }
    elif field.shape == "options":
        schema = {"type": "array", "minItems": 2, "items": _SCALAR}
    elif field.shape == "count":
        schema = {"type": "integer", "minimum": 1}
    elif field.shape == "points":
        schema = {
            "type": "array",
            "minItems": 1,
            "items": {"oneOf": [_SCALAR, {"type": "array", "minItems": 1, "items": _SCALAR}]},
        }
    elif field.shape == "flag":
        schema = {"type": "boolean"}
    elif field.shape == "sources":
        schema = {"type": "object", "additionalProperties": _object(SOURCE_FIELDS)}
    else:
        schema = {"type": "array", "minItems": 1, "items": _card()}
    if field.default is not None:
        schema["default"] = field.default
    if field.doc:
        schema["description"] = field.doc
    return schema


def _card() -> Schema:
    schema = _object(CARD_FIELDS)
    dependencies = {
        field.name: [field.needs]
        for field in CARD_FIELDS
        if field.needs is not None and not field.needs_on
    }
    if dependencies:
        schema["dependencies"] = dependencies
    schema["allOf"] = [*_answer_rules(), *_kind_rules()]
    return schema


def _kind_is(*kinds: str) -> Schema:
    """A card whose kind is one of ``kinds`` (a card without ``kind`` is a text card)."""
    condition: Schema = {"properties": {"kind": {"enum": list(kinds)}}}
    if DEFAULT_KIND not in kinds:
        condition["required"] = ["kind"]
    return condition


def _answer_rules() -> list[Schema]:
    """The answer's shape on each kind: a list on list cards, one value elsewhere."""
    one_value: Schema = {"properties": {"answer": _SCALAR}}
    return [
        {
            "if": _kind_is("list"),
            "then": {"properties": {"answer": {**_SCALARS, "minItems": 1}}},
            "else": one_value,
        },
        {
            "if": _kind_is("date"),
            "then": {
                "properties": {"answer": {"type": "string", "pattern": "^\\d{4}-\\d{2}(-\\d{2})?$"}}
            },
        },
    ]


def _kind_rules() -> list[Schema]:
    """Keys on kinds that do not take them, keys a kind requires, keys that need another."""
    rules: list[Schema] = []
    for field in KIND_FIELDS:
        rules.append(
            {"if": {"not": _kind_is(*field.kinds)}, "then": {"properties": {field.name: False}}}
        )
    for field in CARD_FIELDS:
        if field.required_on:
            rules.append({"if": _kind_is(*field.required_on), "then": {"required": [field.name]}})
        if field.needs is not None and field.needs_on:
            rules.append(
                {
                    "if": {**_kind_is(*field.needs_on), "not": {"required": [field.needs]}},
                    "then": {"properties": {field.name: False}},
                }
            )
    return rules


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the path given, or where the package ships it."""
    args = sys.argv[1:] if argv is None else argv
    if args:
        target = Path(args[0])
    else:
        from trainer import paths

        target = paths.deck_schema_path()
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
