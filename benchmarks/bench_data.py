"""The benchmark's world: a deck library on disk and a review database years deep.

The library is one generated deck (``deck_load.generate_deck``) with the article its
evidence quotes, so it validates cleanly. The database is written straight into the
store's schema in one transaction: sessions spread over about two years up to now, reviews
spread over every card (some cards far more often than others), and the running tallies,
card schedules and session scores the store keeps, all agreeing with the review rows.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from deck_load import KIND_ANSWERS, generate_deck

from trainer import paths
from trainer.core.scheduler import RatingName, Scheduler
from trainer.core.store import Store
from trainer.core.store.compact import RATING_CODES, VERDICT_CODES

DECK_ID = "generated"
DECK_TAGS = ("generated", "bench")
HISTORY_DAYS = 730
SECONDS_PER_ANSWER = 12
# A session asks this many cards, give or take half.
SESSION_SIZE = 50
# Seconds since the epoch as the store writes times (``store.to_db_time``), done by SQLite.
DB_TIME = "strftime('%Y-%m-%dT%H:%M:%S', ?, 'unixepoch') || '.000000Z'"
# A row of the compact reviews table: session, card, response, verdict, score, rating,
# reviewed_at (microseconds), elapsed_s, hinted, due_after (microseconds), uid.
CompactRow = tuple[int, int, str, int, float, int, int, float, int, int, bytes]


@dataclass(frozen=True, slots=True)
class Library:
    """Where the generated deck library and data dir live."""

    decks_dir: Path
    deck_path: Path
    data_dir: Path
    cards: int
    reviews: int


def write_library(folder: Path, cards: int) -> Path:
    """Write the generated deck and the article its evidence quotes; return the deck's path."""
    folder.mkdir(parents=True, exist_ok=True)
    article = "\n".join(
        f"Paragraph {index}: words from the article {index}." for index in range(cards)
    )
    (folder / "article.txt").write_text(article + "\n", encoding="utf-8")
    deck_path = folder / f"{DECK_ID}.yaml"
    deck_path.write_text(generate_deck(cards), encoding="utf-8")
    return deck_path


def build(root: Path, cards: int, reviews: int, seed: int = 7) -> Library:
    """The library and a data dir holding ``reviews`` reviews of its ``cards`` cards."""
    decks_dir = root / "decks"
    deck_path = write_library(decks_dir, cards)
    data_dir = root / "data"
    fill_database(data_dir, cards, reviews, random.Random(seed))
    # Written with synchronous=OFF, the world is still in the page cache, dirty: flushed
    # here, untimed, rather than by the kernel during the first timed runs (a 5,000,000-
    # review world is 580 MB).
    os.sync()
    return Library(decks_dir, deck_path, data_dir, cards, reviews)


@dataclass(slots=True)
class _CardTally:
    reviews: int = 0
    correct: int = 0
    close: int = 0
    wrong: int = 0
    last_response: str = ""
    first_at: float = 0.0
    last_at: float = 0.0
    # The card's last few (time, rating) pairs, replayed through the scheduler at the end.
    recent: deque[tuple[float, RatingName]] = field(default_factory=lambda: deque(maxlen=3))


def fill_database(data_dir: Path, cards: int, reviews: int, randomly: random.Random) -> None:
    """Create the store's schema in ``data_dir`` and write the whole history in bulk."""
    Store.open(data_dir, backup=False).close()
    connection = sqlite3.connect(paths.database_path(data_dir), isolation_level=None)
    try:
        # Bulk loading only: the store switches back to WAL and synchronous=FULL on open.
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        # The rows are valid by construction; SQLite re-reads the CHECKs' value lists per row.
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("BEGIN")
        # The schema's own index definitions, rebuilt after the rows are in: one sort each
        # instead of a million scattered inserts.
        indexes = connection.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'reviews' "
            "AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX "{name}"')
        _write(connection, cards, reviews, randomly)
        for _name, sql in indexes:
            connection.execute(sql)
        connection.execute("COMMIT")
    finally:
        connection.close()
    # Back to how the store keeps it, with the log folded in.
    Store.open(data_dir, backup=False).close()


