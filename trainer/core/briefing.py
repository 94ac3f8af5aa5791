"""Briefings and readiness: when each deck must be known, and how well it will be by then.

A briefing is a time and the decks it covers, kept in the store. A card's readiness is its
chance of recall *at the briefing* from its FSRS memory (stability and last review, kept in
columns so 100k cards cost one query and no JSON). While a briefing is ahead, sessions over
its decks follow the deadline (see ``deadline_entries`` and ``deadline_due``): the cards least
likely to be recalled at the briefing come first, every new card is brought in, and each
next review falls early enough that the last one before the briefing leaves the card at the
target. Once the briefing is past, scheduling is plain FSRS again.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from trainer.core.clock import as_utc
from trainer.core.deadlines import deadlines as deadlines  # its home; kept here for callers
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.store import ReviewStore, from_db_time, to_db_time
from trainer.core.wording import plural

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduled, Scheduler

DAY_S: Final = 86400.0
# Used for the plan's minutes when the analyst has no timed answers yet.
DEFAULT_ANSWER_S: Final = 20.0
# The analyst's pace is read from this many of their latest timed answers.
PACE_SAMPLE: Final = 200
# The plan counts at most this many reviews per card (a card that never gets there).
PLAN_REVIEWS_MAX: Final = 12


@dataclass(frozen=True, slots=True)
class Briefing:
    """A briefing kept in the store."""

    id: int
    at: datetime
    deck_ids: tuple[str, ...]
    cleared: bool = False


@dataclass(frozen=True, slots=True)
class CardReadiness:
    """One card's chance of recall at the briefing (0 for a card never answered)."""

    deck_id: str
    card_id: str
    recall: float
    answered: bool


@dataclass(frozen=True, slots=True)
class DeckReadiness:
    """A deck's forecast at a briefing: the mean chance of recall and how many reach target."""

    deck_id: str
    at: datetime
    target: float
    cards: tuple[CardReadiness, ...]  # in deck order

    @property
    def mean(self) -> float:
        return sum(card.recall for card in self.cards) / len(self.cards) if self.cards else 0.0

    @property
    def ready(self) -> int:
        return sum(card.recall >= self.target for card in self.cards)

    def at_risk(self, count: int = 10) -> list[CardReadiness]:
        """The cards least likely to be recalled, lowest first."""
        below = [card for card in self.cards if card.recall < self.target]
        return sorted(below, key=lambda card: card.recall)[:count]


# -- briefings -------------------------------------------------------------------------------


def briefings(store: ReviewStore) -> list[Briefing]:
    """Every briefing kept, cleared and past ones too, in time order."""
    return [
        Briefing(
            id=briefing_id,
            at=from_db_time(at),
            deck_ids=decks,
            cleared=cleared is not None,
        )
        for briefing_id, at, cleared, decks in store.briefing_rows()
    ]


def upcoming(store: ReviewStore, now: datetime) -> list[Briefing]:
    """The briefings still ahead and not cleared, earliest first."""
    now = as_utc(now)
    return [item for item in briefings(store) if not item.cleared and item.at > now]


# -- readiness --------------------------------------------------------------------------------


def recall_at(
    scheduler: Scheduler, stability: float | None, last_review: datetime | None, at: datetime
) -> float:
    """A card's chance of recall at ``at`` from its stability and last review (0 if none)."""
    if stability is None or last_review is None:
        return 0.0
    return scheduler.recall_after(stability, (as_utc(at) - last_review).total_seconds() / DAY_S)


