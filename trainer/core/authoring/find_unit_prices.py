"""Prices in small change and rates per unit, as consumer and business copy writes them:
"rise to 56.1p a day", "fall to 23.9p per kilowatt hour", "a fare of 85c per trip".

No money finder reads them (pence and cents have no sign before the figure), and no count
does (the unit is no plural noun). Each is one fact: the price, asked with its unit kept in
the question ("how many pence a day"), so the answer is the figure as written ("56.1p").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# What a price is charged by: a period, or a unit of what is bought.
_PER_UNIT = (
    r"day|week|month|year|hour|minute|mile|kilometre|kilometer|litre|liter|gallon|unit|trip"
    r"|journey|text|call|kilowatt[- ]hour|kWh|MWh|therm|kg|kilo|kilogram|tonne|item|bag"
)
# "56.1p", "85c": pence anywhere; cents only with what they are charged by, as "21c" alone
# is as often a temperature.
_PRICE = re.compile(
    r"(?<![\w$€£¥.,/-])(?P<figure>\d+(?:\.\d+)?)(?P<sign>p|c)(?![\w%/-])"
    rf"(?P<per>\s+(?:a|an|per|each)\s+(?:{_PER_UNIT})\b)?"
)
_UNIT_NAMES = {"p": "pence", "c": "cents"}


def find_unit_prices(sentence: str, line: int) -> list[FoundFact]:
    """Every price in pence or cents in ``sentence``, with what it is charged by."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _PRICE.finditer(sentence):
        per = " ".join((match.group("per") or "").split())
        if match.group("sign") == "c" and not per:
            continue
        question = f"how many {_UNIT_NAMES[match.group('sign')]}"
        if per:
            question = f"{question} {per}"
        written = match.group(0)
        price = f"{match.group('figure')}{match.group('sign')}"
        found.append(
            FoundFact(
                "number",
                "counts",
                price,
                written,
                sentence,
                match.start(),
                match.end(),
                question,
                line,
            )
        )
    return found
