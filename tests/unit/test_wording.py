"""The words both front ends use, from the one module that has them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from trainer.core.wording import (
    describe_due,
    due_in,
    duration,
    percent,
    plural,
    shorten,
    span,
)

NOW = datetime(2025, 7, 25, 9, 0, tzinfo=UTC)


def test_spans_read_naturally() -> None:
    assert span(59.6) == "1 min"
    assert span(45) == "45 s"
    assert span(600) == "10 min"
    assert span(3 * 3600) == "3 h"
    assert span(86400) == "1 day"
    assert span(12 * 86400) == "12 days"


def test_due_times_read_from_now() -> None:
    assert due_in(None, NOW) == "not scheduled"
    assert due_in(NOW - timedelta(hours=1), NOW) == "now"
    assert due_in(NOW + timedelta(minutes=10), NOW) == "in 10 min"
    assert due_in(NOW + timedelta(days=3), NOW) == "in 3 days"
    assert describe_due(NOW + timedelta(minutes=10), NOW) == "in 10 min (2025-07-25 09:10 UTC)"
    assert describe_due(NOW, NOW) == "now (due since 2025-07-25 09:00 UTC)"


def test_durations_scores_and_counts() -> None:
    assert [duration(s) for s in (45, 185, 3720)] == ["45s", "3m 05s", "1h 02m"]
    assert [percent(s) for s in (0.875, 0.0, 1.0, None)] == ["88%", "0%", "100%", "—"]
    assert [plural(1, "card"), plural(3, "card")] == ["1 card", "3 cards"]


def test_shortened_text_is_one_line_within_the_limit() -> None:
    assert shorten("short", 10) == "short"
    assert shorten("a long\nanswer   with gaps", 12) == "a long answ…"
    assert shorten("word " * 10, 11) == "word word…"
    assert len(shorten("x" * 50, 20)) == 20
