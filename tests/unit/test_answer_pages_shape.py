"""benchmarks/answer_pages.py still runs and reads an answer's pages back from the real log.

The figures are for people to read (docs/performance.md); this checks the shape, and that
the log read back holds what every save must write: its review row and its card's state.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "answer_pages.py"


@pytest.mark.slow
def test_a_tiny_run_names_the_pages_of_every_answer(tmp_path: Path) -> None:
    answers = 12
    result = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--no-anki",
            "--cards",
            "60",
            "--reviews",
            "600",
            "--answers",
            str(answers),
            "--dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    trainer = json.loads(result.stdout)["trainer"]
    assert trainer["commits"] == answers - 1  # the first, which starts the session, left out
    assert trainer["page_size"] >= 512
    pages = trainer["by_btree"]
    # Each save writes its review row and its card's new schedule, in every commit.
    assert pages["reviews"] >= 1
    assert pages["card_states"] >= 1
    assert trainer["pages_per_commit"] == pytest.approx(sum(pages.values()), abs=0.1)
