"""Speed at scale: the trainer on a 10,000-card library and a 1,000,000-review history.

Builds both in a temp folder (see bench_data), measures, and prints one JSON object:

- first_question_ratio: time until the first question is on screen, ``trainer quiz`` in a
  fresh process, over the same for a bare Textual app with a Static and an Input; the two
  are run alternately and the medians compared (see bench_startup). Goal <= 1.25.
- first_question_editable_ratio: the same on the first run after ``pip install -e`` of a
  copy of the project (its build hook compiles the package, hatch_build.py), and
  first_question_uncompiled_ratio from a copy of the source never compiled at all, from as
  many pairs each (bench_large); reported, no goal of their own here (the large world's
  editable one has one).
- deck_load_cold_s, deck_load_warm_s: loading the 10k-card deck through the parsed-deck
  cache with the cache empty, then filled. A deck from the cache builds its cards when they
  are read, so deck_load_warm_all_cards_s is the warm load with every card built (iterating
  deck.cards), for comparison with the time before cards were built on demand.
  yaml_csafe_s is PyYAML's CSafeLoader alone on the same file, and
  yaml_csafe_collector_paused_s the same with the cycle collector paused as the trainer's
  loader pauses it. Goals: warm <= 0.15 s, cold <= 1.2 x yaml_csafe_s.
- grade_median_us, grade_p99_us: one grade() call (see bench_grading). Goals <= 50, <= 1000.
- record_review_p99_ms: saving one review through the store, synchronous=FULL, on this
  disk, into the big database. Goal <= 5.
- history_1m_s: the calls the history screen makes (the score chart's bounded trend, accuracy
  by deck, tag and kind, weakest cards, due forecast), over the 1M-review database.
  Goal <= 0.3.
- rss_mb: peak memory (VmHWM) of the trainer processes that showed the first question and
  then the history screen, the highest of all runs: the first parses the deck with the
  cache empty and writes the day's backup. Goal <= 200.

Each figure is a median over repeats unless named otherwise; ``goals`` says which hold.
With --large, the JSON gains "large" and "large_goals": the same kinds of figures on one
deck of 100,000 cards and 5,000,000 reviews (see bench_large).
Usage: python benchmarks/bench.py [--quick] [--large] [--dir DIR]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from importlib import metadata
from pathlib import Path

import bench_data
import bench_grading
import bench_large
import bench_startup
import grading
import yaml

from trainer.core import history
from trainer.core.deck import Card, Deck
from trainer.core.deck_cache import DeckCache
from trainer.core.gc_pause import gc_paused
from trainer.core.scheduler import RatingName, Scheduler
from trainer.core.score_trend import score_trend
from trainer.core.store import NewReview, SessionRef, Store, to_db_time

# The history screen's due forecast looks this many days ahead.
FORECAST_DAYS = 14


@dataclass(frozen=True, slots=True)
class Settings:
    """How big the world is and how many times each figure is taken."""

    cards: int
    reviews: int
    startup_pairs: int
    deck_repeat: int
    saves: int
    history_repeat: int
    graded_cards: int


QUICK = Settings(
    cards=10_000,
    reviews=1_000_000,
    startup_pairs=9,
    deck_repeat=3,
    saves=500,
    history_repeat=5,
    graded_cards=1_000,
)
FULL = Settings(
    cards=10_000,
    reviews=1_000_000,
    startup_pairs=15,
    deck_repeat=5,
    saves=2_000,
    history_repeat=10,
    graded_cards=10_000,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="fewer repeats; finishes in under 3 minutes on 2 cores"
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="where to build the temp library and data (default: system temp)",
    )
    parser.add_argument(
        "--large",
        action="store_true",
        help="also the large world: one 100,000-card deck, 5,000,000 reviews "
        "(see bench_large; adds several minutes)",
    )
    parser.add_argument("--large-cards", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--large-reviews", type=int, default=None, help=argparse.SUPPRESS)
    # Smaller worlds and fewer repeats, for the test that keeps this script's output in shape.
    for flag in ("--cards", "--reviews", "--pairs", "--saves"):
        parser.add_argument(flag, type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    settings = Settings(
        cards=args.cards or settings.cards,
        reviews=args.reviews or settings.reviews,
        startup_pairs=args.pairs or settings.startup_pairs,
        deck_repeat=settings.deck_repeat,
        saves=args.saves or settings.saves,
        history_repeat=settings.history_repeat,
        graded_cards=settings.graded_cards,
    )
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="trainer-bench-") as folder:
        result = run(Path(folder) / "standard", settings, quick=args.quick)
        if args.large:
            large = bench_large.run(
                Path(folder) / "large",
                quick=args.quick,
                pairs=settings.startup_pairs,
                cards=args.large_cards or bench_large.CARDS,
                reviews=args.large_reviews or bench_large.REVIEWS,
            )
            result["large"] = large
            result["large_goals"] = bench_large.goals(large)
    print(json.dumps(result, indent=2))
    return 0


def run(root: Path, settings: Settings, *, quick: bool) -> dict[str, object]:
    """Build the world under ``root``, take every figure, and say which goals hold."""
    began = time.perf_counter()
    progress(f"building {settings.cards} cards and {settings.reviews} reviews")
    world = bench_data.build(root, settings.cards, settings.reviews)
    build_s = time.perf_counter() - began

    # First, while this process holds little: every collection pass walks all live objects.
    progress("deck loads")
    gc.collect()
    loads = measure_deck_load(world.deck_path, root / "deck-caches", settings.deck_repeat)
    deck = DeckCache(root / "scratch-cache").load(world.deck_path)
    progress("grading")
    graded = bench_grading.measure(grading_cases(deck, settings.graded_cards))
    progress("history")
    history_s = measure_history(world.data_dir, settings.history_repeat)
    progress("saving reviews")
    record_p50, record_p99 = measure_record(world.data_dir, deck, settings.saves)
    progress("first question, alternating with a bare Textual app")
    startup = bench_startup.measure(
        world.data_dir,
        world.decks_dir,
        bench_data.DECK_ID,
        settings.startup_pairs,
        root / "bytecode",
    )
    progress("first question after pip install -e (its first run)")
    editable_ratio = bench_large.editable_ratio(world, root / "editable", settings.startup_pairs)
    progress("first question from source never compiled")
    uncompiled_ratio = bench_large.uncompiled_ratio(
        world, root / "uncompiled", settings.startup_pairs
    )
    figures: dict[str, float] = {
        "first_question_ratio": round(startup.ratio, 3),
        "first_question_editable_ratio": round(editable_ratio, 3),
        "first_question_uncompiled_ratio": round(uncompiled_ratio, 3),
        "first_question_s": round(startup.trainer_s, 3),
        "first_question_baseline_s": round(startup.baseline_s, 3),
        "deck_load_cold_s": round(loads.cold_s, 3),
        "deck_load_warm_s": round(loads.warm_s, 3),
        "deck_load_warm_all_cards_s": round(loads.warm_all_cards_s, 3),
        "yaml_csafe_s": round(loads.yaml_s, 3),
        "yaml_csafe_collector_paused_s": round(loads.yaml_paused_s, 3),
        "grade_median_us": round(graded.median_us, 1),
        "grade_p99_us": round(graded.p99_us, 1),
        "record_review_median_ms": round(record_p50, 3),
        "record_review_p99_ms": round(record_p99, 3),
        "history_1m_s": round(history_s, 4),
        "rss_mb": round(startup.peak_rss_mb, 1),
    }
    return {
        **figures,
        "goals": goals(figures),
        "cards": settings.cards,
        "reviews": settings.reviews,
        "grade_calls": graded.calls,
        "record_review_saves": settings.saves,
        "first_question_runs": startup.runs,
        "quick": quick,
        "build_s": round(build_s, 1),
        "total_s": round(time.perf_counter() - began, 1),
        "machine": machine(),
    }


def goals(figures: dict[str, float]) -> dict[str, bool]:
    """Each goal of the speed brief, and whether this run met it."""
    return {
        "first_question_ratio": figures["first_question_ratio"] <= 1.25,
        "deck_load_warm_s": figures["deck_load_warm_s"] <= 0.15,
        "deck_load_cold_s": figures["deck_load_cold_s"] <= 1.2 * figures["yaml_csafe_s"],
        "grade_median_us": figures["grade_median_us"] <= 50,
        "grade_p99_us": figures["grade_p99_us"] <= 1000,
        "record_review_p99_ms": figures["record_review_p99_ms"] <= 5,
        "history_1m_s": figures["history_1m_s"] <= 0.3,
        "rss_mb": figures["rss_mb"] <= 200,
    }


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` takes; what it returns is freed only after the clock stops."""
    began = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - began
    del result
    return elapsed


