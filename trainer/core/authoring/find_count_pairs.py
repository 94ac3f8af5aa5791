"""A count split between two makes or models sharing one noun: "four Chinook and six
Wildcat helicopters", "three Airbus and two Boeing jets". It is one fact, asked as one
card ("Air support will be provided by how many helicopters?") whose answer is the whole
phrase, never "four" asked with the rest in the prompt.

A court report's tally of charges is one fact the same way: "two counts of fraud by false
representation and one count of money laundering" (or "... and one of money laundering")
is what the defendant was convicted of, asked "... found guilty of what?" with the whole
tally its answer; "two" asked alone would leave "counts of fraud ... and one count of money
laundering" in its prompt, and a marker keys the charges.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_NUMBER = (
    r"\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty"
)
# A make or model: one or two capitalised words, a model number among them ("A321neo").
_MAKE = rf"[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}0-9][\w-]*)?"
_PAIR = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<first>{_NUMBER})\s+{_MAKE}\s+and\s+(?P<second>{_NUMBER})\s+{_MAKE}"
    rf"\s+(?P<noun>[{SMALL}][\w-]*s|aircraft)\b"
)

# A charge's noun: counts, charges, offences, breaches (singular after "one").
_CHARGE = r"(?:count|charge|offence|offense|breach|violation)(?:e?s)?"
# What a charge is of: a few words, up to the next "and", comma, or a phrase that says
# when, where or after what ("after a trial", "at Leeds Crown Court").
_OFFENCE = (
    rf"[{SMALL}][\w'-]*(?:\s+(?!and\b|after\b|at\b|in\b|on\b|following\b)[{SMALL}]"
    rf"[\w'-]*){{0,5}}"
)
_CHARGES = re.compile(
    rf"(?<![\w$€£¥.,/-])(?P<first>{_NUMBER})\s+{_CHARGE}\s+of\s+{_OFFENCE}"
    rf"(?:,\s+(?:{_NUMBER})\s+(?:{_CHARGE}\s+)?of\s+{_OFFENCE})*"
    rf",?\s+and\s+(?P<second>{_NUMBER})\s+(?:{_CHARGE}\s+)?of\s+{_OFFENCE}",
    re.IGNORECASE,
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
    for match in _CHARGES.finditer(sentence):
        written = match.group(0)
        found.append(
            FoundFact("text", "counts", written, written, sentence, match.start(), match.end(),
                      "what", line)
        )  # fmt: skip
    return found
