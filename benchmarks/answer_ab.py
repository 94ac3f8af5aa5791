"""Answering one card, two source trees side by side: a change's effect under a noisy load.

Builds the benchmark world once (one deck of 10,000 cards, 1,000,000 reviews, see
bench_data), then runs, alternating, ``benchmarks/trainer_side.py answer`` of each tree
(the very loop versus_anki.py times: the card's memory read, the FSRS step,
``record_review`` with synchronous=FULL) in a fresh process on a fresh copy of the world's
data, so neither tree inherits the other's log or answers. Each figure is the median over
the pairs; single runs on a shared machine move by 2x. A tree is any folder holding the
trainer's source, for instance ``git archive main | tar -x -C /tmp/before``.

Prints JSON: the medians of each tree's answer p50 and p99 (ms) and after ÷ before.
Usage: python benchmarks/answer_ab.py BEFORE_TREE AFTER_TREE [--pairs N] [--answers N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_data
from bench import machine, progress

from trainer import paths
from trainer.core.deck_cache import DeckCache

CHILD_TIMEOUT_S = 900


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the source tree measured first in a pair")
    parser.add_argument("after", type=Path, help="the source tree measured second")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the world")
    args = parser.parse_args(argv)
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="trainer-answer-ab-") as folder:
        root = Path(folder)
        progress("building 10000 cards and 1000000 reviews")
        world = bench_data.build(root / "world", 10_000, 1_000_000)
        DeckCache(paths.cache_dir(world.data_dir)).load(world.deck_path)
        runs: dict[str, list[dict[str, float]]] = {side: [] for side in trees}
        for pair in range(args.pairs):
            progress(f"pair {pair + 1} of {args.pairs}")
            for side, tree in trees.items():
                data = root / f"data-{side}"
                shutil.copytree(world.data_dir, data)
                runs[side].append(answer(tree, data, world.deck_path, args.answers))
                shutil.rmtree(data)
    medians = {
        side: {
            figure: round(statistics.median(run[figure] for run in done), 3)
            for figure in ("answer_p50_ms", "answer_p99_ms")
        }
        for side, done in runs.items()
    }
    result = {
        **medians,
        "after_over_before": {
            figure: round(medians["after"][figure] / medians["before"][figure], 3)
            for figure in ("answer_p50_ms", "answer_p99_ms")
        },
        "runs_p50_ms": {
            side: [round(run["answer_p50_ms"], 3) for run in done] for side, done in runs.items()
        },
        "runs_p99_ms": {
            side: [round(run["answer_p99_ms"], 3) for run in done] for side, done in runs.items()
        },
        "pairs": args.pairs,
        "answers": args.answers,
        "trees": {side: str(tree) for side, tree in trees.items()},
        "machine": machine(),
    }
    print(json.dumps(result, indent=2))
    return 0


def answer(tree: Path, data: Path, deck: Path, count: int) -> dict[str, float]:
    """One process of ``tree`` answering ``count`` due cards of ``data``; its JSON."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [
            sys.executable,
            str(tree / "benchmarks" / "trainer_side.py"),
            "answer",
            str(data),
            str(deck),
            str(count),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{tree} failed ({done.returncode}): {done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.splitlines()[-1]))


if __name__ == "__main__":
    raise SystemExit(main())
