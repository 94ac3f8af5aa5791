"""Pages of write-ahead log one answer writes, by b-tree, for the trainer and for Anki.

A commit under WAL writes each page it changed once, whole, into the log, and the flush
(``fdatasync``/``fsync``) of those frames is most of an answer's time on a disk. This builds
the benchmark world (one deck of 10,000 cards, 1,000,000 reviews, see bench_data) and,
when Anki's venv is at hand (versus_anki.py makes it), the same collection in Anki; answers
COUNT due cards on each side as versus_anki.py does (the trainer: ``record_review`` with
its checkpoint thread held off, so the log keeps every frame; Anki: ``answer_card``, COUNT
small enough for its 1,000-page checkpoint not to come); copies the database and its log
before closing; then reads the log back frame by frame and names each page's b-tree with
SQLite's ``dbstat``. The first commit (the trainer's also starts the session) is left out.

Prints JSON: per side, frames (pages) per commit, by b-tree, and log bytes per commit.
Usage: python benchmarks/answer_pages.py [--answers N] [--anki-answers N] [--no-anki]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import bench_data
from bench import machine, progress
from versus_anki import HERE, default_cache, ensure_anki, last_json

from trainer import paths
from trainer.core.deck_cache import DeckCache
from trainer.core.store import checkpoints

WAL_HEADER = 32
FRAME_HEADER = 24


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--anki-answers", type=int, default=60)
    parser.add_argument("--no-anki", action="store_true", help="the trainer's side only")
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the world")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="trainer-answer-pages-") as folder:
        root = Path(folder)
        progress(f"building {args.cards} cards and {args.reviews} reviews")
        world = bench_data.build(root / "world", args.cards, args.reviews)
        DeckCache(paths.cache_dir(world.data_dir)).load(world.deck_path)
        result: dict[str, object] = {}
        progress(f"the trainer answering {args.answers} cards")
        trainer_snapshot = root / "trainer-log"
        trainer_snapshot.mkdir()
        answer_trainer(world.data_dir, world.deck_path, args.answers, trainer_snapshot)
        result["trainer"] = log_pages(trainer_snapshot / paths.database_path(world.data_dir).name)
        if not args.no_anki:
            anki_python = ensure_anki(default_cache())
            collection = root / "anki" / "collection.anki2"
            collection.parent.mkdir()
            progress("the same collection in Anki")
            side = [str(anki_python), str(HERE / "anki_side.py")]
            run([*side, "build", str(paths.database_path(world.data_dir)), str(collection)])
            progress(f"Anki answering {args.anki_answers} cards")
            anki_snapshot = root / "anki-log"
            anki_snapshot.mkdir()
            run([*side, "log", str(collection), str(args.anki_answers), str(anki_snapshot)])
            result["anki"] = log_pages(anki_snapshot / "collection.anki2")
        result["machine"] = machine()
    print(json.dumps(result, indent=2))
    return 0


def run(command: list[str]) -> dict[str, float]:
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{command[1]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return last_json(done.stdout.splitlines())


def answer_trainer(data_dir: Path, deck_path: Path, count: int, snapshot: Path) -> None:
    """``count`` answers as trainer_side.answer gives them; the database and log copied."""
    from trainer.core.scheduler import RatingName, Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.store import NewReview, SessionRef, Store

    # Held off for this measurement only: every frame of every answer stays in the log.
    checkpoints.COMMITS_PER_CHECKPOINT = count + 1  # type: ignore[misc]
    store = Store.open(data_dir, backup=False)
    deck = DeckCache(paths.cache_dir(data_dir)).load(deck_path)
    scheduler = Scheduler()
    session = QuizSession([deck], store, scheduler)
    ref = SessionRef(datetime.now(UTC), (deck.id,))
    ratings: list[RatingName] = ["good", "good", "easy", "hard", "again"]
    verdicts = {"good": "correct", "easy": "correct", "hard": "close", "again": "wrong"}
    scores = {"correct": 1.0, "close": 0.8, "wrong": 0.0}
    for index in range(count):
        card = session.current
        if card is None:
            break
        rating = ratings[index % len(ratings)]
        now = datetime.now(UTC)
        scheduled = scheduler.review(store.memory(deck.id, card.id), rating, now, 6.0)
        recorded = store.record_review(
            ref,
            NewReview(
                deck_id=deck.id,
                card_id=card.id,
                kind=card.kind,
                tags=card.tags,
                response=card.answer_text,
                verdict=verdicts[rating],
                score=scores[verdicts[rating]],
                rating=rating,
                reviewed_at=now,
                elapsed_s=6.0,
            ),
            scheduled,
        )
        ref = SessionRef(ref.started_at, ref.deck_ids, id=recorded.session_id)
        session.skip()
    database = paths.database_path(data_dir)
    shutil.copyfile(database, snapshot / database.name)
    shutil.copyfile(f"{database}-wal", snapshot / f"{database.name}-wal")
    store.close()


def log_pages(database: Path) -> dict[str, object]:
    """The commits in ``database``'s log (beside it), each page named by its b-tree."""
    log = Path(f"{database}-wal").read_bytes()
    page_size = struct.unpack(">I", log[8:12])[0]
    salt = log[16:24]
    commits: list[list[int]] = []
    frames: list[int] = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(log):
        page, size_after_commit = struct.unpack(">II", log[offset : offset + 8])
        if log[offset + 8 : offset + 16] != salt:
            break  # frames of an earlier pass through the log, not part of this one
        frames.append(page)
        if size_after_commit:
            commits.append(frames)
            frames = []
        offset += FRAME_HEADER + page_size
    # Opened on a copy: SQLite reads the log in, so dbstat sees the pages as committed.
    connection = sqlite3.connect(database)
    try:
        owner = dict(connection.execute("SELECT pageno, name FROM dbstat").fetchall())
    finally:
        connection.close()
    counted = commits[1:]
    by_tree = Counter(
        "page 1" if page == 1 else owner.get(page, "(free)") for c in counted for page in c
    )
    per = max(len(counted), 1)
    return {
        "commits": len(counted),
        "pages_per_commit": round(sum(len(c) for c in counted) / per, 2),
        "log_kb_per_commit": round(
            sum(len(c) for c in counted) * (FRAME_HEADER + page_size) / per / 1024, 1
        ),
        "page_size": page_size,
        "by_btree": {name: round(n / per, 2) for name, n in by_tree.most_common()},
    }


if __name__ == "__main__":
    sys.exit(main())
