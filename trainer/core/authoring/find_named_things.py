"""Names of things an article states plainly, with no role word or figure beside them:
where something happens ("from a field headquarters at Kinloss Barracks", "into the Medway
estuary", "based in Rotterdam"), the body or company that did something ("a contract with
Thalberg Systems AB", "appeal to the 2nd U.S. Circuit Court of Appeals", "X is advising
Y"), a ship or an exercise ("HMS Albion will operate ...", "Exercise Northern Shield"), and
a thing named after its kind ("the tanker, the Sable Horizon").

Each is asked as a short question whose answer is the whole name, as the article writes it
(the grader wants "Kinloss Barracks", not "Kinloss"). The kind word in the name says what
to ask ("at which barracks", "with which company"); a name with no kind word is asked only
where its phrase says it is a place ("based in", "diverting vessels to", "the line to").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.named_kinds import OPERATION_WORDS, SHIP_PREFIXES
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.relative_dates import WEEKDAYS
from trainer.core.authoring.text_facts import named_thing_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# One word of a proper name: "Kinloss", "U.S.", "2nd", "Calder-Finch".
_WORD = rf"(?:[{CAPITAL}](?:\.[{CAPITAL}])+\.|[{CAPITAL}][\w'’&-]*|\d+(?:st|nd|rd|th))"
# Words of a name, with the small words names hold ("Court of Appeals", "Department for
# Education", "Victims of State Sponsored Terrorism Fund"), never "on" or "in": "at Kinloss
# Barracks on Saturday" ends at "Barracks".
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+)?{_WORD})*"
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
# The word of a name that says what kind of thing it names, and how to ask for it.
_KINDS = {
    "Barracks": "barracks",
    "Base": "base",
    "Airport": "airport",
    "Airfield": "airfield",
    "Station": "station",
    "Harbour": "harbour",
    "Harbor": "harbor",
    "Area": "area",
    "Park": "park",
    "Stadium": "stadium",
    "Hospital": "hospital",
    "Library": "library",
    "Prison": "prison",
    "Cathedral": "cathedral",
    "School": "school",
    "Academy": "academy",
    "College": "college",
    "University": "university",
    "Institute": "institute",
    "Museum": "museum",
    "Court": "court",
    "Tribunal": "tribunal",
    "Council": "council",
    "Department": "department",
    "Ministry": "ministry",
    "Agency": "agency",
    "Fund": "fund",
    "Trust": "trust",
    "Foundation": "foundation",
    "Commission": "commission",
    "Authority": "authority",
    "Group": "company",
    "Holdings": "company",
    "Ltd": "company",
    "Ltd.": "company",
    "Limited": "company",
    "Inc": "company",
    "Inc.": "company",
    "plc": "company",
    "PLC": "company",
    "AB": "company",
    "AG": "company",
    "ASA": "company",
    "SA": "company",
    "NV": "company",
    "BV": "company",
    "GmbH": "company",
    "LLC": "company",
    "Corporation": "company",
    # Words a company's trading name ends in: "the contract with Northgate Constructors".
    **dict.fromkeys(
        [
            "Constructors",
            "Construction",
            "Analytics",
            "Technologies",
            "Logistics",
            "Haulage",
            "Engineering",
            "Pharmaceuticals",
            "Airways",
            "Airlines",
            "ApS",
            "Oy",
            "SpA",
            "Pty",
            "LLP",
            "Corp",
            "Corp.",
        ],
        "company",
    ),
}
# The kind words and calendar words other finders read names by.
KIND_WORDS = _KINDS
CALENDAR_WORDS = _CALENDAR
# "Thalberg Systems AB", "Halden Shipping plc": a company's legal form ends its name.
_COMPANY_FORM = r"(?:Ltd\.?|Limited|Inc\.?|plc|PLC|AB|AG|ASA|SA|NV|BV|GmbH|LLC)"
_KINDED_NAME = re.compile(
    rf"\b(?P<prep>at|in|from|to|into|with|by|near|outside)\s+(?P<span>(?:the\s+)?"
    rf"(?P<name>{_NAME}(?:\s+{_COMPANY_FORM})?))"
    # "the Woomera Prohibited Area in South Australia": the region it lies in is the answer's.
    rf"(?P<region>\s+in\s+{_WORD}(?:\s+{_WORD})?(?=[,.;]|\s*$|\s+(?:at|on|in|from|to|by)\s))?"
)
# What follows a name that names the thing itself, not a thing of it ("at Kinloss Barracks,",
# "to the Fund asking", not "at the World Trade Organization conference").
_NAME_ENDS = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|to|from|with|and|after|before|over|which|that|"
    r"when|where|as|by|until|since|during|under|while|but|or|asking|two|three|four|five|six|seven|"
    r"eight|nine|ten|about|some|more|than|said|says|is|was|will|has|had)\b"
)
# "HMS Albion", "USS Gerald R. Ford", "MV Nordic Star": a ship's name by its prefix.
_ONE_SHIP = rf"(?:{'|'.join(SHIP_PREFIXES)})(?:\s+[{CAPITAL}][\w'’.-]*){{1,3}}"
# Two ships named together ("HMS Argyll and HMS Kent") are one answer.
_SHIP = re.compile(rf"\b(?P<name>{_ONE_SHIP}(?:(?:,\s+|\s+and\s+){_ONE_SHIP})*)")
# "to be named HMS Glasgow Star": the name is what is asked, not which ship.
_NAMING = re.compile(r"\b(?:named|called|renamed)\s+$")
# "Exercise Northern Shield", "Operation Prosperity Guardian": a named exercise or operation.
_OPERATION = re.compile(
    rf"\b(?P<kind>{'|'.join(OPERATION_WORDS)})\s+(?P<rest>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}}"
    # "Exercise AMBER SHIELD 26": the year of a series is part of the name.
    # ("Exercise Northern Shield 12 days later": a count, not part of it.)
    r"(?:\s+\d{1,2}(?=\s*[,;)]|\.(?!\d)|\s*$|\s+(?:in|on|at|and|was|will|is|which|from|to|with"
    r"|took|takes|began|begins|ended|ends)\b))?)"
)
# A clause the named thing is the subject of: "HMS Albion will operate off the west coast".
_CLAUSE_AFTER = re.compile(
    rf"\s+(?P<rest>(?:will|is|was|has|had|would|can|must|are|were)\s+[{SMALL}][^,;:]*?)\s*(?:[,;:.]|$)"
)
# "linking the tanker, the Sable Horizon, to ...": a thing's kind, then its name after "the".
_KIND_COMMA_THE_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<what>[{SMALL}][{SMALL}-]+),\s+the\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,3}})"
    r"(?=,|\.|;|\s*$)"
)
# "MCT's parent, Brussels-listed Scheldt Logistics Group,": what a company is to its owner.
_OWNED_COMPANY = re.compile(
    rf"(?<![\w’'])(?P<owner>(?:[{CAPITAL}][\w&-]*\s+){{0,2}}[{CAPITAL}][\w&-]*[’']s)\s+"
    rf"(?P<what>(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*),\s+(?:[{CAPITAL}][\w.-]*-(?:listed|based)\s+)?"
    rf"(?P<name>(?:[{CAPITAL}][\w&'’-]*\s+){{0,3}}(?:Group|Holdings|Corporation|"
    + _COMPANY_FORM[3:]
    + r")(?=[,.;]|\s*$)"
)
# "presented to North Riding Council's children and young people's committee": a body as the
# owner of a committee or office named after it.
_BODY_OWNS = re.compile(
    rf"\b(?:to|by|from|at|with|before)\s+(?P<span>(?:the\s+)?(?P<name>(?:[{CAPITAL}][\w'’-]*\s+){{1,3}}"
    rf"(?P<kind>Council|Authority|Ministry|Department|Agency|Commission))[’']s)\s+[{SMALL}]"
)
# "BMO Capital Markets is advising Halvorsen": who advises, represents or underwrites a party.
_ADVISER = re.compile(
    rf"(?:^|,\s+(?:while|and|whereas)\s+)(?P<name>[{CAPITAL}][\w&'’.-]*(?:\s+[{CAPITAL}][\w&'’.-]*){{0,3}})"
    r"\s+(?P<rest>(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:advising|representing|underwriting|acting\s+for|financing|arranging)"
    rf"\s+[{CAPITAL}][^,;.]*)"
)
# "which is based in Rotterdam", "headquartered in Oslo": where a company or body sits.
_BASED_IN = re.compile(
    rf"\b(?P<verb>based|headquartered|located)\s+in\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}})"
    r"(?=[,.;]|\s*$)"
)
# "began diverting vessels to Antwerp and Hamburg": where traffic was moved to.
_MOVED_TO = re.compile(
    r"\b(?P<verb>divert(?:ed|ing)?|redirect(?:ed|ing)?|reroute(?:d)?|rerouting|relocat(?:e|ed|ing)"
    rf"|evacuat(?:ed|ing)|transferr(?:ed|ing))\s+(?P<what>(?:[{SMALL}]+\s+){{0,3}}?)to\s+"
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?(?:(?:,\s+|\s+and\s+)[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?)*)"
    r"(?=[,.;]|\s*$|\s+(?:after|as|because|since|when|while|until)\b)"
)
# "the tram extension to Hollins Cross": a line, link or route named by where it goes.
_ROUTE_TO = re.compile(
    rf"\b[Tt]he\s+(?P<what>(?:[{SMALL}][\w-]*\s+)?(?:extension|link|line|route|railway|road|"
    rf"pipeline|bypass|motorway))\s+to\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}})"
    rf"(?=\s+[{SMALL}]|[,.;])"
)
# "leaked fuel oil into the Medway estuary": a named water, valley or coast in lower case.
_NAMED_FEATURE = re.compile(
    rf"\b(?:into|in|on|along|off|across|near|at|to|from)\s+(?P<span>the\s+(?P<name>[{CAPITAL}][\w'’-]*"
    rf"(?:\s+[{CAPITAL}][\w'’-]*)?\s+(?P<kind>estuary|river|valley|bay|coast|delta|basin|gulf|"
    r"peninsula|hills|mountains|lake|forest|moor|moors|islands)))\b"
)
# "has shut its Hammerfjord processing plant": a site named before its kind in lower case.
_NAMED_SITE = re.compile(
    rf"\b(?P<span>(?:its|their|the)\s+(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?))\s+"
    rf"(?P<kind>(?:[{SMALL}]+\s+)?(?:plant|mine|refinery|terminal|factory|smelter|oilfield|"
    r"gasfield|field|mill|depot|shipyard))\b"
)


# "researchers at Northfield University", "who teaches at Georgetown University": where a
# person works is part of who they are (their role's card asks it), not a fact of its own;
# "including one at Westbrook Hospital" names one of a list.
_WHO_IS_AT = re.compile(
    r"\b(?:researchers?|scientists?|professors?|lecturers?|academics?|economists?|analysts?|"
    r"officials?|students?|fellows?|teaches|taught|studied|studies|works|worked|one)\s+$"
)
# "The company is based where?" asks "Where is the company based?".
_WHERE_LAST = re.compile(
    r"^(?P<subject>.+?)\s+(?P<verb>is|are|was|were)\s+(?P<done>\w+)\s+where\?$"
)


# "the talks ending Sunday in Hong Kong", "the summit in Geneva": where an event is held.
_EVENT_IN = re.compile(
    rf"\b[Tt]he\s+(?P<event>(?:[{SMALL}][\w-]*\s+){{0,2}}?(?P<noun>talks|summit|conference|meeting|"
    r"negotiations|games|championships|tournament|festival|trial|hearing|forum|congress|"
    r"convention|ceremony|exercises|drills))(?P<between>(?:\s+[\w-]+){0,2}?"
    # "the ministerial meeting of the Northern Energy Security Compact in Bergen".
    rf"(?:\s+of\s+the\s+(?:[{CAPITAL}][\w'’-]*\s+){{0,5}}[{CAPITAL}][\w'’-]*)?)\s+in\s+"
    rf"(?P<name>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}})"
    # Its date may follow: "in Bergen in March 2027", "in Bergen next year".
    rf"(?=[,.;]|\s*$|\s+(?:in|on|next|this|later|from)\s+(?:[{CAPITAL}][{SMALL}]+|\d{{4}}|year|month|week)\b)"
)
_PLURAL_EVENTS = frozenset(
    {"talks", "negotiations", "games", "championships", "exercises", "drills"}
)


def find_named_things(sentence: str, line: int) -> list[FoundFact]:
    """The names of places, bodies, ships and operations ``sentence`` states plainly."""
    found: list[FoundFact] = []

    def fact(name: str, start: int, end: int, evidence: str, **asked: str | None) -> None:
        found.append(
            named_thing_fact(
                name,
                sentence,
                line,
                start,
                end,
                asked.get("question") or "what name",
                asked.get("prompt"),
                asked.get("description"),
                evidence,
            )
        )

    for match in _SHIP.finditer(sentence):
        name = match.group("name")
        clause = _CLAUSE_AFTER.match(sentence, match.end())
        if clause:
            fact(
                name,
                match.start("name"),
                match.end("name"),
                sentence,
                prompt=f"Which ship {clause.group('rest')}?",
                description="the ship",
            )
        else:
            several = " and " in name or ", " in name
            question = "what" if _NAMING.search(sentence, 0, match.start()) else "which ship"
            question = "which ships" if several else question
            fact(name, match.start(), match.end(), sentence, question=question)
    for match in _OPERATION.finditer(sentence):
        kind = match.group("kind").casefold()
        rest = match.group("rest").split()
        while rest and rest[-1] in _CALENDAR:
            rest.pop()
        if not rest:
            continue
        name = f"{match.group('kind')} {' '.join(rest)}"
        fact(
            name,
            match.start(),
            match.start() + len(name),
            sentence,
            prompt=f"What is the name of the {kind}?",
            description=f"the {kind}",
        )
        # Asked the exercise's name, "AMBER SHIELD 26" is the name: the kind word is asked.
        found[-1] = dataclasses.replace(found[-1], accept=(" ".join(rest),))
    for match in _KIND_COMMA_THE_NAME.finditer(sentence):
        what = match.group("what")
        fact(
            match.group("name"),
            match.start("name"),
            match.end("name"),
            match.group(0),
            prompt=f"What is the {what} called?",
            description=f"the {what}",
        )
    for match in _OWNED_COMPANY.finditer(sentence):
        prompt = f"Which company is {match.group('owner')} {match.group('what')}?"
        fact(
            match.group("name"),
            match.start("name"),
            match.end("name"),
            match.group(0),
            prompt=prompt,
        )
    for match in _BODY_OWNS.finditer(sentence):
        name = match.group("name")
        kind = match.group("kind").casefold()
        fact(
            name,
            match.start("span"),
            match.end("span"),
            sentence,
            question=f"which {kind}’s",
            description=f"the {kind}",
        )
    for match in _ADVISER.finditer(sentence):
        prompt = f"Who {match.group('rest').strip()}?"
        fact(
            match.group("name"),
            match.start("name"),
            match.end("name"),
            match.group(0),
            prompt=prompt,
        )
    for match in _BASED_IN.finditer(sentence):
        name = match.group("name")
        start = match.start("name") - len("in ")
        asked = _WHERE_LAST.match(ask_in_place(sentence, start, match.end("name"), "where"))
        where = None
        if asked:
            subject = asked.group("subject")
            subject = subject[:1].lower() + subject[1:]
            where = f"Where {asked.group('verb')} {subject} {asked.group('done')}?"
        fact(name, start, match.end("name"), sentence, question="where", prompt=where)
    for match in _MOVED_TO.finditer(sentence):
        start = match.start("name") - len("to ")
        fact(match.group("name"), start, match.end("name"), sentence, question="to where")
    for match in _ROUTE_TO.finditer(sentence):
        prompt = f"Where does the {match.group('what')} run to?"
        fact(
            match.group("name"),
            match.start("name"),
            match.end("name"),
            match.group(0),
            prompt=prompt,
        )
    for match in _NAMED_FEATURE.finditer(sentence):
        question = f"which {match.group('kind')}"
        fact(
            match.group("name"), match.start("span"), match.end("span"), sentence, question=question
        )
    for match in _NAMED_SITE.finditer(sentence):
        if match.group("name").split()[0] in _CALENDAR:
            continue
        fact(
            match.group("name"), match.start("span"), match.end("span"), sentence, question="which"
        )
    for match in _EVENT_IN.finditer(sentence):
        if match.group("name").split()[0] in _CALENDAR:
            continue
        verb = "are" if match.group("noun") in _PLURAL_EVENTS else "is"
        event = " ".join((match.group("event") + match.group("between")).split())
        fact(
            match.group("name"),
            match.start("name"),
            match.end("name"),
            match.group(0),
            prompt=f"Where {verb} the {event}?",
        )
    for match in _KINDED_NAME.finditer(sentence):
        named = _kinded(match)
        if named is None or _WHO_IS_AT.search(sentence, 0, match.start()):
            continue
        name, kind = named
        region = match.group("region") or ""
        end = match.start("name") + len(name)
        if region and end == match.end("name"):
            name, end = name + region, match.end("region")
        span_start = match.start("span")
        fact(name, span_start, end, sentence, question=f"which {kind}")
    return found


def _kinded(match: re.Match[str]) -> tuple[str, str] | None:
    """The name ``match`` holds, cut at a weekday or month, and its kind; None when it has
    no kind word, is the kind word alone ("the Council"), or names a thing of it."""
    words = match.group("name").split()
    for at, word in enumerate(words):
        if word in _CALENDAR:
            words = words[:at]
            break
    # "Halvorsen Appliances Ltd of Market Harborough": a legal ending closes a company's
    # name, and the place after it is where the company is based.
    legal = next((at for at, word in enumerate(words) if word in _LEGAL_ENDINGS), None)
    if legal is not None and words[legal + 1 : legal + 2] == ["of"]:
        words = words[: legal + 1]
    while words and words[-1] in ("of", "for", "and", "the"):
        words.pop()
    kinds = [at for at, word in enumerate(words) if word in _KINDS]
    if not kinds or len(words) < 2:
        return None
    name = " ".join(words)
    full = match.group("name")
    if name == full and not _NAME_ENDS.match(match.string, match.end("name")):
        return None
    return name, _KINDS[words[kinds[-1]]]


_LEGAL_ENDINGS = frozenset({"Ltd", "Limited", "PLC", "plc", "Inc", "LLC", "LLP", "GmbH"})

# The phrases a name is written in that go with it when another prompt hides it: "into the
# Medway estuary" leaves no "into the" behind.
_PREPOSITIONS = ("at", "in", "into", "to", "from", "with", "by")


def named_phrases(written: str) -> list[str]:
    """``written`` with the prepositions (and article) before it, when it is a name; "the"
    alone stays, as in "beside the Hollins Cross terminus" it belongs to another noun."""
    if not written[:1].isupper() or any(char.isdigit() for char in written[:1]):
        return []
    return [
        f"{preposition} {the}{written}" for preposition in _PREPOSITIONS for the in ("", "the ")
    ]


def named_in(name: str, text: str) -> bool:
    """True when ``text`` holds ``name`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None
