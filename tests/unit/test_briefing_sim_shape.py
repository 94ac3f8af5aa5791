"""The briefing simulation still runs and prints the figures it promises, in its shape.

The figures themselves are for people to read (docs/performance.md); this checks the shape.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SIM = Path(__file__).resolve().parents[2] / "benchmarks" / "briefing_sim.py"


@pytest.mark.slow
def test_a_tiny_run_prints_every_scenario_and_policy() -> None:
    result = subprocess.run(
        [sys.executable, str(SIM), "--quick", "--analysts", "1", "--scale-cards", "300"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [scenario["days"] for scenario in report["scenarios"]] == [1, 3, 7]
    for scenario in report["scenarios"]:
        policies = scenario["policies"]
        assert {"today", "cram", "deadline"} <= policies.keys()
        for figures in policies.values():
            assert 0 <= figures["recalled"] <= 1
            # No policy spends more than the per-day budget allows.
            assert 0 < figures["reviews"] <= report["budget_per_day"] * scenario["days"]
    assert isinstance(report["goal_met"], bool)
    assert report["readiness_at_scale"]["cards"] == 300
