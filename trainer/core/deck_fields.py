"""The deck format's fields, stated once: every key of a deck, a source and a card.

Each field names its shape (how its value is written), whether it must be there, which card
kinds take it, what it defaults to and what it means. The loader's walk checks keys against
this table (unknown, missing, on the wrong kind), the importer drops the keys a kind does
not take by it, and the JSON Schema editors check decks with is generated from it
(``deck_schema.py``). The rules a shape cannot say (an answer a number card can read, a
choice answer among its options) are the walk's; ``docs/deck-format.md`` words them all.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Final, Literal

from trainer.core.deck import KINDS

Shape = Literal[
    "slug",  # a slug: lowercase letters, digits and hyphens
    "text",  # one value, kept as the text written
    "texts",  # one value or a list of them
    "date",  # a day written YYYY-MM-DD
    "kind",  # one of KINDS
    "answer",  # one value, or a list of them on a list card
    "tolerance",  # a number, or a percentage like '2%'
    "options",  # a list of at least two values
    "count",  # a whole number of at least 1
    "points",  # a list of points, each a list of interchangeable words or phrases
    "flag",  # true or false
    "sources",  # a mapping of keys to sources
    "cards",  # a list of cards
]


@dataclass(frozen=True, slots=True)
class Field:
    """One key of the deck format."""

    name: str
    shape: Shape
    doc: str = ""
    required: bool = False
    # Whether the key may be there with no value (``note:``); a required key never may.
    may_be_empty: bool = False
    # Card keys: the kinds that take it, and the kinds on which it must be given.
    kinds: tuple[str, ...] = KINDS
    required_on: tuple[str, ...] = ()
    # Another key this one means nothing without, on the kinds named (on every kind when
    # none are): evidence needs its source, need on a text card its points.
    needs: str | None = None
    needs_on: tuple[str, ...] = ()
    # What a card of another kind is told, after "'key' applies only to", when the kinds
    # taking the key are more than one.
    kinds_wording: str | None = None
    # What the loader says when the key it needs is missing.
    needs_wording: str | None = None
    default: object = None


DECK_FIELDS: Final = (
    Field(
        "id",
        "slug",
        "Deck id: lowercase letters, digits and hyphens; unique among loaded decks.",
        required=True,
    ),
    Field("title", "text", required=True),
    Field("description", "text", may_be_empty=True),
    Field("sources", "sources", "Articles the cards cite, by key."),
    Field("cards", "cards", required=True),
)

SOURCE_FIELDS: Final = (
    Field("file", "text", "Path to the article, relative to this deck file.", required=True),
    Field("title", "text", may_be_empty=True),
    Field("published", "date", may_be_empty=True),
)

CARD_FIELDS: Final = (
    Field(
        "id",
        "slug",
        "Card id, unique in the deck. Progress is keyed by (deck id, card id).",
        required=True,
    ),
    Field("kind", "kind", default="text"),
    Field("prompt", "text", required=True),
    Field(
        "answer",
        "answer",
        "The answer as the author writes it; a list for kind list.",
        required=True,
    ),
    Field("accept", "texts", "Other answers that count as correct."),
    Field("reject", "texts", "Answers that are wrong however close they look."),
    Field("source", "text", "Key into the deck's sources."),
    Field(
        "evidence",
        "text",
        "Words copied from the source that back the answer.",
        may_be_empty=True,
        needs="source",
        needs_wording="evidence needs a 'source' saying where it is from",
    ),
    Field("tags", "texts"),
    Field("note", "text", "Shown after answering.", may_be_empty=True),
    Field(
        "hint",
        "text",
        "Shown on request; a hinted answer counts at most as close.",
        may_be_empty=True,
    ),
    Field("unit", "text", "number cards only.", may_be_empty=True, kinds=("number",)),
    Field(
        "tolerance",
        "tolerance",
        "number cards only: absolute like 0.5 or relative like '2%'.",
        kinds=("number",),
    ),
    Field("options", "options", "choice cards only.", kinds=("choice",), required_on=("choice",)),
    Field(
        "need",
        "count",
        "list cards: how many items must be named; text cards with points: "
        "how many points must be present (default all).",
        kinds=("list", "text"),
        needs="points",
        needs_on=("text",),
        kinds_wording="list cards and text cards with points",
        needs_wording="'need' on a text card counts its points; add 'points' or remove 'need'",
    ),
    Field(
        "points",
        "points",
        "text cards only: the ideas a right answer must hold, each a "
        "list of interchangeable words or phrases (a single phrase is a point with one "
        "form).",
        kinds=("text",),
    ),
    Field(
        "shuffle",
        "flag",
        "choice cards only: false keeps the options in the file's order.",
        kinds=("choice",),
        default=True,
    ),
)

# A card as a row of CSV (`trainer export --format csv`, read back by `trainer import`):
# first the columns a reader of the spreadsheet wants, then, in the table's order, every
# other card key a cell can hold (what rebuilds the card as it was), the id last.
CSV_READER_COLUMNS: Final = ("prompt", "answer", "kind", "tags", "evidence", "source")
CSV_CARD_COLUMNS: Final = (
    *(field.name for field in CARD_FIELDS if field.name not in (*CSV_READER_COLUMNS, "id")),
    "id",
)
# In a CSV cell, a point's interchangeable forms stand on one line between these.
CSV_FORM_SEPARATOR: Final = " | "
CSV_COLUMNS: Final = (*CSV_READER_COLUMNS, *CSV_CARD_COLUMNS)

DECK_KEYS: Final = tuple(field.name for field in DECK_FIELDS)
SOURCE_KEYS: Final = tuple(field.name for field in SOURCE_FIELDS)
CARD_KEYS: Final = tuple(field.name for field in CARD_FIELDS)
CARD_FIELD: Final = {field.name: field for field in CARD_FIELDS}
# The card keys only some kinds take.
KIND_FIELDS: Final = tuple(field for field in CARD_FIELDS if field.kinds != KINDS)
DEFAULT_KIND: Final = str(CARD_FIELD["kind"].default)


def required_keys(fields: tuple[Field, ...]) -> tuple[str, ...]:
    """The keys of ``fields`` a mapping must hold, in the format's order."""
    return tuple(field.name for field in fields if field.required)


def kind_takes(kind: str, key: str, keys: Collection[str] = ()) -> bool:
    """Whether a card of ``kind`` holding ``keys`` may also hold ``key``."""
    field = CARD_FIELD[key]
    if kind not in field.kinds:
        return False
    needed_here = field.needs is not None and (not field.needs_on or kind in field.needs_on)
    return not needed_here or field.needs in keys


def wrong_kind_message(field: Field) -> str:
    """What the loader says of ``field`` written on a card of a kind that does not take it."""
    takers = field.kinds_wording or f"{' and '.join(field.kinds)} cards"
    return f"'{field.name}' applies only to {takers}"
