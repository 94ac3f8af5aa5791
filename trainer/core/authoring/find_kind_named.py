"""Named things introduced by their kind, with the words news copy puts before the kind:
"the Marshall Islands-flagged tanker Kestrel Venture", "the Dutch media group Vandersloot
Holdings", "the satellite SKYLINE-2", "the frigate HMS Dauntless", "the drug rilopraz".

The kind is the lower-case noun right before the name, from the kinds of things (vessels,
craft, medicines, products, companies, works and sites) a name is given to, so a person
("the minister Jane Roe") is never asked as a thing. Where the named thing is the subject of
the clause, the question asks it by what it did: "Which tanker was struck on its port side
by the bulk carrier?"; elsewhere it is asked in place ("Regulators approved which drug for
adults?"). Other prompts name it by its kind ("the tanker").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.relative_dates import WEEKDAYS
from trainer.core.authoring.text_facts import named_thing_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# Kinds of thing a name is given to (the last lower-case word before the name).
KINDS = frozenset(
    {
        # vessels
        "ship", "vessel", "tanker", "supertanker", "carrier", "freighter", "ferry", "trawler",
        "frigate", "destroyer", "corvette", "submarine", "cruiser", "warship", "yacht",
        "superyacht", "liner", "tug", "tugboat", "barge", "dredger", "icebreaker", "boat",
        "cutter", "schooner",
        # craft
        "aircraft", "plane", "jet", "airliner", "helicopter", "drone", "satellite", "rover",
        "probe", "spacecraft", "lander", "orbiter", "rocket", "launcher", "telescope",
        "capsule", "observatory",
        # medicines
        "drug", "medicine", "medication", "vaccine", "jab", "treatment", "therapy",
        "compound", "antibody", "antiviral", "antibiotic", "painkiller", "pill",
        # products and works
        "model", "phone", "smartphone", "handset", "laptop", "console", "chip", "processor",
        "chatbot", "app", "platform", "software", "car", "truck", "locomotive", "missile",
        "reactor", "turbine", "robot", "brand", "film", "documentary", "album", "novel",
        "newspaper", "magazine", "website", "podcast", "channel", "broadcaster",
        # companies and bodies
        "company", "firm", "group", "conglomerate", "insurer", "bank", "lender", "airline",
        "operator", "start-up", "startup", "fund", "charity", "retailer", "chain",
        "supermarket", "consortium", "developer", "manufacturer", "maker", "drugmaker",
        "carmaker", "shipowner", "miner", "producer", "utility", "subsidiary", "contractor",
        "supplier", "builder", "consultancy", "publisher", "militia", "movement",
        # works and sites
        "canal", "dam", "bridge", "tunnel", "pipeline", "mine", "oilfield", "refinery",
        "terminal", "reservoir", "hotel", "stadium", "arena", "tower", "complex", "facility",
        "plant", "shipyard", "storm", "hurricane", "typhoon", "cyclone", "variant", "volcano",
        "glacier",
    }
)  # fmt: skip
# Medicines are named in lower case ("the drug rilopraz"): a word ending as their names do.
_MEDICINE_KINDS = frozenset(
    {"drug", "medicine", "medication", "vaccine", "treatment", "therapy", "compound",
     "antibody", "antiviral", "antibiotic", "painkiller", "pill"}
)  # fmt: skip
_MEDICINE_NAME = (
    rf"[{SMALL}]{{3,}}(?:mab|nib|vir|pril|sartan|olol|azole|tide|stat|dipine|floxacin|cillin|mycin"
    r"|cycline|parin|gliptin|gliflozin|lukast|setron|triptan|oxetine|afil|profen|cept|az"
    r"|amide|azine|epam|oxacin|umab|mide)"
)
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
_BODY_WORDS = ORGANISATION_WORDS | {"Board", "Authority", "Directorate", "Executive", "Cabinet"}
# A word of a name: "Kestrel", "SKYLINE-2", "X200", "HMS"; a figure may close it ("Falcon 9").
_NAME_WORD = rf"[{CAPITAL}](?:[\w'’.]|-(?![{SMALL}]))*(?<![.’'])"
# Names in Portuguese, Spanish, French or Italian hold their own small words ("Jornal do
# Meio-Dia", "Banco de la Plata", "Musée des Docks"); the name is not cut at them.
_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?|(?:do|da|dos|das|de|del|della|di|du|des)\s+)?"
    rf"{_NAME_WORD}){{0,3}}(?:\s+\d[\w.-]*)?"
)
# Words before the kind: "Marshall Islands-flagged", "Dutch", "US", "180-metre", "new".
_CAPITAL_MODIFIER = (
    rf"(?:(?:[{CAPITAL}][\w.]*\s+){{0,2}}[{CAPITAL}][\w.]*-(?:flagged|based|registered|listed|owned|made|"
    r"built|designed|developed|led|backed|controlled|run|operated|headquartered)"
    rf"|[{CAPITAL}][{SMALL}]+(?:an|ese|ish|ch|ic|i|ss|ek)|[{CAPITAL}]{{2,3}})"
)
_NOT_KIND_WORDS = (
    r"(?!(?:and|or|of|in|on|at|to|by|for|with|from|as|that|which|the|a|an|its|their)\b)"
)
_LOWER_MODIFIER = rf"{_NOT_KIND_WORDS}[{SMALL}\d](?:[\w.-]|,(?=\d))*"
_DETERMINER = rf"(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[{CAPITAL}][\w&.-]*[’']s)"
_KIND_NAMED = re.compile(
    # "while campaign group Fair Play Media called ...": wire copy drops the article after
    # a joining word.
    rf"(?:(?<![\w’'-]){_DETERMINER}\s+|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s))"
    rf"(?P<mods>(?:(?:{_CAPITAL_MODIFIER}|{_LOWER_MODIFIER})\s+){{0,3}}?)"
    rf"(?P<kind>(?:{_NOT_KIND_WORDS}[{SMALL}][{SMALL}-]+\s+)?{_NOT_KIND_WORDS}(?P<head>[{SMALL}][{SMALL}-]+))\s+"
    rf"(?P<name>{_NAME}|{_MEDICINE_NAME})"
    # The name ends the phrase: a comma, a stop, or a lower-case word.
    rf"(?=\s*[,.;:)]|\s*$|\s+[{SMALL}(])"
)
# "a Russian rocket", "the Chinese dam": a nationality says whose, not which one.
_NATIONALITY = (
    rf"(?:[{CAPITAL}][{SMALL}]+(?:ian|ese|ish|ean|can|man)|Dutch|French|Greek|Swiss|Thai|Iraqi|Israeli"
    r"|Pakistani|Saudi|Kuwaiti|Omani|Yemeni|Bangladeshi|Nepali|Somali|US|UK|EU|UN)"
)
# "The Qosh Tepa canal in northern Afghanistan", "the 1992 Almaty agreement": a name
# before a lower-case kind of work or instrument, the kind part of what it is called.
_NAME_THEN_KIND = re.compile(
    # "EPOA's Polar Watch programme", "the agency's ...": an owner before it says whose.
    r"(?<![\w’'-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|(?:[Tt]he\s+)?[\w&.-]+[’']s)\s+"
    rf"(?!{_NATIONALITY}\s)"
    rf"(?P<name>(?:(?:19|20)\d{{2}}\s+)?[{CAPITAL}][\w'’-]*(?<!['’]s)(?:\s+[{CAPITAL}][\w'’-]*(?<!['’]s)){{0,2}}"
    # "an Ariane 6 rocket": a model's number is part of its name.
    r"(?:\s+\d[\w-]*)?)\s+"
    r"(?P<kind>(?:river\s+|road\s+|rail\s+|gas\s+|oil\s+|peace\s+|trade\s+|border\s+)?"
    r"(?:canal|dam|bridge|tunnel|pipeline|reservoir|barrage|viaduct|interconnector|railway"
    r"|motorway|highway|bypass|agreement|accord|treaty|protocol|pact|ceasefire|declaration"
    r"|rocket|launcher|programme|program))"
    rf"(?P<where>\s+in\s+(?:[{SMALL}]+(?:-[{SMALL}]+)?\s+)?[{CAPITAL}][\w'’-]*)?"
    rf"(?=\s*[,.;:)]|\s*$|\s+[{SMALL}(])"
)
# "The Kestrel Dawn, a 112-metre general cargo vessel owned by ..., struck ...": a name that
# opens its clause, with its kind set after it.
_NAME_THEN_ITS_KIND = re.compile(
    rf"(?:^|(?<=[;:]\s))(?:[Tt]he\s+)?(?P<name>{_NAME}),\s+an?\s+"
    rf"(?P<mods>(?:(?:{_CAPITAL_MODIFIER}|{_LOWER_MODIFIER})\s+){{0,3}}?)"
    rf"(?P<kind>(?:{_NOT_KIND_WORDS}[{SMALL}][{SMALL}-]+\s+)?"
    rf"(?P<head>{'|'.join(sorted(KINDS, key=len, reverse=True))}))"
    r"(?=[\s,.;])"
)
# Where the aside after the kind ends and the clause's verb comes: ", struck a reef".
_ASIDE_THEN_VERB = re.compile(
    r"[^;:()“”\"]{0,120}?,(?=\s+(?:[a-z]{3,}(?:ed|es)\b|ran|sank|struck|hit))"
)
# Kinds that say what a named thing is, not part of its name: "a Falcon 9 rocket".
_VEHICLE_KINDS = frozenset({"rocket", "launcher"})
# "..., carrying about 48,000 tonnes of diesel, was struck ...": a phrase set off by commas
# after the name, before its verb.
_SET_OFF = re.compile(r",\s+(?:[^,;:()“”\"]|,(?=\d)){1,80},")
_AUX = r"(?:is|are|was|were|has|had|have|will|would|can|could|may|might|must|should)"
_VERB_PHRASE = re.compile(
    rf"\s+(?P<rest>(?:{_AUX}\b|(?:also\s+)?[{SMALL}]{{3,}}(?:ed|es|s)\b|ran|sank|struck|hit|made|"
    r"took|left|went|came|began|won|lost|built|bought|sold|became)[^,;:()“”\"]*)"
)
# Where the clause ends for the question: a time or a place after it is other cards' facts.
_CLAUSE_TAIL = re.compile(
    r"\s+(?:at\s+around|at\s+about|around\s+\d|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)|(?:(?:shortly|just|soon|hours|minutes|days|weeks)\s+)?(?:after|before)\s"
    r"|while\s|when\s|as\s|because\s|according\s|and\s+that\s|but\s|,)"
)
# Opening words that mean the phrase is not the clause's subject.
_CLAUSE_START = re.compile(r"(?:^|[;:]\s+|,\s+(?:and|but|while|whereas)\s+|\b(?:and|but)\s+)\s*$")
_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|thousand|million|billion|half|quarter|third)\b"
)
_BEFORE_FIGURE = re.compile(
    r"(?P<kept>.+?)\s+(?:for|in|over|during|within|after|by|at|on|with|from)"
    r"(?:\s+(?:about|around|some|nearly|almost|more\s+than|over|the\s+next|the\s+past))?\s+"
)
_SPOKEN = re.compile(r"\b(?:said|says|told|added)\b")


def find_kind_named(sentence: str, line: int) -> list[FoundFact]:
    """Each thing ``sentence`` names after its kind, asked as "Which <kind> ...?"."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _candidates(sentence):
        head = match.group("head")
        name = match.group("name")
        if head not in KINDS or name.split()[0] in _CALENDAR or name in _BODY_WORDS:
            continue  # "the company Board": a body's own word, no name
        if name[:1].islower() and head not in _MEDICINE_KINDS:
            continue
        kind = " ".join(match.group("kind").split())
        prompt = _as_subject(sentence, match, kind) or _as_agent(sentence, match, kind, found)
        if prompt is None:
            prompt = ask_in_place(sentence, match.start(), match.end("name"), f"which {kind}")
        phrase = sentence[match.start() : match.end("name")]
        lowered = phrase[:1].lower() + phrase[1:]
        found.append(
            named_thing_fact(
                name,
                sentence,
                line,
                match.start(),
                match.end("name"),
                f"which {kind}",
                prompt,
                f"the {kind}",
                # Other prompts hide the whole phrase ("the Panama-flagged bulk carrier
                # Cerulean Dawn"), not the name alone after its kind.
                phrases=tuple(dict.fromkeys((phrase, lowered, phrase[:1].upper() + phrase[1:]))),
            )
        )
    for match in _NAME_THEN_KIND.finditer(sentence):
        name = match.group("name")
        if name.split()[0] in _CALENDAR or name in _BODY_WORDS:
            continue
        owned = match.group("det").endswith(("’s", "'s"))
        if owned and not match.group("kind").endswith(("programme", "program")):
            continue  # "Chile's Atacama pipeline": an owner's name only before a programme
        kind = " ".join(match.group("kind").split())
        head = kind.split()[-1]
        # "a Vega-C rocket" names the rocket "Vega-C"; "the Qosh Tepa canal" is its name.
        answer = name if head in _VEHICLE_KINDS else f"{name} {kind}"
        where = " ".join((match.group("where") or "").split())
        asked = f"{head}{f' {where}' if where else ''}"
        prompt = _as_subject(sentence, match, asked)
        if prompt is None:
            prompt = ask_in_place(sentence, match.start(), match.end("kind"), f"which {head}")
        phrase = sentence[match.start() : match.end("kind")]
        found.append(
            FoundFact(
                "text",
                "facts",
                answer,
                answer,
                sentence,
                match.start(),
                match.end("kind"),
                f"which {head}",
                line,
                evidence=sentence,
                prompt=prompt,
                description=f"the {head}",
                named_thing=True,
                phrases=tuple(dict.fromkeys((phrase, phrase[:1].lower() + phrase[1:]))),
                # "Qosh Tepa" for "the Qosh Tepa canal" when asked "Which canal ...?";
                # "Almaty agreement" for "the 1992 Almaty agreement".
                accept=(f"{name} {kind}",)
                if head in _VEHICLE_KINDS
                else _shorter_forms(name, kind),
            )
        )
    found.extend(_named_before_kind(sentence, line, found))
    return found


