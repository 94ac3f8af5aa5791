"""A name written in capitals after the thing it names, set off by commas, as defence and
emergency-planning texts name exercises and operations: "the next exercise of the series,
BALTIC DAWN 28, will be held in May" asks "What is the next exercise of the series called?",
the name with its number ("BALTIC DAWN 28") being the answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_CAPITALS_NAMED = re.compile(
    rf"\b[Tt]he\s+(?P<what>(?:[{SMALL}][\w-]*\s+){{0,3}}[{SMALL}][\w-]*(?:\s+of\s+the\s+[{SMALL}][\w-]*)?),\s+"
    rf"(?P<name>[{CAPITAL}]{{2,}}(?:\s+[{CAPITAL}]{{2,}}){{1,3}}(?:\s+\d{{1,4}})?)(?=,)"
)


def find_capital_names(sentence: str, line: int) -> list[FoundFact]:
    """Each "the <thing>, NAME IN CAPITALS," in ``sentence``, asked as what it is called."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    return [
        FoundFact(
            "text",
            "facts",
            match.group("name"),
            match.group("name"),
            sentence,
            match.start("name"),
            match.end("name"),
            "what name",
            line,
            evidence=sentence,
            prompt=f"What is the {' '.join(match.group('what').split())} called?",
            description=f"the {match.group('what').split()[-1]}",
            named_thing=True,
        )
        for match in _CAPITALS_NAMED.finditer(sentence)
    ]
