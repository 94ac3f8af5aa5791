"""The words both front ends use: counts, scores, cut text, durations and when a card is due.

The screens and line mode call these, so a score or a due time reads the same in both.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

# What a table or summary shows where there is no figure (no score yet, never reviewed).
NO_FIGURE: Final = "—"


def quoted_part(text: str, limit: int = 60) -> str:
    """``text`` for a message: whole when short, else its start and its length, so a
    100,000-character argument does not bury the sentence about it."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def plural(count: int, noun: str) -> str:
    """'1 card', '3 cards'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def percent(score: float | None) -> str:
    """A 0..1 score as a whole percentage: 0.875 -> '88%'; a dash when there is none."""
    return NO_FIGURE if score is None else f"{round(score * 100)}%"


def shorten(text: str, limit: int) -> str:
    """``text`` on one line of at most ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def duration(seconds: float) -> str:
    """How long something took: '45s', '3m 05s' or '1h 02m'."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def span(seconds: float) -> str:
    """A wait in its largest sensible unit: '45 s', '10 min', '3 h', '12 days'."""
    seconds = round(max(0.0, seconds))
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.0f} h"
    days = round(seconds / 86400)
    return f"{days} day" if days == 1 else f"{days} days"


def due_in(due: datetime | None, now: datetime) -> str:
    """When a review falls due, from now: 'now', 'in 10 min', 'in 3 days'."""
    if due is None:
        return "not scheduled"
    wait = due - now
    return "now" if wait <= timedelta(0) else f"in {span(wait.total_seconds())}"


def describe_due(due: datetime, now: datetime) -> str:
    """``due_in`` with the time it names: 'in 3 days (2025-07-28 12:00 UTC)'."""
    stamp = due.strftime("%Y-%m-%d %H:%M UTC")
    if due <= now:
        return f"now (due since {stamp})"
    return f"{due_in(due, now)} ({stamp})"
