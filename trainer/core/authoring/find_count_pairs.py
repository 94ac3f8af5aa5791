"""A count split between two makes or models sharing one noun: "four Chinook and six
Wildcat helicopters", "three Airbus and two Boeing jets". It is one fact, asked as one
card ("Air support will be provided by how many helicopters?") whose answer is the whole
phrase, never "four" asked with the rest in the prompt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty"
)
# A make or model: one or two capitalised words, a model number among them ("A321neo").
_MAKE = r"[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?"
_PAIR = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<first>{_NUMBER})\s+{_MAKE}\s+and\s+(?P<second>{_NUMBER})\s+{_MAKE}"
    r"\s+(?P<noun>[a-z][\w-]*s|aircraft)\b"
)


def find_count_pairs(sentence: str, line: int) -> list[FoundFact]:
    """Every count of two makes sharing one noun in ``sentence``."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _PAIR.finditer(sentence):
        written = match.group(0)
        found.append(
            FoundFact(
                "text",
                "counts",
                written,
                written,
                sentence,
                match.start(),
                match.end(),
                f"how many {match.group('noun')}",
                line,
            )
        )
    return found
