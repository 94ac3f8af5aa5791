"""A team's readiness for its next briefing: each member's, and the cards the team is weakest on.

Plain data in, plain data out (no SQL: the rows come from trainer.core.server.team_queries).
Each member's forecast is ``briefing.readiness_from_inputs``, the rule `trainer readiness`
uses for one analyst, applied to that member's card schedules; the team's weakest cards are
those with the lowest mean chance of recall at the briefing over every member (a member who
never answered a card counts 0 for it, as in their own forecast).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from trainer.core.briefing import Briefing, DeckReadiness, readiness_from_inputs
from trainer.core.clock import as_utc
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.store import from_db_time

if TYPE_CHECKING:
    from trainer.core.scheduler import Scheduler
    from trainer.core.store.records import BriefingRow

# How many of the team's weakest cards the view names.
WEAKEST_SHOWN: Final = 10


@dataclass(frozen=True, slots=True)
class Member:
    """One analyst on the team's roster."""

    name: str
    lead: bool = False


@dataclass(frozen=True, slots=True)
class DeckCards:
    """A briefing deck as the lead's own deck folders hold it: its cards, in order."""

    deck_id: str
    title: str
    card_ids: tuple[str, ...]
    questions: Mapping[str, str]  # card id -> its question (prompt)


@dataclass(frozen=True, slots=True)
class MemberReadiness:
    """One member's forecast at the briefing, per deck and over all its cards."""

    member: Member
    decks: tuple[DeckReadiness, ...]

    @property
    def cards(self) -> int:
        return sum(len(deck.cards) for deck in self.decks)

    @property
    def mean(self) -> float:
        total = sum(card.recall for deck in self.decks for card in deck.cards)
        return total / self.cards if self.cards else 0.0

    @property
    def ready(self) -> int:
        return sum(deck.ready for deck in self.decks)

    @property
    def seen(self) -> int:
        return sum(card.answered for deck in self.decks for card in deck.cards)


@dataclass(frozen=True, slots=True)
class WeakCard:
    """A card the team is weak on: its mean recall over the members at the briefing."""

    deck_id: str
    card_id: str
    question: str
    mean: float
    never_seen: int  # members who have never answered it


@dataclass(frozen=True, slots=True)
class TeamView:
    """What `trainer team` shows: the briefing, each member's forecast, the weakest cards."""

    team: str
    briefing: Briefing
    target: float
    members: tuple[MemberReadiness, ...]
    weakest: tuple[WeakCard, ...]
    missing_decks: tuple[str, ...] = ()  # briefing decks not in the lead's deck folders


def next_briefing(rows: Iterable[BriefingRow], now: datetime) -> Briefing | None:
    """The team's earliest briefing still ahead and not cleared."""
    now = as_utc(now)
    ahead = [
        Briefing(id=row.id, at=from_db_time(row.at), deck_ids=row.deck_ids)
        for row in rows
        if row.cleared_at is None and from_db_time(row.at) > now
    ]
    return min(ahead, key=lambda item: item.at, default=None)


def team_view(
    team: str,
    briefing: Briefing,
    members: Sequence[Member],
    decks: Sequence[DeckCards],
    inputs: Iterable[tuple[str, str, str, float | None, float | None]],
    scheduler: Scheduler,
    target: float = DEFAULT_TARGET,
    weakest: int = WEAKEST_SHOWN,
    missing_decks: Sequence[str] = (),
) -> TeamView:
    """The team's forecast at ``briefing`` from ``inputs``: (member, deck id, card id,
    stability, days from the card's last review to the briefing) per scheduled card."""
    by_member: dict[tuple[str, str], list[tuple[str, float | None, float | None]]]
    by_member = defaultdict(list)
    for analyst, deck_id, card_id, stability, elapsed in inputs:
        by_member[(analyst, deck_id)].append((card_id, stability, elapsed))
    forecasts = tuple(
        MemberReadiness(
            member=member,
            decks=tuple(
                readiness_from_inputs(
                    deck.deck_id,
                    deck.card_ids,
                    by_member.get((member.name, deck.deck_id), ()),
                    briefing.at,
                    scheduler,
                    target,
                )
                for deck in decks
            ),
        )
        for member in sorted(members, key=lambda item: (not item.lead, item.name))
    )
    return TeamView(
        team=team,
        briefing=briefing,
        target=target,
        members=forecasts,
        weakest=tuple(weakest_cards(forecasts, decks, weakest)),
        missing_decks=tuple(missing_decks),
    )


def weakest_cards(
    forecasts: Sequence[MemberReadiness], decks: Sequence[DeckCards], count: int
) -> list[WeakCard]:
    """The ``count`` cards with the lowest mean recall over the members, lowest first
    (ties: the one fewest members have seen, then deck order)."""
    if not forecasts:
        return []
    found = []
    for index, deck in enumerate(decks):
        per_card = zip(*(member.decks[index].cards for member in forecasts), strict=True)
        for position, cards in enumerate(per_card):
            mean = sum(card.recall for card in cards) / len(cards)
            unseen = sum(not card.answered for card in cards)
            card_id = cards[0].card_id
            question = deck.questions.get(card_id, card_id)
            weak = WeakCard(deck.deck_id, card_id, question, mean, unseen)
            found.append((mean, -unseen, index, position, weak))
    found.sort(key=lambda item: item[:4])
    return [item[4] for item in found[:count]]


def view_json(view: TeamView) -> dict[str, Any]:
    """The team view as JSON-ready data (`trainer team --format json`)."""
    return {
        "team": view.team,
        "briefing": {
            "at": view.briefing.at.isoformat(),
            "decks": list(view.briefing.deck_ids),
        },
        "target": view.target,
        "missing_decks": list(view.missing_decks),
        "members": [
            {
                "analyst": forecast.member.name,
                "lead": forecast.member.lead,
                "mean": round(forecast.mean, 4),
                "ready": forecast.ready,
                "seen": forecast.seen,
                "cards": forecast.cards,
                "decks": [
                    {
                        "deck": deck.deck_id,
                        "mean": round(deck.mean, 4),
                        "ready": deck.ready,
                        "cards": len(deck.cards),
                    }
                    for deck in forecast.decks
                ],
            }
            for forecast in view.members
        ],
        "weakest": [
            {
                "deck": card.deck_id,
                "card": card.card_id,
                "question": card.question,
                "mean": round(card.mean, 4),
                "never_seen": card.never_seen,
            }
            for card in view.weakest
        ],
    }
