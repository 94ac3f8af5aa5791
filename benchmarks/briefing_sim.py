"""Does the deadline scheduler get analysts readier for a briefing than today's sessions or cram?

Simulated analysts whose memory follows FSRS-6, with parameters drawn around the defaults,
answer a 100-card deck through the real trainer (QuizSession, Store, Scheduler, grading) on
a real SQLite file; only the analyst is simulated. For briefings 1, 3 and 7 days ahead,
three policies get the same per-day review budget (two sittings a day, at 09:00 and 19:00;
each sitting may use its half of the day's budget and whatever earlier sittings left):

- today:    the sessions the trainer had before briefings (FSRS at 0.90, 20 new cards a day,
            a missed card is not asked again in the session);
- cram:     nothing until the last day, then drill every card (cram mode) round after round,
            each sitting going on where the last stopped;
- deadline: the briefing is set: deadline sessions every day; on the last day, budget
            left over drills the cards least likely to be recalled at the briefing.

A fourth figure, cram_evening, crams the night before only with the whole last day's budget
(so its sittings differ from the others'): a harder reference, reported beside the three.

Each policy reports the expected share of the deck recalled at the briefing (the mean of the
analyst's true chance of recall at that moment, over analysts) and the reviews it used.

It also times the readiness forecast and the plan on a deck of 100,000 reviewed cards.

Usage: python benchmarks/briefing_sim.py [--quick] [--analysts N] [--budget N] [--seed N]
                                         [--scale-cards N]
Prints: {"scenarios": [{"days": 1, "policies": {"today": {"recalled": .., "reviews": ..},
"cram": {..}, "deadline": {..}}}, ...], "budget_per_day": .., "analysts": ..}
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypedDict

import fsrs

from trainer.core import briefing
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck, load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store, to_db_time

CARDS = 100
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SITTINGS_H = (0, 10)  # hours after 09:00: a morning and an evening sitting
DAYS = (1, 3, 7)
WRONG = "no idea"
# How much the analysts' true FSRS parameters stray from the defaults (log-normal sigma).
PARAMETER_SPREAD = 0.25


@dataclass
class Analyst:
    """One simulated person: true memory parameters, a chance of knowing a fact unseen, noise."""

    scheduler: fsrs.Scheduler
    knows_unseen: float
    slip: float  # chance a remembered fact is still answered wrong (a typo, a blank)
    rng: random.Random

    @classmethod
    def draw(cls, rng: random.Random) -> Analyst:
        params = list(fsrs.scheduler.DEFAULT_PARAMETERS)
        for index in (0, 1, 2, 3, 8, 9, 10, 11):  # initial stabilities and recall growth
            params[index] *= rng.lognormvariate(0, PARAMETER_SPREAD)
        params[20] = min(0.8, max(0.1, params[20] * rng.lognormvariate(0, PARAMETER_SPREAD)))
        scheduler = fsrs.Scheduler(
            parameters=params, enable_fuzzing=False, learning_steps=(), relearning_steps=()
        )
        return cls(
            scheduler, knows_unseen=rng.uniform(0.1, 0.4), slip=rng.uniform(0.02, 0.06), rng=rng
        )

    def recall(self, card: fsrs.Card | None, at: datetime) -> float:
        """The analyst's true chance of recalling a card at ``at`` (fractional days)."""
        if card is None or card.stability is None or card.last_review is None:
            return 0.0
        decay = -self.scheduler.parameters[20]
        factor = 0.9 ** (1 / decay) - 1
        days = max(0.0, (at - card.last_review).total_seconds() / 86400)
        # float ** float is typed Any (a negative base gives a complex); this base is >= 1.
        chance: float = (1 + factor * days / card.stability) ** decay
        return chance


class PolicyOutcome(TypedDict):
    """A policy's average over the analysts: share recalled at the briefing, reviews used."""

    recalled: float
    reviews: int


class Scenario(TypedDict):
    """Days to the briefing and each policy's outcome."""

    days: int
    policies: dict[str, PolicyOutcome]


