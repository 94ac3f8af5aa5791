"""The first question of two or more trainer source trees, alternating with a bare app.

For before/after comparisons on a shared machine: each tree is a folder holding a
``trainer`` package (``git archive COMMIT trainer | tar -x -C DIR``), put first on the
path of its processes. Every round runs the bare app once and each tree once, in turn, so
all of them see the same load; the trees take turns at coming first after the bare app
(a tree run second reads higher). Prints, per tree, the ratio of medians to the bare app's on
the parent's clock (as bench.py) and on the process's own CPU time up to the moment the
question is shown (user + system, far less moved by other work on the machine).

Usage: python benchmarks/startup_ab.py --world DIR [--pairs N] [--uncompiled] TREE...
(DIR: a world from bench_data.build, with decks/ and data/.)
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import bench_data
import bench_startup

_AT_SHOWN = '    print("shown", flush=True)'
_CPU_AT_SHOWN = (
    "    import resource as _r; _u = _r.getrusage(_r.RUSAGE_SELF)\n"
    '    print("shown", _u.ru_utime + _u.ru_stime, flush=True)'
)
TRAINER_CHILD = bench_startup.TRAINER_CHILD.replace(_AT_SHOWN, _CPU_AT_SHOWN)
BASELINE_CHILD = bench_startup.BASELINE_CHILD.replace(_AT_SHOWN, _CPU_AT_SHOWN)


def _run(code: str, args: list[str], environment: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds to the question, and the process's CPU seconds by then."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
        cwd=cwd,  # not a source tree: "-c" puts the working folder first on the path
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    wall = time.perf_counter() - started
    rest, errors = process.communicate()
    words = first.split()
    if len(words) != 2 or words[0] != "shown" or process.returncode != 0:
        raise RuntimeError(f"the timed process failed: {first}{rest}{errors[-2000:]}")
    return wall, float(words[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    parser.add_argument("--world", type=Path, required=True)
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument(
        "--uncompiled", action="store_true", help="never write or read the trees' bytecode"
    )
    args = parser.parse_args()
    world = args.world.resolve()
    trainer_args = [
        "--data-dir",
        str(world / "data"),
        "--decks",
        str(world / "decks"),
        "quiz",
        bench_data.DECK_ID,
    ]
    environments = {}
    for tree in args.trees:
        environment = bench_startup._child_environment(world / f"bytecode-{tree.name}")
        environment["PYTHONPATH"] = str(tree.resolve())
        if args.uncompiled:
            del environment["PYTHONPYCACHEPREFIX"]
            environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environments[tree] = environment
    bare_environment = bench_startup._child_environment(world / "bytecode-bare")
    bare: list[tuple[float, float]] = []
    runs: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in args.trees}
    for round_number in range(args.pairs + 1):  # the first round only warms up
        bare_run = _run(BASELINE_CHILD, [], bare_environment, world)
        # The trees take turns at coming first: with one tree named twice, the one run
        # second read about 0.06 higher (docs/performance.md, sixth scale pass).
        turn = round_number % len(args.trees)
        tree_runs = {
            tree: _run(TRAINER_CHILD, trainer_args, environments[tree], world)
            for tree in [*args.trees[turn:], *args.trees[:turn]]
        }
        if round_number:
            bare.append(bare_run)
            for tree, run in tree_runs.items():
                runs[tree].append(run)
    bare_wall = statistics.median(wall for wall, _ in bare)
    bare_cpu = statistics.median(cpu for _, cpu in bare)
    report: dict[str, object] = {
        "baseline_wall_s": round(bare_wall, 4),
        "baseline_cpu_s": round(bare_cpu, 4),
        "pairs": args.pairs,
    }
    for tree, measured in runs.items():
        wall = statistics.median(wall for wall, _ in measured)
        cpu = statistics.median(cpu for _, cpu in measured)
        report[str(tree)] = {
            "wall_ratio": round(wall / bare_wall, 3),
            "cpu_ratio": round(cpu / bare_cpu, 3),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
