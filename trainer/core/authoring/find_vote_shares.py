"""A vote told as a share of a body's members: "Five of the seven members voted for the
reduction" is the vote five to two, asked "How did the seven members vote on the
reduction?" (answer "five votes to two", with "5-2" accepted), never "Five of the how many
members voted ...?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_WORDS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]  # fmt: skip
_NUMBER = rf"\d{{1,2}}|{'|'.join(_WORDS)}"
_SHARE_VOTED = re.compile(
    rf"\b(?P<yes>{_NUMBER})\s+of\s+the\s+(?P<all>{_NUMBER})\s+(?P<who>[{SMALL}]+)\s+voted\s+"
    r"(?P<way>for|against|in\s+favour\s+of|in\s+favor\s+of)\s+(?P<what>[^,;.]+)",
    re.IGNORECASE,
)


def find_vote_shares(sentence: str, line: int) -> list[FoundFact]:
    """Every vote ``sentence`` tells as so many of a body's members."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SHARE_VOTED.finditer(sentence):
        yes, total = _value(match.group("yes")), _value(match.group("all"))
        if yes is None or total is None or not 0 < yes < total:
            continue
        in_words = not match.group("yes").isdigit()
        answer = f"{_written(yes, in_words)} votes to {_written(total - yes, in_words)}"
        what = match.group("what").strip()
        voters = f"{match.group('all').casefold()} {match.group('who')}"
        fact = FoundFact(
            "text",
            "counts",
            answer,
            match.group(0),
            sentence,
            match.start(),
            match.end(),
            "by what vote",
            line,
            evidence=match.group(0),
            prompt=f"How did the {voters} vote on {what}?",
            also=f"{yes}-{total - yes}",
        )
        found.append(fact)
    return found


def _value(number: str) -> int | None:
    if number.isdigit():
        return int(number)
    folded = number.casefold()
    return _WORDS.index(folded) + 1 if folded in _WORDS else None


def _written(value: int, in_words: bool) -> str:
    return _WORDS[value - 1] if in_words and 0 < value <= len(_WORDS) else str(value)
