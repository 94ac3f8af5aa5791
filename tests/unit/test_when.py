"""The briefing time parser: the forms people type, local time in, UTC out, DST-safe."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from trainer.core.when import WhenError, countdown, parse_when, show_when

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SUNDAY_NOON = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)  # a Sunday; London is on UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fri 9:00", datetime(2026, 12, 11, 9, 0, tzinfo=UTC)),
        ("Friday 9am", datetime(2026, 12, 11, 9, 0, tzinfo=UTC)),
        ("9 am fri", datetime(2026, 12, 11, 9, 0, tzinfo=UTC)),
        ("2026-12-12 09:00", datetime(2026, 12, 12, 9, 0, tzinfo=UTC)),
        ("2026-12-12T09:00", datetime(2026, 12, 12, 9, 0, tzinfo=UTC)),
        ("tomorrow 14:30", datetime(2026, 12, 7, 14, 30, tzinfo=UTC)),
        ("today 5:15pm", datetime(2026, 12, 6, 17, 15, tzinfo=UTC)),
        ("12 dec 9:00", datetime(2026, 12, 12, 9, 0, tzinfo=UTC)),
        ("dec 12 2027 09:30", datetime(2027, 12, 12, 9, 30, tzinfo=UTC)),
        ("14:30", datetime(2026, 12, 6, 14, 30, tzinfo=UTC)),  # later today
        ("11:00", datetime(2026, 12, 7, 11, 0, tzinfo=UTC)),  # passed today: tomorrow
        ("sun 11:00", datetime(2026, 12, 13, 11, 0, tzinfo=UTC)),  # passed this Sunday
        ("1 jan 10:00", datetime(2027, 1, 1, 10, 0, tzinfo=UTC)),  # the next 1 January
    ],
)
def test_the_forms_people_type(text: str, expected: datetime) -> None:
    assert parse_when(text, SUNDAY_NOON, LONDON) == expected


def test_local_time_is_stored_in_utc_across_daylight_saving() -> None:
    # New York is UTC-5 in December and UTC-4 after the clocks go forward on 14 March 2027.
    winter = parse_when("2027-03-12 09:00", SUNDAY_NOON, NEW_YORK)
    summer = parse_when("2027-03-15 09:00", SUNDAY_NOON, NEW_YORK)
    assert (winter.hour, summer.hour) == (14, 13)
    # Shown back in local time, both read 09:00.
    assert show_when(summer, datetime(2027, 3, 13, tzinfo=UTC), NEW_YORK) == "Mon 09:00"
    with pytest.raises(WhenError, match="does not exist on 2027-03-14: the clocks go forward"):
        parse_when("2027-03-14 02:30", SUNDAY_NOON, NEW_YORK)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fri", "needs one time of day"),
        ("", "give the briefing's time"),
        ("blah 9:00", "cannot read 'blah 9:00' as a date and time"),
        ("25:00 fri", "'25:00' in '25:00 fri' is not a time of day"),
        ("13pm fri", "with am/pm the hour runs from 1 to 12"),
        ("2026-02-30 9:00", "names no such day"),
    ],
)
def test_what_cannot_be_read_is_said_in_one_sentence(text: str, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        parse_when(text, SUNDAY_NOON, LONDON)


def test_shown_and_counted_down() -> None:
    friday = datetime(2026, 12, 11, 9, 0, tzinfo=UTC)
    assert show_when(friday, SUNDAY_NOON, LONDON) == "Fri 09:00"
    assert (
        show_when(datetime(2026, 12, 24, 9, 0, tzinfo=UTC), SUNDAY_NOON, LONDON) == "24 Dec 09:00"
    )
    assert countdown(friday, datetime(2026, 12, 8, 14, 0, tzinfo=UTC)) == "2 d 19 h"
    assert countdown(friday, datetime(2026, 12, 11, 8, 40, tzinfo=UTC)) == "20 min"
    assert countdown(friday, friday) == "past"
