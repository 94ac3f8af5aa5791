"""Saving one review on a team server: record_review's time, committed, as the trainer does it.

Connects as the analyst the URL names (password from ~/.pgpass or PGPASSFILE, as the
trainer does) and saves --saves reviews of a deck of --cards cards, each with its schedule,
in one session, then prints one JSON object: record_review_ms (p50, p99, max), the
server's version and its durability settings (synchronous_commit, fsync), and how many
reviews the analyst had before. The reviews stay on the server (they are the analyst's).

Usage: python benchmarks/store_server_speed.py URL [--saves N] [--cards N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef
from trainer.core.store.postgres import PostgresStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--saves", type=int, default=2000)
    parser.add_argument("--cards", type=int, default=200)
    args = parser.parse_args()
    scheduler = Scheduler(fuzz=False)
    with PostgresStore.open(args.url, Path(tempfile.gettempdir())) as store:
        before = store.review_count()
        settings: dict[str, object] = {}
        for name in ("server_version", "synchronous_commit", "fsync", "shared_buffers"):
            shown = store.connection.execute(f"SHOW {name}").fetchone()
            settings[name] = shown[0] if shown else None  # SHOW always gives its one row
        session = SessionRef(datetime.now(UTC), ("bench",))
        times = []
        for index in range(args.saves):
            card_id = f"c{index % args.cards}"
            now = datetime.now(UTC)
            memory = store.memory("bench", card_id)
            scheduled = scheduler.review(memory, "good", now)
            review = NewReview(
                "bench", card_id, "text", ("a", "b"), "answer", "correct", 1.0, "good", now, 2.5
            )
            started = time.perf_counter()
            recorded = store.record_review(session, review, scheduled)
            times.append((time.perf_counter() - started) * 1000)
            session = session._replace(id=recorded.session_id)
    times.sort()
    print(
        json.dumps(
            {
                "record_review_ms": {
                    "p50": round(statistics.median(times), 3),
                    "p99": round(times[int(len(times) * 0.99) - 1], 3),
                    "max": round(times[-1], 3),
                },
                "saves": args.saves,
                "reviews_before": before,
                "server": settings,
            }
        )
    )


if __name__ == "__main__":
    main()
