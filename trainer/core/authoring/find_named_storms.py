"""Storms named by the forecasters' title before the name: "Storm Karsten pushed the river
over its banks", "Hurricane Odalys flattened homes", "Tropical Storm Lenna". The title is
part of the name, so no lower-case kind stands before it for find_kind_named to read; the
whole name is the answer, asked in place as "which storm" ("... since which storm pushed
the river over its banks?"), and other prompts call it "the storm".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.text_facts import named_thing_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# The title and the one given name after it; "Storm Team" or "Storm Centre" (a newsroom's
# desk) has a capitalised common word, so the name must not be one of those.
_STORM = re.compile(
    r"(?<![\w’'-])(?P<title>(?:Super\s+)?Typhoon|Hurricane|(?:Tropical\s+|Severe\s+Tropical\s+)?"
    rf"(?:Storm|Cyclone))\s+(?P<given>[{CAPITAL}][{SMALL}à-ÿ]+(?:-[{CAPITAL}][{SMALL}à-ÿ]+)?)\b"
    # Not part of a longer name: "the Cyclone Halima Flash Appeal" is the appeal's.
    rf"(?![’']s\b|-|\s+[{CAPITAL}])"
)
# The storm as the subject of its clause: "... since Storm Karsten pushed the river over
# its banks, ..." asks "Which storm pushed the river over its banks?", away from the clause
# around it ("It is a fortnight since", "Weeks after ..., families").
_CLAUSE = re.compile(
    r"\s+(?P<clause>(?:(?:is|was|has|had|will|would|could|may|might)\s+(?:been\s+|be\s+)?)?"
    rf"(?:[{SMALL}]+ed|[{SMALL}]{{3,}}s|is|was|hit|struck|swept|brought|left|made|tore|caused)\b[^,;:]*)"
)
_NAMING = re.compile(r"\b(?:named|called|dubbed|known\s+as)\s+$")
_NOT_GIVEN = frozenset(
    {"Team", "Centre", "Center", "Warning", "Warnings", "Watch", "Season", "Damage", "Relief"}
)


def find_named_storms(sentence: str, line: int) -> list[FoundFact]:
    """Each storm ``sentence`` names by its title, asked as "which storm"."""
    found: list[FoundFact] = []
    for match in _STORM.finditer(sentence):
        if match.group("given") in _NOT_GIVEN:
            continue
        if _NAMING.search(sentence, 0, match.start()):
            continue  # "The storm, dubbed Storm Hollis, ...": the naming asks it already
        name = match.group(0)
        kind = " ".join(match.group("title").split()).lower().removeprefix("super ")
        clause = _CLAUSE.match(sentence, match.end())
        if clause:
            prompt = f"Which {kind} {clause.group('clause').rstrip(' .!?')}?"
        else:
            prompt = ask_in_place(sentence, match.start(), match.end(), f"which {kind}")
        found.append(
            named_thing_fact(
                name,
                sentence,
                line,
                match.start(),
                match.end(),
                f"which {kind}",
                prompt,
                f"the {kind}",
            )
        )
    return found
