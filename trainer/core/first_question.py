"""The first card of a quiz's queue, found without building the queue.

A session's queue (``QuizSession``) reads every due card of its decks and every scheduled
id to know the due and new counts: on a deck of 100,000 cards that is most of the time to
the first question. The card asked first is only the head of that order (the most overdue
due card, earlier decks and deck order breaking ties; with none due, the first new card
within the day's limit), and a few rows from SQLite's due index, or a few schedule
lookups, name it. ``QuizSession(quick_start=True)`` asks it first and builds the rest of
the queue, and the counts, once the front end has shown it (``QuizSession.complete``).

Sessions this does not cover (cram, a briefing ahead, more removed or filtered-out cards
at the head than it looks at) get None here: their queue is built whole, as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Final, Protocol

from trainer.core.clock import start_of_day
from trainer.core.deck import CardIndex, Deck
from trainer.core.examples import is_example

if TYPE_CHECKING:
    from trainer.core.store import CardState

# Due rows read per deck, and new-card candidates looked up, before giving up on a short
# answer: only cards removed from the deck or filtered out are passed over, so a handful
# nearly always settles it.
LOOK_AHEAD: Final = 16

Entry = tuple[str, int]  # (deck id, position in the deck), as a session's queue holds it


class FirstCardReads(Protocol):
    """The store's reads the first card needs: a ``ReviewStore``, or the database opened
    before its store is built (``store.opened.OpenedDatabase``)."""

    def due_cards(
        self, deck_id: str, now: str, limit: int | None = None
    ) -> tuple[list[str], list[str]]: ...

    def introduced_since(self, deck_ids: Sequence[str], since: datetime) -> int: ...

    def card_state(self, deck_id: str, card_id: str) -> CardState | None: ...


def first_entry(
    decks: Mapping[str, Deck],
    store: FirstCardReads,
    now: str,
    started_at: datetime,
    *,
    new_limit: int,
    tags: frozenset[str],
    kinds: frozenset[str],
) -> Entry | None:
    """The entry a full queue of these decks would ask first; None when the look ahead
    cannot tell, or the queue is empty (the caller then builds it whole).

    ``now``: the session's start as a stored time. Decks with a briefing ahead and cram
    sessions are the caller's to leave out: their order is not the due order.
    """
    best: tuple[str, int, Entry] | None = None  # (due time, deck order, entry)
    deck_order = 0
    for deck_id, deck in decks.items():
        index = deck.card_index()
        asked = _AskedFilter(index, tags, kinds)
        due_ids, due_times = store.due_cards(deck_id, now, limit=LOOK_AHEAD)
        found: tuple[str, int, Entry] | None = None
        for card_id, due_at in zip(due_ids, due_times, strict=True):
            if found is not None and due_at > found[0]:
                break  # later due times cannot come first; equal ones go by deck order
            position = _position(index.ids, card_id)
            if position is None or not asked(position, card_id):
                continue
            candidate = (due_at, deck_order + position, (deck_id, position))
            if found is None or candidate < found:
                found = candidate
        else:
            if len(due_ids) == LOOK_AHEAD and (found is None or due_times[-1] == found[0]):
                return None  # what comes after the look ahead may still be first
        if found is not None and (best is None or found < best):
            best = found
        deck_order += len(index.ids)
    if best is not None:
        return best[2]
    return _first_new(decks, store, started_at, new_limit, tags, kinds)


def _first_new(
    decks: Mapping[str, Deck],
    store: FirstCardReads,
    started_at: datetime,
    new_limit: int,
    tags: frozenset[str],
    kinds: frozenset[str],
) -> Entry | None:
    """Nothing is due: the first card never scheduled, in deck order, of a deck with room
    left in its day's new cards."""
    if new_limit <= 0:
        return None
    for deck_id, deck in decks.items():
        if new_limit - store.introduced_since((deck_id,), start_of_day(started_at)) <= 0:
            continue
        index = deck.card_index()
        asked = _AskedFilter(index, tags, kinds)
        looked = 0
        for position, card_id in enumerate(index.ids):
            if not asked(position, card_id):
                continue
            if store.card_state(deck_id, card_id) is None:
                return (deck_id, position)
            looked += 1
            if looked == LOOK_AHEAD:
                return None  # an old deck: the full queue finds its new cards, if any
    return None


class _AskedFilter:
    """Whether a position of a deck is one its session asks: not a skeleton's example, and
    through the tag and kind filters (the same rule as ``QuizSession._build_queue``)."""

    __slots__ = ("_index", "_kinds", "_tags")

    def __init__(self, index: CardIndex, tags: frozenset[str], kinds: frozenset[str]) -> None:
        self._index = index
        self._tags = tags
        self._kinds = kinds

    def __call__(self, position: int, card_id: str) -> bool:
        index = self._index
        return (
            (not self._tags or bool(self._tags.intersection(index.tags[position])))
            and (not self._kinds or index.kinds[position] in self._kinds)
            # Card by card (``examples.example_positions`` would read every id of the deck).
            and not is_example(card_id, index.tags[position])
        )


def _position(ids: Sequence[str], card_id: str) -> int | None:
    """Where ``card_id`` stands in the deck; None when it has left the deck."""
    try:
        # In C: a cached deck's ids answer from their joined text (deck_cache.JoinedIds),
        # a list by a scan; the look ahead asks for a few ids only.
        return ids.index(card_id)
    except ValueError:
        return None