def _named_before_kind(sentence: str, line: int, before: list[FoundFact]) -> list[FoundFact]:
    """ "Which cargo vessel struck a reef ...?" of "The Kestrel Dawn, a 112-metre general
    cargo vessel owned by ..., struck a reef ..."; "What is the name of the cargo vessel?"
    where the clause's verb cannot be found."""
    match = _NAME_THEN_ITS_KIND.match(sentence)
    if match is None or match.group("head") not in KINDS:
        return []
    name = match.group("name")
    if name.split()[0] in _CALENDAR or name in _BODY_WORDS:
        return []
    if any(fact.answer == name for fact in before):
        return []
    kind = " ".join(match.group("kind").split())
    closed = (match.group(0),) if sentence.startswith(",", match.end()) else ()
    aside = _ASIDE_THEN_VERB.match(sentence, match.end())
    asked = _asked_by_deed(sentence, aside.end(), kind) if aside else None
    prompt = asked or f"What is the name of the {kind}?"
    return [
        named_thing_fact(
            name,
            sentence,
            line,
            match.start("name"),
            match.end("name"),
            f"which {kind}",
            prompt,
            f"the {kind}",
            # ("Northwind Energy, a Danish utility," hidden whole: "The utility said ...".)
            phrases=tuple(dict.fromkeys((*closed, sentence[: match.end("name")], name))),
        )
    ]


