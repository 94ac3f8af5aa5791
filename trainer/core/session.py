"""A quiz session: the queue of cards to ask, grading and scheduling each answer, and a summary.

Order: cards already due, most overdue first; then new cards in deck order, up to each
deck's daily new-card limit. A deck with a briefing ahead follows the deadline instead
(``trainer.core.briefing``): lowest recall at the briefing first, every new card. A card
answered wrong or close comes back later in the session (``trainer.core.relearn``); each
attempt is a review, the session's score is the first try's. Cram mode asks every card
(after filters) and leaves the due times alone, though its answers move each card's memory.
Every answer is saved before ``submit`` returns, so nothing is lost if the program dies on
the next line. Answering, a skip, undo and the summary live in ``session_answers``, loaded
with the first answer, skip or end, so the first question waits for none of them, nor for
the grader and the outcome types (docs/performance.md).
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Final

from trainer.core.clock import Clock, as_utc, utc_now
from trainer.core.deadlines import deadlines
from trainer.core.deck import Card, Deck
from trainer.core.errors import TrainerError
from trainer.core.examples import only_examples
from trainer.core.gc_pause import gc_paused
from trainer.core.relearn import RelearnQueue
from trainer.core.scheduler import Scheduler
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.store import SessionRef, to_db_time

if TYPE_CHECKING:
    from datetime import datetime

    from trainer.core.confidence import Confidence
    from trainer.core.outcome import Outcome, SessionSummary
    from trainer.core.session_answers import Answered
    from trainer.core.store import ReviewStore

__all__ = ["Clock", "QuizSession", "utc_now"]

# A hinted answer counts at most as close; its score is held below a clean recall's.
HINTED_SCORE_CAP: Final = 0.75
OVERRIDE_DETAIL: Final = "counted as correct: you said you were right"


class QuizSession:
    """Asks a queue of cards from one or more decks and records every answer."""

    def __init__(
        self,
        decks: Sequence[Deck],
        store: ReviewStore,
        scheduler: Scheduler,
        clock: Clock = utc_now,
        *,
        new_limit: int = 20,
        tags: Collection[str] = (),
        kinds: Collection[str] = (),
        cram: bool = False,
        target: float = DEFAULT_TARGET,
        quick_start: bool = False,
        first: tuple[datetime, tuple[str, int]] | None = None,
    ) -> None:
        """``quick_start``: find only the first card now, when that can be done without
        building the queue (``trainer.core.first_question``); the rest of the queue and its
        counts follow with ``complete()``, which anything that needs them calls first.
        ``first``: the start time and first entry already found (and shown) by
        ``trainer.core.quiz_start``, taken as they are, as ``quick_start`` would have found
        them at that time."""
        if not decks:
            raise TrainerError("a quiz needs at least one deck")
        deck_ids = tuple(deck.id for deck in decks)
        repeated = sorted({deck_id for deck_id in deck_ids if deck_ids.count(deck_id) > 1})
        if repeated:
            raise TrainerError(f"the deck id '{repeated[0]}' is given twice; deck ids must differ")
        if new_limit < 0:
            raise TrainerError(f"the new-card limit must be 0 or more, not {new_limit}")
        self._decks = {deck.id: deck for deck in decks}
        self._store = store
        self._scheduler = scheduler
        self._clock = clock
        self.cram = cram
        self.started_at = as_utc(clock()) if first is None else first[0]
        self._session = SessionRef(self.started_at, deck_ids, cram)
        # Each deck's briefing still ahead, if any: its cards follow the deadline.
        self.target = target
        self.deadlines = deadlines(store, deck_ids, self.started_at)
        self._relearn = RelearnQueue()
        # Queue indexes holding a card asked again after a miss (not a first try).
        self._again: set[int] = set()
        # Cards never answered of decks with a briefing ahead: recall 0 there, so a missed
        # card (recall above 0 after its miss) waits until these have been asked.
        self._unseen: set[tuple[str, int]] = set()
        # The scheduler's memory of the cards answered in this session; the memory of any
        # other card is read from the store when it is answered.
        self._memory: dict[tuple[str, str], str] = {}
        # deck id -> ids of the cards the filters let through, in file order.
        self._considered: dict[str, Sequence[str]] = {}
        self._due_count = 0  # cards in the queue because they are due
        self._new_count = 0  # cards in the queue seen for the first time
        # What the rest of the queue is built from while only its first card is known.
        self._rest: tuple[int, frozenset[str], frozenset[str]] | None = None
        if first is not None:
            entry: tuple[str, int] | None = first[1]
        elif quick_start:
            entry = self._first_entry(new_limit, frozenset(tags), frozenset(kinds))
        else:
            entry = None
        # (deck id, position in the deck): cards are built as they are asked, so a deck
        # from the cache never builds the thousands of cards a session does not reach.
        if entry is not None:
            self._queue = [entry]
            self._rest = (new_limit, frozenset(tags), frozenset(kinds))
        else:
            with gc_paused():  # thousands of live tuples: a collection frees nothing
                self._queue = self._build_queue(new_limit, frozenset(tags), frozenset(kinds))
        self._index = 0
        self._hinted = False
        self._skipped = 0
        self._skipped_at: list[int] = []  # queue positions of the skipped cards
        self._outcomes: dict[int, Outcome] = {}
        self._last: Outcome | None = None
        self._last_answered: Answered | None = None
        self._skipped_last = False  # a skip since the last answer: "I was right" is off
        self._answered: list[Answered] = []  # every answer of the session, for undo
        # Choice options are shuffled per review (trainer.core.choice_options); tests seed it.
        self.option_rng = random.Random()
        self._option_orders: dict[int, tuple[str, ...]] = {}
        self._ended_at: datetime | None = None if self._queue else self.started_at
        self._ended = False  # end() was called: a second call skips nothing more
        self._left_open = False  # end() counted the card on screen as skipped

    # -- the queue -----------------------------------------------------------------------

    def _first_entry(
        self, new_limit: int, tags: frozenset[str], kinds: frozenset[str]
    ) -> tuple[str, int] | None:
        """The queue's first entry, found cheaply; None to build the queue whole now."""
        if self.cram or self.deadlines:  # not the due order: built whole
            return None
        from trainer.core.first_question import first_entry

        return first_entry(
            self._decks,
            self._store,
            to_db_time(self.started_at),
            self.started_at,
            new_limit=new_limit,
            tags=tags,
            kinds=kinds,
        )

    @property
    def counted(self) -> bool:
        """Whether the whole queue and its counts are known (``quick_start`` leaves them
        until ``complete()``)."""
        return self._rest is None

    def complete(self) -> None:
        """Build the rest of the queue and its counts, if ``quick_start`` left them out.

        The card already asked stays first. The full order puts it first too, unless it
        changed in the moment between (another trainer answered it): then it is kept first
        anyway, and counted, since it is on screen.
        """
        if self._rest is None:
            return
        new_limit, tags, kinds = self._rest
        first = self._queue[0]
        with gc_paused():
            # A store that fails here (TrainerError) leaves the rest to the next call.
            queue = self._build_queue(new_limit, tags, kinds)
        self._rest = None
        if queue[:1] != [first]:
            if first in queue:
                queue.remove(first)
            elif self._store.card_state(first[0], self._decks[first[0]].card_index().ids[first[1]]):
                self._due_count += 1
            else:
                self._new_count += 1
            queue.insert(0, first)
        self._queue = queue

    @property
    def due_count(self) -> int:
        """Cards in the queue because they are due."""
        self.complete()
        return self._due_count

    @property
    def new_count(self) -> int:
        """Cards in the queue seen for the first time."""
        self.complete()
        return self._new_count

    def _build_queue(
        self, new_limit: int, tags: frozenset[str], kinds: frozenset[str]
    ) -> list[tuple[str, int]]:
        # Read when the whole queue is built: after the first question is on screen, when
        # quick_start found that card, so its module is not compiled before it on a first run.
        from trainer.core.session_queue import build_queue

        built = build_queue(
            self._decks,
            self._store,
            self._scheduler,
            started_at=self.started_at,
            deadlines=self.deadlines,
            target=self.target,
            cram=self.cram,
            new_limit=new_limit,
            tags=tags,
            kinds=kinds,
        )
        self._considered.update(built.considered)
        self._due_count, self._new_count = built.due_count, built.new_count
        self._unseen.update(built.unseen)
        return built.entries

    @property
    def current(self) -> Card | None:
        """The card being asked; None when the session is finished."""
        if self._index >= len(self._queue):
            return None
        deck_id, position = self._queue[self._index]
        return self._decks[deck_id].card_at(position)

    @property
    def current_deck_id(self) -> str | None:
        """The deck of the card being asked."""
        return self._queue[self._index][0] if self._index < len(self._queue) else None

    @property
    def current_deck(self) -> Deck | None:
        """The deck of the card being asked."""
        deck_id = self.current_deck_id
        return None if deck_id is None else self._decks[deck_id]

    @property
    def position(self) -> int:
        """The 1-based number of the current card ("7 / 20")."""
        return min(self._index + 1, len(self._queue))

    @property
    def total(self) -> int:
        """How many cards this session asks."""
        self.complete()
        return len(self._queue)

    @property
    def finished(self) -> bool:
        """True once every card has been answered or skipped."""
        # While only the first card is known, it is the current one: not finished.
        return self._index >= len(self._queue)

    @property
    def last(self) -> Outcome | None:
        """The outcome of the last submit or override."""
        return self._last

    @property
    def can_override(self) -> bool:
        """Whether the last answer may still be counted as correct ("I was right").

        The one rule every front end asks: an answer that is not already correct, given in
        this session, not yet overridden, and not followed by a skip (it would correct a
        card no longer in view).
        """
        last = self._last
        return (
            last is not None
            and self._last_answered is not None
            and not self._skipped_last
            and not last.overridden
            and last.grade.verdict != "correct"
        )

    @property
    def hinted(self) -> bool:
        """Whether the current card's hint has been shown."""
        return self._hinted

    @property
    def current_options(self) -> tuple[str, ...]:
        """The current choice card's options in the order this review shows them."""
        card = self.current
        if card is None or not card.options:
            return ()
        if self._index not in self._option_orders:
            from trainer.core.choice_options import shown_order

            self._option_orders[self._index] = shown_order(card, self.option_rng)
        return self._option_orders[self._index]

    @property
    def only_examples(self) -> bool:
        """Whether the decks hold nothing but a skeleton's example cards (never asked)."""
        return only_examples(deck.card_index() for deck in self._decks.values())

    @property
    def can_undo(self) -> bool:
        """Whether an answer of this session can be taken back."""
        return bool(self._answered)

    @property
    def deck_ids(self) -> tuple[str, ...]:
        """The session's decks, in the order given."""
        return tuple(self._decks)

    # -- answering -----------------------------------------------------------------------

    def hint(self) -> str | None:
        """The current card's hint, if it has one; a hinted answer counts at most as close."""
        card = self.current
        if card is None or not card.hint:
            return None
        self._hinted = True
        return card.hint

    def submit(
        self, response: str, elapsed_s: float | None = None, confidence: Confidence | None = None
    ) -> Outcome:
        """Grade, schedule and save the answer to the current card, then move on.

        The confidence is read from trailing question marks on ``response`` (see
        trainer.core.confidence) unless given; a choice card's label is turned into the
        text of the option it names in this review's order before grading and saving.
        """
        from trainer.core import session_answers

        return session_answers.submit(self, response, elapsed_s, confidence)

    def override(self) -> Outcome:
        """Count the last wrong or close answer as correct ("I was right") and re-record it."""
        from trainer.core import session_answers

        return session_answers.override(self)

    def skip(self) -> Card:
        """Leave the current card unanswered; nothing is recorded. Returns the card skipped."""
        from trainer.core import session_answers

        return session_answers.skip(self)

    def pass_cards_answered_elsewhere(self) -> int:
        """Drop from the queue the cards from here on that another trainer has answered.

        The queue was built when the session started; a second trainer on the same store (a
        line-mode session beside the full-screen one, say) may since have answered some of
        its cards. Asking one again would give it a second review, so before a card is asked
        its schedule is looked up: a review since this session started and a due time still
        ahead mean it is done for now. Such a card is neither asked nor skipped; it leaves
        the queue, so the progress counts only what is left ("7 / 19"). Returns how many
        were dropped. Cram sessions ask every card whatever its schedule, so drop none.
        """
        from trainer.core import session_answers

        return session_answers.pass_answered_elsewhere(self)

    def undo(self) -> Card:
        """Take back the session's last answer; its card is asked again.

        The card's schedule and every tally go back to what they were before the answer (a
        card's first answer undone leaves it new). The review stays in the append-only
        history, marked as taken back (an "I was right" on it too), and history,
        statistics and exports leave it out. Cards skipped after it are asked again.
        """
        from trainer.core import session_answers

        return session_answers.undo(self)

    @property
    def asked_again(self) -> bool:
        """Whether the current card is asked again after a miss earlier in this session."""
        return self._index in self._again

    @property
    def waiting_again(self) -> int:
        """Missed cards still to be asked again in this session."""
        return len(self._relearn)

    def end(self, *, card_open: bool) -> SessionSummary:
        """End the session and return its summary; every answer given is already saved.

        ``card_open``: the front end shows the current card, asked and not yet answered.
        It was asked, so it counts as skipped (nothing is recorded for it), unless it is a
        missed card back for another go, which had its first try. Ending again changes
        nothing more.
        """
        self.complete()
        if card_open and not self._ended and self._index < len(self._queue):
            self._left_open = not self.asked_again
            self.skip()
        self._ended = True
        return self.summary()

    def summary(self) -> SessionSummary:
        """Counts, score and what comes next, for the session so far."""
        from trainer.core import session_answers

        return session_answers.summary(self)
