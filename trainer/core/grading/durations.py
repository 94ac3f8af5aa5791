"""Lengths of time told in more than one unit: "1 hour 25 minutes", "two years and six
months", "3h 40m".

A length of time is its total, so "85 minutes" and "an hour and 25 minutes" are the same
answer as "1 hour 25 minutes", and "1 hour 52 minutes" is another. Hours, minutes and
seconds add up in seconds, days and weeks in days, years and months in months; units from
two of those groups ("two years and three days") are no one length read here.
"""

from __future__ import annotations

import re
from fractions import Fraction

from trainer.core.grading.numbers import NUMBER_WORDS, format_figure, parse_number
from trainer.core.grading.result import Grade, correct, wrong

# Each unit's group and its size in the group's smallest unit.
_UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), ("clock", 3600)),
    **dict.fromkeys(("minute", "minutes", "min", "mins", "m"), ("clock", 60)),
    **dict.fromkeys(("second", "seconds", "sec", "secs", "s"), ("clock", 1)),
    **dict.fromkeys(("week", "weeks"), ("calendar", 7)),
    **dict.fromkeys(("day", "days"), ("calendar", 1)),
    **dict.fromkeys(("year", "years"), ("years", 12)),
    **dict.fromkeys(("month", "months"), ("years", 1)),
}
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A count and its unit: "1 hour", "an hour", "twenty-five minutes", "3h", "40m".
_PART = re.compile(
    rf"\b(?P<count>\d+(?:\.\d+)?|an?|(?:{_WORD})(?:[ -](?:{_WORD}))*)\s?(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_JOINS = re.compile(r"^(?:\s*(?:,|and|&)?\s*)$", re.IGNORECASE)
# The words a length of time may carry around it: "about", "just over" say nothing here.
_AROUND = re.compile(r"^\s*(?:about|around|roughly|some|just|nearly|almost|over|under)?\s*$")


def read_duration(text: str) -> tuple[str, Fraction] | None:
    """The unit group and total of ``text`` when it is one length of time, else None."""
    parts = list(_PART.finditer(text))
    if not parts or not _AROUND.match(text[: parts[0].start()]):
        return None
    if text[parts[-1].end() :].strip(" .") != "":
        return None
    total = Fraction(0)
    groups = set()
    for before, part in zip([None, *parts], parts, strict=False):
        if before is not None and not _JOINS.match(text[before.end() : part.start()]):
            return None
        count = _count(part.group("count"))
        if count is None:
            return None
        group, size = _UNITS[part.group("unit").casefold()]
        groups.add(group)
        total += count * size
    return (groups.pop(), total) if len(groups) == 1 else None


def same_duration(response: str, answer: str) -> Grade | None:
    """Correct for the answer's length of time told any way, wrong for another length;
    None unless the answer is one told in two units or more and the response is one too."""
    if len(_PART.findall(answer)) < 2:
        return None
    expected, given = read_duration(answer), read_duration(response)
    if expected is None or given is None or given[0] != expected[0]:
        return None
    if given[1] == expected[1]:
        return correct("the same length of time")
    return wrong(f"{_show(given)} ≠ {_show(expected)}")


def _count(written: str) -> Fraction | None:
    if written.casefold() in ("a", "an"):
        return Fraction(1)
    quantity = parse_number(written)
    if quantity is None or quantity.percent or quantity.currency:
        return None
    return quantity.value


def _show(duration: tuple[str, Fraction]) -> str:
    """A total in the units a person would write it: "1 hour 52 minutes", "2 years 6 months"."""
    group, total = duration
    steps = {
        "clock": (("hour", 3600), ("minute", 60), ("second", 1)),
        "calendar": (("week", 7), ("day", 1)),
        "years": (("year", 12), ("month", 1)),
    }[group]
    parts = []
    left = total
    for name, size in steps:
        count = left // size if size > 1 else left
        if count:
            parts.append(f"{format_figure(Fraction(count))} {name}{'' if count == 1 else 's'}")
            left -= count * size
    return " ".join(parts) or f"0 {steps[-1][0]}s"
