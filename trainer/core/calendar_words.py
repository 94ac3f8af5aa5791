"""The English names of months and weekdays, written once for every reader and writer of dates.

Not ``calendar.month_name``: that follows the process's locale, and decks, articles and
answers are English whatever the machine's settings.
"""

from __future__ import annotations

from typing import Final

MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
