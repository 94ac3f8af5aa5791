"""The walk over a deck's YAML node tree that builds the Deck, its Sources and Cards.

The walk reads the node tree itself instead of constructing Python objects, so that every
scalar stays the text the author wrote (YAML 1.1 would turn ``no`` into False and ``3.10``
into 3.1), every problem carries its line and column, and no tag can build an object.
Aliases are never expanded: the walk only descends into the few places a deck nests, and
those hold scalars, so an alias bomb costs nothing. Which keys a mapping may, must and, on
a card's kind, may not hold is the field table's (``deck_fields``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import yaml

from trainer.core.deck import (
    ISO_DAY,
    ISO_MONTH,
    KINDS,
    SLUG,
    TOLERANCE,
    YAML_TIMESTAMP_DAY,
    Card,
    Deck,
    Problem,
    Source,
    close_match_hint,
)
from trainer.core.deck_fields import (
    CARD_FIELD,
    CARD_FIELDS,
    CARD_KEYS,
    DECK_FIELDS,
    DECK_KEYS,
    DEFAULT_KIND,
    KIND_FIELDS,
    SOURCE_FIELDS,
    SOURCE_KEYS,
    kind_takes,
    required_keys,
    wrong_kind_message,
)
from trainer.core.deck_locations import node_position
from trainer.core.deck_stream import STREAMED_KEY, StreamedSequence
from trainer.core.deck_yaml import MAP_TAG, NULL_TAG, SCALAR_TAGS, SEQ_TAG, TIMESTAMP_TAG
from trainer.core.terminal_text import describe_control

# A top-level 'sources' key written in block style (plain, quoted or explicit): found after
# the cards have started, it means the sources come after them.
_SOURCES_KEY: Final = re.compile(
    r"^(?:\?[ \t]*[\"']?sources\b|[\"']?sources[\"']?[ \t]*:)", re.MULTILINE
)
_TRUE: Final = frozenset({"true", "yes", "on"})
_FALSE: Final = frozenset({"false", "no", "off"})
# The card's keys holding one value or a list of them, each read the same way.
_LISTS: Final = tuple(field.name for field in CARD_FIELDS if field.shape == "texts")
# The card's single-value keys that may be written with no value, read the same way.
_MAY_BE_EMPTY: Final = tuple(
    field.name for field in CARD_FIELDS if field.shape == "text" and field.may_be_empty
)


class DeckWalk:
    """Walks a composed YAML tree into a Deck, collecting every problem on the way."""

    def __init__(self, path: str, yaml_text: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.yaml_text = yaml_text
        # Cards walked as they were composed (``ready_for_cards``): their sources, the
        # fields of the usable ones and each id's first line.
        self._streamed_sources: dict[str, Source] | None = None
        self._fields_of_cards: list[dict[str, Any]] = []
        self._first_line_of: dict[str, int] = {}

    def error(self, node: yaml.Node | None, message: str) -> None:
        if node is None:
            self.problems.append(Problem(self.path, 0, 0, message))
            return
        line, column = node_position(node, self.yaml_text)
        self.problems.append(Problem(self.path, line, column, message))

    # -- scalars ---------------------------------------------------------------------

    def tag_ok(self, node: yaml.Node) -> bool:
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            ok = tag in SCALAR_TAGS
        elif isinstance(node, yaml.MappingNode):
            ok = tag == MAP_TAG
        else:
            ok = tag == SEQ_TAG
        if not ok:
            self.error(node, f"the tag '{tag}' is not allowed in a deck; remove it")
        return ok

    def text(self, node: yaml.Node, what: str, *, required: bool = True) -> str | None:
        """The scalar's text as written; None (with a problem when required) otherwise."""
        if not self.tag_ok(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            shape = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            self.error(node, f"{what} must be a single value, not {shape}")
            return None
        if node.tag == NULL_TAG:
            if required:
                self.error(node, f"{what} is empty")
            return None
        value: str = node.value
        if node.tag == TIMESTAMP_TAG:
            value = _iso_timestamp(value)
        value = value.strip()
        if not value and required:
            self.error(node, f"{what} is empty")
            return None
        # Checked here, after YAML's escapes ("\e", "\x1b", "\0") are decoded: a raw control
        # character is refused by YAML itself, an escaped one reaches this point.
        control = describe_control(value)
        if control is not None:
            self.error(node, f"{what} holds {control}; remove it")
            return None
        return value

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        """A list of scalars (a single scalar counts as a list of one)."""
        if isinstance(node, yaml.ScalarNode):
            if node.tag == NULL_TAG:
                return ()
            value = self.text(node, what)
            return (value,) if value else ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"{what} must be a list")
            return ()
        if not self.tag_ok(node):
            return ()
        items: list[str] = []
        for item in node.value:
            value = self.text(item, f"each item of {what}")
            if value is not None:
                items.append(value)
        return tuple(items)

    def mapping(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...]
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's entries as {key: (key node, value node)}; problems for bad keys."""
        if not isinstance(node, yaml.MappingNode):
            shape = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
            self.error(node, f"{what} must be a mapping of keys to values, not {shape}")
            return {}
        if not self.tag_ok(node):
            return {}
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, f"a key in {what} must be a plain word")
                continue
            key = key_node.value
            if key in entries:
                first = entries[key][0].start_mark.line + 1
                self.error(key_node, f"duplicate key '{key}' (first at line {first})")
                continue
            if allowed and key not in allowed:
                hint = close_match_hint(key, allowed)
                self.error(key_node, f"unknown key '{key}' in {what}{hint}")
                continue
            entries[key] = (key_node, value_node)
        return entries

    # -- the deck --------------------------------------------------------------------

    def build(self, root: yaml.Node, path: Path) -> Deck | None:
        if isinstance(root, yaml.SequenceNode):
            self.error(root, "the top level must be a mapping with id, title and cards, not a list")
            return None
        if isinstance(root, yaml.ScalarNode):
            self.error(root, "the top level must be a mapping with id, title and cards, not text")
            return None
        entries = self.mapping(root, "the deck", DECK_KEYS)
        if not entries and self.problems:
            return None
        for required in required_keys(DECK_FIELDS):
            if required not in entries:
                self.error(root, f"the deck has no '{required}'")

        deck_id = self.slug(entries["id"][1], "the deck id") if "id" in entries else None
        title = self.text(entries["title"][1], "title") if "title" in entries else None
        description = (
            self.text(entries["description"][1], "description", required=False)
            if "description" in entries
            else None
        )
        cards_node = entries["cards"][1] if "cards" in entries else None
        if isinstance(cards_node, StreamedSequence) and self._streamed_sources is not None:
            sources = self._streamed_sources
            if not cards_node.count:
                self.error(cards_node, "the deck has no cards")
            cards = self._finish_cards()
        else:
            sources = self.sources(entries["sources"][1], path) if "sources" in entries else {}
            cards = self.cards(cards_node, sources) if cards_node is not None else []
        if deck_id is None or title is None:
            return None
        return Deck(
            id=deck_id,
            title=title,
            cards=cards,
            path=path,
            description=description,
            sources=sources,
        )

    def slug(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not SLUG.match(value):
            self.error(
                node,
                f"{what} '{value}' must be lowercase letters, digits and hyphens, "
                "starting with a letter or digit",
            )
            return None
        return value

    def sources(self, node: yaml.Node, deck_path: Path) -> dict[str, Source]:
        sources: dict[str, Source] = {}
        for key, (key_node, value_node) in self.mapping(node, "sources", ()).items():
            entries = self.mapping(value_node, f"source '{key}'", SOURCE_KEYS)
            missing = [name for name in required_keys(SOURCE_FIELDS) if name not in entries]
            if missing:
                if isinstance(value_node, yaml.MappingNode):
                    self.error(key_node, f"source '{key}' has no '{missing[0]}'")
                continue
            file_text = self.text(entries["file"][1], f"the file of source '{key}'")
            title = (
                self.text(entries["title"][1], "title", required=False)
                if "title" in entries
                else None
            )
            published = None
            if "published" in entries:
                published_node = entries["published"][1]
                published = self.text(published_node, "published", required=False)
                if published and _iso_date(published) is None:
                    self.error(
                        published_node,
                        f"published '{published}' is not a real date written as YYYY-MM-DD",
                    )
            if file_text is None:
                continue
            sources[key] = Source(
                key=key,
                file=(deck_path.parent / file_text),
                title=title,
                published=published,
                line=key_node.start_mark.line + 1,
            )
        return sources

    def cards(self, node: yaml.Node, sources: Mapping[str, Source]) -> list[Card]:
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, "cards must be a list, each item starting with '- id:'")
            return []
        if not self.tag_ok(node):
            return []
        if not node.value:
            self.error(node, "the deck has no cards")
        for card_node in node.value:
            self.take_card(card_node, sources)
        return self._finish_cards()

    def ready_for_cards(self, root: yaml.MappingNode) -> bool:
        """Whether the top-level cards list, about to be composed, can be walked card by
        card as it is (``deck_stream``): yes once the deck's sources, which a card's
        source must name, are known, or the file has none."""
        if root.tag != MAP_TAG or self._streamed_sources is not None:
            return False
        sources_node = None
        for key_node, value_node in root.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            if key_node.value == STREAMED_KEY:
                return False  # a second cards key: the walk reports it, as before
            if key_node.value == "sources" and sources_node is None:
                sources_node = value_node
        if sources_node is None and (root.flow_style or _SOURCES_KEY.search(self.yaml_text)):
            return False  # the sources may come after the cards
        self._streamed_sources = (
            self.sources(sources_node, Path(self.path)) if sources_node is not None else {}
        )
        return True

    def take_card(self, card_node: yaml.Node, sources: Mapping[str, Source] | None = None) -> None:
        """Walks one item of the cards list, keeping its fields when it is usable."""
        if sources is None:
            sources = self._streamed_sources or {}
        card_id, fields = self.card(card_node, sources)
        if card_id is None:
            return
        if card_id in self._first_line_of:
            self.error(
                card_node,
                f"duplicate card id '{card_id}' (first at line {self._first_line_of[card_id]})",
            )
            return
        self._first_line_of[card_id] = card_node.start_mark.line + 1
        if fields is not None:
            self._fields_of_cards.append(fields)

    def _finish_cards(self) -> list[Card]:
        fields_of_cards = self._fields_of_cards
        deck_answers = frozenset(
            item
            for fields in fields_of_cards
            for item in (
                fields["answer"] if isinstance(fields["answer"], tuple) else (fields["answer"],)
            )
        )
        self._fields_of_cards = []
        return [Card(**fields, deck_answers=deck_answers) for fields in fields_of_cards]

    def card(
        self, node: yaml.Node, sources: Mapping[str, Source]
    ) -> tuple[str | None, dict[str, Any] | None]:
        """The card's id and its Card fields; fields are None when the card cannot be used."""
        problems_before = len(self.problems)
        entries = self.mapping(node, "a card", CARD_KEYS)
        if not entries:
            if len(self.problems) == problems_before:
                self.error(node, "a card needs at least id, prompt and answer")
            return None, None
        for required in required_keys(CARD_FIELDS):
            if required not in entries:
                self.error(node, f"the card has no '{required}'")
        card_id = self.slug(entries["id"][1], "the card id") if "id" in entries else None
        prompt = self.text(entries["prompt"][1], "prompt") if "prompt" in entries else None

        kind = DEFAULT_KIND
        if "kind" in entries:
            kind_node = entries["kind"][1]
            written = self.text(kind_node, "kind")
            if written is not None and written not in KINDS:
                hint = close_match_hint(written, KINDS)
                self.error(
                    kind_node, f"unknown kind '{written}'{hint}; use one of {', '.join(KINDS)}"
                )
                written = None
            if written is None:
                return card_id, None
            kind = written

        for field in KIND_FIELDS:
            if field.name not in entries:
                continue
            if kind not in field.kinds:
                self.error(entries[field.name][0], wrong_kind_message(field))
            elif not kind_takes(kind, field.name, entries):
                self.error(entries[field.name][0], str(field.needs_wording))

        optional = {
            key: self.text(entries[key][1], key, required=False)
            for key in _MAY_BE_EMPTY
            if key in entries
        }
        lists = {key: self.texts(entries[key][1], key) for key in _LISTS if key in entries}

        source = None
        if "source" in entries:
            source_node = entries["source"][1]
            source = self.text(source_node, "source")
            if source is not None and source not in sources:
                known = tuple(sources)
                hint = close_match_hint(source, known) or (
                    f" ({', '.join(known)})" if known else "; the deck has no sources"
                )
                self.error(source_node, f"source '{source}' is not among the deck's sources{hint}")
        if optional.get("evidence") and "source" not in entries:
            self.error(entries["evidence"][0], str(CARD_FIELD["evidence"].needs_wording))

        answer = self.answer(entries["answer"][1], kind) if "answer" in entries else None
        options = (
            self.options(node, entries, answer) if kind in CARD_FIELD["options"].required_on else ()
        )
        tolerance = self.tolerance(entries["tolerance"][1]) if "tolerance" in entries else None
        points = (
            self.points(entries["points"][1])
            if "points" in entries and kind in CARD_FIELD["points"].kinds
            else ()
        )
        need = (
            self.need(entries["need"][1], points or answer)
            if "need" in entries and kind in CARD_FIELD["need"].kinds
            else None
        )
        shuffle = (
            self.flag(entries["shuffle"][1], "shuffle")
            if "shuffle" in entries and kind in CARD_FIELD["shuffle"].kinds
            else bool(CARD_FIELD["shuffle"].default)
        )

        if len(self.problems) != problems_before or None in (card_id, prompt, answer):
            return card_id, None
        return card_id, {
            "id": card_id,
            "kind": kind,
            "prompt": prompt,
            "answer": answer,
            "accept": lists.get("accept", ()),
            "reject": lists.get("reject", ()),
            "source": source,
            "evidence": optional.get("evidence"),
            "tags": lists.get("tags", ()),
            "note": optional.get("note"),
            "hint": optional.get("hint"),
            "unit": optional.get("unit"),
            "tolerance": tolerance,
            "options": options,
            "need": need,
            "points": points,
            "shuffle": shuffle,
            "line": node.start_mark.line + 1,
            "evidence_line": (
                entries["evidence"][1].start_mark.line + 1 if "evidence" in entries else 0
            ),
        }

    def answer(self, node: yaml.Node, kind: str) -> str | tuple[str, ...] | None:
        if kind == "list":
            if not isinstance(node, yaml.SequenceNode):
                self.error(node, "the answer of a list card must be a list of items")
                return None
            items = self.texts(node, "answer")
            if not items:
                self.error(node, "the answer of a list card needs at least one item")
                return None
            seen: set[str] = set()
            for item, item_node in zip(items, node.value, strict=False):
                if item.casefold() in seen:
                    self.error(item_node, f"the item '{item}' is listed twice")
                seen.add(item.casefold())
            return items
        if isinstance(node, yaml.SequenceNode):
            self.error(
                node, f"the answer of a {kind} card is one value; use kind: list for several"
            )
            return None
        answer = self.text(node, "answer")
        if answer is None:
            return None
        if kind == "date":
            # Authors write 2025-7-5 as often as 2025-07-05; keep one spelling.
            answer = _iso_timestamp(answer)
        if kind == "number" and _parse_number(answer) is None:
            self.error(node, f"the answer '{answer}' is not a number the trainer can read")
        elif kind == "date" and _iso_date(answer) is None and _iso_month(answer) is None:
            self.error(
                node,
                f"the answer '{answer}' is not a real date written as YYYY-MM-DD (or YYYY-MM)",
            )
        return answer

    def options(
        self, card_node: yaml.Node, entries: dict[str, tuple[yaml.Node, yaml.Node]], answer: object
    ) -> tuple[str, ...]:
        if "options" not in entries:
            # Where the card starts, as for any other key the card lacks.
            self.error(card_node, "a choice card needs 'options'")
            return ()
        options_node = entries["options"][1]
        options = self.texts(options_node, "options")
        if len(options) < 2:
            self.error(options_node, "a choice card needs at least 2 options")
        folded = [option.casefold() for option in options]
        for index, option in enumerate(folded):
            if option in folded[:index]:
                self.error(
                    options_node.value[index], f"the option '{options[index]}' is listed twice"
                )
        if isinstance(answer, str) and answer not in options:
            hint = close_match_hint(answer, options)
            self.error(
                entries["answer"][1], f"the answer '{answer}' is not one of the options{hint}"
            )
        return options

    def tolerance(self, node: yaml.Node) -> str | None:
        value = self.text(node, "tolerance")
        if value is not None and not TOLERANCE.match(value):
            self.error(
                node, f"tolerance '{value}' must be a number like 0.5 or a percentage like '2%'"
            )
            return None
        return value

    def need(self, node: yaml.Node, answer: object) -> int | None:
        """``need``: at most the list's items, or the text card's points (``answer`` then)."""
        value = self.text(node, "need")
        if value is None:
            return None
        if not value.isdigit() or int(value) < 1:
            self.error(node, f"need '{value}' must be a whole number of at least 1")
            return None
        if isinstance(answer, tuple) and int(value) > len(answer):
            counted = "point" if answer and isinstance(answer[0], tuple) else "item in the answer"
            plural = counted.replace("point", "points").replace("item ", "items ")
            self.error(
                node,
                f"need {value} is more than the {len(answer)} "
                f"{counted if len(answer) == 1 else plural}",
            )
            return None
        return int(value)

    def points(self, node: yaml.Node) -> tuple[tuple[str, ...], ...]:
        """``points``: a list of points, each a list of interchangeable words or phrases.

        A point written as a single phrase is a point with one form.
        """
        if not isinstance(node, yaml.SequenceNode) or not self.tag_ok(node):
            if isinstance(node, yaml.SequenceNode):
                return ()
            self.error(
                node,
                "points must be a list of points, each a list of interchangeable "
                "words or phrases, like - [dismantle, destroy]",
            )
            return ()
        if not node.value:
            self.error(node, "points is empty; list at least one point or remove the key")
            return ()
        points: list[tuple[str, ...]] = []
        for point_node in node.value:
            if isinstance(point_node, yaml.MappingNode):
                self.error(
                    point_node,
                    "each point must be a list of interchangeable words or phrases, not a mapping",
                )
                continue
            forms = self.texts(point_node, "a point")
            if not forms:
                if isinstance(point_node, yaml.SequenceNode) or point_node.tag == NULL_TAG:
                    self.error(point_node, "a point is empty; give it at least one word or phrase")
                continue
            points.append(forms)
        return tuple(points)

    def flag(self, node: yaml.Node, what: str) -> bool:
        """A true/false value (YAML's yes/no and on/off read the same way)."""
        value = self.text(node, what)
        if value is None:
            return True
        folded = value.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        self.error(node, f"{what} '{value}' must be true or false")
        return True


def _iso_timestamp(value: str) -> str:
    """A date or YAML timestamp as ISO text (``2025-7-5`` -> ``2025-07-05``)."""
    value = value.strip()
    if len(value) > 10 and value[:4].isdigit():
        try:
            return dt.datetime.fromisoformat(value.replace(" ", "T", 1)).isoformat()
        except ValueError:
            return value
    match = YAML_TIMESTAMP_DAY.match(value)
    if match:
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return value
    return value


def _iso_date(value: str) -> dt.date | None:
    match = ISO_DAY.match(value)
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _iso_month(value: str) -> tuple[int, int] | None:
    match = ISO_MONTH.match(value)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 else None


def _parse_number(text: str) -> object | None:
    # Imported here: grading depends on this module for Card, not the other way round.
    from trainer.core.grading.number_periods import read_answer

    return read_answer(text)[0]
