"""Which of the trainer's modules are read before the first question is on screen, and what
compiling each costs (as on a first run after ``pip install -e .``, where none is compiled).

Runs ``trainer quiz`` headless in a fresh process (bench_startup's child) on a world from
bench_data.build, notes ``sys.modules`` as the question is shown, then compiles each of
those modules' source here, the fastest of five tries. Prints JSON: the modules, heaviest
first, with their bytes and milliseconds, and the totals.

Usage: python benchmarks/first_question_modules.py --world DIR
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import bench_data
import bench_startup

_AT_SHOWN = '    print("shown", flush=True)'
_MODULES_AT_SHOWN = (
    "    import json as _json, sys as _sys\n"
    '    print("shown", _json.dumps(sorted(_sys.modules)), flush=True)'
)
CHILD = bench_startup.TRAINER_CHILD.replace(_AT_SHOWN, _MODULES_AT_SHOWN)


def compile_ms(source: str, name: str, tries: int = 5) -> float:
    best = float("inf")
    for _ in range(tries):
        began = time.perf_counter()
        compile(source, name, "exec")
        best = min(best, time.perf_counter() - began)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", type=Path, required=True)
    args = parser.parse_args()
    world = args.world.resolve()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            "--data-dir",
            str(world / "data"),
            "--decks",
            str(world / "decks"),
            "quiz",
            bench_data.DECK_ID,
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=world,
    )
    words = done.stdout.splitlines()[0].split(" ", 1)
    loaded = [name for name in json.loads(words[1]) if name.split(".")[0] == "trainer"]
    rows = []
    for name in loaded:
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        path = Path(module.__file__ or "")
        source = path.read_text(encoding="utf-8")
        rows.append(
            {"module": name, "bytes": len(source), "compile_ms": compile_ms(source, str(path))}
        )
    rows.sort(key=lambda row: -row["compile_ms"])
    report = {
        "modules": len(rows),
        "bytes": sum(row["bytes"] for row in rows),
        "compile_ms": round(sum(row["compile_ms"] for row in rows), 1),
        "each": [{**row, "compile_ms": round(row["compile_ms"], 2)} for row in rows],
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