@dataclass(frozen=True, slots=True)
class DeckLoads:
    """Median seconds of each way of loading the big deck."""

    yaml_s: float
    yaml_paused_s: float
    cold_s: float
    warm_s: float
    warm_all_cards_s: float


def measure_deck_load(deck_path: Path, folder: Path, repeat: int) -> DeckLoads:
    """CSafeLoader alone (plain and collector-paused), then the trainer's load, cold and warm."""
    csafe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def yaml_alone() -> object:
        with deck_path.open("rb") as handle:
            return yaml.load(handle, Loader=csafe)

    def yaml_paused() -> object:
        with gc_paused():
            return yaml_alone()

    def all_cards(cache: DeckCache) -> list[Card]:
        return list(cache.load(deck_path).cards)

    times: dict[str, list[float]] = {
        "yaml": [],
        "paused": [],
        "cold": [],
        "warm": [],
        "all_cards": [],
    }
    for index in range(repeat):
        cache = DeckCache(folder / f"cache-{index}")
        times["yaml"].append(timed(yaml_alone))
        times["paused"].append(timed(yaml_paused))
        load = partial(cache.load, deck_path)
        times["cold"].append(timed(load))
        times["warm"].append(timed(load))
        times["all_cards"].append(timed(partial(all_cards, cache)))
    medians = {name: statistics.median(values) for name, values in times.items()}
    return DeckLoads(
        medians["yaml"], medians["paused"], medians["cold"], medians["warm"], medians["all_cards"]
    )


