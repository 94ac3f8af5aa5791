"""A name another card spells out from its short form is hidden behind that short form:
"The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by what
percentage?" reads "The CPI including owner occupiers' housing costs ...", not "The including
owner occupiers' housing costs ..." once "What does CPI stand for?" holds the full name.

The article itself gives the short form for the name, so an editor writes it where the
full name may not stand; a prompt keeps its subject and no card's answer is given away.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.letters import CAPITAL, SMALL

_STANDS_FOR = re.compile(
    rf"^What does (?P<short>[{CAPITAL}]"
    rf"[{CAPITAL}{SMALL}0-9&.-]{{1,11}}) stand for\?$"
)


def with_short_forms(cards: list[dict[str, Any]]) -> None:
    """Each card's prompt with the full names other cards spell out written as their short
    forms ("the Consumer Prices Index (CPI)" as "the CPI"); the cards answering with them
    keep theirs."""
    forms = short_forms_of(cards)
    for card in cards:
        answer = str(card.get("answer", ""))
        for full, short in forms.items():
            if full in answer:
                continue
            # "SKADI (Snow and Ice ...)", "the Consumer Prices Index (CPI)": either order.
            card["prompt"] = re.sub(
                rf"(?<![\w-])(?:{re.escape(short)}\s*\({re.escape(full)}\)|"
                rf"{re.escape(full)}(?:\s*\({re.escape(short)}\))?)(?![\w-])",
                short,
                str(card["prompt"]),
            )


def short_forms_of(cards: list[dict[str, Any]]) -> dict[str, str]:
    """Each full name a "What does X stand for?" card answers, by that name: its short form."""
    found: dict[str, str] = {}
    for card in cards:
        asked = _STANDS_FOR.match(str(card.get("prompt", "")))
        if asked is not None and isinstance(card.get("answer"), str):
            found[card["answer"]] = asked["short"]
    return found
