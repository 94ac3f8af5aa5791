"""The trainer side by side with Anki's own backend, on the same cards and the same reviews.

Builds the benchmark world (one deck of 10,000 cards and 1,000,000 reviews, see
bench_data), then the same collection in Anki: PyPI ``anki`` (the Rust core of Anki
desktop), installed into a venv of its own under the cache folder when missing, gets every
card and every review (as revlog rows), each card scheduled as the trainer has it, FSRS on
and every card's memory state computed and stored (anki_side.py). Both keep their data
with the same durability: SQLite in WAL mode with synchronous=FULL, Anki's own default.

Prints one JSON object whose "ratios" are trainer / Anki (below 1.0 the trainer is ahead):

- open_first_due: a fresh process opens the data and has the first due card's question
  (the trainer: review database, deck through its parsed-deck cache, quiz queue; Anki:
  collection, ``getCard``, ``question()``), timed on the parent's clock to a "shown" line;
- answer_p50, answer_p99: one answer's durable save, the storage layer on both sides (the
  trainer: ``record_review``; Anki: ``answer_card``, whose next states were computed when
  the card was queued, before its clock), over the same due cards; the trainer's figures
  with its memory read and FSRS step included are under "trainer" as
  answer_with_scheduling_p50_ms and answer_with_scheduling_p99_ms;
- per_day: reviews per day and their pass rate over every review (``core.daily.per_day``;
  Anki: the same grouping over revlog through its database);
- stats_screen: ``trainer stats --format json`` against Anki's statistics screen's data
  (``graphs`` over a year), each a fresh process;
- db_bytes_per_review: each database file (with its log) over the review count;
- peak_memory: the highest VmHWM of each side's measured processes.

Processes of the two sides alternate and each figure is the median. The raw figures are
under "trainer" and "anki". Goals: every ratio <= 1.0, bytes per review <= 1.5.
Usage: python benchmarks/versus_anki.py [--quick] [--dir DIR] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bench_data
from bench import machine, progress

from trainer import paths
from trainer.core.deck_cache import DeckCache

ANKI_REQUIREMENT = "anki==26.9.3"
HERE = Path(__file__).resolve().parent
CHILD_TIMEOUT_S = 900


@dataclass(frozen=True, slots=True)
class Settings:
    cards: int
    reviews: int
    open_pairs: int
    answers: int
    answer_rounds: int
    stats_pairs: int


# Five alternating rounds of answers, each side's figure their median: the shared disk
# flips between a quiet and a loaded regime (0.1-0.2 ms against 3.6-3.9 ms a flush) every
# few seconds, and with two rounds one round of one side in the other regime decided the
# ratio (docs/performance.md, "the tallies after the save").
QUICK = Settings(
    cards=10_000, reviews=1_000_000, open_pairs=5, answers=200, answer_rounds=5, stats_pairs=3
)
FULL = Settings(
    cards=10_000, reviews=1_000_000, open_pairs=11, answers=1000, answer_rounds=3, stats_pairs=7
)


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "trainer-bench"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument(
        "--dir", type=Path, default=None, help="where to build the temp data (default: system temp)"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=default_cache(),
        help="where Anki's venv is kept (default: %(default)s)",
    )
    for flag in ("--cards", "--reviews", "--answers"):
        parser.add_argument(flag, type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    base = QUICK if args.quick else FULL
    settings = Settings(
        args.cards or base.cards,
        args.reviews or base.reviews,
        base.open_pairs,
        args.answers or base.answers,
        base.answer_rounds,
        base.stats_pairs,
    )
    anki_python = ensure_anki(args.cache)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="trainer-vs-anki-") as folder:
        result = run(Path(folder), settings, anki_python)
    result["quick"] = args.quick
    print(json.dumps(result, indent=2))
    return 0


def ensure_anki(cache: Path) -> Path:
    """The Python of a venv holding PyPI ``anki``, made under ``cache`` if missing."""
    venv = cache / "anki-venv"
    python = venv / "bin" / "python"
    wanted = ANKI_REQUIREMENT.split("==")[1]
    if python.exists():
        found = subprocess.run(
            [python, "-c", "from importlib import metadata; print(metadata.version('anki'))"],
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.strip() == wanted:
            return python
    progress(f"installing {ANKI_REQUIREMENT} into {venv}")
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", ANKI_REQUIREMENT], check=True)
    return python


def run(root: Path, settings: Settings, anki_python: Path) -> dict[str, object]:
    began = time.perf_counter()
    progress(f"building {settings.cards} cards and {settings.reviews} reviews")
    world = bench_data.build(root, settings.cards, settings.reviews)
    DeckCache(paths.cache_dir(world.data_dir)).load(world.deck_path)  # as any quiz left it
    collection = root / "anki" / "collection.anki2"
    collection.parent.mkdir()
    progress("the same collection in Anki, FSRS on, memory states computed")
    built = last_json(
        child(
            [
                str(anki_python),
                str(HERE / "anki_side.py"),
                "build",
                str(paths.database_path(world.data_dir)),
                str(collection),
            ]
        )[1]
    )

    trainer_db = database_bytes(paths.database_path(world.data_dir))
    anki_db = database_bytes(collection)
    trainer_cmd = [sys.executable, str(HERE / "trainer_side.py")]
    anki_cmd = [str(anki_python), str(HERE / "anki_side.py")]
    environment = child_environment(root / "bytecode")
    peaks: dict[str, list[float]] = {"trainer": [], "anki": []}

    progress("open and first due card, alternating")
    opens: dict[str, list[float]] = {"trainer": [], "anki": []}
    for index in range(settings.open_pairs + 1):
        for side, command in (
            ("anki", [*anki_cmd, "open", str(collection)]),
            ("trainer", [*trainer_cmd, "open", str(world.data_dir), str(world.deck_path)]),
        ):
            seconds, lines = timed_until_shown(command, environment)
            peaks[side].append(last_json(lines)["peak_rss_kb"])
            if index:  # the first pair brings files into the page cache and compiles
                opens[side].append(seconds)

    progress("answering due cards, alternating")
    answers: dict[str, list[dict[str, float]]] = {"trainer": [], "anki": []}
    for _ in range(settings.answer_rounds):
        for side, command in (
            ("anki", [*anki_cmd, "answer", str(collection)]),
            ("trainer", [*trainer_cmd, "answer", str(world.data_dir), str(world.deck_path)]),
        ):
            figures = last_json(child([*command, str(settings.answers)], environment)[1])
            answers[side].append(figures)
            peaks[side].append(figures["peak_rss_kb"])

    progress("statistics screen's data, alternating")
    stats: dict[str, list[float]] = {"trainer": [], "anki": []}
    trainer_stats = [
        sys.executable,
        "-m",
        "trainer",
        "--data-dir",
        str(world.data_dir),
        "--decks",
        str(world.decks_dir),
        "stats",
        "--format",
        "json",
    ]
    for index in range(settings.stats_pairs + 1):
        seconds, lines = child([*anki_cmd, "stats", str(collection)], environment)
        peaks["anki"].append(last_json(lines)["peak_rss_kb"])
        if index:
            stats["anki"].append(seconds)
        seconds, _ = child(trainer_stats, environment)
        if index:
            stats["trainer"].append(seconds)

    sides = {
        side: {
            "open_first_due_s": round(statistics.median(opens[side]), 4),
            "answer_p50_ms": round(statistics.median(a["answer_p50_ms"] for a in answers[side]), 3),
            "answer_p99_ms": round(statistics.median(a["answer_p99_ms"] for a in answers[side]), 3),
            "answers_timed": sum(a["answers"] for a in answers[side]),
            "synchronous": answers[side][0]["synchronous"],
            "per_day_s": round(statistics.median(a["per_day_s"] for a in answers[side]), 4),
            # Days the per-day read gave: the same history, so about the same on both sides.
            "per_day_days": answers[side][0]["days"],
            "stats_screen_s": round(statistics.median(stats[side]), 4),
            "db_bytes": {"trainer": trainer_db, "anki": anki_db}[side],
            "db_bytes_per_review": round(
                {"trainer": trainer_db, "anki": anki_db}[side] / settings.reviews, 1
            ),
            "peak_memory_mb": round(max(peaks[side]) / 1024, 1),
        }
        for side in ("trainer", "anki")
    }
    # The trainer's stats process is measured by the clock only; its memory is the open's.
    keys = {
        "open_first_due": "open_first_due_s",
        "answer_p50": "answer_p50_ms",
        "answer_p99": "answer_p99_ms",
        "per_day": "per_day_s",
        "stats_screen": "stats_screen_s",
        "db_bytes_per_review": "db_bytes_per_review",
        "peak_memory": "peak_memory_mb",
    }
    # What one answer takes on the trainer's side with its scheduling included, for reading
    # beside the storage-layer figure above (Anki's side has no such split to time).
    for figure in ("answer_with_scheduling_p50_ms", "answer_with_scheduling_p99_ms"):
        sides["trainer"][figure] = round(
            statistics.median(a[figure] for a in answers["trainer"]), 3
        )
    ratios = {
        name: round(sides["trainer"][key] / sides["anki"][key], 3) for name, key in keys.items()
    }
    goals = {
        name: ratio <= (1.5 if name == "db_bytes_per_review" else 1.0)
        for name, ratio in ratios.items()
    }
    return {
        "ratios": ratios,
        "goals": goals,
        "trainer": sides["trainer"],
        "anki": sides["anki"],
        "anki_build": built,
        "anki_version": ANKI_REQUIREMENT.split("==")[1],
        "cards": settings.cards,
        "reviews": settings.reviews,
        "open_pairs": settings.open_pairs,
        "stats_pairs": settings.stats_pairs,
        "total_s": round(time.perf_counter() - began, 1),
        "machine": machine(),
    }


def database_bytes(path: Path) -> int:
    """The database file and any write-ahead log beside it."""
    log = path.with_name(path.name + "-wal")
    return path.stat().st_size + (log.stat().st_size if log.exists() else 0)


def child_environment(bytecode: Path) -> dict[str, str]:
    """Compiled modules kept under ``bytecode``, as an installed program keeps them."""
    environment = {
        key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"
    }
    environment["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return environment


def child(
    command: Sequence[str], environment: dict[str, str] | None = None
) -> tuple[float, list[str]]:
    """Run a process to its end: seconds taken and the lines it printed."""
    began = time.perf_counter()
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=CHILD_TIMEOUT_S
    )
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({done.returncode}): "
            f"{done.stdout[-1000:]}{done.stderr[-2000:]}"
        )
    return elapsed, done.stdout.splitlines()


def timed_until_shown(
    command: Sequence[str], environment: dict[str, str]
) -> tuple[float, list[str]]:
    """Seconds from starting the process to its "shown" line, and what it printed after."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    elapsed = time.perf_counter() - began
    # Read through the same buffer as the first line: what it already holds is not lost.
    rest = process.stdout.read()
    errors = process.stderr.read() if process.stderr else ""
    process.wait(timeout=CHILD_TIMEOUT_S)
    if first.strip() != "shown" or process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command[:4])} failed ({process.returncode}): {first}{rest}{errors[-2000:]}"
        )
    return elapsed, rest.splitlines()


def last_json(lines: list[str]) -> dict[str, float]:
    """The figures a side printed last: one JSON object, every value a number."""
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


if __name__ == "__main__":
    raise SystemExit(main())
