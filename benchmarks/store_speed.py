"""Review database speed: saving one review, and building every history summary.

Prints one JSON object:
- record_review_ms: p50, p99 and max of saving one review (synchronous=FULL, on this disk);
- history_s: seconds to open the store and compute every summary the history screen shows
  (session scores, accuracy by deck, tag and kind, weakest cards, due forecast) over a
  database of --reviews reviews, best of --repeat runs;
- calibration_s: seconds for what the history screen adds for calibration (accuracy by
  stated confidence overall and per deck, tag and kind, and the confidently wrong cards),
  best of --repeat runs;
- first_open_of_the_day_s: opening that database when the day's backup is due, and
  daily_backup_in_background_s: how long that backup (an integrity check and a full copy)
  then runs beside the trainer.

Usage: python benchmarks/store_speed.py [--saves N] [--reviews N] [--repeat N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.core import history
from trainer.core.calibration import calibration_by, confidently_wrong_cards
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store, to_db_time
from trainer.core.store.schema import DAY_TALLIES_FROM_REVIEWS

START = datetime(2025, 1, 1, tzinfo=UTC)
DECKS = 50
CARDS_PER_DECK = 200
REVIEWS_PER_SESSION = 100
KINDS = ("text", "name", "number", "date", "choice", "list")
TAGS = ("meeting", "dates", "people", "figures", "places", "trade", "security", "minerals")
VERDICTS = ("correct", "correct", "correct", "close", "wrong")
RATING = {"correct": "good", "close": "hard", "wrong": "again"}
CONFIDENCES = ("sure", "sure", "sure", "unsure", "guess")
# session, deck, card, kind, tags, response, verdict, score, rating, reviewed_at, elapsed_s,
# confidence: the old columns, written through the review_rows view.
ReviewRow = tuple[int, str, str, str, str, str, str, float, str, str, float, str]


def time_record_review(folder: Path, saves: int) -> dict[str, float]:
    """Milliseconds per saved review, through the real store and scheduler."""
    scheduler = Scheduler()
    timings = []
    with Store.open(folder, backup=False) as store:
        session = SessionRef(START, ("bench",))
        for index in range(saves):
            moment = START + timedelta(seconds=index)
            scheduled = scheduler.review(None, "good", moment)
            review = NewReview(
                deck_id="bench",
                card_id=f"card-{index % 500}",
                kind="text",
                tags=("meeting", "dates"),
                response="an answer",
                verdict="correct",
                score=1.0,
                rating="good",
                reviewed_at=moment,
                elapsed_s=4.2,
            )
            began = time.perf_counter()
            recorded = store.record_review(session, review, scheduled)
            timings.append((time.perf_counter() - began) * 1000)
            session = SessionRef(START, ("bench",), id=recorded.session_id)
    timings.sort()
    return {
        "p50": round(statistics.median(timings), 3),
        "p99": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 3),
        "max": round(timings[-1], 3),
        "saves": saves,
    }


def fill(folder: Path, reviews: int) -> None:
    """A database of ``reviews`` reviews with tallies that agree, written in bulk."""
    Store.open(folder, backup=False).close()
    connection = sqlite3.connect(folder / "trainer.sqlite3", isolation_level=None)
    randomly = random.Random(7)
    connection.execute("BEGIN")
    sessions = max(1, reviews // REVIEWS_PER_SESSION)
    connection.executemany(
        "INSERT INTO sessions (id, started_at, deck_ids, answered, score_sum) "
        "VALUES (?, ?, ?, 0, 0)",
        [
            (number + 1, to_db_time(START + timedelta(hours=number)), f"deck-{number % DECKS}")
            for number in range(sessions)
        ],
    )
    connection.executemany(
        "INSERT INTO session_decks (deck_id, session_id) VALUES (?, ?)",
        [(f"deck-{number % DECKS}", number + 1) for number in range(sessions)],
    )

    def rows() -> Iterator[ReviewRow]:
        for index in range(reviews):
            session = index // REVIEWS_PER_SESSION
            deck = session % DECKS
            card = randomly.randrange(CARDS_PER_DECK)
            verdict = randomly.choice(VERDICTS)
            tags = json.dumps([TAGS[card % len(TAGS)], TAGS[(card * 7) % len(TAGS)]])
            moment = to_db_time(START + timedelta(hours=session, seconds=index % 100))
            yield (
                session + 1,
                f"deck-{deck}",
                f"card-{card}",
                KINDS[card % len(KINDS)],
                tags,
                "a response",
                verdict,
                1.0 if verdict == "correct" else 0.5,
                RATING[verdict],
                moment,
                5.0,
                randomly.choice(CONFIDENCES),
            )

    connection.executemany(
        "INSERT INTO review_rows (session_id, deck_id, card_id, kind, tags, response, verdict, "
        "score, rating, reviewed_at, elapsed_s, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    # As the store keeps them per review; the old columns through the compact table's view.
    connection.execute(DAY_TALLIES_FROM_REVIEWS.replace("FROM reviews", "FROM review_rows"))
    connection.execute(
        "UPDATE sessions SET answered = t.n, score_sum = t.s FROM "
        "(SELECT session_id, count(*) AS n, sum(score) AS s FROM review_rows GROUP BY session_id) "
        "AS t WHERE t.session_id = sessions.id"
    )
    connection.execute(
        "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
        "last_response, last_reviewed_at, sure_wrong, last_sure_wrong) "
        "SELECT deck_id, card_id, count(*), "
        "sum(verdict = 'correct'), sum(verdict = 'close'), sum(verdict = 'wrong'), "
        "max(response), max(reviewed_at), sum(confidence = 'sure' AND verdict = 'wrong'), "
        "max(id) IN (SELECT id FROM review_rows WHERE confidence = 'sure' AND verdict = 'wrong') "
        "FROM review_rows GROUP BY deck_id, card_id"
    )
    connection.execute(
        "INSERT INTO confidence_tallies SELECT 'deck', deck_id, deck_id, confidence, count(*), "
        "sum(verdict != 'wrong') FROM review_rows GROUP BY deck_id, confidence"
    )
    connection.execute(
        "INSERT INTO confidence_tallies SELECT 'kind', kind, deck_id, confidence, count(*), "
        "sum(verdict != 'wrong') FROM review_rows GROUP BY kind, deck_id, confidence"
    )
    connection.execute(
        "INSERT INTO confidence_tallies SELECT 'tag', t.value, deck_id, confidence, count(*), "
        "sum(verdict != 'wrong') FROM review_rows, json_each(review_rows.tags) AS t "
        "GROUP BY t.value, deck_id, confidence"
    )
    connection.execute(
        "INSERT INTO tallies SELECT 'kind', kind, deck_id, count(*), sum(verdict = 'correct'), "
        "sum(verdict = 'close'), sum(verdict = 'wrong') FROM review_rows GROUP BY kind, deck_id"
    )
    connection.execute(
        "INSERT INTO tallies SELECT 'tag', t.value, deck_id, count(*), "
        "sum(verdict = 'correct'), sum(verdict = 'close'), sum(verdict = 'wrong') "
        "FROM review_rows, json_each(review_rows.tags) AS t GROUP BY t.value, deck_id"
    )
    connection.execute(
        "INSERT INTO card_states SELECT deck_id, card_id, "
        "strftime('%Y-%m-%dT%H:%M:%fZ', max(reviewed_at), '+' || (abs(random()) % 30) || "
        "' days'), '{}', min(reviewed_at), max(reviewed_at), NULL FROM review_rows "
        "GROUP BY deck_id, card_id"
    )
    # The tallies above count every review: none is left for the store to fold (tally_fold.py).
    connection.execute("UPDATE tally_mark SET review_id = (SELECT max(id) FROM reviews)")
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def time_history(folder: Path, repeat: int) -> float:
    """Best seconds to open the store and build every history summary."""
    now = START + timedelta(days=400)
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        with Store.open(folder, backup=False) as store:
            history.session_scores(store)
            for dimension in ("deck", "tag", "kind"):
                history.accuracy_by(store, dimension)
            history.weakest_cards(store)
            history.due_forecast(store, now)
        best = min(best, time.perf_counter() - began)
    return best


def time_calibration(folder: Path, repeat: int) -> float:
    """Best seconds to compute every calibration figure the history screen shows."""
    best = float("inf")
    with Store.open(folder, backup=False) as store:
        for _ in range(repeat):
            began = time.perf_counter()
            for grouping in ("all", "deck", "tag", "kind"):
                calibration_by(store, grouping)
            confidently_wrong_cards(store)
            best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=2000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="where to make the databases (default: a temp folder)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        root = Path(folder)
        saves = time_record_review(root / "saves", args.saves)
        began = time.perf_counter()
        fill(root / "big", args.reviews)
        filled_s = time.perf_counter() - began
        history_s = time_history(root / "big", args.repeat)
        calibration_s = time_calibration(root / "big", args.repeat)
        began = time.perf_counter()
        store = Store.open(root / "big")
        open_s = time.perf_counter() - began
        store.wait_for_backup()
        daily_backup_s = time.perf_counter() - began
        store.close()
        size_mb = (root / "big" / "trainer.sqlite3").stat().st_size / 1e6
    print(
        json.dumps(
            {
                "record_review_ms": saves,
                "history_s": round(history_s, 4),
                "calibration_s": round(calibration_s, 4),
                "first_open_of_the_day_s": round(open_s, 3),
                "daily_backup_in_background_s": round(daily_backup_s, 2),
                "reviews": args.reviews,
                "database_mb": round(size_mb, 1),
                "fill_s": round(filled_s, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