def _write(
    connection: sqlite3.Connection, cards: int, reviews: int, randomly: random.Random
) -> None:
    end = datetime.now(UTC).timestamp()
    start = end - HISTORY_DAYS * 86400
    tallies = [_CardTally() for _ in range(cards)]
    # Cards differ in difficulty: the chance of a wrong answer ranges from 2% to 40%.
    difficulty = [randomly.uniform(0.02, 0.4) for _ in range(cards)]
    facts = [(f"card-{card}", *KIND_ANSWERS[card % len(KIND_ANSWERS)]) for card in range(cards)]
    tags = json.dumps(list(DECK_TAGS))
    # The compact review table (schema 10): each card's number in review_cards, codes for
    # verdict and rating, times as integer microseconds (whole seconds here, as before).
    connection.executemany(
        "INSERT INTO review_cards (id, deck_id, card_id, kind, tags) VALUES (?, ?, ?, ?, ?)",
        [
            (number + 1, DECK_ID, card_id, kind, tags)
            for number, (card_id, kind, _answer) in enumerate(facts)
        ],
    )
    # The per-day counts the store keeps with each review: (day, answered, correct).
    days: Counter[tuple[str, str]] = Counter()
    day_names: dict[int, str] = {}
    sessions: list[tuple[int, float, int, float, float, int]] = []
    session_starts = sorted(
        randomly.uniform(start, end - 3600) for _ in range(max(1, reviews // SESSION_SIZE))
    )
    sizes = _session_sizes(reviews, len(session_starts), randomly)
    uniform, chance, randbytes = randomly.uniform, randomly.random, randomly.randbytes

    def rows() -> Iterator[CompactRow]:
        review_id = 0
        for number, (began, size) in enumerate(zip(session_starts, sizes, strict=True), 1):
            answered, score_sum = 0, 0.0
            first_review = review_id + 1
            moment = began
            for _ in range(size):
                # Some cards come up far more often than others, as weak cards do.
                card = min(cards - 1, int(cards * chance() ** 1.6))
                moment += uniform(4, 2 * SECONDS_PER_ANSWER)
                verdict, score, rating = _answer(randomly, difficulty[card])
                _card_id, _kind, answer = facts[card]
                response = answer if verdict != "wrong" else "a wrong answer"
                tally = tallies[card]
                tally.reviews += 1
                if verdict == "correct":
                    tally.correct += 1
                elif verdict == "close":
                    tally.close += 1
                else:
                    tally.wrong += 1
                tally.last_response = response
                tally.first_at = tally.first_at or moment
                tally.last_at = moment
                tally.recent.append((moment, rating))
                answered += 1
                score_sum += score
                review_id += 1
                seconds = int(moment)
                day = day_names.get(seconds // 86400)
                if day is None:
                    day = day_names[seconds // 86400] = datetime.fromtimestamp(
                        seconds, UTC
                    ).strftime("%Y-%m-%d")
                days[day, "answered"] += 1
                days[day, "correct"] += verdict == "correct"
                yield (
                    number,
                    card + 1,
                    response,
                    VERDICT_CODES[verdict],
                    score,
                    RATING_CODES[rating],
                    seconds * 1_000_000,
                    uniform(2, 40),
                    int(chance() < 0.03),
                    (int(moment + uniform(900, 40 * 86400)) - seconds) * 1_000_000,
                    randbytes(16),  # the review's key, as the store keeps it
                )
            sessions.append((number, began, answered, score_sum, moment, first_review))

    # Sessions are written after their reviews (their totals are known only then); this
    # connection leaves foreign keys unchecked, as SQLite does by default.
    connection.executemany(
        "INSERT INTO reviews (session_id, card, response, verdict, score, rating, reviewed_at, "
        "elapsed_s, hinted, due_after, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    connection.executemany(
        "INSERT INTO sessions (id, started_at, deck_ids, answered, score_sum, last_review_at, "
        f"reviews_from) VALUES (?, {DB_TIME}, '{DECK_ID}', ?, ?, {DB_TIME}, ?)",
        sessions,
    )
    connection.executemany(
        "INSERT INTO day_tallies (day, deck_id, answered, correct) VALUES (?, ?, ?, ?)",
        [(day, DECK_ID, days[day, "answered"], days[day, "correct"]) for day in day_names.values()],
    )
    connection.executemany(
        "INSERT INTO session_decks (deck_id, session_id) VALUES (?, ?)",
        [(DECK_ID, number) for number, *_ in sessions],
    )
    _write_tallies(connection, tallies, facts)
    _write_card_states(connection, tallies, facts)
    # The tallies above count every review: none is left for the store to fold (tally_fold.py).
    connection.execute("UPDATE tally_mark SET review_id = (SELECT max(id) FROM reviews)")


def _session_sizes(reviews: int, sessions: int, randomly: random.Random) -> list[int]:
    """Sizes around SESSION_SIZE that add up to exactly ``reviews``."""
    sizes = [randomly.randint(SESSION_SIZE // 2, SESSION_SIZE * 3 // 2) for _ in range(sessions)]
    scale = reviews / sum(sizes)
    sizes = [max(1, round(size * scale)) for size in sizes]
    sizes[-1] += reviews - sum(sizes)
    while sizes[-1] < 1:  # rounding overshot: take the excess back from the others
        index = randomly.randrange(sessions - 1)
        if sizes[index] > 1:
            sizes[index] -= 1
            sizes[-1] += 1
    return sizes


def _answer(randomly: random.Random, wrong_chance: float) -> tuple[str, float, RatingName]:
    roll = randomly.random()
    if roll < wrong_chance:
        return "wrong", round(randomly.uniform(0, 0.3), 2), "again"
    if roll < wrong_chance + 0.1:
        return "close", round(randomly.uniform(0.6, 0.9), 2), "hard"
    return "correct", 1.0, "easy" if randomly.random() < 0.3 else "good"


def _write_tallies(
    connection: sqlite3.Connection, tallies: list[_CardTally], facts: list[tuple[str, str, str]]
) -> None:
    connection.executemany(
        "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
        f"last_response, last_reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, {DB_TIME})",
        [
            (
                DECK_ID,
                card_id,
                tally.reviews,
                tally.correct,
                tally.close,
                tally.wrong,
                tally.last_response,
                tally.last_at,
            )
            for (card_id, _kind, _answer), tally in zip(facts, tallies, strict=True)
            if tally.reviews
        ],
    )
    by_key: dict[tuple[str, str], Counter[str]] = {}
    for (_card_id, kind, _answer), tally in zip(facts, tallies, strict=True):
        counts = Counter(correct=tally.correct, close=tally.close, wrong=tally.wrong)
        for key in [("kind", kind), *(("tag", tag) for tag in DECK_TAGS)]:
            by_key.setdefault(key, Counter()).update(counts)
    connection.executemany(
        "INSERT INTO tallies (dimension, key, deck_id, reviews, correct, close, wrong) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                dimension,
                key,
                DECK_ID,
                counts.total(),
                counts["correct"],
                counts["close"],
                counts["wrong"],
            )
            for (dimension, key), counts in by_key.items()
            if counts.total()
        ],
    )


def _write_card_states(
    connection: sqlite3.Connection, tallies: list[_CardTally], facts: list[tuple[str, str, str]]
) -> None:
    """Each reviewed card's schedule: its last reviews replayed through the real scheduler."""
    scheduler = Scheduler()
    rows = []
    for (card_id, _kind, _answer), tally in zip(facts, tallies, strict=True):
        if not tally.reviews:
            continue
        memory = None
        due = tally.last_at
        for moment, rating in tally.recent:
            scheduled = scheduler.review(memory, rating, datetime.fromtimestamp(moment, UTC))
            memory, due = scheduled.memory, scheduled.due.timestamp()
        rows.append((DECK_ID, card_id, due, memory, tally.first_at, tally.last_at))
    connection.executemany(
        "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, last_review_at) "
        f"VALUES (?, ?, {DB_TIME}, ?, {DB_TIME}, {DB_TIME})",
        rows,
    )
