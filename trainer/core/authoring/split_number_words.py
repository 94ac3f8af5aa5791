"""A number written in words is read whole: "Nine hundred and sixty million pounds" is one
amount, so a card on a piece of it ("Nine how many?" => "hundred", "Nine and how many
pounds?" => "sixty million", "up to how many thousand pounds?" => "seven and a half") asks
nothing, and goes. "Half past one" is a time of day, not a share.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.validate import fold_typography

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety"
)
_SCALE = "hundred|thousand|million|billion"
# The words a piece of a number is joined to: "nine hundred and" before, "thousand" after.
_NUMBER_BEFORE = re.compile(rf"(?i)\b(?:{_UNITS}|{_SCALE})\s+(?:and\s+)?$")
_NUMBER_AFTER = re.compile(rf"(?i)^\s+(?:{_SCALE}|and\s+(?:{_UNITS})\b)")
_CLOCK_HALF = re.compile(r"(?i)\bhalf\s+past\s+(?:" + _UNITS + r")\b")


def without_split_number_words(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` without the cards asking a piece of a number written in words."""
    return {
        name: [card for card in group if not asks_a_piece(card)] for name, group in groups.items()
    }


def asks_a_piece(card: dict[str, Any]) -> bool:
    """Whether ``card``'s answer is part of a longer number in words in its evidence, or
    the "half" of a clock's "half past one"."""
    answer = fold_typography(str(card["answer"])).casefold().strip()
    evidence = fold_typography(str(card.get("evidence", "")))
    if not answer or not re.search(rf"(?i)\b(?:{_UNITS}|{_SCALE}|half)\b", answer):
        return False
    if answer in _SCALE.split("|"):
        return True  # "hundred" alone is no amount
    for found in re.finditer(rf"(?i)(?<![\w-]){re.escape(answer)}(?![\w-])", evidence):
        before, after = evidence[: found.start()], evidence[found.end() :]
        if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(after):
            return True
        if "half" in answer and _CLOCK_HALF.match(evidence, found.end() - 4):
            return True
    return False
