"""``trainer import``: flashcards from Quizlet's and Anki's plain-text exports, as a deck.

Quizlet exports "term<TAB>definition" per line, with no quoting. Anki's "Notes in Plain
Text" export may start with header lines (``#separator:tab``, ``#html:true``,
``#tags column:3``), quotes fields that hold the separator or a new line, and writes HTML
in fields. Our own CSV export has a header row naming its columns; it carries every card's
kind, accept and reject lists, options and id, so a deck exported and imported again comes
back card for card (all but its sources and evidence, which need the articles).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO, Literal

from trainer.core.authoring.deck_file import render_deck, slugify, unique_id
from trainer.core.authoring.import_kinds import infer_kind
from trainer.core.authoring.import_title import common_subject
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.deck import ISO_DAY, ISO_MONTH, KINDS, SLUG, TOLERANCE
from trainer.core.deck_fields import (
    CARD_KEYS,
    CSV_CARD_COLUMNS,
    CSV_FORM_SEPARATOR,
    KIND_FIELDS,
    kind_takes,
)
from trainer.core.errors import TrainerError
from trainer.core.safe_files import FileRefused, open_regular
from trainer.core.spreadsheet import unguarded_cell
from trainer.core.terminal_text import describe_control

SUFFIXES = (".csv", ".tsv", ".txt")
_SEPARATORS = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_SEPARATOR_NAMES = {value: name for name, value in _SEPARATORS.items()}
_ANKI_HEADER = re.compile(rf"#(?P<key>[{SMALL}][{SMALL} ]*):(?P<value>.*)\Z")
_META_COLUMNS = ("guid", "notetype", "deck", "tags")
_FRONT_NAMES = ("prompt", "front", "term", "question")
_BACK_NAMES = ("answer", "back", "definition")
_HTML_TAG = re.compile(rf"<[{SMALL}{CAPITAL}/!][^>]*>")
_HTML_ENTITY = re.compile(rf"&(?:[{SMALL}{CAPITAL}]+|#\d+|#x[0-9a-fA-F]+);")
_HTML_BREAK = re.compile(r"(?i)<br\s*/?>|</(?:div|p|li)>")
_ANKI_SOUND = re.compile(r"\[sound:[^\]]*\]")
_MAX_LISTED = 10
# The start of the file that decides its layout (separator, Anki headers), and the rows
# that decide whether its fields are HTML.
_SAMPLE_BYTES = 64 * 1024
_SAMPLE_ROWS = 2000
PROGRESS_ROWS = 100_000
# An export larger than this is not a set of flashcards.
MAX_IMPORT_BYTES = 1024 * 1024 * 1024
# A shuffle cell that keeps a choice card's options in order (a spreadsheet may write FALSE).
_NOT_SHUFFLED = frozenset({"false", "no", "0"})


@dataclass(frozen=True, slots=True)
class Flashcard:
    """One imported row: what it asks, its answer, its tags and where it came from."""

    prompt: str
    answer: str | tuple[str, ...]
    tags: tuple[str, ...]
    line: int
    kind: str = "text"
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    need: int | None = None
    points: tuple[tuple[str, ...], ...] = ()
    shuffle: bool = True
    unit: str | None = None
    tolerance: str | None = None
    note: str | None = None
    hint: str | None = None
    card_id: str | None = None
    # What the kind was read from, when the file did not name it ("a number").
    inferred: str | None = None
    # The Anki deck the note came from, when the export names it.
    deck_name: str | None = None


@dataclass(slots=True)
class _Layout:
    """How the rows of a file are laid out."""

    delimiter: str
    quoting: Literal[0, 3]  # csv.QUOTE_MINIMAL or csv.QUOTE_NONE
    html: bool | None = None
    front: int = 0
    back: int = 1
    tags: int | None = 2
    kind: int | None = None
    has_header_row: bool = False
    deck: int | None = None
    # Whether a kind the file does not name is read from the answer (see import_kinds).
    infer: bool = True
    # The index of each column of CSV_CARD_COLUMNS (our own export's columns that rebuild a
    # card) the header row names.
    card_columns: dict[str, int] = field(default_factory=dict)


def read_flashcards(path: Path, *, infer_kinds: bool = True) -> list[Flashcard]:
    """Every card in a Quizlet or Anki text export; TrainerError naming each bad row."""
    return list(iter_flashcards(path, infer_kinds=infer_kinds))


def iter_flashcards(
    path: Path, progress: Callable[[int], None] | None = None, *, infer_kinds: bool = True
) -> Iterator[Flashcard]:
    """The cards of a Quizlet or Anki text export, one at a time, read as a stream.

    A million-row export is never held whole: rows are read, checked and handed on one by
    one. Bad rows are collected as they come; once every row has been read, TrainerError
    names them (the first ten, and how many more), so a caller writing the cards as they
    come must keep its output aside until the iteration ends. ``progress`` is told the
    number of rows read every PROGRESS_ROWS rows. With ``infer_kinds``, a card whose row
    names no kind becomes a number, date or name card when its answer plainly is one;
    ``Flashcard.inferred`` says so.
    """
    if path.suffix.casefold() not in SUFFIXES:
        raise TrainerError(f"{path}: expected a .csv, .tsv or .txt export from Quizlet or Anki")
    with _open_export(path) as binary:
        sample_lines = _decoded_lines(path, [binary.read(_SAMPLE_BYTES)], partial=True)
        binary.seek(0)
        lines = _decoded_lines(path, binary)
        headers, skipped = _anki_headers(sample_lines)
        layout = _layout(path, sample_lines[skipped:], headers)
        layout.infer = infer_kinds
        for _ in range(skipped):
            next(lines)
        rows = _rows(path, lines, layout, first_line=skipped + 1)
        # The first rows decide what the file is: a header row, HTML or plain text.
        head = list(islice(rows, _SAMPLE_ROWS))
        if head and not headers and _apply_header_row(head[0][1], layout):
            head = head[1:]
        if layout.html is None:
            layout.html = any(
                _HTML_TAG.search(cell) or _HTML_ENTITY.search(cell)
                for _, row in head
                for cell in row
            )
        problems: list[str] = []
        problem_count = 0
        cards = 0
        for count, (line, row) in enumerate(chain(head, rows), start=1):
            if progress is not None and count % PROGRESS_ROWS == 0:
                progress(count)
            card = _card(row, line, layout)
            if isinstance(card, str):
                problem_count += 1
                if len(problems) < _MAX_LISTED:
                    problems.append(f"{path}:{line}: {card}")
                continue
            cards += 1
            yield card
    if problems:
        more = problem_count - len(problems)
        raise TrainerError("\n".join(problems + ([f"... and {more} more"] if more > 0 else [])))
    if not cards:
        raise TrainerError(f"{path}: holds no cards (one card per line: front, then back)")


def _open_export(path: Path) -> BinaryIO:
    try:
        return open_regular(path, MAX_IMPORT_BYTES)
    except FileRefused as refused:
        raise TrainerError(f"{path}: {refused.reason}") from None
    except FileNotFoundError:
        raise TrainerError(f"{path}: no such file") from None
    except OSError as error:
        raise TrainerError(f"{path}: cannot be read: {error.strerror or error}") from None


def _decoded_lines(path: Path, chunks: Iterable[bytes], *, partial: bool = False) -> Any:
    """The lines of ``chunks`` (a binary file, or one sample of it) as text.

    A byte-order mark is dropped. Text that is not UTF-8 is a TrainerError naming its line;
    with ``partial`` (a sample cut anywhere) the cut-off last line is dropped instead, and
    the result is a list rather than an iterator.
    """

    def lines() -> Iterator[str]:
        number = 0
        for chunk in chunks:
            pieces = chunk.splitlines(keepends=True) if partial else [chunk]
            if (
                partial
                and pieces
                and not pieces[-1].endswith(b"\n")
                and len(chunk) >= _SAMPLE_BYTES
            ):
                pieces = pieces[:-1]
            for raw in pieces:
                number += 1
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    if partial:
                        return
                    raise TrainerError(
                        f"{path}:{number}: is not UTF-8 text; export it as UTF-8"
                    ) from None

    return list(lines()) if partial else lines()


def imported_deck_text(
    cards: list[Flashcard], deck_id: str, title: str | None, source_name: str, deck_path: Path
) -> str:
    """The YAML of a deck holding ``cards``, to be written at ``deck_path``."""
    taken: set[str] = set()
    entries = [card_entry(card, taken) for card in cards]
    deck = {
        "id": deck_id,
        "title": title or deck_title(cards, source_name),
        "description": f"Imported from {source_name}.",
        "cards": entries,
    }
    comments = [
        f"Imported from {source_name}. Add sources and evidence to tie cards to articles,",
        "and `accept` lists for answers written more than one way.",
    ]
    return render_deck(deck, comments, deck_path)


# What export tools add to a file name, which says nothing of the deck.
_EXPORT_WORDS = re.compile(
    r"(?i)\b(?:quizlet|anki|export(?:ed)?|notes?|in plain text|plain text|flashcards?|cards|"
    r"set|copy|final|\d{4}-\d{2}-\d{2}|\d{8})\b|\(\d+\)"
)


def deck_title(cards: list[Flashcard], source_name: str) -> str:
    """A title for an imported deck (see `titled`)."""
    return titled(cards, source_name)[0]


def titled(cards: list[Flashcard], source_name: str) -> tuple[str, str]:
    """A title for an imported deck and where it came from: the Anki deck its notes came
    from, else the file name without the words export tools add ("Quizlet export (2).tsv"
    says nothing), else the subject most cards share, else "Imported cards"."""
    decks = [card.deck_name for card in cards if card.deck_name]
    if decks:
        most = max(set(decks), key=decks.count)
        return most.split("::")[-1].strip() or most, "the Anki deck the notes came from"
    stem = Path(source_name).stem.replace("_", " ").replace("-", " ")
    words = " ".join(_EXPORT_WORDS.sub(" ", stem).split())
    if words:
        return words[:1].upper() + words[1:], "the file name"
    texts = [
        f"{card.prompt} {' '.join(card.answer) if isinstance(card.answer, tuple) else card.answer}"
        for card in cards
    ]
    subject = common_subject(texts)
    if subject:
        return subject, "the name most cards mention"
    return "Imported cards", "the file name says nothing of the cards"


def card_entry(card: Flashcard, taken: set[str]) -> dict[str, Any]:
    """The card as a deck entry, its id made from its own or its prompt and not in ``taken``
    (it is then taken)."""
    base = card.card_id or slugify(card.prompt, limit=40) or "card"
    entry: dict[str, Any] = {
        "id": unique_id(base, taken),
        "kind": card.kind,
        "prompt": card.prompt,
        "answer": list(card.answer) if isinstance(card.answer, tuple) else card.answer,
    }
    entry.update(_optional_keys(card))
    return entry


def _optional_keys(card: Flashcard) -> dict[str, Any]:
    """The card's optional keys that hold something, in the order the deck format lists them."""
    keys: dict[str, Any] = {
        "options": list(card.options),
        "need": card.need,
        "points": [list(point) if len(point) > 1 else point[0] for point in card.points],
        # Only the exception is written: shuffling is the format's default.
        "shuffle": None if card.shuffle else False,
        "unit": card.unit,
        "tolerance": card.tolerance,
        "accept": list(card.accept),
        "reject": list(card.reject),
        "tags": list(card.tags),
        "note": card.note,
        "hint": card.hint,
    }
    return {key: value for key, value in keys.items() if value not in (None, [], "")}


