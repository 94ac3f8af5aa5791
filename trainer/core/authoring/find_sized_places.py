"""A named place whose size is written as a compound before its kind: "Harbour Court, a
120-flat block", "St Anne's, a 400-bed hospital". The figure sits inside an adjective no
count finder reads; it is asked of the name ("How many flats does Harbour Court have?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# Units a building or site is sized in, singular as the compound writes them.
_UNITS = "flat|home|house|bed|room|bedroom|storey|story|seat|berth|pitch|classroom|unit"
_SIZED = re.compile(
    rf"(?P<name>(?:[{CAPITAL}][\w'’.-]*\s+){{0,4}}[{CAPITAL}][\w'’.-]*),\s+an?\s+"
    rf"(?P<figure>\d{{1,3}}(?:,\d{{3}})*|\d+)-(?P<unit>{_UNITS})\s+"
    rf"(?P<kind>[{SMALL}][\w-]*)\b"
)
_PLURALS = {"story": "storeys", "storey": "storeys", "pitch": "pitches"}
_NOT_NAMES = frozenset({"The", "A", "An", "It", "This", "That", "In", "At", "On"})


def find_sized_places(sentence: str, line: int) -> list[FoundFact]:
    """Every named place ``sentence`` sizes as "NAME, a N-unit kind"."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SIZED.finditer(sentence):
        words = match.group("name").split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words:
            continue
        name, unit = " ".join(words), match.group("unit")
        units = _PLURALS.get(unit, f"{unit}s")
        found.append(
            FoundFact(
                "number",
                "counts",
                match.group("figure"),
                f"{match.group('figure')}-{unit}",
                sentence,
                match.start("figure"),
                match.end("unit"),
                f"how many {units}",
                line,
                evidence=sentence,
                prompt=f"How many {units} does {name} have?",
            )
        )
    return found