class Run:
    """One analyst under one policy: the true memory of each card, and reviews used."""

    def __init__(self, analyst: Analyst, deck: Deck, store: Store, clock: ManualClock) -> None:
        self.analyst, self.deck, self.store, self.clock = analyst, deck, store, clock
        self.memory: dict[str, fsrs.Card] = {}
        self.reviews = 0

    def answer(self, session: QuizSession) -> None:
        card = session.current
        assert card is not None
        truth = self.memory.get(card.id)
        chance = self.analyst.recall(truth, self.clock()) if truth else self.analyst.knows_unseen
        knows = self.analyst.rng.random() < chance * (1 - self.analyst.slip)
        # A quick right answer is rated easy by the trainer, a slow one good.
        elapsed = self.analyst.rng.choice((5.0, 12.0, 12.0, 20.0))
        outcome = session.submit(card.answer_text if knows else WRONG, elapsed_s=elapsed)
        rating = {
            "again": fsrs.Rating.Again,
            "hard": fsrs.Rating.Hard,
            "good": fsrs.Rating.Good,
            "easy": fsrs.Rating.Easy,
        }[outcome.rating]
        state = truth or fsrs.Card(card_id=0, due=self.clock())
        self.memory[card.id], _ = self.analyst.scheduler.review_card(state, rating, self.clock())
        self.reviews += 1
        self.clock.advance(seconds=elapsed + 3)

    def sitting(
        self,
        budget: int,
        *,
        cram: bool = False,
        relearn: bool = True,
        new_limit: int = 20,
        session: QuizSession | None = None,
    ) -> int:
        """One session (cram: one round over the deck), or the rest of ``session``; reviews
        it used, within ``budget``."""
        if session is None:
            session = self.session(cram=cram, new_limit=new_limit)
        used = 0
        while not session.finished and used < budget:
            if session.asked_again and not relearn:
                session.skip()  # the trainer before this issue never asked a card twice
                continue
            self.answer(session)
            used += 1
        return used

    def session(self, *, cram: bool = False, new_limit: int = 20) -> QuizSession:
        return QuizSession(
            [self.deck],
            self.store,
            Scheduler(fuzz=False),
            self.clock,
            new_limit=new_limit,
            cram=cram,
        )

    def recalled_at(self, at: datetime) -> float:
        ids = self.deck.card_index().ids
        return sum(self.analyst.recall(self.memory.get(card_id), at) for card_id in ids) / len(ids)


def write_deck(folder: Path) -> Deck:
    lines = ["id: sim", "title: Simulated briefing deck", "cards:"]
    for index in range(CARDS):
        lines += [
            f"  - id: fact-{index}",
            f"    prompt: What is fact number {index}?",
            f"    answer: answer {index} zeta",
        ]
    path = folder / "sim.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_deck(path)


def simulate(
    policy: str, days: int, analyst: Analyst, folder: Path, budget: int
) -> tuple[float, int]:
    """Expected share recalled at the briefing, and reviews used, for one analyst."""
    deck = write_deck(folder)
    clock = ManualClock(START)
    briefing_at = START + timedelta(days=days)
    with Store.open(folder / "data", clock=clock, backup=False) as store:
        store.connection.execute("PRAGMA synchronous = OFF")  # a simulation, not real answers
        run = Run(analyst, deck, store, clock)
        if policy == "deadline":
            store.add_briefing(briefing_at, [deck.id])
        cramming: QuizSession | None = None
        for day in range(days):
            left = budget
            last_day = day == days - 1
            for sitting, hours in enumerate(SITTINGS_H):
                clock.now = max(clock.now, START + timedelta(days=day, hours=hours))
                # Each sitting has its share of the day's budget, plus what earlier ones left.
                later = budget * (len(SITTINGS_H) - 1 - sitting) // len(SITTINGS_H)
                if policy == "today":
                    left -= run.sitting(left - later, relearn=False)
                elif policy == "deadline":
                    left -= run.sitting(left - later)
                    # The last day's spare reviews drill the weakest cards at the briefing.
                    while last_day and hours == SITTINGS_H[-1] and left > 0:
                        left -= run.sitting(left, cram=True)
                elif policy == "cram" and last_day:
                    # Round after round of the deck, each sitting going on where the last
                    # stopped.
                    while left > later:
                        if cramming is None or cramming.finished:
                            cramming = run.session(cram=True)
                        left -= run.sitting(left - later, session=cramming)
                elif policy == "cram_evening" and last_day and hours == SITTINGS_H[-1]:
                    # The night before only, with the whole day's budget.
                    while left > 0:
                        left -= run.sitting(left, cram=True)
        return run.recalled_at(briefing_at), run.reviews


