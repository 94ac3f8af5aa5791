"""Deck files: the Deck, Card and Source models and ``load_deck``.

The format's keys are listed in ``deck_fields``; the YAML is read by ``deck_parser``, which
is imported only when a file is parsed, so a deck served from the parsed-deck cache never
loads PyYAML.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Final, Literal, NamedTuple

from trainer.core.errors import TrainerError
from trainer.core.safe_files import MAX_DECK_BYTES, FileRefused, read_regular
from trainer.core.terminal_text import safe_text

Kind = Literal["text", "name", "number", "date", "choice", "list"]
KINDS: Final[tuple[str, ...]] = ("text", "name", "number", "date", "choice", "list")

SLUG = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
ISO_MONTH = re.compile(r"(\d{4})-(\d{2})\Z")
TOLERANCE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(%?)\s*\Z")
YAML_TIMESTAMP_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})\Z")


class Problem(NamedTuple):
    """One thing wrong with a deck, located in its file."""

    path: str
    line: int
    column: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else self.path
        label = "warning: " if self.severity == "warning" else ""
        # A message may quote the deck (a key, a path): never hand a terminal its escapes.
        return safe_text(f"{where}: {label}{self.message}")


class DeckError(TrainerError):
    """A deck file that cannot be used; ``problems`` lists every problem found in it."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True, slots=True)
class Source:
    """An article that cards cite, by its key in the deck's ``sources``."""

    key: str
    file: Path
    title: str | None = None
    published: str | None = None
    line: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Card:
    """One question. ``answer`` is a tuple of items for list cards, else the author's text."""

    id: str
    kind: Kind
    prompt: str
    answer: str | tuple[str, ...]
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    source: str | None = None
    evidence: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    hint: str | None = None
    unit: str | None = None
    tolerance: str | None = None
    options: tuple[str, ...] = ()
    need: int | None = None
    # Text cards: the ideas a right answer must hold, each a tuple of interchangeable words
    # or phrases (deck-format "text with points"); empty for every other card.
    points: tuple[tuple[str, ...], ...] = ()
    # Choice cards: False keeps the options in the file's order (years, ordered scales).
    shuffle: bool = True
    # Every answer in the card's deck, one object shared by all its cards, so grading can
    # refuse a typo that lands on another card's answer.
    deck_answers: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    line: int = field(default=0, compare=False)
    evidence_line: int = field(default=0, compare=False)

    @property
    def answers(self) -> tuple[str, ...]:
        """The answer as a tuple of items (one item for every kind but list)."""
        return self.answer if isinstance(self.answer, tuple) else (self.answer,)

    @property
    def answer_text(self) -> str:
        """The answer as one line of text, for display."""
        return ", ".join(self.answer) if isinstance(self.answer, tuple) else self.answer


class CardIndex(NamedTuple):
    """What a quiz queue needs of every card, in file order, without the cards themselves."""

    ids: Sequence[str]
    kinds: Sequence[str]
    tags: Sequence[tuple[str, ...]]


class IndexedCards(Sequence[Card]):
    """A deck's cards that know their ``CardIndex`` without being built.

    The parsed-deck cache hands a Deck such a sequence (``deck_cache.CachedCards``): a quiz
    reads the index, then builds only the cards it asks.
    """

    __slots__ = ()

    @abstractmethod
    def card_index(self) -> CardIndex:
        """Each card's id, kind and tags, in file order."""


@dataclass(frozen=True, slots=True)
class Deck:
    """A deck file, loaded and checked."""

    id: str
    title: str
    cards: Sequence[Card]
    path: Path
    description: str | None = None
    sources: Mapping[str, Source] = field(default_factory=dict)

    def card(self, card_id: str) -> Card:
        """The card with this id; KeyError when the deck has none."""
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def card_index(self) -> CardIndex:
        """Each card's id, kind and tags, in file order."""
        cards = self.cards
        if isinstance(cards, IndexedCards):
            return cards.card_index()
        return CardIndex(
            ids=[card.id for card in cards],
            kinds=[card.kind for card in cards],
            tags=[card.tags for card in cards],
        )

    def card_at(self, position: int) -> Card:
        """The card at ``position`` in file order.

        With ``card_index`` this is all a quiz needs, so a deck from the cache builds its
        cards one at a time, as they are asked (see ``IndexedCards``).
        """
        return self.cards[position]


def load_deck(path: str | Path) -> Deck:
    """Load and check one deck file; raise DeckError listing every problem in it."""
    path = Path(path)
    return parse_deck(read_deck_bytes(path), path)


def read_deck_bytes(path: Path) -> bytes:
    """A deck file's bytes; DeckError saying why when it cannot be read."""
    with deck_read_errors(path):
        return read_regular(path, MAX_DECK_BYTES)


@contextmanager
def deck_read_errors(path: Path) -> Iterator[None]:
    """Turns a failure to read the deck file at ``path`` into a DeckError saying why."""
    try:
        yield
    except FileRefused as refused:
        reason = refused.reason
        if reason.endswith("not a regular file"):
            reason = reason.replace("not a regular file", "not a deck file")
        raise DeckError([Problem(str(path), 0, 0, reason)]) from None
    except IsADirectoryError:
        raise DeckError([Problem(str(path), 0, 0, "is a folder, not a deck file")]) from None
    except FileNotFoundError:
        raise DeckError([Problem(str(path), 0, 0, "no such file")]) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise DeckError([Problem(str(path), 0, 0, f"cannot be read: {reason}")]) from None


def parse_deck(data: bytes, path: Path) -> Deck:
    """Parse deck file contents read from ``path`` (used for messages and relative sources)."""
    from trainer.core.deck_parser import parse

    deck, problems = parse(data, path)
    if problems or deck is None:
        raise DeckError(problems)
    return deck


def close_match_hint(word: str, choices: tuple[str, ...] | list[str]) -> str:
    """A ' (did you mean ...?)' suffix when ``word`` looks like one of ``choices``."""
    match = get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