def _anki_headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """Anki's ``#key:value`` header lines, and how many lines they take."""
    headers: dict[str, str] = {}
    for count, line in enumerate(lines):
        match = _ANKI_HEADER.match(line.rstrip("\r\n"))
        if not match:
            return headers, count
        headers[match.group("key").strip()] = match.group("value").strip()
    return headers, len(lines)


def _layout(path: Path, lines: list[str], headers: dict[str, str]) -> _Layout:
    if "separator" in headers:
        written = headers["separator"]
        delimiter = _SEPARATORS.get(written.casefold(), written)
        if len(delimiter) != 1:
            raise TrainerError(f"{path}:1: unknown separator '{written}'")
    elif path.suffix.casefold() == ".tsv" or (
        path.suffix.casefold() == ".txt" and any("\t" in line for line in lines[:50])
    ):
        delimiter = "\t"
    else:
        delimiter = _sniff("".join(lines[:50]))
    # Quizlet never quotes, so a term may start with a quotation mark; Anki and
    # spreadsheets quote fields that hold the separator or a new line.
    quizlet_like = delimiter == "\t" and not headers and path.suffix.casefold() != ".csv"
    layout = _Layout(
        delimiter=delimiter, quoting=csv.QUOTE_NONE if quizlet_like else csv.QUOTE_MINIMAL
    )
    if "html" in headers:
        layout.html = headers["html"].casefold() == "true"
    if headers:
        _apply_anki_columns(headers, layout)
    return layout