def deck_readiness(
    store: ReviewStore,
    deck_id: str,
    card_ids: Sequence[str],
    at: datetime,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> DeckReadiness:
    """The forecast for the cards ``card_ids`` of a deck at ``at``, in their order."""
    at = as_utc(at)
    inputs = store.recall_inputs(deck_id, to_db_time(at))
    return readiness_from_inputs(deck_id, card_ids, inputs, at, scheduler, target)


def readiness_from_inputs(
    deck_id: str,
    card_ids: Sequence[str],
    inputs: Iterable[tuple[str, float | None, float | None]],
    at: datetime,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> DeckReadiness:
    """The forecast of ``deck_readiness`` from (card id, stability, days since its last
    review at ``at``) rows, wherever they were read (one analyst's store, or a team's
    members on the server: trainer.core.team)."""
    at = as_utc(at)
    states = {card_id: (stability, elapsed) for card_id, stability, elapsed in inputs}
    decay, factor = scheduler.curve
    cards = []
    for card_id in card_ids:
        stability, elapsed = states.get(card_id, (None, None))
        if stability is None or elapsed is None or stability <= 0:
            cards.append(CardReadiness(deck_id, card_id, 0.0, elapsed is not None))
            continue
        recall = (1 + factor * max(0.0, elapsed) / stability) ** decay
        cards.append(CardReadiness(deck_id, card_id, recall, True))
    return DeckReadiness(deck_id=deck_id, at=at, target=target, cards=tuple(cards))


# -- deadline scheduling ---------------------------------------------------------------------


def deadline_due(
    scheduled: Scheduled,
    reviewed_at: datetime,
    briefing_at: datetime,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> datetime:
    """When a card just reviewed is next due, with a briefing at ``briefing_at``.

    FSRS's own due time when that comes before the briefing (FSRS keeps the card's memory
    growing, and a review at that due is not the last before the briefing). When FSRS would
    next ask it after the briefing and its recall there would be below ``target``, the card
    comes back when its recall falls to the target: before the briefing, as late as a right
    answer can still be expected, so that last review leaves the card at the target whenever
    the time allows. Reviews are not brought forward beyond that: what counts is recall at
    the briefing, not at every moment before it.
    """
    reviewed_at, briefing_at = as_utc(reviewed_at), as_utc(briefing_at)
    if briefing_at <= reviewed_at or scheduled.stability is None or scheduled.due < briefing_at:
        return scheduled.due
    left = (briefing_at - reviewed_at).total_seconds() / DAY_S
    if scheduler.recall_after(scheduled.stability, left) >= target:
        return scheduled.due
    falls_to_target = reviewed_at + timedelta(
        days=scheduler.days_until_recall(scheduled.stability, target)
    )
    return min(scheduled.due, falls_to_target)


def deadline_entries(
    store: ReviewStore,
    deck_id: str,
    ids: Sequence[str],
    positions: Sequence[int],
    briefing_at: datetime,
    now: datetime,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> list[tuple[float, int]]:
    """The cards of one deck a session asks before its briefing: (recall at it, position).

    Every card due by the deadline rule (due, or below the target at the briefing and past
    the moment its recall fell to the target), and every new card, whatever the daily
    new-card limit: a card never seen would count 0 at the briefing.
    """
    now_text = to_db_time(now)
    states = {
        card_id: (stability, last) for card_id, stability, last in store.recall_states(deck_id)
    }
    due_times = store.due_times(deck_id)
    entries = []
    for position in positions:
        card_id = ids[position]
        stability, last = states.get(card_id, (None, None))
        due = due_times.get(card_id)
        if due is None:
            entries.append((0.0, position))
            continue
        last_at = from_db_time(last) if last else None
        recall = recall_at(scheduler, stability, last_at, briefing_at)
        is_due = due <= now_text
        # A card FSRS would ask only after the briefing comes back once recall falls to the
        # target (see ``deadline_due``), even if it was scheduled before the briefing was set.
        if (
            not is_due
            and recall < target
            and stability
            and last_at is not None
            and due >= to_db_time(briefing_at)
        ):
            falls = last_at + timedelta(days=scheduler.days_until_recall(stability, target))
            is_due = falls <= as_utc(now)
        if is_due:
            entries.append((recall, position))
    return entries


# -- the plan -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """What it takes to bring every card of a briefing's decks to the target by then."""

    at: datetime
    target: float
    reviews: int  # reviews from now to the briefing, if each is answered right
    days: int  # days left, counted up (at least 1)
    answer_s: float  # the analyst's usual time per answer

    @property
    def per_day(self) -> int:
        return -(-self.reviews // self.days)

    @property
    def minutes_per_day(self) -> int:
        return max(1, round(self.per_day * self.answer_s / 60)) if self.reviews else 0


def plan(
    store: ReviewStore,
    decks: Mapping[str, Sequence[str]],
    briefing_at: datetime,
    now: datetime,
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
) -> Plan:
    """Reviews needed before ``briefing_at`` for every card of ``decks`` (deck id -> card
    ids) to reach ``target``, each answered right, on the deadline schedule.

    Cards in nearly the same state need the same reviews, so each state is played out once,
    from the memory of the first card in it: every new card is one state; a reviewed card's
    is its stability (within 5%), its last review (within 3 hours) and due time (the hour). That
    keeps a 100,000-card deck to a few thousand states, and its JSON memory unread but for
    one card of each.
    """
    now, briefing_at = as_utc(now), as_utc(briefing_at)
    worked: dict[tuple[object, ...], int] = {}
    total = 0
    ahead = (briefing_at - now).total_seconds() / DAY_S
    for deck_id, card_ids in decks.items():
        # Days since each card's last review, now (worked out by SQLite).
        rows = {
            card_id: (stability, elapsed)
            for card_id, stability, elapsed in store.recall_inputs(deck_id, to_db_time(now))
        }
        due_times = store.due_times(deck_id)
        for card_id in card_ids:
            stability, elapsed = rows.get(card_id, (None, None))
            if (
                elapsed is not None
                and stability
                and scheduler.recall_after(stability, elapsed + ahead) >= target
            ):
                continue
            due = due_times.get(card_id)
            key = _state_key(stability, elapsed, due)
            if key not in worked:
                memory = store.memory(deck_id, card_id) if due is not None else None
                last_at = None if elapsed is None else now - timedelta(days=elapsed)
                worked[key] = _reviews_needed(
                    memory, due, last_at, stability, briefing_at, now, scheduler, target
                )
            total += worked[key]
    days = max(1, -(-int((briefing_at - now).total_seconds()) // int(DAY_S)))
    return Plan(
        at=briefing_at, target=target, reviews=total, days=days, answer_s=answer_pace(store)
    )


def _state_key(
    stability: float | None, elapsed: float | None, due: str | None
) -> tuple[object, ...]:
    """Cards with the same key are played out once by the plan (see ``plan``): stability
    within 5%, last review within 3 hours, due in the same hour (its stored text to the hour).
    """
    if due is None:
        return ("new",)
    spread = None if not stability else round(math.log(stability) / math.log(1.05))
    return (spread, None if elapsed is None else round(elapsed * 8), due[:13])


def _reviews_needed(
    memory: str | None,
    due: str | None,
    last_at: datetime | None,
    stability: float | None,
    briefing_at: datetime,
    now: datetime,
    scheduler: Scheduler,
    target: float,
) -> int:
    """Reviews (each rated good) one card takes to reach ``target`` at the briefing."""
    when = now
    if due is not None and stability and last_at is not None:
        when = max(now, from_db_time(due))
        if when >= briefing_at:
            when = max(
                now, last_at + timedelta(days=scheduler.days_until_recall(stability, target))
            )
    count = 0
    while count < PLAN_REVIEWS_MAX and when < briefing_at:
        scheduled = scheduler.review(memory, "good", when)
        count += 1
        left = (briefing_at - when).total_seconds() / DAY_S
        if scheduler.recall_after(scheduled.stability, left) >= target:
            break
        memory = scheduled.memory
        when = deadline_due(scheduled, when, briefing_at, scheduler, target)
    return count


def answer_pace(store: ReviewStore) -> float:
    """The analyst's median seconds per answer over their latest timed answers."""
    times = sorted(store.recent_answer_times(PACE_SAMPLE))
    if not times:
        return DEFAULT_ANSWER_S
    return float(times[len(times) // 2])


def plan_sentence(result: Plan, when: str) -> str:
    """'12 reviews a day until Fri 09:00 bring every card to 90%; at your pace that is
    ~9 min a day' (``when``: the briefing time as shown)."""
    goal = f"{result.target:.0%}"
    if result.reviews == 0:
        return f"Every card is at {goal} or more for {when}; nothing more is needed."
    if result.days == 1:
        reviews = plural(result.reviews, "review")
        verb = "brings" if result.reviews == 1 else "bring"
        return (
            f"{reviews} before {when} {verb} every card to {goal}; at your pace that is "
            f"~{result.minutes_per_day} min"
        )
    verb = "brings" if result.per_day == 1 else "bring"
    return (
        f"{plural(result.per_day, 'review')} a day until {when} {verb} every card to "
        f"{goal}; at your pace that is ~{result.minutes_per_day} min a day"
    )
