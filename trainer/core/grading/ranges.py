"""Ranges on text cards: "£2.1 billion to £2.3 billion" typed as "£2.1-2.3bn", "22 to 28 per
cent" as "22-28%", "600,000 to 750,000" as "between 600,000 and 750,000".

A text card whose answer is two numbers, the lower first, is a range (numbers.read_pair
reads the pair and the unit written once, as number cards do); a response is the same range
when it names both ends with the same values. A currency or percent that contradicts the
answer's is wrong.

A pair falling from the first number to the second is a tally ("five votes to two", "7-4"),
never a range, and its order is the fact: "5-2" or "a vote of five to two" is the same
tally, "two votes to five" the other side's win, however alike the words look.
"""

from __future__ import annotations

from trainer.core.grading.number_kind import same_quantity
from trainer.core.grading.numbers import Quantity, read_pair
from trainer.core.grading.result import Grade, correct, wrong


def read_range(text: str) -> tuple[Quantity, Quantity] | None:
    """(low, high) when ``text`` is a range of two numbers, the lower first; else None."""
    pair = read_pair(text)
    if pair is None or pair.first.value >= pair.second.value:
        return None
    return pair.first, pair.second


def same_range(response: str, answer: str) -> bool:
    """Whether ``response`` names the range ``answer`` is, end for end."""
    expected = read_range(answer)
    given = read_range(response) if expected else None
    if expected is None or given is None:
        return False
    return all(same_quantity(mine, theirs) for mine, theirs in zip(given, expected, strict=True))


def read_tally(text: str) -> tuple[Quantity, Quantity] | None:
    """(larger, smaller) when ``text`` is a tally, the larger number first; else None."""
    pair = read_pair(text)
    if pair is None or pair.first.value <= pair.second.value:
        return None
    return pair.first, pair.second


def same_tally(response: str, answer: str) -> Grade | None:
    """Correct for the tally ``answer`` is, written any way; wrong for it reversed; None when
    ``answer`` is no tally or ``response`` names none."""
    expected = read_tally(answer)
    pair = read_pair(response) if expected else None
    if expected is None or pair is None:
        return None
    given = (pair.first, pair.second)
    if all(same_quantity(mine, theirs) for mine, theirs in zip(given, expected, strict=True)):
        return correct("same tally")
    if all(same_quantity(mine, theirs) for mine, theirs in zip(given[::-1], expected, strict=True)):
        return wrong("the tally reversed")
    return None