def _as_subject(sentence: str, match: re.Match[str], kind: str) -> str | None:
    """ "Which tanker was struck on its port side?" when the named thing opens its clause."""
    if not _CLAUSE_START.search(sentence, 0, match.start()):
        return None
    at = match.end()
    set_off = _SET_OFF.match(sentence, at)
    if set_off:
        at = set_off.end()
    return _asked_by_deed(sentence, at, kind)


def _asked_by_deed(sentence: str, at: int, kind: str) -> str | None:
    """ "Which tanker was struck on its port side?": the thing asked by the verb phrase at
    ``at`` of ``sentence``; None where none follows or it reports speech."""
    verb = _VERB_PHRASE.match(sentence, at)
    if verb is None:
        return None
    rest = verb.group("rest")
    tail = _CLAUSE_TAIL.search(rest)
    if tail:
        rest = rest[: tail.start()]
    rest = " ".join(rest.split()).rstrip(" .")
    if _SPOKEN.search(rest) or len(rest.split()) < 2:
        return None
    figure = _FIGURE.search(rest)
    if figure:
        # "will map sea ice over the Arctic for five years": the figure is a card of its own,
        # so the question ends before its phrase; where no phrase ends there ("to divert up
        # to 20 per cent"), hidden, it would leave the question saying nothing.
        before = _BEFORE_FIGURE.fullmatch(rest, 0, figure.start())
        rest = before.group("kept") if before else ""
    if len(rest.split()) < 3 or len(rest.split()) > 14:
        return f"What is the name of the {kind}?"
    return f"Which {kind} {rest}?"


