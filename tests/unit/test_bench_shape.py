"""The speed benchmark still runs and prints every figure it promises, as numbers.

This checks the shape of its output only; the figures themselves are for people to read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"

FIGURES = (
    "first_question_ratio",
    "first_question_s",
    "first_question_baseline_s",
    "deck_load_cold_s",
    "deck_load_warm_s",
    "deck_load_warm_all_cards_s",
    "yaml_csafe_s",
    "yaml_csafe_collector_paused_s",
    "grade_median_us",
    "grade_p99_us",
    "record_review_median_ms",
    "record_review_p99_ms",
    "history_1m_s",
    "rss_mb",
)
GOALS = (
    "first_question_ratio",
    "deck_load_warm_s",
    "deck_load_cold_s",
    "grade_median_us",
    "grade_p99_us",
    "record_review_p99_ms",
    "history_1m_s",
    "rss_mb",
)


@pytest.mark.slow
def test_a_tiny_run_prints_one_json_object_with_every_figure(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--dir", str(tmp_path),
         "--cards", "120", "--reviews", "1500", "--pairs", "1", "--saves", "20"],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert isinstance(report, dict)
    for key in FIGURES:
        value = report[key]
        assert isinstance(value, float | int) and not isinstance(value, bool), key
        assert value >= 0, key
    assert report["first_question_ratio"] > 0
    assert report["rss_mb"] > 0
    assert set(report["goals"]) == set(GOALS)
    assert all(isinstance(met, bool) for met in report["goals"].values())
    assert (report["cards"], report["reviews"]) == (120, 1500)
    assert report["quick"] is True
    assert isinstance(report["machine"]["cpus"], int)
    # The temp world is removed afterwards.
    assert list(tmp_path.iterdir()) == []
