"""Reading the times people type for a briefing, and showing them back, in local time.

One parser for both front ends: "fri 9:00", "friday 9am", "tomorrow 14:30", "today 17:00",
"2026-12-12 09:00", "12 dec 9:00", "14:30". The time is read in the local zone (or the one
given) and returned in UTC; the zone's own rules give the offset of that very day, so a
briefing across a daylight-saving change keeps the hour typed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Final

from trainer.core.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from trainer.core.clock import as_utc
from trainer.core.errors import TrainerError

EXAMPLES: Final = "'fri 9:00', 'tomorrow 14:30' or '2026-12-12 09:00'"
WEEKDAYS: Final = tuple(name.casefold() for name in WEEKDAY_NAMES)
MONTHS: Final = tuple(name.casefold() for name in MONTH_NAMES)
_TIME = re.compile(r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<half>am|pm)?\Z")
_ISO_JOINED = re.compile(r"\A(\d{4}-\d{1,2}-\d{1,2})t(?=\d)")
_ISO_DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\Z")


class WhenError(TrainerError):
    """A time that cannot be read; the message says what would be."""


def parse_when(text: str, now: datetime, zone: tzinfo | None = None) -> datetime:
    """The moment ``text`` names, in UTC; ``now`` anchors "tomorrow", "fri" and bare times.

    ``zone`` is the zone the text is typed in; None means this computer's local time.
    A weekday or bare time means the next such moment after ``now``.
    """
    now = as_utc(now)
    local_now = _local(now, zone)
    # "2026-12-12T09:00" as ISO 8601 writes it reads as "2026-12-12 09:00".
    typed = _ISO_JOINED.sub(r"\1 ", text.strip().casefold())
    words = typed.replace(",", " ").split()
    if not words:
        raise WhenError(f"give the briefing's time, e.g. {EXAMPLES}")
    # "9 am" typed with a space: join the half-day to its hour.
    words = _join_half_day(words)
    # A bare number is a day of the month ("12 dec"); an hour needs its minutes or am/pm.
    clock = [word for word in words if _TIME.match(word) and not word.isdigit()]
    day_words = [word for word in words if word not in clock]
    if len(clock) != 1:
        raise WhenError(f"'{text.strip()}' needs one time of day, e.g. {EXAMPLES}")
    hour, minute = _read_time(clock[0], text)
    day = _read_day(day_words, local_now.date(), text)
    if day is None:  # a bare time: today, or tomorrow once it has passed
        day = local_now.date()
        if _at(day, hour, minute, zone) <= now:
            day += timedelta(days=1)
    elif (
        day_words
        and day_words[0].rstrip(".") in _weekday_names()
        and _at(day, hour, minute, zone) <= now
    ):
        day += timedelta(days=7)  # "fri 9:00" on a Friday at 10:00 means next Friday
    return _at(day, hour, minute, zone)


def _join_half_day(words: list[str]) -> list[str]:
    joined: list[str] = []
    for word in words:
        if word in ("am", "pm") and joined and joined[-1].replace(":", "").isdigit():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _read_time(word: str, text: str) -> tuple[int, int]:
    match = _TIME.match(word)
    assert match is not None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    half = match["half"]
    if half:
        if not 1 <= hour <= 12:
            raise WhenError(
                f"'{word}' in '{text.strip()}' is not a time: with am/pm the hour runs from 1 to 12"
            )
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise WhenError(f"'{word}' in '{text.strip()}' is not a time of day")
    return hour, minute


def _weekday_names() -> dict[str, int]:
    names = {}
    for number, name in enumerate(WEEKDAYS):
        names[name] = number
        names[name[:3]] = number
    names.update({"tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3})
    return names


def _month_names() -> dict[str, int]:
    names = {}
    for number, name in enumerate(MONTHS, start=1):
        names[name] = number
        names[name[:3]] = number
    names["sept"] = 9
    return names


def _read_day(words: list[str], today: date, text: str) -> date | None:
    """The day the words name; None when they name none (a bare time)."""
    words = [word.rstrip(".") for word in words if word not in ("on", "at", "next")]
    if not words:
        return None
    problem = WhenError(
        f"cannot read '{text.strip()}' as a date and time; write it like {EXAMPLES}"
    )
    if len(words) == 1:
        word = words[0]
        if word == "today":
            return today
        if word == "tomorrow":
            return today + timedelta(days=1)
        weekday = _weekday_names().get(word)
        if weekday is not None:
            return today + timedelta(days=(weekday - today.weekday()) % 7)
        iso = _ISO_DATE.match(word)
        if iso:
            return _date(int(iso["year"]), int(iso["month"]), int(iso["day"]), text)
        raise problem
    # "12 dec", "dec 12", "12 dec 2026", "fri 12 dec": a weekday beside a date is ignored.
    words = [word for word in words if word not in _weekday_names()]
    months = [word for word in words if word in _month_names()]
    numbers = [word for word in words if word.isdigit()]
    if len(months) != 1 or not 1 <= len(numbers) <= 2 or len(words) != 1 + len(numbers):
        raise problem
    month = _month_names()[months[0]]
    day_number = int(numbers[0])
    if len(numbers) == 2:
        return _date(int(numbers[1]), month, day_number, text)
    candidate = _date(today.year, month, day_number, text)
    # A day and month without a year mean the next one to come.
    return candidate if candidate >= today else _date(today.year + 1, month, day_number, text)


def _date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise WhenError(f"'{text.strip()}' names no such day") from None


def _local(moment: datetime, zone: tzinfo | None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def _at(day: date, hour: int, minute: int, zone: tzinfo | None) -> datetime:
    """That wall-clock time on that day in the zone, in UTC; refused if the clocks skip it."""
    naive = datetime(day.year, day.month, day.day, hour, minute)
    if zone is None:
        moment = naive.astimezone(UTC)  # the system's rules for that date
        wall = moment.astimezone()
    else:
        moment = naive.replace(tzinfo=zone).astimezone(UTC)
        wall = moment.astimezone(zone)
    if (wall.hour, wall.minute) != (hour, minute):
        raise WhenError(
            f"{hour:02d}:{minute:02d} does not exist on {day.isoformat()}: the "
            "clocks go forward then; pick another time"
        )
    return moment


def show_when(moment: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """A briefing time as people read it, in local time: 'Fri 09:00' within the week to come,
    '12 Dec 09:00' further off, with the year when it is not this one."""
    local, local_now = _local(as_utc(moment), zone), _local(as_utc(now), zone)
    if timedelta(0) <= local.date() - local_now.date() < timedelta(days=7):
        return local.strftime("%a %H:%M")
    if local.year == local_now.year:
        return f"{local.day} {local.strftime('%b %H:%M')}"
    return f"{local.day} {local.strftime('%b %Y %H:%M')}"


def countdown(moment: datetime, now: datetime) -> str:
    """Time left until ``moment``: '2 d 19 h', '5 h 20 min', '12 min', or 'past'."""
    left = (as_utc(moment) - as_utc(now)).total_seconds()
    if left <= 0:
        return "past"
    minutes = int(left // 60)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{max(1, minutes)} min"
