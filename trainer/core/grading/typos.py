"""The typo budget and the edit distance it is spent on."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

_DIGIT_RUN = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]")


def typo_budget(form: str, *, abbreviation: bool) -> int:
    """Edits allowed against a normalised form: none up to 4 characters, 1 to 8, then 2."""
    if abbreviation or len(form) <= 4:
        return 0
    return 1 if len(form) <= 8 else 2


def edit_distance(first: str, second: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit); limit+1 beyond."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    return OSA.distance(first, second, score_cutoff=limit)


def digit_runs(text: str) -> tuple[str, ...]:
    """The numbers written in digits, in order: they must match exactly, never as typos."""
    return tuple(_DIGIT_RUN.findall(text))


def is_abbreviation(written: str) -> bool:
    """True for forms like "TRF", "ISIS-K", "LeT", "U.S.": one word, mostly capitals."""
    if " " in written.strip():
        return False
    letters = _LETTERS.findall(written)
    capitals = sum(1 for letter in letters if letter.isupper())
    return capitals >= 2 and capitals * 2 >= len(letters)


def typo_detail(response: str, form: str, edits: int) -> str:
    """Words for a typo: spacing alone, or how many letters."""
    if response.replace(" ", "") == form.replace(" ", ""):
        return "typo: spacing"
    return f"typo: {edits} letter" if edits == 1 else f"typo: {edits} letters"
