"""A quiz's first question, found before its session (and its store) is built.

``QuizSession(quick_start=True)`` already shows the first card before building the rest of
the queue; this goes one step further for the full-screen quiz the trainer is opened on:
the first card is found by ``first_question``'s few reads over the opened database
(``store.opened.OpenedDatabase``), the screen draws it, and the session, the ``Store`` and
the scheduler are loaded and built after that frame, with this start time and first card,
so the session asks exactly the card shown. Nothing is answered before they exist: the
quiz screen builds the session as it takes the first answer, skip or key that needs it.

Sessions whose first card this does not settle get None (cram, a briefing ahead, a choice
card first, whose options' order is the session's to draw, a look ahead that cannot tell):
their session is built before the first frame, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from trainer.core.clock import Clock, as_utc
from trainer.core.deadlines import BriefingReads, deadlines
from trainer.core.deck import Card, Deck
from trainer.core.first_question import Entry, FirstCardReads, first_entry
from trainer.core.store.records import to_db_time

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.session_builder import SessionOptions
    from trainer.core.store import ReviewStore


class StartReads(FirstCardReads, BriefingReads, Protocol):
    """What finding the first card reads: a ``ReviewStore`` or an ``OpenedDatabase``."""


class QuizStart:
    """The first card of a session not built yet, with what a screen shows of it: the same
    names as ``QuizSession``'s (``current``, ``position``, ``counted``, ...), as they stand
    before any answer."""

    counted = False  # the queue and its counts follow with the session
    position = 1
    asked_again = False
    hinted = False
    can_undo = False
    can_override = False
    finished = False

    def __init__(
        self,
        decks: Sequence[Deck],
        options: SessionOptions,
        started_at: datetime,
        entry: Entry,
        card: Card,
    ) -> None:
        self.decks = tuple(decks)
        self.options = options
        self.started_at = started_at
        self.entry = entry
        self.current: Card | None = card
        self.current_deck_id: str | None = entry[0]

    @classmethod
    def find(
        cls, decks: Sequence[Deck], reads: StartReads, options: SessionOptions, clock: Clock
    ) -> QuizStart | None:
        """The session's first card, or None when its session must be built to know it
        (the session then also says what is wrong with the decks or options, if anything)."""
        deck_ids = [deck.id for deck in decks]
        if options.cram or not decks or len(set(deck_ids)) != len(deck_ids):
            return None
        if options.new_limit < 0:
            return None
        started_at = as_utc(clock())
        if deadlines(reads, deck_ids, started_at):
            return None  # a briefing ahead orders the queue by recall, not due time
        by_id = {deck.id: deck for deck in decks}
        entry = first_entry(
            by_id,
            reads,
            to_db_time(started_at),
            started_at,
            new_limit=options.new_limit,
            tags=frozenset(options.tags),
            kinds=frozenset(options.kinds),
        )
        if entry is None:
            return None
        card = by_id[entry[0]].card_at(entry[1])
        if card.kind == "choice":
            return None
        return cls(decks, options, started_at, entry, card)

    @property
    def current_options(self) -> tuple[str, ...]:
        return ()  # never a choice card (see find)

    def session(self, store: ReviewStore, scheduler: Scheduler, clock: Clock) -> QuizSession:
        """The session this start begins: its first card the one found, its start time
        this one; the rest of its queue follows with ``complete()``."""
        from trainer.core.session_builder import open_session

        return open_session(
            self.decks,
            store,
            self.options,
            scheduler=scheduler,
            clock=clock,
            quick_start=True,
            first=(self.started_at, self.entry),
        )