def time_forecast_at_scale(cards: int) -> dict[str, float]:
    """Seconds to forecast (and plan) a deck of ``cards`` reviewed cards, as the deck list
    does, on a real store filled with real FSRS memories."""
    scheduler = Scheduler(fuzz=False)
    rng = random.Random(7)
    with (
        tempfile.TemporaryDirectory(prefix="briefing-scale-") as folder,
        Store.open(Path(folder), backup=False) as store,
    ):
        rows = []
        for index in range(cards):
            at = START - timedelta(hours=rng.uniform(1, 24 * 60))
            scheduled = scheduler.review(None, rng.choice(("again", "hard", "good")), at)
            rows.append(
                (
                    f"card-{index}",
                    to_db_time(scheduled.due),
                    scheduled.memory,
                    to_db_time(at),
                    to_db_time(at),
                    scheduled.stability,
                )
            )
        with store.connection:
            store.connection.executemany(
                "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
                "last_review_at, stability) VALUES ('big', ?, ?, ?, ?, ?, ?)",
                rows,
            )
        ids = [f"card-{index}" for index in range(cards)]
        at = START + timedelta(days=3)
        began = time.perf_counter()
        briefing.deck_readiness(store, "big", ids, at, scheduler)
        forecast_s = time.perf_counter() - began
        began = time.perf_counter()
        briefing.plan(store, {"big": ids}, at, START, scheduler)
        plan_s = time.perf_counter() - began
    return {"forecast_s": round(forecast_s, 3), "plan_s": round(plan_s, 3), "cards": cards}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few analysts (under a minute)")
    parser.add_argument("--analysts", type=int, default=None)
    parser.add_argument("--budget", type=int, default=150, help="reviews per day")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--scale-cards",
        type=int,
        default=None,
        help="cards in the deck the forecast is timed on (100000; quick 20000)",
    )
    args = parser.parse_args(argv)
    analysts = args.analysts or (3 if args.quick else 16)
    began = time.perf_counter()
    scenarios: list[Scenario] = []
    for days in DAYS:
        policies: dict[str, PolicyOutcome] = {}
        for policy in ("today", "cram", "deadline", "cram_evening"):
            shares, used = [], []
            for number in range(analysts):
                # The same analysts (same parameters and luck) face every policy.
                analyst = Analyst.draw(random.Random(args.seed * 1000 + number))
                with tempfile.TemporaryDirectory(prefix="briefing-sim-") as folder:
                    share, reviews = simulate(policy, days, analyst, Path(folder), args.budget)
                shares.append(share)
                used.append(reviews)
            policies[policy] = {
                "recalled": round(sum(shares) / len(shares), 3),
                "reviews": round(sum(used) / len(used)),
            }
        scenarios.append({"days": days, "policies": policies})
    goal = all(
        s["policies"]["deadline"]["recalled"] >= s["policies"]["today"]["recalled"] + 0.05
        and s["policies"]["deadline"]["recalled"] >= s["policies"]["cram"]["recalled"]
        for s in scenarios
    )
    scale = time_forecast_at_scale(args.scale_cards or (20_000 if args.quick else 100_000))
    json.dump(
        {
            "scenarios": scenarios,
            "budget_per_day": args.budget,
            "analysts": analysts,
            "goal_met": goal,
            "seconds": round(time.perf_counter() - began, 1),
            "readiness_at_scale": scale,
        },
        sys.stdout,
    )
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
