"""Short human wordings of scores, times and dates, shared by the screens."""

from __future__ import annotations

from datetime import datetime

from trainer.core.wording import plural

__all__ = ["due_in", "duration", "percent", "plural"]


def percent(score: float | None) -> str:
    """A 0..1 score as a whole percentage; a dash when there is none."""
    return "—" if score is None else f"{round(score * 100)}%"


def duration(seconds: float) -> str:
    """Seconds as '45s', '3m 05s' or '1h 02m'."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole}s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def due_in(due: datetime | None, now: datetime) -> str:
    """When a review falls due, relative to now: 'now', 'in 10 min', 'in 3 days'."""
    if due is None:
        return "not scheduled"
    seconds = (due - now).total_seconds()
    if seconds <= 0:
        return "now"
    minutes = seconds / 60
    if minutes < 59.5:
        return f"in {max(1, round(minutes))} min"
    hours = minutes / 60
    if hours < 24:
        return f"in {round(hours)} h"
    days = round(hours / 24)
    return f"in {days} day" if days == 1 else f"in {days} days"
