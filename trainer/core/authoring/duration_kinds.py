"""A length of time drafted as a number card, not a text one.

"six months", "52 years", "three consecutive days" answer "how many months/years/days?";
as text cards they take only the words as written, so "6" (or "6 months" for "six
months" worded the other way) is marked wrong. As number cards the grader reads the count,
in figures or in words, which is what the prompt asks for.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# A count of a unit of time, with an optional "consecutive"/"straight" between: the whole
# answer, never a date ("the fourth quarter of 2026") or a span ("2019 to 2021").
_LENGTH_OF_TIME = re.compile(
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?"
    rf"(?P<count>\d[\d,.]*|[{SMALL}]+(?:-[{SMALL}]+)?)\s+"
    r"(?:(?:consecutive|straight|successive|working|calendar)\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)",
    re.IGNORECASE,
)


def counted_kind(kind: str, answer: str) -> str:
    """``kind``, or "number" for a text answer that is a count of a unit of time the
    grader reads as a number."""
    if kind != "text" or not _LENGTH_OF_TIME.fullmatch(answer.strip()):
        return kind
    # Imported here so the drafter follows whichever number reader the grader uses today.
    from trainer.core.grading.numbers import parse_number

    return "number" if parse_number(answer) is not None else kind


def time_unit(answer: str) -> str | None:
    """The unit of time ``answer`` counts ("month" for "six months"), or None when it
    counts none: "six months" and "six" deaths, "10 days" and "10 hours" are two facts
    though the grader reads the same number in them."""
    found = _LENGTH_OF_TIME.fullmatch(answer.strip())
    if found is None:
        return None
    unit = answer.strip().split()[-1].casefold()
    return {"centuries": "century"}.get(unit, unit.removesuffix("s"))


def unit_missing(answer: str, prompt: str) -> bool:
    """Whether ``answer`` counts a unit of time ``prompt`` never names: then the prompt's
    same number counts something else ("Which two places ...?" gives nothing of "two
    years") and gives no length of time away."""
    unit = time_unit(answer)
    if unit is None:
        return False
    return re.search(rf"(?i)\b{unit}s?\b", prompt) is None
