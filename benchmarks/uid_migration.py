"""Schema 8's migration (a uuid per review) on a schema 7 database of many reviews.

Prints JSON: reviews, migration_s (Store.open bringing the file from 7 to 8: the column,
one set-based UPDATE, the unique index, all in one transaction with synchronous=FULL) and
reviews_per_s. ``python benchmarks/uid_migration.py [REVIEWS]`` (default 1,000,000).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from older_schema import open_as_version

from trainer import paths

AT = "2025-07-25T09:00:00.000000Z"


def version_7_database(data_dir: Path, reviews: int) -> None:
    """A schema 7 database holding ``reviews`` reviews of 1,000 cards in 1,000 sessions."""
    open_as_version(data_dir, 7)
    with sqlite3.connect(paths.database_path(data_dir)) as db:
        db.execute("PRAGMA synchronous = OFF")
        db.executemany(
            "INSERT INTO sessions (id, started_at, deck_ids) VALUES (?, ?, 'deck')",
            [(session, AT) for session in range(1, 1001)],
        )
        db.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, elapsed_s, confidence) VALUES "
            "(?, 'deck', ?, 'text', '[\"tag\"]', 'an answer', 'correct', 1.0, 'good', ?, 4.2, "
            "'sure')",
            ((1 + n % 1000, f"card-{n % 1000}", AT) for n in range(reviews)),
        )


def main() -> None:
    reviews = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        version_7_database(data_dir, reviews)
        started = time.perf_counter()
        open_as_version(data_dir, 8)  # schema 8's step alone, not the later ones
        seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "reviews": reviews,
                "migration_s": round(seconds, 2),
                "reviews_per_s": round(reviews / seconds),
            }
        )
    )


if __name__ == "__main__":
    main()
