"""benchmarks/team_server.py runs on a tiny world and prints every figure, so it cannot rot
(no time is asserted: speed goals are read from its output, docs/performance.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pg_cluster
import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "team_server.py"


def test_the_team_server_benchmark_prints_its_figures(pg_server: pg_cluster.Server) -> None:
    if os.environ.get("TRAINER_TEST_PG"):
        pytest.skip("the benchmark starts a cluster of its own; TRAINER_TEST_PG names another")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--reviews", "4000", "--saves", "5", "--repeat", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["analysts"] == 200 and figures["reviews"] == 4000
    assert figures["team_view_s"]["members"] == 10 and figures["team_view_s"]["best"] > 0
    for key in (
        "record_review_ms",
        "record_review_ms_commit_not_waiting_for_disk",
        "record_review_ms_pipelined",
    ):
        assert 0 < figures[key]["p50"] <= figures[key]["max"]
    assert figures["settings"]["synchronous_commit"] == "on"
    assert figures["generate_s"] > 0
