"""Anki's half of benchmarks/versus_anki.py: runs under the Python of Anki's own venv.

It imports only the standard library and PyPI ``anki`` (the Rust core of Anki desktop),
never the trainer. Each command prints JSON lines for the parent to read:

- ``build TRAINER_DB COLLECTION``: a collection holding the trainer database's cards and
  every one of its reviews (as revlog rows), each card scheduled as the trainer has it,
  FSRS switched on and every card's memory state computed and stored.
- ``open COLLECTION``: open it and render the first due card's question; prints ``shown``.
- ``answer COLLECTION COUNT``: answer COUNT due cards, timing each ``answer_card``; then the
  per-day counts and pass rate over every review.
- ``stats COLLECTION``: the statistics screen's data (``graphs``, a year, the whole collection).
- ``log COLLECTION COUNT SNAPSHOT``: answer COUNT due cards, then copy the collection and
  its write-ahead log to SNAPSHOT (a folder) before closing, for benchmarks/answer_pages.py
  to read the pages each answer wrote.

Every process ends by printing its peak memory (VmHWM).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime

RATINGS = {"again": 1, "hard": 2, "good": 3, "easy": 4}
# One question template, as the trainer shows a card: the prompt.
NOTETYPE = "Basic"


def peak_rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


def _ms(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp() * 1000)


def build(trainer_db: str, path: str) -> None:
    from anki.collection import AddNoteRequest, Collection
    from anki.decks import UpdateDeckConfigs

    began = time.perf_counter()
    source = sqlite3.connect(f"file:{trainer_db}?mode=ro", uri=True)
    col = Collection(path)
    deck_id = col.decks.id("generated")
    col.decks.select(deck_id)  # the deck studied, as clicking it in the deck list does
    # Bulk loading only (each statement here commits on its own); every measured process
    # opens the collection afresh with Anki's own setting, synchronous=FULL.
    col.db.execute("PRAGMA synchronous = OFF")
    notetype = col.models.by_name(NOTETYPE)
    card_ids = [
        row[0]
        for row in source.execute("SELECT DISTINCT card_id FROM card_tallies ORDER BY card_id")
    ]
    requests = []
    for card_id in card_ids:
        note = col.new_note(notetype)
        note["Front"] = f"Question {card_id} about the article?"
        note["Back"] = f"The answer to {card_id}"
        requests.append(AddNoteRequest(note=note, deck_id=deck_id))
    col.add_notes(requests)
    anki_ids = dict(
        zip(
            card_ids,
            col.db.list("SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id"),
            strict=True,
        )
    )

    # Every review as a revlog row: its time (unique milliseconds, as Anki keys them), card,
    # rating, the interval it set, the previous one, and the seconds taken.
    last_interval: dict[str, int] = {}
    lapses: dict[str, int] = {}
    reps: dict[str, int] = {}
    used: set[int] = set()
    rows = []
    for card_id, rating, reviewed_at, elapsed_s, due_after in source.execute(
        "SELECT card_id, rating, reviewed_at, elapsed_s, due_after FROM review_rows ORDER BY id"
    ):
        moment = _ms(reviewed_at)
        while moment in used:
            moment += 1
        used.add(moment)
        interval = max(1, round((_ms(due_after) - moment) / 86_400_000)) if due_after else 1
        previous = last_interval.get(card_id, 0)
        kind = 0 if card_id not in reps else 1  # learning for the first answer, then review
        rows.append(
            (
                moment,
                anki_ids[card_id],
                -1,
                RATINGS[rating],
                interval,
                previous,
                2500,
                min(60_000, int((elapsed_s or 0) * 1000)),
                kind,
            )
        )
        last_interval[card_id] = interval
        reps[card_id] = reps.get(card_id, 0) + 1
        lapses[card_id] = lapses.get(card_id, 0) + (rating == "again")
    col.db.executemany("INSERT INTO revlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    del rows, used

    # Each card due when the trainer has it due, in Anki's days since the collection began.
    today = col.sched.today
    now_ms = time.time() * 1000
    updates = []
    for card_id, due in source.execute("SELECT card_id, due FROM card_states"):
        day = today + int((_ms(due) - now_ms) // 86_400_000)
        updates.append(
            (
                day,
                last_interval.get(card_id, 1),
                reps.get(card_id, 0),
                lapses.get(card_id, 0),
                anki_ids[card_id],
            )
        )
    col.db.executemany(
        "UPDATE cards SET type = 2, queue = 2, due = ?, ivl = ?, factor = 2500, reps = ?, "
        "lapses = ? WHERE id = ?",
        updates,
    )
    source.close()

    # FSRS on, as its deck options screen switches it on: every card's memory is computed.
    current = col.decks.get_deck_configs_for_update(deck_id)
    for item in current.all_config:
        # Every due card may be asked, as in the trainer, which has no daily review limit.
        item.config.config.reviews_per_day = 9999
    col.decks.update_deck_configs(
        UpdateDeckConfigs(
            target_deck_id=deck_id,
            configs=[item.config for item in current.all_config],
            limits=current.current_deck.limits,
            fsrs=True,
            fsrs_reschedule=False,
            new_cards_ignore_review_limit=current.new_cards_ignore_review_limit,
            apply_all_parent_limits=current.apply_all_parent_limits,
        )
    )
    with_memory = col.db.scalar("SELECT count(*) FROM cards WHERE data LIKE '%\"s\":%'")
    reviews = col.db.scalar("SELECT count(*) FROM revlog")
    col.close()
    emit(
        build_s=round(time.perf_counter() - began, 1),
        cards=len(card_ids),
        reviews=reviews,
        cards_with_memory=with_memory,
        fsrs=True,
    )


def open_first_due(path: str) -> None:
    from anki.collection import Collection

    col = Collection(path)
    card = col.sched.getCard()
    question = card.question() if card else ""
    if not question:
        raise SystemExit("no due card")
    print("shown", flush=True)
    col.close()
    emit(peak_rss_kb=peak_rss_kb())


def answer(path: str, count: int) -> None:
    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    col = Collection(path)
    synchronous = col.db.scalar("PRAGMA synchronous")
    timings = []
    ratings = [CardAnswer.GOOD, CardAnswer.GOOD, CardAnswer.EASY, CardAnswer.HARD, CardAnswer.AGAIN]
    for index in range(count):
        queued = col.sched.get_queued_cards(fetch_limit=1).cards
        if not queued:
            break
        card = col.get_card(queued[0].card.id)
        card.start_timer()
        answer = col.sched.build_answer(
            card=card, states=queued[0].states, rating=ratings[index % len(ratings)]
        )
        began = time.perf_counter()
        col.sched.answer_card(answer)
        timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    per_day = []
    for _ in range(3):
        began = time.perf_counter()
        cutoff = col.sched.day_cutoff
        rows = col.db.all(
            "SELECT (? - id / 1000) / 86400 AS day, count(), sum(ease > 1) FROM revlog "
            "GROUP BY day ORDER BY day DESC",
            cutoff,
        )
        per_day.append(time.perf_counter() - began)
    col.close()
    emit(
        answer_p50_ms=statistics.median(timings),
        answer_p99_ms=timings[min(len(timings) - 1, int(len(timings) * 0.99))],
        answers=len(timings),
        synchronous=synchronous,
        per_day_s=statistics.median(per_day),
        days=len(rows),
        peak_rss_kb=peak_rss_kb(),
    )


def log(path: str, count: int, snapshot: str) -> None:
    import shutil
    from pathlib import Path

    from anki.collection import Collection
    from anki.scheduler_pb2 import CardAnswer

    col = Collection(path)
    ratings = [CardAnswer.GOOD, CardAnswer.GOOD, CardAnswer.EASY, CardAnswer.HARD, CardAnswer.AGAIN]
    for index in range(count):
        queued = col.sched.get_queued_cards(fetch_limit=1).cards
        if not queued:
            break
        card = col.get_card(queued[0].card.id)
        card.start_timer()
        col.sched.answer_card(
            col.sched.build_answer(
                card=card, states=queued[0].states, rating=ratings[index % len(ratings)]
            )
        )
    # Copied while the collection is open: closing folds the log in and deletes it.
    folder = Path(snapshot)
    shutil.copyfile(path, folder / "collection.anki2")
    shutil.copyfile(path + "-wal", folder / "collection.anki2-wal")
    col.close()
    emit(answers=count, peak_rss_kb=peak_rss_kb())


def stats(path: str) -> None:
    from anki.collection import Collection

    col = Collection(path)
    graphs = col._backend.graphs(search="", days=365)
    size = len(graphs.SerializeToString())
    col.close()
    emit(graph_bytes=size, peak_rss_kb=peak_rss_kb())


def main(argv: list[str]) -> None:
    command, *rest = argv
    if command == "build":
        build(rest[0], rest[1])
    elif command == "open":
        open_first_due(rest[0])
    elif command == "answer":
        answer(rest[0], int(rest[1]))
    elif command == "stats":
        stats(rest[0])
    elif command == "log":
        log(rest[0], int(rest[1]), rest[2])
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