def grading_cases(deck: Deck, count: int) -> list[tuple[Card, str]]:
    """The grading benchmark's labelled responses, and four each for ``count`` big-deck cards."""
    labelled = [(card, response) for card, response, _verdict in grading.load_cases()]
    return labelled + list(bench_grading.responses(deck.cards[:count]))


def measure_history(data_dir: Path, repeat: int) -> float:
    """Median seconds to compute everything the history screen shows, for all decks."""
    now = datetime.now(UTC)
    timings = []
    with Store.open(data_dir, backup=False) as store:
        for _ in range(repeat):
            began = time.perf_counter()
            score_trend(store, None)
            for dimension in ("deck", "tag", "kind"):
                history.accuracy_by(store, dimension, None)
            history.weakest_cards(store, None)
            history.due_forecast(store, now, FORECAST_DAYS, None)
            timings.append(time.perf_counter() - began)
    return statistics.median(timings)


def measure_record(data_dir: Path, deck: Deck, saves: int) -> tuple[float, float]:
    """Median and 99th percentile milliseconds of ``record_review`` on the big database.

    Each save is a real answer: the card's memory read back, the scheduler's next due, and
    the review and schedule written in one transaction with synchronous=FULL (the tallies
    are folded in from the rows after it, store/tally_fold.py: here, at closing).
    """
    randomly = random.Random(11)
    scheduler = Scheduler()
    verdicts: list[tuple[str, float, RatingName]] = [
        ("correct", 1.0, "good"),
        ("correct", 1.0, "easy"),
        ("close", 0.8, "hard"),
        ("wrong", 0.0, "again"),
    ]
    timings = []
    with Store.open(data_dir, backup=False) as store:
        schedules = store.schedules(deck.id)
        session = SessionRef(datetime.now(UTC), (deck.id,))
        for _ in range(saves):
            card = deck.cards[randomly.randrange(len(deck.cards))]
            verdict, score, rating = randomly.choice(verdicts)
            now = datetime.now(UTC)
            memory = schedules[card.id][1] if card.id in schedules else None
            scheduled = scheduler.review(memory, rating, now, 6.0)
            review = NewReview(
                deck_id=deck.id,
                card_id=card.id,
                kind=card.kind,
                tags=card.tags,
                response=card.answer_text,
                verdict=verdict,
                score=score,
                rating=rating,
                reviewed_at=now,
                elapsed_s=6.0,
            )
            began = time.perf_counter()
            recorded = store.record_review(session, review, scheduled)
            timings.append((time.perf_counter() - began) * 1000)
            schedules[card.id] = (to_db_time(scheduled.due), scheduled.memory)
            session = SessionRef(session.started_at, session.deck_ids, id=recorded.session_id)
    timings.sort()
    return statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.99))]


def machine() -> dict[str, object]:
    """What the figures were taken on."""
    cpu = platform.processor() or platform.machine()
    memory_gb = 0.0
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass  # not Linux: the platform's own names will do
    return {
        "cpus": os.cpu_count() or 0,
        "cpu": cpu,
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "textual": metadata.version("textual"),
        "system": platform.platform(),
    }


if __name__ == "__main__":
    raise SystemExit(main())
