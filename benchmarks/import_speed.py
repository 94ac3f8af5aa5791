"""`trainer import` of a large Quizlet-style TSV export: time and peak memory.

Writes ROWS "prompt<TAB>answer" lines, runs `trainer import` on them in a fresh process and
prints one JSON object: rows, seconds, peak resident memory of that process (MB), the deck
files written and their largest size. Goals: a 1,000,000-row import finishes, with
progress, in bounded memory (peak_rss_mb <= 300, whatever the row count).
Usage: python benchmarks/import_speed.py [--rows N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RSS_GOAL_MB = 300


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trainer-import-bench-") as top:
        folder = Path(top)
        export = folder / "rows.tsv"
        with export.open("w", encoding="utf-8") as stream:
            for index in range(args.rows):
                stream.write(f"What is item number {index} of the list?\tanswer {index}\n")
        started = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "trainer",
                "--data-dir",
                str(folder / "data"),
                "import",
                str(export),
                "-o",
                str(folder / "out" / "rows.yaml"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - started
        # ru_maxrss of waited-for children: kilobytes on Linux.
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        written = sorted((folder / "out").glob("*.yaml")) if result.returncode == 0 else []
        figures = {
            "rows": args.rows,
            "exit_status": result.returncode,
            "seconds": round(seconds, 1),
            "peak_rss_mb": round(peak_mb, 1),
            "progress_lines": result.stderr.count("rows read"),
            "decks_written": len(written),
            "largest_deck_mb": round(
                max((path.stat().st_size for path in written), default=0) / 2**20, 1
            ),
        }
        figures["goals"] = {
            "finished": result.returncode == 0,
            "peak_rss_mb": figures["peak_rss_mb"] <= RSS_GOAL_MB,
        }
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