def _sniff(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _apply_anki_columns(headers: dict[str, str], layout: _Layout) -> None:
    """Front and back are the first two columns that hold no guid, note type, deck or tags."""
    meta: dict[str, int] = {}
    for name in _META_COLUMNS:
        value = headers.get(f"{name} column", "")
        if value.isdigit() and int(value) >= 1:
            meta[name] = int(value) - 1
    fields = [index for index in range(len(meta) + 2) if index not in meta.values()]
    layout.front, layout.back = fields[0], fields[1]
    layout.tags = meta.get("tags")
    layout.deck = meta.get("deck")


def _apply_header_row(row: list[str], layout: _Layout) -> bool:
    """Use a first row such as ``prompt,answer,tags`` as column names; False if it is a card."""
    names = [cell.strip().casefold() for cell in row]
    front = next((names.index(name) for name in _FRONT_NAMES if name in names), None)
    back = next((names.index(name) for name in _BACK_NAMES if name in names), None)
    if front is None or back is None:
        return False
    layout.front, layout.back = front, back
    layout.tags = names.index("tags") if "tags" in names else None
    layout.kind = names.index("kind") if "kind" in names else None
    layout.card_columns = {name: names.index(name) for name in CSV_CARD_COLUMNS if name in names}
    layout.has_header_row = True
    if layout.kind is not None and layout.html is None:
        # The trainer's own export: its text is plain, whatever characters it holds.
        layout.html = False
    return True


def _rows(
    path: Path, lines: Iterable[str], layout: _Layout, first_line: int
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each non-blank row."""
    reader = csv.reader(
        lines,
        delimiter=layout.delimiter,
        quoting=layout.quoting,
        strict=layout.quoting != csv.QUOTE_NONE,
    )
    while True:
        line = first_line + reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise TrainerError(f"{path}:{line}: cannot be read: {error}") from None
        if any(cell.strip() for cell in row):
            # A cell a careful spreadsheet export (ours included) quoted against formulas.
            yield line, [unguarded_cell(cell) for cell in row]


def _card(row: list[str], line: int, layout: _Layout) -> Flashcard | str:
    """The card in ``row``, or what is wrong with the row."""
    separator = _SEPARATOR_NAMES.get(layout.delimiter, repr(layout.delimiter))
    for cell in row:
        # A line break inside a quoted field may be CR LF; any other control character
        # (an escape a terminal would obey, a NUL) has no place in a card.
        control = describe_control(cell.replace("\r\n", "\n"))
        if control is not None:
            return f"holds {control}; remove it"
    row = [_unquoted(cell, layout) for cell in row]
    if len(row) <= max(layout.front, layout.back):
        return f"expected a front and a back separated by a {separator}, found {_fields(row)}"
    prompt = _clean(row[layout.front], html=bool(layout.html), keep_lines=True)
    answer = _clean(row[layout.back], html=bool(layout.html), keep_lines=False)
    for side, value in (("front", prompt), ("back", answer)):
        if not value:
            return f"the {side} is empty (pictures and sounds cannot be imported)"
    tags: tuple[str, ...] = ()
    if layout.tags is not None and layout.tags < len(row):
        tags = _split_tags(row[layout.tags])
    named_kind = _cell(row, layout.kind).strip().casefold()
    deck_name = _cell(row, layout.deck).strip() or None
    card = Flashcard(
        prompt=prompt,
        answer=answer,
        tags=tags,
        line=line,
        deck_name=deck_name,
        **_card_fields(row, layout),
    )
    card = _as_kind(card, named_kind, _values(_cell(row, layout.back), layout))
    if not named_kind and layout.infer:
        inferred = infer_kind(prompt, answer)
        if inferred is not None:
            card = replace(
                card, kind=inferred.kind, answer=inferred.answer, inferred=inferred.reason
            )
    return card


# A spreadsheet guards a cell that would read as a formula with a leading apostrophe.
_FORMULA_GUARD = re.compile(r"'(?=[=+\-@\t\r])")


def _unquoted(cell: str, layout: _Layout) -> str:
    """The cell without the quoting a spreadsheet put around it.

    A tab-separated file read without quoting keeps a field's quotes ("\"Hello, \"\"world\"\"\"");
    they go when they wrap the whole field and every quote inside is doubled. A leading
    apostrophe before =, +, - or @ guarded the cell from being read as a formula.
    """
    text = cell
    if layout.quoting == csv.QUOTE_NONE and len(text) >= 2 and text[0] == text[-1] == '"':
        inner = text[1:-1]
        if '"' not in inner.replace('""', ""):
            text = inner.replace('""', '"')
    return _FORMULA_GUARD.sub("", text, count=1) if text.startswith("'") else text


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _card_fields(row: list[str], layout: _Layout) -> dict[str, Any]:
    """What the columns beyond front, back, tags and kind say of the card (our own export)."""

    def cell(name: str) -> str:
        return _cell(row, layout.card_columns.get(name))

    def text(name: str) -> str | None:
        return _clean(cell(name), html=bool(layout.html), keep_lines=True) or None

    card_id = cell("id").strip()
    options = _values(cell("options"), layout)
    if len(options) == 1:
        # One option is never a choice: a hand-typed "Monday; Friday" means two.
        options = _split_items(options[0])
    return {
        "accept": _values(cell("accept"), layout),
        "reject": _values(cell("reject"), layout),
        "options": options,
        "note": text("note"),
        "hint": text("hint"),
        "card_id": card_id if SLUG.match(card_id) else None,
        "need": int(cell("need")) if cell("need").strip().isdigit() else None,
        "points": _points(cell("points"), layout),
        "shuffle": cell("shuffle").strip().casefold() not in _NOT_SHUFFLED,
        "unit": text("unit"),
        "tolerance": text("tolerance"),
    }


def _points(cell: str, layout: _Layout) -> tuple[tuple[str, ...], ...]:
    """A points cell: a point a line, its interchangeable forms split at "|"."""
    points = (
        tuple(form.strip() for form in line.split(CSV_FORM_SEPARATOR.strip()) if form.strip())
        for line in _values(cell, layout)
    )
    return tuple(point for point in points if point)


def _values(cell: str, layout: _Layout) -> tuple[str, ...]:
    """The values of a cell holding several, one a line (as our export writes them)."""
    lines = _clean(cell, html=bool(layout.html), keep_lines=True).splitlines()
    return tuple(line for line in lines if line)


def _as_kind(card: Flashcard, kind: str, items: tuple[str, ...]) -> Flashcard:
    """The card as the kind its row names, when its answer and keys suit it; else text.

    Keys the kind does not take (by the deck format's field table) are dropped, so a
    hand-made spreadsheet cannot make a deck that fails to load.
    """
    answer = str(card.answer)
    kind = _kind_for(kind, answer, items, card.options)
    if kind == "list":
        # A single line is an older export's (or a hand-typed) "item; item".
        items = items if len(items) > 1 else _split_items(answer)
        need = card.need if card.need is not None and card.need <= len(items) else None
        card = replace(card, answer=items, need=need)
    tolerance = card.tolerance if card.tolerance and TOLERANCE.match(card.tolerance) else None
    return _keys_of_kind(replace(card, kind=kind, tolerance=tolerance))


# The card keys only some kinds take that a flashcard carries, each with its empty value.
_KIND_KEYS: dict[str, Any] = {
    flashcard_field.name: flashcard_field.default
    for flashcard_field in dataclass_fields(Flashcard)
    if flashcard_field.name in {deck_field.name for deck_field in KIND_FIELDS}
}


def _keys_of_kind(card: Flashcard) -> Flashcard:
    """The card without the keys its kind does not take."""
    held = {name for name in CARD_KEYS if getattr(card, name, None) not in (None, (), "")}
    dropped: dict[str, Any] = {
        name: empty for name, empty in _KIND_KEYS.items() if not kind_takes(card.kind, name, held)
    }
    return replace(card, **dropped) if dropped else card


def _split_items(answer: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in answer.split(";") if part.strip())


def _fields(row: list[str]) -> str:
    return "one field" if len(row) == 1 else f"{len(row)} fields"


def _clean(cell: str, *, html: bool, keep_lines: bool) -> str:
    """A field as plain text: HTML tags dropped and entities decoded when the file uses HTML."""
    text = cell
    if html:
        text = _HTML_BREAK.sub("\n", text)
        text = _ANKI_SOUND.sub("", _HTML_TAG.sub("", text))
        text = _unescape(text)
    lines = [" ".join(part.split()) for part in text.splitlines()]
    lines = [part for part in lines if part]
    return "\n".join(lines) if keep_lines else " ".join(lines)


def _unescape(text: str) -> str:
    return html.unescape(text).replace("\u00a0", " ")


def _split_tags(cell: str) -> tuple[str, ...]:
    # Anki separates tags with spaces; a spreadsheet (and our CSV export) with ";" or ",".
    parts = re.split(r"[;,]", cell) if re.search(r"[;,]", cell) else cell.split()
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


def _kind_for(
    kind: str, answer: str, items: tuple[str, ...] = (), options: tuple[str, ...] = ()
) -> str:
    """The kind a CSV row names, when its answer is valid for it; else text."""
    if kind not in KINDS:
        return "text"
    if kind == "list":
        listed = items if len(items) > 1 else _split_items(answer)
        return "list" if _distinct(listed) else "text"
    if kind == "choice":
        suits = len(options) >= 2 and _distinct(options) and answer in options
        return "choice" if suits else "text"
    if kind == "date" and not _is_iso_date(answer):
        return "text"
    if kind == "number":
        from trainer.core.grading.numbers import parse_number

        if parse_number(answer) is None:
            return "text"
    return kind


def _distinct(values: tuple[str, ...]) -> bool:
    folded = [value.casefold() for value in values]
    return bool(folded) and len(set(folded)) == len(folded)


def _is_iso_date(answer: str) -> bool:
    try:
        if ISO_DAY.match(answer):
            dt.date.fromisoformat(answer)
            return True
    except ValueError:
        return False
    month = ISO_MONTH.match(answer)
    return month is not None and 1 <= int(month.group(2)) <= 12
