"""A quiz session's whole queue: the due cards most overdue first, then the new ones, or the
order of recall at a briefing ahead, or every card in cram mode.

Apart from ``session.py`` because a session that found its first card without it
(``first_question.py``, ``QuizSession(quick_start=True)``) builds it only after that card is
on screen: this module is not read (or compiled, on a first run) before the first question.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple, cast

from trainer.core.clock import start_of_day
from trainer.core.deck import Deck
from trainer.core.examples import example_positions
from trainer.core.store import to_db_time

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduler
    from trainer.core.store import ReviewStore

Entry = tuple[str, int]  # (deck id, position in the deck)


class BuiltQueue(NamedTuple):
    """The queue, and what the session keeps beside it."""

    entries: list[Entry]
    # deck id -> ids of the cards the filters let through, in file order.
    considered: dict[str, Sequence[str]]
    due_count: int  # cards in the queue because they are due
    new_count: int  # cards in the queue seen for the first time
    # Cards never answered of decks with a briefing ahead (recall 0 there).
    unseen: set[Entry]


def build_queue(
    decks: Mapping[str, Deck],
    store: ReviewStore,
    scheduler: Scheduler,
    *,
    started_at: datetime,
    deadlines: Mapping[str, datetime],
    target: float,
    cram: bool,
    new_limit: int,
    tags: frozenset[str],
    kinds: frozenset[str],
) -> BuiltQueue:
    """The session's queue over ``decks`` (in their order), as of ``started_at``."""
    # deck id -> positions of the cards the filters let through, in file order
    chosen: dict[str, Sequence[int]] = {}
    considered_ids: dict[str, Sequence[str]] = {}
    unseen: set[Entry] = set()
    for deck in decks.values():
        index = deck.card_index()
        positions: Sequence[int] = range(len(index.ids))
        considered = index.ids
        examples = example_positions(index)  # a skeleton's placeholders are never asked
        if tags or kinds or examples:
            positions = [
                position
                for position in positions
                if (not tags or tags.intersection(index.tags[position]))
                and (not kinds or index.kinds[position] in kinds)
                and position not in examples
            ]
            considered = [index.ids[position] for position in positions]
        chosen[deck.id] = positions
        considered_ids[deck.id] = considered
    if cram:
        entries = _by_recall_at_briefing(decks, store, scheduler, chosen, deadlines, target, unseen)
        return BuiltQueue(entries, considered_ids, 0, 0, unseen)
    ahead = _deadline_queue(decks, store, scheduler, chosen, deadlines, started_at, target, unseen)
    now = to_db_time(started_at)
    due: list[tuple[str, int, Entry]] = []
    new: list[Entry] = []
    deck_order = 0  # cards of earlier decks come first among equal due times
    for deck_id, positions in chosen.items():
        if deck_id in deadlines:
            continue
        # Each deck has its own daily limit: one deck's new cards never use another's.
        room = (
            max(0, new_limit - store.introduced_since((deck_id,), start_of_day(started_at)))
            if new_limit > 0
            else 0
        )
        deck_new = 0
        ids = decks[deck_id].card_index().ids
        position_of = dict(zip(ids, range(len(ids)), strict=True))
        # Only the due cards cross over from the store (not a 10,000-card deck's whole
        # schedule); a card it names may since have left the deck, or be filtered out.
        due_ids, due_times = store.due_cards(deck_id, now)
        due_positions = list(map(position_of.get, due_ids))
        if isinstance(positions, range) and None not in due_positions:
            # Every due card is still in the deck and none is filtered out (nearly every
            # quiz): the entries are zipped together in C, not built one by one in
            # Python, which a 100,000-card deck's 50,000 due cards made slow to open.
            present = cast("list[int]", due_positions)
            due.extend(
                zip(
                    due_times,
                    map(deck_order.__add__, present),
                    zip(repeat(deck_id), present, strict=False),
                    strict=True,
                )
            )
        else:
            wanted = None if isinstance(positions, range) else frozenset(positions)
            due.extend(
                (due_at, deck_order + position, (deck_id, position))
                for due_at, position in zip(due_times, due_positions, strict=True)
                if position is not None and (wanted is None or position in wanted)
            )
        deck_order += len(ids)
        if deck_new < room:
            scheduled = store.scheduled_later(deck_id, now)
            scheduled.update(due_ids)
            if scheduled.issuperset(ids):
                continue  # every card has been introduced: none is new
            for position in positions:
                if ids[position] not in scheduled:
                    new.append((deck_id, position))
                    deck_new += 1
                    if deck_new == room:
                        break
    # Most overdue first; among equal times, deck order (the tuples' second item).
    due.sort()
    ahead_new = sum(1 for recall, _ in ahead if recall == 0.0)
    # Taken out by itemgetter in C: tens of thousands of due cards in a large deck.
    entries = [*map(itemgetter(1), ahead), *map(itemgetter(2), due), *new]
    return BuiltQueue(
        entries, considered_ids, len(due) + len(ahead) - ahead_new, len(new) + ahead_new, unseen
    )


def _deadline_queue(
    decks: Mapping[str, Deck],
    store: ReviewStore,
    scheduler: Scheduler,
    chosen: dict[str, Sequence[int]],
    deadlines: Mapping[str, datetime],
    started_at: datetime,
    target: float,
    unseen: set[Entry],
) -> list[tuple[float, Entry]]:
    """The cards of decks with a briefing ahead: (recall at the briefing, entry), lowest
    recall first; cards never seen (recall 0) come first, in deck order, and are added to
    ``unseen``."""
    if not deadlines:
        return []
    # Loaded only when a deck has a briefing ahead: most quizzes never need it.
    from trainer.core import briefing

    ahead: list[tuple[float, int, Entry]] = []
    deck_order = 0
    for deck_id, positions in chosen.items():
        at = deadlines.get(deck_id)
        if at is None:
            continue
        ids = decks[deck_id].card_index().ids
        ahead.extend(
            (recall, deck_order + position, (deck_id, position))
            for recall, position in briefing.deadline_entries(
                store, deck_id, ids, positions, at, started_at, scheduler, target
            )
        )
        deck_order += len(ids)
    ahead.sort()
    unseen.update(entry for recall, _, entry in ahead if recall == 0.0)
    return [(recall, entry) for recall, _, entry in ahead]


def _by_recall_at_briefing(
    decks: Mapping[str, Deck],
    store: ReviewStore,
    scheduler: Scheduler,
    chosen: dict[str, Sequence[int]],
    deadlines: Mapping[str, datetime],
    target: float,
    unseen: set[Entry],
) -> list[Entry]:
    """Every chosen card; those of decks with a briefing ahead lowest recall at it first
    (the ones never answered added to ``unseen``)."""
    entries: list[Entry] = []
    for deck_id, positions in chosen.items():
        at = deadlines.get(deck_id)
        if at is None:
            entries.extend((deck_id, position) for position in positions)
            continue
        from trainer.core import briefing

        ids = decks[deck_id].card_index().ids
        forecast = briefing.deck_readiness(
            store, deck_id, [ids[position] for position in positions], at, scheduler, target
        )
        ranked = sorted(
            zip(forecast.cards, positions, strict=True), key=lambda pair: pair[0].recall
        )
        entries.extend((deck_id, position) for _, position in ranked)
        unseen.update((deck_id, position) for card, position in ranked if not card.answered)
    return entries
