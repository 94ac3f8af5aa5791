"""Organisations an article names as the doer or the object of what happened, when their
name says what kind of body they are:

- "The Coastal Waters Inspectorate said it had opened an inquiry into the spill" asks
  "Which body said it had opened an inquiry into the spill?";
- "Marlow Freight Ltd was fined £40,000" asks "Which company was fined £40,000?";
- "Kestrel Foods completed the acquisition of Brookfield Bakeries Ltd" asks "Which company
  did Kestrel Foods acquire?", and "the purchase of Brookfield Bakeries Ltd, a Leeds-based
  maker of bread," with no buyer in the clause asks "Which company, a Leeds-based maker of
  bread, was acquired?".

The kind word ends the name ("Inspectorate", "Ltd", "Constructors"); a name with none is
left alone, as it may be a person's, whose cards are find_people's. A doer whose name holds
a word find_subjects knows ("Board", "Commission") is asked there, where the story comes back
to it; here are the kinds it does not read: regulators, inspectorates and companies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_subjects import kind_of
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# The last word of a body's name, and how a question names its kind.
KIND_WORDS = {
    **dict.fromkeys(
        [
            "Inspectorate",
            "Regulator",
            "Agency",
            "Authority",
            "Commission",
            "Office",
            "Executive",
            "Ombudsman",
            "Tribunal",
            "Board",
            "Directorate",
            "Secretariat",
            "Service",
            "Institute",
            "Observatory",
        ],
        "body",
    ),
    **dict.fromkeys(
        [
            "Ltd",
            "Ltd.",
            "Limited",
            "Inc",
            "Inc.",
            "plc",
            "PLC",
            "AB",
            "AG",
            "ASA",
            "SA",
            "NV",
            "BV",
            "GmbH",
            "LLC",
            "LLP",
            "ApS",
            "Oy",
            "Oyj",
            "SpA",
            "Pty",
            "Corp",
            "Corp.",
            "Corporation",
            "Group",
            "Holdings",
            "Constructors",
            "Construction",
            "Systems",
            "Analytics",
            "Technologies",
            "Industries",
            "Airways",
            "Airlines",
            "Logistics",
            "Shipping",
            "Haulage",
            "Engineering",
            "Pharmaceuticals",
            "Foods",
            "Motors",
            "Partners",
            "Water",
            "Energy",
            "Telecom",
        ],
        "company",
    ),
    "Council": "council",
    "Party": "party",
    "Bank": "bank",
    "Union": "union",
    "Ministry": "ministry",
    "Department": "department",
}
_KIND = "|".join(sorted((re.escape(word) for word in KIND_WORDS), key=len, reverse=True))
# (A possessive is no part of a name: "Canada's Halvorsen Metals Corp" is two names.)
_NAME_WORD = rf"[{CAPITAL}][\w&-]*(?:['’](?!s\b)[\w&-]+)?"
# "the Coastal Waters Inspectorate", "Marlow Freight Ltd", "Goldfields Haulage Pty Ltd".
_BODY = (
    rf"(?P<name>(?!The\b){_NAME_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_NAME_WORD})*?"
    # "Brightwater Analytics ApS": a legal form after a kind word is still the name.
    rf"(?:\s+(?:{_KIND}))+(?![\w'’&-]))"
)
_VERB = (
    r"said|says|has|have|had|was|were|is|will|would|did|does|pleaded|announced|confirmed|"
    r"agreed|signed|told|approved|rejected|fined|launched|opened|won|lost|reported|warned|"
    r"admitted|denied|declined|issued|ordered|blamed|apologised|apologized"
)
_ACTOR = re.compile(
    # At the sentence's start, after a lead-in ("In March 2026, "), or a clause break.
    r"(?:^(?:[-•*]\s+)?(?:(?:In|On|By|Last|This|Earlier)\b[^,]{0,30},\s+)?|(?<=[,;]\s)(?:but|and|while)\s+)"
    rf"(?:[Tt]he\s+)?{_BODY}(?:\s+\([{CAPITAL}]{{2,8}}\))?"
    rf"\s+(?P<rest>(?:{_VERB})\b[^,;:]*?)"
    # The clause ends the sentence or gives way to another clause, never cut mid-phrase.
    rf"(?=\s*(?:[.;](?!\d)|$)|\s*,\s+(?:but|and|which|while|after|as|who|[{SMALL}]+ing)\b"
    r"|\s+(?:after|because|while)\b|\s+and\s+(?:was|were|is|are|has|have|had|will|would)\b)"
)
# "the acquisition of Brookfield Bakeries Ltd", "agreed to buy Brookfield Bakeries Ltd".
_BOUGHT = re.compile(
    r"(?:\b(?:acquisition|purchase|takeover)\s+of|\b(?:acquired|acquire|buy|bought|purchased))"
    rf"\s+(?:[{CAPITAL}][\w.-]*-(?:based|focused|listed)\s+)?(?:the\s+)?{_BODY}"
    r"(?P<about>,\s+an?\s+[^,;]{3,80}?,)?"
)
# The buyer: a name opening the sentence, before the verb that bought.
_BUYER = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<buyer>(?:[{CAPITAL}][\w'’&.-]*\s+){{0,3}}[{CAPITAL}][\w'’&.-]*)\s+(?:has\s+|have\s+)?"
    r"(?:completed|announced|agreed|finalised|finalized|closed|made)\b"
)
# Clauses too long to ask whole are left to the other passes.
_MOST_WORDS = 16


def find_acting_bodies(sentence: str, line: int) -> list[FoundFact]:
    """The bodies ``sentence`` names as doing something, and the companies it says were
    bought."""
    found: list[FoundFact] = []
    for match in _ACTOR.finditer(sentence):
        rest = " ".join(match.group("rest").split())
        if len(rest.split()) > _MOST_WORDS or re.search(r"\d", rest):
            # (a figure in the clause is its own card's answer, which this prompt would
            # have to hide, leaving "Which bank will provide in financing?")
            continue
        if kind_of(match.group("name")) is not None:
            continue  # "The Harbour Safety Board announced ...": find_subjects asks it
        kind = KIND_WORDS[match.group("name").split()[-1]]
        found.append(_fact(sentence, line, match, f"Which {kind} {rest}?"))
    for match in _BOUGHT.finditer(sentence):
        kind = KIND_WORDS[match.group("name").split()[-1]]
        if kind != "company":
            continue
        buyer = _BUYER.match(sentence)
        if buyer and buyer.end() <= match.start():
            prompt = f"Which company did {buyer.group('buyer')} acquire?"
        elif match.group("about"):
            prompt = f"Which company{match.group('about')} was acquired?"
        else:
            continue  # "Which company was acquired?" says nothing alone
        found.append(_fact(sentence, line, match, prompt))
    return found


def _fact(sentence: str, line: int, match: re.Match[str], prompt: str) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    last = match.group("name").split()[-1]
    kind = KIND_WORDS[last]
    return FoundFact(
        "text",
        "facts",
        " ".join(match.group("name").split()),
        match.group("name"),
        sentence,
        match.start("name"),
        match.end("name"),
        "which",
        line,
        evidence=sentence,
        prompt=prompt,
        # Other prompts call it "the company", "the inspectorate", never "…".
        description=f"the {kind if kind != 'body' else last.casefold().rstrip('.')}",
        named_thing=True,
    )