# "... was struck on its port side by the bulk carrier X": the doer of a passive verb.
_PASSIVE_BEFORE = re.compile(
    r"(?P<subject>[^,;:]*?)(?:,\s+(?:[^,;:()]|,(?=\d))+,)?\s+(?P<aux>was|were|is|are|has\s+been"
    rf"|had\s+been|have\s+been)\s+(?P<done>[{SMALL}]+(?:ed|en|ck|ht|wn|ng|ut|it))\b"
    r"(?P<mid>(?:\s+(?!by\b)[\w'’-]+){0,5}?)\s+by\s+$"
)


def _as_agent(
    sentence: str, match: re.Match[str], kind: str, before: list[FoundFact]
) -> str | None:
    """ "By which bulk carrier was the tanker struck on its port side?" """
    start = _CLAUSE_START_AT.search(sentence, 0, match.start())
    begin = start.end() if start else 0
    passive = _PASSIVE_BEFORE.fullmatch(sentence, begin, match.start())
    if passive is None:
        return None
    subject = " ".join(passive.group("subject").split())
    named = next((fact for fact in before if fact.start == begin + passive.start("subject")), None)
    if named is not None and named.description:
        subject = named.description
    elif len(subject.split()) > 5 or re.search(r"\d", subject) or not subject:
        return None
    elif subject.split()[0] in ("The", "A", "An"):
        subject = subject[:1].lower() + subject[1:]
    aux = passive.group("aux").split()
    verb = f"{aux[0]} {subject} {' '.join([*aux[1:], passive.group('done')])}"
    mid = " ".join(passive.group("mid").split())
    return f"By which {kind} {verb}{f' {mid}' if mid else ''}?"


_CLAUSE_START_AT = re.compile(r".*(?:[;:]\s+|,\s+(?:and|but|while|whereas)\s+)")


def _candidates(sentence: str) -> list[re.Match[str]]:
    """Every phrase ``_KIND_NAMED`` reads, tried from each determiner, so a phrase that is
    no name ("its port side by the ...") does not hide the one after it."""
    matches = []
    at = 0
    while (match := _KIND_NAMED.search(sentence, at)) is not None:
        if match.group("head") in KINDS:
            matches.append(match)
            at = match.end()
        else:
            at = match.start() + 1
    return matches


def _shorter_forms(name: str, kind: str) -> tuple[str, ...]:
    """The forms a marker accepts besides the name with its kind: the name alone, and
    without the year it was made in."""
    unyeared = re.sub(r"^(?:19|20)\d{2}\s+", "", name)
    forms = [unyeared] if unyeared == name else [f"{unyeared} {kind}", unyeared]
    return tuple(forms)
