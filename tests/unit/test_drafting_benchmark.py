"""The drafting benchmark runs, prints its figures as JSON, and still meets its goals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "drafting.py"
# Groups added unseen whose failures have not been fixed yet: their figure is the honest
# guess at an article nobody has read, so the goal is not asserted on them. (Rounds 22 to
# 26 were read in part after their figures were taken; round 27 has not been read.)
# (QA round 7 was measured unseen, then tuned on: docs/drafting-log.md.)
UNSEEN_GROUPS: frozenset[str] = frozenset(
    {"qa_round_22", "qa_round_23", "qa_round_24", "qa_round_25", "qa_round_26", "qa_round_27"}
)


def test_the_drafting_benchmark_meets_its_goals_on_the_outside_articles() -> None:
    run = subprocess.run(
        [sys.executable, str(BENCH)], capture_output=True, text=True, check=True, timeout=300
    )
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    *rows, total = lines
    articles = [row for row in rows if "article" in row]
    # One total per group: "tuned", then each top-level mapping of keys.yaml.
    keys = yaml.safe_load((BENCH.parents[1] / "tests/data/articles/keys.yaml").read_text())
    groups = {name for name, value in keys.items() if isinstance(value, dict)}
    assert [row["group"] for row in rows if "article" not in row] == [
        "tuned",
        *(name for name in keys if name in groups),
    ]
    assert {"held_out", "qa_round_1", "qa_round_18"} <= groups and groups >= UNSEEN_GROUPS
    assert total["total"] is True and total["articles"] == len(articles) >= 6
    assert {"wikinews-matariki.html", "crs-tariff-authorities.pdf"} <= {
        article["article"] for article in articles
    }
    for article in articles:
        assert 0 <= article["facts_drafted"] <= article["key_facts"]
    # The goals: at least 85% of key facts, at most 1.5 cards each, no give-away.
    # They hold on the groups the rules were written from; a group added unseen is measured,
    # not held to them, until its failures are fixed, and never gives an answer away.
    seen = [row for row in articles if row["group"] not in UNSEEN_GROUPS]
    facts = sum(row["key_facts"] for row in seen)
    assert sum(row["facts_drafted"] for row in seen) >= 0.85 * facts
    assert sum(row["cards"] for row in seen) <= 1.5 * facts
    assert total["give_aways"] == 0
