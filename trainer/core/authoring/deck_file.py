"""Writing a deck file: YAML that always loads, checked before it reaches the disk."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from trainer import paths
from trainer.core.authoring.file_replace import refuse_store_name, replace_file
from trainer.core.deck import SLUG, Deck, DeckError, parse_deck
from trainer.core.errors import TrainerError
from trainer.core.library import load_library
from trainer.core.validate import deck_problems

SCHEMA_DIRECTIVE = "# yaml-language-server: $schema="
_WIDTH = 92


class _DeckDumper(yaml.SafeDumper):
    """Safe dumping, with list items indented under their key as the deck format shows."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _represent_list(dumper: yaml.representer.SafeRepresenter, items: list[Any]) -> yaml.Node:
    # Short lists (tags, accept) read best on one line, as the deck format shows them.
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=_is_short(items))


_DeckDumper.add_representer(list, _represent_list)


def _is_short(items: list[Any]) -> bool:
    return all(isinstance(item, str) and len(item) <= 40 for item in items)


# A card entry sits four columns in, under "cards:" and "  - ".
_ENTRY_INDENT = 4
_FastDumper: type | None = None
if hasattr(yaml, "CSafeDumper"):

    class _CDeckDumper(yaml.CSafeDumper):
        """libyaml's safe emitter, with the deck's short lists on one line."""

    _CDeckDumper.add_representer(list, _represent_list)
    _FastDumper = _CDeckDumper


def slugify(text: str, *, limit: int = 48) -> str:
    """A deck or card id made from free text: lowercase letters, digits and hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:limit].rstrip("-")


def check_deck_id(deck_id: str) -> str:
    """``deck_id`` when it is a valid id; TrainerError saying what an id looks like otherwise."""
    if not SLUG.match(deck_id):
        raise TrainerError(
            f"'{deck_id}' cannot be a deck id: use lowercase letters, digits and hyphens, "
            "starting with a letter or digit"
        )
    return deck_id


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken yet; it is then taken."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def relative_path(target: Path, deck_path: Path) -> str:
    """``target`` as the deck file should cite it: relative to the deck's folder."""
    target = target.resolve()
    try:
        return Path(os.path.relpath(target, deck_path.resolve().parent)).as_posix()
    except ValueError:
        # On Windows a file on another drive has no relative path.
        return target.as_posix()


def schema_line(deck_path: Path) -> str:
    """The comment that lets YAML-aware editors check the deck against its JSON Schema."""
    return SCHEMA_DIRECTIVE + relative_path(paths.deck_schema_path(), deck_path)


def yaml_value(value: str | list[str]) -> str:
    """One value written as YAML on one line, quoted when it has to be."""
    text = yaml.dump(
        value, Dumper=_DeckDumper, allow_unicode=True, width=10**9, default_flow_style=True
    )
    return text.removesuffix("\n...\n").rstrip("\n")


def render_deck(deck: Mapping[str, Any], comments: Iterable[str], deck_path: Path) -> str:
    """The deck's YAML: the schema line, ``comments``, then the keys, one blank line per card."""
    header = [schema_line(deck_path), *(f"# {line}".rstrip() for line in comments)]
    body = yaml.dump(
        dict(deck),
        Dumper=_DeckDumper,
        allow_unicode=True,
        sort_keys=False,
        width=_WIDTH,
        default_flow_style=False,
    )
    # A blank line before each card, so a reader (and a diff) sees where one ends.
    body = body.replace("\n  - id: ", "\n\n  - id: ")
    return "\n".join(header) + "\n" + body


def render_card_entry(entry: Mapping[str, Any]) -> str:
    """One card's entry exactly as ``render_deck`` writes it under ``cards:``, with the
    blank line before it: a deck written card by card reads the same as one written whole.

    libyaml's emitter writes the entry when it can (some fifteen times faster, which a
    million-row import needs): it indents lists differently, so an entry with a list too
    long for one line goes through the deck's own dumper.
    """
    entry = dict(entry)
    if _FastDumper is not None and not any(
        isinstance(value, list) and not _is_short(value) for value in entry.values()
    ):
        dumped = yaml.dump(
            entry,
            Dumper=_FastDumper,
            allow_unicode=True,
            sort_keys=False,
            width=_WIDTH - _ENTRY_INDENT,
            default_flow_style=False,
        )
        lines = dumped.splitlines(keepends=True)
        return (
            "\n  - "
            + lines[0]
            + "".join("    " + line if line.strip() else line for line in lines[1:])
        )
    dumped = yaml.dump(
        {"cards": [entry]},
        Dumper=_DeckDumper,
        allow_unicode=True,
        sort_keys=False,
        width=_WIDTH,
        default_flow_style=False,
    )
    return "\n" + dumped.split("\n", 1)[1]


def check_deck_text(text: str, path: Path) -> Deck:
    """Load and validate ``text`` as if it were the file at ``path``; TrainerError if it fails."""
    try:
        deck = parse_deck(text.encode("utf-8"), path)
    except DeckError as error:
        raise TrainerError(f"the deck for {path} did not come out valid:\n{error}") from None
    problems = [problem for problem in deck_problems(deck) if problem.severity == "error"]
    if problems:
        listed = "\n".join(str(problem) for problem in problems)
        raise TrainerError(f"the deck for {path} did not come out valid:\n{listed}")
    return deck


def refuse_taken_deck_id(deck_id: str, folders: Iterable[Path], path: Path) -> None:
    """TrainerError when another deck file in ``folders`` already uses ``deck_id``."""
    target = path.resolve()
    for deck in load_library(folder for folder in folders if folder.exists()).decks:
        if deck.id == deck_id and deck.path.resolve() != target:
            raise TrainerError(
                f"a deck with id '{deck_id}' already exists: {deck.path}; "
                "choose another id (with `trainer new`, another DECK_ID; with `draft` or "
                "`import`, --deck)"
            )


def write_deck_file(path: Path, text: str, *, force: bool = False) -> Deck:
    """Check ``text`` as a deck, then write it to ``path``, refusing to overwrite unless forced."""
    # The folder must exist first: a source cited as "../seeds/x.txt" is found through it.
    _make_folder(path)
    deck = check_deck_text(text, path)
    write_new_file(path, text.encode("utf-8"), force=force)
    return deck


def write_new_file(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path``; an existing file is an error unless ``force`` is set."""
    if path.is_dir():
        raise TrainerError(f"{path} is a folder; give a file name to write")
    refuse_store_name(path)
    _make_folder(path)
    try:
        if force:
            replace_file(path, data)
        else:
            # "x" mode: fails if the file appeared since we looked, so nothing is ever lost.
            with path.open("xb") as handle:
                handle.write(data)
    except FileExistsError:
        raise TrainerError(
            f"{path} already exists; choose another file with -o, or add --force to replace it"
        ) from None
    except OSError as error:
        raise TrainerError(f"{path}: cannot be written: {error.strerror or error}") from None


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise TrainerError(f"{path.parent}: cannot be created: {error.strerror or error}") from None
