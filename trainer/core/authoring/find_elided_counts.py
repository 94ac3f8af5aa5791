"""Counts that share one noun and verb, the second written bare: "Toronto received 19 votes
and Copenhagen eight", "Labour won 41 seats, the Greens 12". Each side is its own fact,
asked with the verb and noun the sentence gives once ("How many votes did ..." is left
out: "Copenhagen received how many votes?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_FIGURE = (
    r"\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
_NAME = rf"(?:The\s+|the\s+)?[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}}"
_ELIDED = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s))(?P<first>{_NAME})\s+"
    r"(?P<verb>received|won|got|took|secured|gained|polled|scored|collected|earned)\s+"
    rf"(?P<one>{_FIGURE})\s+(?P<noun>[{SMALL}][\w-]*s)\s*,?\s+(?:and\s+|while\s+|with\s+)?"
    rf"(?P<second>{_NAME})\s+(?P<other>{_FIGURE})(?=\s*(?:[.;]|,\s|$))"
)


def find_elided_counts(sentence: str, line: int) -> list[FoundFact]:
    """Both counts of every "X verb N nouns and Y M" in ``sentence``."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _ELIDED.finditer(sentence):
        verb, noun = match.group("verb"), match.group("noun")
        for side, figure in (("first", "one"), ("second", "other")):
            who = match.group(side)
            found.append(
                FoundFact(
                    "number",
                    "counts",
                    match.group(figure),
                    match.group(figure),
                    sentence,
                    match.start(figure),
                    match.end(figure),
                    f"how many {noun}",
                    line,
                    evidence=sentence,
                    prompt=f"{who[:1].upper()}{who[1:]} {verb} how many {noun}?",
                )
            )
    return found
