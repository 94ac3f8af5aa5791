"""Reading a deck file: a walk over its YAML node tree that builds the Deck.

The loader walks the YAML node tree itself instead of constructing Python objects, so that
every scalar stays the text the author wrote (YAML 1.1 would turn ``no`` into False and
``3.10`` into 3.1), every problem carries its line and column, and no tag can build an object.
Aliases are never expanded: the walker only descends into the few places a deck nests, and
those hold scalars, so an alias bomb costs nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import yaml

from trainer.core.deck import (
    CARD_KEYS,
    DECK_KEYS,
    ISO_DAY,
    ISO_MONTH,
    KIND_ONLY_KEYS,
    KINDS,
    NEED_KINDS,
    SLUG,
    SOURCE_KEYS,
    TOLERANCE,
    YAML_TIMESTAMP_DAY,
    Card,
    Deck,
    Problem,
    Source,
    close_match_hint,
)
from trainer.core.safe_files import MAX_DECK_BYTES, read_regular
from trainer.core.terminal_text import describe_control

_TAG = "tag:yaml.org,2002:"
SCALAR_TAGS: Final = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
NULL_TAG: Final = _TAG + "null"
TIMESTAMP_TAG: Final = _TAG + "timestamp"
MAP_TAG: Final = _TAG + "map"
SEQ_TAG: Final = _TAG + "seq"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_TRUE: Final = frozenset({"true", "yes", "on"})
_FALSE: Final = frozenset({"false", "no", "off"})

_FLOW_CONTEXTS: Final = ("while parsing a flow sequence", "while parsing a flow mapping")


class DeckBuilder:
    """Walks a composed YAML tree into a Deck, collecting every problem on the way."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.yaml_text = ""

    def error(self, node: yaml.Node | None, message: str) -> None:
        if node is None:
            self.problems.append(Problem(self.path, 0, 0, message))
            return
        mark = node.start_mark
        if mark.index >= len(self.yaml_text):
            # An empty value at the very end sits past the last line; point at that line.
            line, column = _end_of_last_filled_line(self.yaml_text)
        else:
            line, column = mark.line + 1, mark.column + 1
        self.problems.append(Problem(self.path, line, column, message))

    # -- reading the file -------------------------------------------------------------

    def compose(self, data: bytes) -> yaml.Node | None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            self.problems.append(
                Problem(self.path, line, column, "is not valid UTF-8 text; save it as UTF-8")
            )
            return None
        if not text.strip():
            self.problems.append(
                Problem(self.path, 1, 1, "is empty; a deck needs at least id, title and cards")
            )
            return None
        if "\0" in text:
            offset = text.index("\0")
            line = text.count("\n", 0, offset) + 1
            self.problems.append(Problem(self.path, line, 1, "contains a NUL byte; is it text?"))
            return None
        self.yaml_text = text
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as error:
            self.problems.append(self._syntax_problem(error, text))
            return None
        except yaml.reader.ReaderError as error:
            self.problems.append(self._character_problem(error, text))
            return None
        except yaml.YAMLError as error:
            message = " ".join(str(error).split())
            self.problems.append(Problem(self.path, 0, 0, f"is not valid YAML: {message}"))
            return None
        if root is None:
            self.problems.append(
                Problem(self.path, 1, 1, "holds only comments; a deck needs id, title and cards")
            )
        elif _is_empty_document(root):
            # A lone '---': PyYAML places the empty value after it, past the file's last line.
            self.problems.append(
                Problem(self.path, 1, 1, "is an empty document; a deck needs id, title and cards")
            )
            return None
        return root

    def _character_problem(self, error: yaml.reader.ReaderError, text: str) -> Problem:
        """A character YAML refuses, such as a control character pasted from elsewhere."""
        character = error.character if isinstance(error.character, int) else ord(error.character)
        # PyYAML gives a byte or a character offset depending on its build: find it instead.
        offset = max(text.find(chr(character)), 0)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return Problem(
            self.path,
            line,
            column,
            f"contains the character U+{character:04X}, which YAML does not allow; remove it",
        )

    def _syntax_problem(self, error: yaml.MarkedYAMLError, text: str) -> Problem:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        problem = (error.problem or "").strip()
        lines = text.splitlines()
        if mark and mark.line < len(lines) and lines[mark.line][: mark.column + 1].find("\t") >= 0:
            return Problem(
                self.path, line, column, "a tab is used for indentation; indent with spaces"
            )
        if "expected a single document" in (error.context or "") or "single document" in problem:
            return Problem(self.path, line, column, "holds more than one YAML document (---)")
        if mark and mark.index >= len(text):
            return self._unclosed_problem(error, text)
        opened = error.context_mark
        if (
            opened is not None
            and mark is not None
            and error.context in _FLOW_CONTEXTS
            and problem.startswith("did not find expected ','")
            and mark.line > opened.line
        ):
            # Most often a bracket left open on an earlier line that swallowed the lines after
            # it: the author must look where it opens, so point there and name both lines.
            return self._bracket_problem(
                text, opened, "is still open at line {line}; close it with '{closer}'", line)
        context = f" {error.context}" if error.context else ""
        return Problem(self.path, line, column, f"YAML syntax error: {problem}{context}".strip())

    def _bracket_problem(self, text: str, opened: yaml.Mark, what: str,
                         line: int = 0) -> Problem:
        """A problem at the bracket opened at ``opened``; ``what`` says what is wrong."""
        char = text[opened.index]
        closer = "]" if char == "[" else "}"
        return Problem(self.path, opened.line + 1, opened.column + 1,
                       f"YAML syntax error: the '{char}' opened here "
                       + what.format(line=line, closer=closer))

    def _unclosed_problem(self, error: yaml.MarkedYAMLError, text: str) -> Problem:
        """A file that ends too soon, located where the unclosed quote or bracket opens.

        PyYAML places this error just past the last character, often on a line that does
        not exist; the author needs the line where the thing left open starts.
        """
        opened = error.context_mark
        if error.context == "while scanning a quoted scalar" and opened is not None:
            return Problem(
                self.path,
                opened.line + 1,
                opened.column + 1,
                "YAML syntax error: the quote opened here is never closed",
            )
        bracket = _innermost_unclosed_bracket(text)
        if bracket is not None:
            return self._bracket_problem(text, bracket, "is never closed with '{closer}'")
        message = f"YAML syntax error: {error.problem} {error.context or ''}".strip()
        if opened is not None and opened.index < len(text):
            return Problem(self.path, opened.line + 1, opened.column + 1, message)
        # Nothing to point back at: the last line holding anything is where to look.
        line, column = _end_of_last_filled_line(text)
        return Problem(self.path, line, column, f"{message} at the end of the file")

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
        for required in ("id", "title", "cards"):
            if required not in entries:
                self.error(root, f"the deck has no '{required}'")

        deck_id = self.slug(entries["id"][1], "the deck id") if "id" in entries else None
        title = self.text(entries["title"][1], "title") if "title" in entries else None
        description = (
            self.text(entries["description"][1], "description", required=False)
            if "description" in entries
            else None
        )
        sources = self.sources(entries["sources"][1], path) if "sources" in entries else {}
        cards = self.cards(entries["cards"][1], sources) if "cards" in entries else []
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
            if "file" not in entries:
                if isinstance(value_node, yaml.MappingNode):
                    self.error(key_node, f"source '{key}' has no 'file'")
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
        fields_of_cards: list[dict[str, Any]] = []
        first_line_of: dict[str, int] = {}
        for card_node in node.value:
            card_id, fields = self.card(card_node, sources)
            if card_id is None:
                continue
            if card_id in first_line_of:
                self.error(
                    card_node,
                    f"duplicate card id '{card_id}' (first at line {first_line_of[card_id]})",
                )
                continue
            first_line_of[card_id] = card_node.start_mark.line + 1
            if fields is not None:
                fields_of_cards.append(fields)
        deck_answers = frozenset(
            item
            for fields in fields_of_cards
            for item in (
                fields["answer"] if isinstance(fields["answer"], tuple) else (fields["answer"],)
            )
        )
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
        for required in ("id", "prompt", "answer"):
            if required not in entries:
                self.error(node, f"the card has no '{required}'")
        card_id = self.slug(entries["id"][1], "the card id") if "id" in entries else None
        prompt = self.text(entries["prompt"][1], "prompt") if "prompt" in entries else None

        kind = "text"
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

        for key, only_kind in KIND_ONLY_KEYS.items():
            if key in entries and kind != only_kind:
                self.error(entries[key][0], f"'{key}' applies only to {only_kind} cards")
        if "need" in entries and kind not in NEED_KINDS:
            self.error(entries["need"][0], "'need' applies only to list cards and text cards "
                       "with points")
        elif "need" in entries and kind == "text" and "points" not in entries:
            self.error(entries["need"][0], "'need' on a text card counts its points; add "
                       "'points' or remove 'need'")

        optional = {
            key: self.text(entries[key][1], key, required=False)
            for key in ("note", "hint", "evidence", "unit")
            if key in entries
        }
        accept = self.texts(entries["accept"][1], "accept") if "accept" in entries else ()
        reject = self.texts(entries["reject"][1], "reject") if "reject" in entries else ()
        tags = self.texts(entries["tags"][1], "tags") if "tags" in entries else ()

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
            self.error(entries["evidence"][0], "evidence needs a 'source' saying where it is from")

        answer = self.answer(entries["answer"][1], kind) if "answer" in entries else None
        options = self.options(node, entries, answer) if kind == "choice" else ()
        tolerance = self.tolerance(entries["tolerance"][1]) if "tolerance" in entries else None
        points = (self.points(entries["points"][1])
                  if "points" in entries and kind == "text" else ())
        need = (self.need(entries["need"][1], points or answer)
                if "need" in entries and kind in NEED_KINDS else None)
        shuffle = (self.flag(entries["shuffle"][1], "shuffle")
                   if "shuffle" in entries and kind == "choice" else True)

        if len(self.problems) != problems_before or None in (card_id, prompt, answer):
            return card_id, None
        return card_id, {
            "id": card_id,
            "kind": kind,
            "prompt": prompt,
            "answer": answer,
            "accept": accept,
            "reject": reject,
            "source": source,
            "evidence": optional.get("evidence"),
            "tags": tags,
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

    def options(self, card_node: yaml.Node, entries: dict[str, tuple[yaml.Node, yaml.Node]],
                answer: object) -> tuple[str, ...]:
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
            counted = ("point" if answer and isinstance(answer[0], tuple)
                       else "item in the answer")
            plural = counted.replace("point", "points").replace("item ", "items ")
            self.error(node, f"need {value} is more than the {len(answer)} "
                       f"{counted if len(answer) == 1 else plural}")
            return None
        return int(value)

    def points(self, node: yaml.Node) -> tuple[tuple[str, ...], ...]:
        """``points``: a list of points, each a list of interchangeable words or phrases.

        A point written as a single phrase is a point with one form.
        """
        if not isinstance(node, yaml.SequenceNode) or not self.tag_ok(node):
            if isinstance(node, yaml.SequenceNode):
                return ()
            self.error(node, "points must be a list of points, each a list of interchangeable "
                       "words or phrases, like - [dismantle, destroy]")
            return ()
        if not node.value:
            self.error(node, "points is empty; list at least one point or remove the key")
            return ()
        points: list[tuple[str, ...]] = []
        for point_node in node.value:
            if isinstance(point_node, yaml.MappingNode):
                self.error(point_node, "each point must be a list of interchangeable words or "
                           "phrases, not a mapping")
                continue
            forms = self.texts(point_node, "a point")
            if not forms:
                if isinstance(point_node, yaml.SequenceNode) or point_node.tag == NULL_TAG:
                    self.error(point_node, "a point is empty; give it at least one word or "
                               "phrase")
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


class DeckLocations:
    """Where values are written in one deck file, for checks made after loading it.

    Such checks know what is wrong but not where it was written. The file is read once, when
    first asked, so a deck with many problems is not read again for each.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._root: yaml.Node | None = None
        self._read = False

    def value(self, *keys: str | int, reads: str | None = None) -> tuple[int, int] | None:
        """Line and column of the value reached by ``keys``: a mapping key or a list index
        at each step from the top. None when the file no longer reads or has no such value,
        or when ``reads`` is given and the value does not read so: the file may have been
        edited since it was loaded, or the deck checked before it was saved."""
        node = self._node(keys)
        if node is None or (reads is not None and self.text(*keys) != reads):
            return None
        return node.start_mark.line + 1, node.start_mark.column + 1

    def text(self, *keys: str | int) -> str | None:
        """The text of the single value reached by ``keys``, as the loader reads it."""
        node = self._node(keys)
        return node.value.strip() if isinstance(node, yaml.ScalarNode) else None

    def _node(self, keys: tuple[str | int, ...]) -> yaml.Node | None:
        node = self._tree()
        for key in keys:
            node = _child(node, key) if node is not None else None
        return node

    def _tree(self) -> yaml.Node | None:
        if not self._read:
            self._read = True
            try:
                text = read_regular(self.path, MAX_DECK_BYTES).decode("utf-8-sig")
                self._root = yaml.compose(text, Loader=_Loader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                self._root = None
        return self._root


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(key, int):
        if isinstance(node, yaml.SequenceNode) and 0 <= key < len(node.value):
            item: yaml.Node = node.value[key]
            return item
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _end_of_last_filled_line(text: str) -> tuple[int, int]:
    """The line and column just after the last character of the last non-blank line."""
    lines = text.splitlines()
    last = max((number for number, line in enumerate(lines, 1) if line.strip()), default=0)
    return (last, len(lines[last - 1].rstrip()) + 1) if last else (1, 1)


def _is_empty_document(root: yaml.Node) -> bool:
    return isinstance(root, yaml.ScalarNode) and root.tag == NULL_TAG and not root.value.strip()


def _innermost_unclosed_bracket(text: str) -> yaml.Mark | None:
    """Where the last '[' or '{' still open at the end of ``text`` starts, if any."""
    open_marks: list[yaml.Mark] = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
                open_marks.append(token.start_mark)
            elif open_marks and isinstance(
                token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken
            ):
                open_marks.pop()
    except yaml.YAMLError:
        # The scanner stops where the syntax error is; what it has read so far is enough.
        pass
    return open_marks[-1] if open_marks else None


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
    from trainer.core.grading.numbers import parse_number

    return parse_number(text)
