"""Ranges on text cards: "£2.1 billion to £2.3 billion" typed as "£2.1-2.3bn", "22 to 28 per
cent" as "22-28%", "600,000 to 750,000" as "between 600,000 and 750,000".

A text card whose answer is two numbers joined by "to", "and" or a dash, the lower first, is
a range; a response is the same range when it names both ends with the same values, in any
of those forms. A unit, scale, currency or percent sign written on one end only is read on
both ("£2.1-2.3 billion"), and a currency or percent that contradicts the answer's is wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.core.grading.numbers import Quantity, currencies_agree, parse_number

_JOIN = re.compile(r"\s*(?:\bto\b|\band\b|-|–|—)\s*", re.IGNORECASE)
_OPENING = re.compile(r"^\s*(?:between|from)\s+", re.IGNORECASE)


def read_range(text: str) -> tuple[Quantity, Quantity] | None:
    """(low, high) when ``text`` is a range of two numbers, the lower first; else None."""
    body = _OPENING.sub("", text.strip())
    for join in _JOIN.finditer(body):
        if join.start() == 0:
            continue  # a leading minus sign, not a join
        low = parse_number(body[: join.start()])
        high = parse_number(body[join.end() :])
        if low is None or high is None:
            continue
        low, high = _shared(low, high), _shared(high, low)
        if low.value < high.value:
            return low, high
    return None


def same_range(response: str, answer: str) -> bool:
    """Whether ``response`` names the range ``answer`` is, end for end."""
    expected = read_range(answer)
    given = read_range(response) if expected else None
    if expected is None or given is None:
        return False
    return all(_same(mine, theirs) for mine, theirs in zip(given, expected, strict=True))


def _shared(end: Quantity, other: Quantity) -> Quantity:
    """``end`` with the scale, currency and percent written only on the ``other`` end."""
    if end.scale_word is None and other.scale_word is not None:
        end = replace(end, scale_word=other.scale_word, scale=other.scale)
    if end.currency is None and other.currency is not None:
        end = replace(end, currency=other.currency)
    if not end.percent and other.percent and end.currency is None:
        end = replace(end, percent=True)
    return end


def _same(given: Quantity, right: Quantity) -> bool:
    if given.currency and right.currency and not currencies_agree(given.currency, right.currency):
        return False
    if (given.percent and right.currency) or (given.currency and right.percent):
        return False
    return given.value == right.value
