"""Who a named thing belongs to or comes from, where the article says it in passing:

- "Tomás Ferro of the centre-left Unidad Popular" asks "Which party does Tomás Ferro belong
  to?" (a political word before the name says it is a party);
- "the “Open Ports” plan proposed by Norway" asks "Who proposed the “Open Ports” plan?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_NAME_WORD = rf"[{CAPITAL}][\w'’-]*"
# Small words inside a party's or person's name: "Partido de la Gente", "Rivas del Campo".
_JOIN = r"(?:\s+(?:de|del|de\s+la|la|los|las|of|for|and|the|y|e|van|von|der))?\s+"
_NAME = rf"{_NAME_WORD}(?:{_JOIN}{_NAME_WORD})*"
_POLITICAL = (
    r"(?:right-wing|left-wing|far-right|far-left|centre-right|centre-left|center-right"
    r"|center-left|conservative|liberal|socialist|nationalist|populist|ruling|governing"
    r"|opposition|green|social-democratic|christian-democratic)"
)
_MEMBER_OF = re.compile(
    rf"(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+of\s+the\s+(?:{_POLITICAL}\s+)+"
    rf"(?P<party>{_NAME})"
)
_THING = (
    r"initiative|plan|proposal|scheme|programme|program|resolution|amendment|motion|bill"
    r"|framework|roadmap|declaration|mechanism"
)
_PROPOSED_BY = re.compile(
    rf"\b[Tt]he\s+(?P<thing>(?:[\"“][^\"”]{{2,40}}[\"”]|{_NAME})\s+(?:{_THING}))"
    r",?\s+(?P<verb>proposed|put\s+forward|tabled|drafted|sponsored|championed|initiated)\s+by\s+(?:the\s+)?"
    rf"(?P<who>{_NAME})(?=\s*[,.;]|\s*$|\s+(?:in|on|at|last|this|and|which|to)\b)"
)

_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Councillor|Senator|Rep|Representative|Minister"
    r"|President|Premier|Governor|Mayor|Judge|Justice|Professor|Prof)\b\.?"
)


def find_affiliations(sentence: str, line: int) -> list[FoundFact]:
    """Each person's party and each proposal's proposer ``sentence`` names."""
    found: list[FoundFact] = []
    for match in _MEMBER_OF.finditer(sentence):
        person = " ".join(match.group("person").split())
        found.append(_fact(sentence, line, match, "party", f"Which party does {person} belong to?"))
    for match in _PROPOSED_BY.finditer(sentence):
        if _TITLE.match(match.group("who")):
            continue  # a person's doing is find_people's, who names them by role
        thing = " ".join(match.group("thing").split())
        verb = " ".join(match.group("verb").split())
        found.append(_fact(sentence, line, match, "who", f"Who {verb} the {thing}?"))
    return found


def _fact(sentence: str, line: int, match: re.Match[str], group: str, prompt: str) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    return FoundFact(
        "text",
        "facts",
        " ".join(match.group(group).split()),
        match.group(group),
        sentence,
        match.start(group),
        match.end(group),
        "which",
        line,
        evidence=sentence,
        prompt=prompt,
        named_thing=True,
    )
