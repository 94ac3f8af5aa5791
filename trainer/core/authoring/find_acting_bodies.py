"""Organisations an article names as the doer or the object of what happened, when their
name says what kind of body they are:

- "The Coastal Waters Inspectorate said it had opened an inquiry into the spill" asks
  "Which body said it had opened an inquiry into the spill?";
- "Marlow Freight Ltd was fined £40,000" asks "Which company was fined £40,000?";
- "Kestrel Foods completed the acquisition of Brookfield Bakeries Ltd" asks "Which company
  did Kestrel Foods acquire?", and "the purchase of Brookfield Bakeries Ltd, a Leeds-based
  maker of bread," with no buyer in the clause asks "Which company, a Leeds-based maker of
  bread, was acquired?".

- "the Kessel Institute of Technology in Delft, which built the radar," asks "Which
  institute built the radar?": "which" says a body, the kind word anywhere in its name;
- "Astrelle Space, a company in Toulouse, built the satellite platform" asks "Which company
  built the satellite platform?": the appositive's noun says what kind of body it is.

Otherwise the kind word ends the name ("Inspectorate", "Ltd", "Constructors"); a name with
none is left alone, as it may be a person's, whose cards are find_people's. A doer whose name holds
a word find_subjects knows ("Board", "Commission") is asked there, where the story comes back
to it; here are the kinds it does not read: regulators, inspectorates and companies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_named_things import KIND_WORDS as NAMED_KINDS
from trainer.core.authoring.find_subjects import kind_of
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.unasked_actors import KNOWN_VERB, VERB, clause_verb_phrase

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
# A name of two words or more, the small words of a body's name between ("Nordic Ocean
# Data Centre", "Kessel Institute of Technology").
_LONG_NAME = (
    rf"(?P<name>(?!(?:The|A|An|In|On|At|But|And)\b){_NAME_WORD}"
    rf"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_NAME_WORD}){{1,6}})"
)
_SHORT_FORM = rf"(?:\s+\([{CAPITAL}]{{2,8}}\))?"
_WHERE = rf"(?:\s+(?:in|of)\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?)?"
# "the Kessel Institute of Technology in Delft, which built the radar".
_WHICH_DID = re.compile(
    rf"(?<![\w'’-])(?:the\s+)?{_LONG_NAME}{_SHORT_FORM}{_WHERE},\s+which\s+"
    rf"(?P<rest>(?:{VERB}|{KNOWN_VERB})[^,;:()]*)"
)
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused)\s+to\s+comment|\bdid\s+not\s+(?:respond|reply|comment)"
    r"|\bcould\s+not\s+be\s+reached|\bwas\s+not\s+available\s+for\s+comment"
)
# Last words of a body's name no other kind list holds.
_BODY_NAME_ENDS = frozenset(
    {"Centre", "Center", "Laboratory", "Network", "Partnership", "Alliance", "Association"}
    | {"Society", "Federation", "Consortium", "Observatory", "Academy", "Programme"}
)
# What an appositive may call a body: "a company in Toulouse", "a private equity firm".
_BODY_NOUNS = (
    "company|firm|group|charity|organisation|organization|consultancy|contractor|"
    "subcontractor|supplier|manufacturer|maker|developer|operator|lender|bank|insurer|fund|"
    "institute|university|union|start-up|startup|trust|broker|airline|carrier|shipbuilder|"
    "builder|producer|retailer|chain|publisher|broadcaster|association|foundation|consortium|"
    r"think\s+tank|agency|regulator"
)
_APPOSITIVE_DID = re.compile(
    rf"^(?:[Tt]he\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}){_SHORT_FORM},\s+an?\s+"
    rf"(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,3}}?(?:{_BODY_NOUNS}))\b[^,;:()]{{0,60}},\s+"
    rf"(?P<rest>(?:{VERB}|{KNOWN_VERB})[^,;:()]*)"
)


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
    found += _bodies_described_as_acting(sentence, line)
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


def _bodies_described_as_acting(sentence: str, line: int) -> list[FoundFact]:
    """ "the Kessel Institute ..., which built the radar", "Astrelle Space, a company in
    Toulouse, built ...": asked in the group of who did what, after the finders' cards, so
    a card another pass drafts on the same name comes first (one card per fact)."""
    if _NO_COMMENT.search(sentence):
        return []  # "Aldercrest declined to comment": no deed an analyst is asked about
    found: list[FoundFact] = []
    for match in _WHICH_DID.finditer(sentence):
        kind = _kind_in_name(match.group("name").split())
        asked = clause_verb_phrase(match.group("rest"))
        if kind is not None and asked is not None and not re.search(r"\d", asked):
            found.append(_fact(sentence, line, match, f"Which {kind} {asked}?", kind, "actions"))
    appositive = _APPOSITIVE_DID.match(sentence)
    if appositive is not None and (asked := clause_verb_phrase(appositive.group("rest"))):
        noun = " ".join(appositive.group("noun").split())
        if not re.search(r"\d", asked):
            prompt = f"Which {noun} {asked}?"
            found.append(_fact(sentence, line, appositive, prompt, noun, "actions"))
    return found


_NAME_JOINS = frozenset({"of", "for", "on", "in", "and", "&"})


def _kind_in_name(words: list[str]) -> str | None:
    """What kind of body a name's words say it is ("Institute", "Centre"), if any: the
    last kind word before the name's "of" ("Foundation Trust" is a trust; "Institute of
    Technology" an institute)."""
    head = words[: next((at for at, word in enumerate(words) if word in _NAME_JOINS), len(words))]
    for kinds in (NAMED_KINDS, KIND_WORDS):
        kind = next((kinds[word] for word in reversed(head) if word in kinds), None)
        if kind is not None:
            return kind
    # "the Nordic Ocean Data Centre": "which centre".
    return words[-1].casefold() if words[-1] in _BODY_NAME_ENDS else None


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    prompt: str,
    kind: str | None = None,
    group: str = "facts",
) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    last = match.group("name").split()[-1]
    kind = kind or KIND_WORDS[last]
    return FoundFact(
        "text",
        group,
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
        # (the "facts" group reads it: a body named in a person's role is asked there)
        named_thing=group == "facts",
    )
