"""Finding decks: every deck file in the deck folders, loaded, with the broken ones kept aside."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from trainer.core.deck import Deck, DeckError, Problem, close_match_hint, load_deck
from trainer.core.deck_cache import DeckCache
from trainer.core.errors import TrainerError
from trainer.core.wording import quoted_part

DECK_SUFFIXES = (".yaml", ".yml")


class BrokenDeck(NamedTuple):
    """A deck file that did not load, with what is wrong with it."""

    path: Path
    error: DeckError

    @property
    def first_problem(self) -> str:
        return str(self.error.problems[0]) if self.error.problems else str(self.error)


class Library:
    """The decks found in a set of files and folders.

    A plain class, not a dataclass: it is defined on the way to every first question (the
    deck is found through this module) and used only by the deck list, and a dataclass
    takes several times longer to define.
    """

    __slots__ = ("broken", "decks")

    def __init__(
        self, decks: list[Deck] | None = None, broken: list[BrokenDeck] | None = None
    ) -> None:
        self.decks: list[Deck] = [] if decks is None else decks
        self.broken: list[BrokenDeck] = [] if broken is None else broken

    def __repr__(self) -> str:
        return f"Library(decks={self.decks!r}, broken={self.broken!r})"

    def by_id(self, deck_id: str) -> Deck | None:
        for deck in self.decks:
            if deck.id == deck_id:
                return deck
        return None


def deck_files(paths: Iterable[Path]) -> list[Path]:
    """Deck files named directly plus those under named folders, sorted, each once."""
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix in DECK_SUFFIXES and child.is_file():
                    found.setdefault(child.resolve(), None)
        elif path.exists() or path.suffix in DECK_SUFFIXES:
            found.setdefault(path.resolve(), None)
    return list(found)


def load_library(paths: Iterable[Path], cache: DeckCache | None = None) -> Library:
    """Load every deck under ``paths``; a broken file is listed, never fatal.

    A deck whose id an earlier file (in path order) already uses is listed as broken too:
    progress is kept by deck id, so two decks of one id would share one history, and a quiz
    could not tell them apart.
    """
    library = Library()
    load = cache.load if cache is not None else load_deck
    for path in deck_files(paths):
        try:
            library.decks.append(load(path))
        except DeckError as error:
            library.broken.append(BrokenDeck(path, error))
    problems = duplicate_id_problems(library)
    if problems:
        clashing = {problem.path: problem for problem in problems}
        library.broken.extend(
            BrokenDeck(deck.path, DeckError([clashing[str(deck.path)]]))
            for deck in library.decks
            if str(deck.path) in clashing
        )
        library.decks = [deck for deck in library.decks if str(deck.path) not in clashing]
    return library


def resolve_deck(reference: str, folders: list[Path], cache: DeckCache | None = None) -> Deck:
    """The deck named by ``reference``: a path to a deck file, or a deck id in ``folders``."""
    as_path = Path(reference).expanduser()
    if as_path.suffix in DECK_SUFFIXES or is_a_file(as_path):
        return cache.load(as_path) if cache is not None else load_deck(as_path)
    library = load_library(folders, cache)
    deck = library.by_id(reference)
    if deck is not None:
        return deck
    for broken in library.broken:
        if broken.path.stem == reference:
            raise broken.error
    known = [deck.id for deck in library.decks]
    hint = close_match_hint(reference, known)
    where = ", ".join(str(folder) for folder in folders) or "no folders"
    listed = ", ".join(sorted(known)[:10]) + (", …" if len(known) > 10 else "")
    ids = f"the decks there are {listed}" if known else "there are no decks there"
    raise TrainerError(
        f"no deck with id '{quoted_part(reference)}' in {where}{hint}; {ids} "
        "(or give the path of a .yaml file)"
    )


def is_a_file(path: Path) -> bool:
    """True for a file at ``path``; False, not OSError, for a name too long to be a path."""
    try:
        return path.is_file()
    except OSError:
        return False


def duplicate_id_problems(library: Library) -> list[Problem]:
    """A problem at the ``id`` of each deck whose id another loaded deck already uses."""
    problems: list[Problem] = []
    first_deck: dict[str, Deck] = {}
    for deck in library.decks:
        first = first_deck.setdefault(deck.id, deck)
        if first is deck:
            continue
        line, column = _id_location(deck) or (0, 0)
        first_line, _ = _id_location(first) or (0, 0)
        where = f"{first.path}:{first_line}" if first_line else str(first.path)
        problems.append(
            Problem(str(deck.path), line, column, f"deck id '{deck.id}' is already used by {where}")
        )
    return problems


def _id_location(deck: Deck) -> tuple[int, int] | None:
    """Where the deck's id is written in its file, if the file still says so."""
    # Imported here: only `trainer validate` needs it, and it loads PyYAML.
    from trainer.core.deck_parser import DeckLocations

    return DeckLocations(deck.path).value("id", reads=deck.id)
