"""The trainer's half of benchmarks/versus_anki.py, the counterpart of anki_side.py.

Commands, each printing JSON lines for the parent:
- ``open DATA_DIR DECK_FILE``: open the review database, load the deck through the
  parsed-deck cache, build the quiz queue and take the first due card's prompt; ``shown``.
- ``answer DATA_DIR DECK_FILE COUNT``: answer COUNT due cards, timing each answer's durable
  save (``record_review``: the review and schedule with synchronous=FULL; the tallies are
  folded in after, store/tally_fold.py: here by the per-day read that follows), as
  Anki's side times ``answer_card`` with the next states already computed; the card's
  memory read and FSRS step are timed too and reported with the save as
  answer_with_scheduling_p50_ms and _p99_ms (a save that comes right after a checkpoint
  may wait for it in the memory read, which takes the store's lock too); then the per-day
  counts and accuracy over every review.

``trainer stats --format json`` (the statistics screen's counterpart) runs as the command
itself. Every process ends by printing its peak memory (VmHWM).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def peak_rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


def open_first_due(data_dir: str, deck_file: str) -> None:
    from trainer import paths
    from trainer.core.deck_cache import DeckCache
    from trainer.core.scheduler import Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.store import Store

    store = Store.open(Path(data_dir), backup_later=True)
    deck = DeckCache(paths.cache_dir(Path(data_dir))).load(Path(deck_file))
    session = QuizSession([deck], store, Scheduler())
    card = session.current
    if card is None or not card.prompt:
        raise SystemExit("no due card")
    print("shown", flush=True)
    store.close()
    emit(peak_rss_kb=peak_rss_kb())


def answer(data_dir: str, deck_file: str, count: int) -> None:
    from datetime import UTC, datetime

    from trainer import paths
    from trainer.core.daily import per_day
    from trainer.core.deck_cache import DeckCache
    from trainer.core.scheduler import RatingName, Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.store import NewReview, SessionRef, Store

    store = Store.open(Path(data_dir), backup=False)
    synchronous = store._db.rows("PRAGMA synchronous")[0][0]
    deck = DeckCache(paths.cache_dir(Path(data_dir))).load(Path(deck_file))
    scheduler = Scheduler()
    session = QuizSession([deck], store, scheduler)
    ref = SessionRef(datetime.now(UTC), (deck.id,))
    ratings: list[RatingName] = ["good", "good", "easy", "hard", "again"]
    verdicts = {
        "good": ("correct", 1.0),
        "easy": ("correct", 1.0),
        "hard": ("close", 0.8),
        "again": ("wrong", 0.0),
    }
    timings: list[float] = []
    with_scheduling: list[float] = []
    for index in range(count):
        card = session.current
        if card is None:
            break
        rating = ratings[index % len(ratings)]
        verdict, score = verdicts[rating]
        now = datetime.now(UTC)
        # As on Anki's side, whose next states come with the queued card before its clock
        # starts: the scheduling is timed apart, the durable save is the answer's figure.
        scheduling_began = time.perf_counter()
        memory = store.memory(deck.id, card.id)
        scheduled = scheduler.review(memory, rating, now, 6.0)
        began = time.perf_counter()
        recorded = store.record_review(
            ref,
            NewReview(
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
            ),
            scheduled,
        )
        ended = time.perf_counter()
        timings.append((ended - began) * 1000)
        with_scheduling.append((ended - scheduling_began) * 1000)
        ref = SessionRef(ref.started_at, ref.deck_ids, id=recorded.session_id)
        session.skip()  # on to the next due card; this answer is already saved
    timings.sort()
    with_scheduling.sort()
    per_day_s = []
    for _ in range(3):
        began = time.perf_counter()
        days = per_day(store)
        per_day_s.append(time.perf_counter() - began)
    store.close()
    emit(
        answer_p50_ms=statistics.median(timings),
        answer_p99_ms=timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        answer_with_scheduling_p50_ms=statistics.median(with_scheduling),
        answer_with_scheduling_p99_ms=with_scheduling[
            min(len(with_scheduling) - 1, int(len(with_scheduling) * 0.99))
        ],
        answers=len(timings),
        synchronous=synchronous,
        per_day_s=statistics.median(per_day_s),
        days=len(days),
        peak_rss_kb=peak_rss_kb(),
    )


def main(argv: list[str]) -> None:
    command, *rest = argv
    if command == "open":
        open_first_due(rest[0], rest[1])
    elif command == "answer":
        answer(rest[0], rest[1], int(rest[2]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
