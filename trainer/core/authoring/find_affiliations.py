"""Who a named thing belongs to or comes from, where the article says it in passing:

- "Tomás Ferro of the centre-left Unidad Popular" asks "Which party does Tomás Ferro belong
  to?" (a political word before the name says it is a party);
- a party written before a politician's name ("Labour's Yusuf Carraway-Nolan", "the Green
  Party's Mags Penhaligon", "The Liberal Democrat Piotr Zieliński came third") asks "Which
  party's candidate came third?", or "Which party does Mags Penhaligon represent?" where
  the name opens no sentence: a name ending in "Party", or one of the parties' names and
  members' words below ("Britain's Keir Starmer" says whose the person is, no party);
- "the “Open Ports” plan proposed by Norway" asks "Who proposed the “Open Ports” plan?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.letters import CAPITAL, NAME_WORD

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
    return found + find_party_members(sentence, line)


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


# Parties' names and their members' words, as copy writes them before a name.
_PARTY_NAMES = frozenset(
    {"Labour", "Conservative", "Conservatives", "Tory", "Tories", "Liberal Democrat",
     "Liberal Democrats", "Lib Dem", "Lib Dems", "Green", "Greens", "Reform UK", "SNP",
     "Plaid Cymru", "Sinn Féin", "Fianna Fáil", "Fine Gael", "DUP", "Republican",
     "Republicans", "Democrat", "Democrats", "Democratic"}
)  # fmt: skip
_NAMED = "|".join(sorted((re.escape(name) for name in _PARTY_NAMES), key=len, reverse=True))
# "the Green Party", "the Civic Renewal Party": any name that says it is a party.
_PARTY_NAME = rf"(?:(?:[{CAPITAL}][\w-]*\s+){{1,3}}Party|{_NAMED})"
_PERSON = rf"(?P<person>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}})(?![\w’'-])"
# An office between the party and the name: "Republican Senator Dana Hollis".
_OFFICE = (
    r"(?:(?P<office>Senator|Congressman|Congresswoman|Representative|Governor|Mayor|MP"
    r"|Councillor|Councilor|candidate|councillor|leader|mayor)\s+)?"
)
# What the person does, after the name, where the name opens the sentence.
_DEED = re.compile(r"\s+(?!(?:who|which|whose|a|an|the)\b)(?P<deed>[^,;:]+)")
_MEMBER = re.compile(
    rf"(?<![\w’'-])(?:[Tt]he\s+)?(?P<party>{_PARTY_NAME})(?:(?P<possessive>[’']s)\s+|\s+)"
    rf"{_OFFICE}{_PERSON}"
)


# Last words of a body's name that the people finders' list leaves out.
_BODY_ENDS = frozenset({"Service", "Authority", "Board", "Trust", "Alliance", "Network"})


def find_party_members(sentence: str, line: int) -> list[FoundFact]:
    """The people ``sentence`` names with their party before them."""
    # Imported here: FoundFact lives in find_facts, which calls this module, and
    # unasked_actors reads sentences through modules that read find_facts.
    from trainer.core.authoring.find_facts import FoundFact
    from trainer.core.authoring.unasked_actors import a_person

    found: list[FoundFact] = []
    for match in _MEMBER.finditer(sentence):
        party, person = match.group("party"), match.group("person")
        if (
            person.split()[0] in _PARTY_NAMES
            or not a_person(person)
            or person.split()[-1] in ORGANISATION_WORDS | _BODY_ENDS
        ):
            continue  # "Labour Party", "Green Shipping Partnership", "Labour Conciliation
            # Service": no person named
        if re.search(rf"[{CAPITAL}][\w’'–-]*\s*$", sentence[: match.start()]):
            continue  # "Norway–Chile Green ...": a word of a longer name
        found.append(
            FoundFact(
                "text",
                "facts",
                party,
                party,
                sentence,
                match.start("party"),
                match.end("party"),
                "which party",
                line,
                evidence=match.group(0),
                prompt=_by_deed(sentence, match) or f"Which party does {person} represent?",
            )
        )
    return found


def _by_deed(sentence: str, match: re.Match[str]) -> str | None:
    """ "Which party's candidate came third?": the person asked by what the sentence they
    open says they did, so that a card answering their name elsewhere hides nothing here;
    None where they open no sentence or the deed holds a figure or a saying."""
    # Imported here: unasked_actors reads sentences through modules that read this one.
    from trainer.core.authoring.unasked_actors import clause_verb_phrase

    if sentence[: match.start()].strip():
        return None
    deed = _DEED.match(sentence, match.end())
    if deed is None:
        return None
    # "came third with 14,040 votes": the deed without the figure another card asks.
    words = re.split(r"\s+(?:with|by|on|of|at|to|from)\s+(?:\w+\s+)?\S*\d", deed.group("deed"))[0]
    phrase = clause_verb_phrase(words, shortest=2)
    if phrase is None or re.search(r"\d|\b(?:said|says|told|added)\b", phrase):
        return None
    office = (match.group("office") or "candidate").casefold()
    return f"Which party's {office} {phrase}?"
