"""Schema 10's migration (the compact review table) on a schema 9 database of many reviews.

Builds the benchmark world (bench_data: REVIEWS reviews of CARDS cards, by default
bench.py --large's 5,000,000 and 100,000), writes it back into the tables of schema 9
(bench_large.schema_9_copy, not timed), then times ``Store.open`` on a fresh copy of that
file, as the trainer upgrades it: one transaction, synchronous=FULL, progress reports.

Prints JSON: reviews, cards, migration_s (the median of --repeat runs) and every run's
figure, copy_s (from the start to the last progress report: the reviews converted) and
after_copy_s (the rest: dropping the old table, indexing, committing), progress_reports,
migration_cpu_s (this process's CPU time for it: on a machine other work shares, closer
to what the migration costs than the clock) and reviews_per_s. ``--keep DIR`` keeps the
schema 9 file in DIR and uses it again next time (the 5M world takes minutes to build).

``python benchmarks/compact_migration.py [--reviews N] [--cards N] [--repeat N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import bench_data
import bench_large

from trainer import paths
from trainer.core.store import Store


def schema_9_database(folder: Path, cards: int, reviews: int) -> Path:
    """The data dir in ``folder`` holding a schema 9 database of the world (made once)."""
    data_dir = folder / f"schema-9-{cards}-{reviews}"
    if paths.database_path(data_dir).exists():
        return data_dir
    world = bench_data.build(folder / "world", cards, reviews)
    partial = folder / "schema-9-partial"
    shutil.rmtree(partial, ignore_errors=True)
    bench_large.schema_9_copy(paths.database_path(world.data_dir), partial)
    shutil.rmtree(folder / "world")
    partial.rename(data_dir)
    return data_dir


def migrate_once(source: Path, scratch: Path) -> tuple[float, float, int, float]:
    """Seconds for Store.open to upgrade a copy of ``source``; seconds to the last progress
    report; how many reports there were; CPU seconds (of this process, user and system)."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    shutil.copyfile(paths.database_path(source), paths.database_path(scratch))
    reports: list[float] = []
    cpu = _cpu_s()
    began = time.perf_counter()
    Store.open(
        scratch, backup=False, progress=lambda _done, _total: reports.append(time.perf_counter())
    ).close()
    seconds = time.perf_counter() - began
    cpu = _cpu_s() - cpu
    shutil.rmtree(scratch)
    return seconds, reports[-1] - began, len(reports), cpu


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=bench_large.REVIEWS)
    parser.add_argument("--cards", type=int, default=bench_large.CARDS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="keep the schema 9 file here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trainer-migration-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        source = schema_9_database(folder, args.cards, args.reviews)
        runs = [migrate_once(source, Path(temporary) / "run") for _ in range(args.repeat)]
    seconds = statistics.median(run[0] for run in runs)
    print(
        json.dumps(
            {
                "reviews": args.reviews,
                "cards": args.cards,
                "migration_s": round(seconds, 2),
                "runs_s": [round(run[0], 2) for run in runs],
                "copy_s": round(statistics.median(run[1] for run in runs), 2),
                "after_copy_s": round(statistics.median(run[0] - run[1] for run in runs), 2),
                "progress_reports": runs[0][2],
                # On a shared machine the CPU time says more than the clock.
                "migration_cpu_s": round(statistics.median(run[3] for run in runs), 2),
                "reviews_per_s": round(args.reviews / seconds),
            }
        )
    )


if __name__ == "__main__":
    main()
