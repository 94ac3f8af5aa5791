"""The size of a body of people written after its noun: "had a crew of 23", "a staff of
40", "a workforce of 1,200". The figure stands alone, so no count finder reads it; it is
asked in place ("The tanker had how many crew?", "The mill has a workforce of how many?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_FIGURE = (
    r"\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty"
)
# Nouns counted as "how many crew"; the others keep their noun ("a workforce of how many").
_COUNTED_AS_IS = ("crew", "staff")
_SIZE = re.compile(
    r"\b(?:an?\s+)(?:(?:total|combined|permanent|full-time)\s+)?"
    r"(?P<noun>crew|staff|workforce|garrison|complement|membership|squad)\s+of\s+"
    rf"(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?(?P<figure>{_FIGURE})\b"
    # "a staff of 40 nurses" is a count of nurses, another finder's.
    rf"(?!\s+[{SMALL}]+s\b|[.,]\d|\s*%|\s+(?:per|million|billion))"
)


def find_body_sizes(sentence: str, line: int) -> list[FoundFact]:
    """Every body's size written as "a NOUN of N" in ``sentence``."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SIZE.finditer(sentence):
        noun = match.group("noun")
        question = f"how many {noun}" if noun in _COUNTED_AS_IS else f"a {noun} of how many"
        found.append(
            FoundFact(
                "number",
                "counts",
                match.group("figure"),
                match.group(0),
                sentence,
                match.start(),
                match.end(),
                question,
                line,
            )
        )
    return found
