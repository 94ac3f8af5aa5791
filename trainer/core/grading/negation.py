"""A response that denies an answer: "not 29%", "isn't 7 April 2025", "never Trump".

Such a response holds the right answer but says the opposite of it, so it must never be
graded as the answer it names. Only a denial at the start is read: "weeks and days, not
months" names what it affirms first.
"""

from __future__ import annotations

import re

from trainer.core.grading.normalize import fold

# A leading denial is looked for in the first few characters only.
_HEAD = 40
_DENIAL = re.compile(
    r"\s*(?:(?:it|that|this)(?:\s+|'s\s+|s\s+))?(?:(?:is|was|are|were)\s+)?"
    r"(?:not|never|isn'?t|wasn'?t|aren'?t|weren'?t)\b[\s,:;-]*(?P<rest>.+)",
    re.DOTALL,
)
# "not quite 70", "not sure, 29%": a hedge on the answer, not a denial of it.
_HEDGES = frozenset({"quite", "only", "sure", "certain"})


def denied(response: str) -> str | None:
    """What ``response`` denies when it starts with "not", "isn't", "never", ...; else None."""
    head = response[:_HEAD].lower()
    if "not" not in head and "never" not in head and "n't" not in head and "n’t" not in head:
        return None
    match = _DENIAL.match(fold(response))
    if match is None:
        return None
    rest = match.group("rest")
    if rest.split(maxsplit=1)[0].strip(",.") in _HEDGES:
        return None
    return rest
