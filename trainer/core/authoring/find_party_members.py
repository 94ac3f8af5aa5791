"""The party a politician stands for, in the forms election copy writes it before the name:
"Labour's Yusuf Carraway-Nolan", "the Green Party's Mags Penhaligon", "The Liberal Democrat
Piotr Zieliński", "Republican Senator Dana Hollis". Each is asked "Which party does Piotr
Zieliński represent?", the answer the party as the article writes it ("Liberal Democrat").

A party is a name ending in "Party" or one of the parties' names and members' words below;
a possessive before a person that is none of these ("Britain's Keir Starmer") says whose
the person is, not their party.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, NAME_WORD

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

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
_OFFICE = r"(?:(?P<office>Senator|Congressman|Congresswoman|Representative|Governor|Mayor|MP|"
_OFFICE += r"Councillor|Councilor|candidate|councillor|leader|mayor)\s+)?"
# What the person does, after the name, where the name opens the sentence.
_DEED = re.compile(r"\s+(?!(?:who|which|whose|a|an|the)\b)(?P<deed>[^,;:]+)")
_MEMBER = re.compile(
    rf"(?<![\w’'-])(?:[Tt]he\s+)?(?P<party>{_PARTY_NAME})(?:(?P<possessive>[’']s)\s+|\s+)"
    rf"{_OFFICE}{_PERSON}"
)


def find_party_members(sentence: str, line: int) -> list[FoundFact]:
    """The people ``sentence`` names with their party before them."""
    # Imported here: FoundFact lives in find_facts, which calls this module, and
    # unasked_actors reads sentences through modules that read find_facts.
    from trainer.core.authoring.find_facts import FoundFact
    from trainer.core.authoring.unasked_actors import a_person

    found: list[FoundFact] = []
    for match in _MEMBER.finditer(sentence):
        party, person = match.group("party"), match.group("person")
        if person.split()[0] in _PARTY_NAMES or not a_person(person):
            continue  # "Labour Party", "Green Shipping Partnership": no person named
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
