"""The speed benchmark still runs and prints every figure it promises, as numbers.

This checks the shape of its output only; the figures themselves are for people to read.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"

FIGURES = (
    "first_question_ratio",
    "first_question_s",
    "first_question_baseline_s",
    "first_question_editable_ratio",
    "first_question_uncompiled_ratio",
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
        [
            sys.executable,
            str(BENCH),
            "--quick",
            "--dir",
            str(tmp_path),
            "--cards",
            "120",
            "--reviews",
            "1500",
            "--pairs",
            "1",
            "--saves",
            "20",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
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


LARGE_FIGURES = (
    "first_question_ratio",
    "first_question_cold_s",
    "yaml_csafe_s",
    "first_question_backup_due_ratio",
    "first_question_editable_ratio",
    "first_question_uncompiled_ratio",
    "validate_s",
    "validate_cold_s",
    "history_screen_s",
    "history_json_s",
    "sqlite3_json_s",
    "history_json_ratio_sqlite3",
    "rss_mb",
    "sqlite3_json_raw_s",
    "history_json_ratio_sqlite3_raw",
    "bytes_per_review",
    "schema_9_bytes_per_review",
    "migrated_bytes_per_review",
    "compact_migration_s",
)


@pytest.mark.slow
def test_the_large_world_adds_its_figures(tmp_path: Path) -> None:
    if shutil.which("sqlite3") is None:
        pytest.skip("the sqlite3 command is not installed")
    result = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--quick",
            "--large",
            "--dir",
            str(tmp_path),
            "--cards",
            "60",
            "--reviews",
            "600",
            "--pairs",
            "1",
            "--saves",
            "5",
            "--large-cards",
            "200",
            "--large-reviews",
            "2000",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    large = report["large"]
    for key in LARGE_FIGURES:
        value = large[key]
        assert isinstance(value, float | int) and not isinstance(value, bool), key
        assert value >= 0, key
    assert large["first_question_ratio"] > 0 and large["history_json_ratio_sqlite3"] > 0
    assert (large["cards"], large["reviews"]) == (200, 2000)
    assert all(isinstance(met, bool) for met in report["large_goals"].values())
    assert list(tmp_path.iterdir()) == []
