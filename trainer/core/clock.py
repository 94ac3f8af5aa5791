"""Time as the trainer sees it: aware UTC datetimes from an injectable clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, aware and in UTC."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is refused because its zone is unknowable."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"the time {moment.isoformat()} has no time zone; use an aware UTC time")
    # fsrs insists on the timezone.utc object itself, not merely a zero offset.
    return moment.astimezone(UTC)


def start_of_day(moment: datetime) -> datetime:
    """Midnight UTC of the day ``moment`` falls on."""
    moment = as_utc(moment)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


class ManualClock:
    """A clock that stands still until moved; for tests and replays."""

    def __init__(self, start: datetime) -> None:
        self.now = as_utc(start)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward by ``timedelta(**delta)`` and return the new time."""
        self.now += timedelta(**delta)
        return self.now
