"""Where something is, was signed, goes or happened, in the phrases newswriting puts a place
in when no verb of meeting says so (find_meeting_places reads those):

- a signing: "the ministers signed the accord at the Victoria Hall in Tallinn" asks "Where
  was the accord signed?" (the hall with its town is the answer);
- a route: "The oil will flow through Latvia and Lithuania along existing pipes" asks
  "Where will the oil flow?", answer "through Latvia and Lithuania" (the preposition is
  where, as "off Crete" is); "... and enter Estonia at the Valga border point" asks "Where
  will the oil enter Estonia?";
- a site and where it lies: "a planned offshore wind farm near Pärnu", "the group's plant in
  Tampere, Finland", "new walk-in clinics in Oulu, Kemi and Tornio" ask "Where is the
  planned offshore wind farm?", "Where is the group's plant?", "Where are the new walk-in
  clinics?" (a site with nothing said of it, "schools in Kent", is not asked);
- an event at an unnamed place in a named town: "a fire at a care home in Leeds" asks "Where
  was the fire?", answer "a care home in Leeds";
- a thing and where it is run or held, set off by commas: "A trial, run in counties Mayo and
  Sligo from May, was ..." asks "Where was the trial run?"; "a new agency (NRA), to be
  hosted by Norway at the Haakonsvern naval base" asks "Where will the NRA be hosted?";
- a councillor's ward after the party: "Cllr Jo Reed (Green, Hillside and Vale)" asks
  "Which ward does Cllr Jo Reed represent?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_meeting_places import PLACE_WORD, PLACES
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import named_thing_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# A place as an answer: a name or list of names ("Vaasa, Jakobstad and Oulu"), with an Irish
# "counties" before it or a kind in small letters after it ("Sofala and Manica provinces",
# "the Valga border point"), the region a town is given ("Tampere, Finland") and the town a
# named building stands in ("the Victoria Hall in Tallinn").
_PLACE = (
    rf"(?:count(?:y|ies)\s+)?{PLACES}"
    r"(?:\s+(?:provinces?|county|counties|districts?|regions?|states|municipalit(?:y|ies)"
    r"|border\s+(?:point|crossing)|crossing|checkpoint|interconnector))?"
    rf"(?:,\s+{PLACE_WORD}(?:\s+{PLACE_WORD})?(?=\s*[,.;]|\s*$))?"
)
_IN_TOWN = rf"(?:\s+in\s+{PLACE_WORD}(?:\s+{PLACE_WORD})?)?"
# A place ends where its name does: no further capitalised word or figure follows.
_ENDS = rf"(?![\w'’-]|\s+[{CAPITAL}\d])"
_AUX = r"will|would|can|could|should|must|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to"

# "signed the accord at the Victoria Hall in Tallinn", "signed a treaty in Lisbon".
_SIGNED = re.compile(
    r"\bsigned\s+(?P<thing>(?:the|a|an|this|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:accord|agreement|deal|treaty|memorandum(?:\s+of\s+understanding)?|pact|contract"
    r"|declaration|charter|convention|protocol))"
    rf"\s+(?:at|in)\s+(?:the\s+)?(?P<place>{_PLACE}{_IN_TOWN}){_ENDS}"
)
# A clause's subject at the sentence's start, up to its verb of going (read below).
_SUBJECT = (
    rf"^(?P<subject>(?:The|Its|Their|[{CAPITAL}][{SMALL}]+)(?:\s+(?!(?:will|would|is|are|was|were|has"
    r"|have|had|can|could|should|must|and|but|said|says)\b)[\w'’-]+){0,5}?)"
    rf"\s+(?P<aux>(?:{_AUX})\s+)?"
)
# The ways along: "will flow through Latvia and Lithuania", "passed via Vienna".
_ROUTE_VERBS = {
    "travel": ("travel", "do"),
    "travels": ("travel", "does"),
    "travelled": ("travel", "did"),
    "traveled": ("travel", "did"),
    "flow": ("flow", "do"),
    "flows": ("flow", "does"),
    "flowed": ("flow", "did"),
    "pass": ("pass", "do"),
    "passes": ("pass", "does"),
    "passed": ("pass", "did"),
    "transit": ("transit", "do"),
    "transits": ("transit", "does"),
    "transited": ("transit", "did"),
    "be routed": ("be routed", ""),
    "be shipped": ("be shipped", ""),
    "be piped": ("be piped", ""),
    "be carried": ("be carried", ""),
    "be transported": ("be transported", ""),
}
_ROUTE_VERB = "|".join(sorted(_ROUTE_VERBS, key=len, reverse=True))
_ROUTE = re.compile(
    rf"(?P<verb>{_ROUTE_VERB})\s+(?P<prep>through|via)\s+(?:the\s+)?(?P<place>{_PLACE}){_ENDS}"
)
# Where a thing crosses into a country: "and enter Estonia at the Valga border point".
_ENTRY_VERBS = {
    "enter": ("enter", "do"),
    "enters": ("enter", "does"),
    "entered": ("enter", "did"),
    "reach": ("reach", "do"),
    "reaches": ("reach", "does"),
    "reached": ("reach", "did"),
}
_ENTRY_VERB = "|".join(_ENTRY_VERBS)
_GOES = re.compile(rf"{_SUBJECT}(?=(?:{_ROUTE_VERB}|{_ENTRY_VERB})\s)")
_ENTRY = re.compile(
    rf"(?P<verb>{_ENTRY_VERB})\s+(?P<country>{PLACE_WORD}(?:\s+{PLACE_WORD})?)"
    rf"\s+(?:at|via|through)\s+(?:the\s+)?(?P<place>{_PLACE}){_ENDS}"
)
# Sites a place is given for: "a planned storage site near Pärnu", "clinics in Oulu".
_SITE = re.compile(
    r"(?<![\w-])(?P<noun>site|sites|plant|plants|facility|facilities|factory|factories|refinery"
    r"|refineries|mine|mines|terminal|terminals|depot|depots|warehouse|warehouses|hub|hubs"
    r"|campus|clinic|clinics|centre|centres|center|centers|hospital|hospitals|farm|farms"
    r"|smelter|works|port|office|offices|headquarters)"
    rf"\s+(?P<prep>near|outside|in)\s+(?!the\s)(?P<place>{_PLACE}){_ENDS}"
)
# Words that end a site's noun phrase going back: what comes before it is no modifier.
_STOP = frozenset(
    {
        "in", "at", "on", "of", "for", "with", "to", "from", "by", "and", "or", "but", "as",
        "into", "than", "that", "which", "who", "where", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may",
        "might", "not", "also", "said", "says", "new-build", "it", "they", "we",
    }
)  # fmt: skip
_GERUND_AFTER = frozenset({"after", "before", "by", "for", "from", "of", "on", "while", "without"})
# Words that count a site rather than say which it is: "three more clinics".
_COUNTING = frozenset(
    {"more", "other", "several", "many", "some", "few", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "dozens", "hundreds", "all", "both", "most"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})
_MODALS = frozenset({"will", "would", "can", "could", "should", "must", "may", "might", "to"})
# An event at an unnamed place in a named town: "a fire at a care home in Leeds".
_EVENT_AT = re.compile(
    r"\b(?P<event>cluster|outbreak|fire|blaze|explosion|blast|shooting|stabbing|crash"
    r"|collision|incident|protest|rally|ceremony|raid|leak|spill)\s+at\s+"
    rf"(?P<place>(?:a|an|the)\s+[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*){{0,2}}?\s+in\s+"
    rf"(?!the\s){PLACE_WORD}(?:\s+{PLACE_WORD})?){_ENDS}"
)
# A thing and where it is run or held, set off by commas: "A trial, run in ...".
_SET_OFF = re.compile(
    rf"(?:^|\b(?:the|a|an|its|their)\s+)(?P<thing>(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+(?:\s+\([{CAPITAL}]{{2,}}\))?)"
    r",\s+(?P<future>to\s+be\s+)?(?P<done>run|held|hosted|conducted|carried\s+out|piloted"
    r"|trialled|tested|staged|built|located|sited)"
    rf"(?P<by>\s+by\s+[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})?"
    rf"\s+(?P<prep>in|at)\s+(?:the\s+)?(?P<place>{_PLACE}){_ENDS}"
)
# "Cllr Jo Reed (Green, Hillside and Vale)": the ward after the party.
_WARD = re.compile(
    rf"\b(?P<title>Cllr|Councillor|Coun)\.?\s+(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,3}})"
    rf"\s+\((?P<party>[{CAPITAL}][\w'’ -]*?),\s+(?P<ward>[{CAPITAL}][^(),;]*?)\)"
)
# Who will host something where: "Chile intends to host the first meeting ... in Punta
# Arenas", "the next round, which Poland has offered to host in Gdańsk".
_HOST_AUX = {
    "will": "will {host}",
    "would": "would {host}",
    "intends to": "does {host} intend to",
    "plans to": "does {host} plan to",
    "hopes to": "does {host} hope to",
    "is set to": "is {host} set to",
    "is to": "is {host} to",
    "has offered to": "has {host} offered to",
    "offered to": "did {host} offer to",
    "has agreed to": "has {host} agreed to",
    "agreed to": "did {host} agree to",
}
_HOST_AUX_WORDS = "|".join(aux.replace(" ", r"\s+") for aux in _HOST_AUX)
_HOSTS = re.compile(
    r"(?:(?<![\w’'-])(?P<antecedent>(?:the|its|their)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+),\s+which\s+)?"
    # The host's whole name: it opens its clause ("the Joint Commission for Economic
    # Cooperation will hold ..." is no "Economic Cooperation" hosting).
    r"(?:^|(?<=\bthat\s)|(?<=\bwhich\s)|(?<=;\s))"
    rf"(?P<host>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+){{0,2}})\s+"
    rf"(?P<aux>{_HOST_AUX_WORDS})\s+"
    r"(?P<verb>host|hold|stage)\s+(?:(?P<object>(?:the|a|an|its|their)\s+[^,;.]{3,60}?)\s+)?"
    rf"(?:in|at)\s+(?:the\s+)?(?P<place>{_PLACE}){_ENDS}"
)
# Rival bids a winner beat: "Glasgow beat bids from Toronto and Copenhagen".
_BIDS = re.compile(
    rf"(?<![\w’'-])(?P<winner>[{CAPITAL}][\w’'-]+(?:\s+[{CAPITAL}][\w’'-]+){{0,2}})\s+"
    r"(?:beat|beat\s+off|saw\s+off|fended\s+off|defeated)\s+(?:rival\s+)?(?:bids|competition)"
    rf"\s+from\s+(?P<place>{PLACES}){_ENDS}"
)
# Where a company is registered: "the ship's owner was a company registered in Malta".
_REGISTERED = re.compile(
    r"(?P<owner>\b[Tt]he\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+(?P<tense>is|was)\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:company|firm|business|entity)\s+"
    r"(?P<done>registered|incorporated|domiciled)\s+in\s+(?:the\s+)?"
    rf"(?P<place>{PLACE_WORD}(?:\s+{PLACE_WORD}){{0,3}}){_ENDS}"
)
# A question longer than this reads as a sentence, not a question.
_MOST_WORDS = 16
# Words a host never is.
_NO_HOST = frozenset({"The", "It", "They", "He", "She", "We", "This", "That", "Which", "There"})
# An area a story's places are told in: "north Devon", "Kerry and Clare", "Sofala and
# Manica provinces".
_COMPASS = (
    r"(?:north|south|east|west|northern|southern|eastern|western|central|north-east"
    r"|north-west|south-east|south-west|mid|inner|outer|rural|coastal)"
)
_AREA = rf"(?:{_COMPASS}\s+)?{PLACE_WORD}(?:\s+{PLACE_WORD})?"
_AREAS = (
    rf"{_AREA}(?:,\s+{_AREA})*,?\s+and\s+{_AREA}"
    r"(?:\s+(?:provinces|counties|districts|regions|states|municipalities))?"
    rf"|{_AREA}\s+(?:province|county|district|region|state|municipality)"
)
# Where a spread-out event is, told by areas: "flooding in Sofala and Manica provinces".
_SPREAD_IN = re.compile(
    r"\b(?P<event>flooding|floods|fighting|clashes|protests|unrest|violence|drought|wildfires"
    rf"|storms|outages|power\s+cuts)\s+in\s+(?P<place>{_AREAS}){_ENDS}"
)
# The areas a subject is told in, set off by commas: "The first trials, in north Devon and
# west Cornwall, start in May."
_SET_OFF_AREAS = re.compile(
    rf"^(?P<thing>(?:The|A|An)\s+(?:[\w-]+\s+){{0,3}}?[{SMALL}][\w-]*),\s+in\s+"
    rf"(?P<place>{_AREAS}),"
)
# Parties as a council report shortens them in brackets.
_PARTIES = {"Con": "Conservative", "Lab": "Labour", "LD": "Lib Dem", "Ind": "independent"}
# Where a speaker stood when speaking is the quote's setting, no fact of its own.
_SPEAKING_AT = re.compile(
    r"(?i)\b(?:speaking|spoke|speaks|told\s+\w+|addressing\s+\w+|talking|said)"
    r"\s+(?:at|outside|in|from)\s+(?:\S+\s+){0,5}$"
)
# Prepositions an answer keeps: "near Pärnu" is where, as "in Pärnu" is "Pärnu".
_KEPT = frozenset({"near", "outside", "through", "via"})


def find_place_phrases(sentence: str, line: int) -> list[FoundFact]:
    """Each place ``sentence`` gives a signing, a route, a site, an event or a ward."""
    found: list[FoundFact] = []
    for fact in _found(sentence, line):
        # "in Europe's busiest port": a possessive describes a place, it names none.
        if re.search(rf"[{CAPITAL}]\w*[’']s\s+[{SMALL}]", fact.answer):
            continue
        # One card a place: "a fire at a care home in Leeds" is no site as well.
        if not any(fact.overlaps(other) for other in found):
            found.append(fact)
    return found


def _found(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _SIGNED.finditer(sentence):
        thing = _the(match.group("thing"))
        found.append(_fact(sentence, line, match, f"Where was {thing} signed?"))
    found.extend(_journeys(sentence, line))
    for match in _EVENT_AT.finditer(sentence):
        prompt = f"Where was the {match.group('event')}?"
        found.append(_fact(sentence, line, match, prompt))
    for match in _SET_OFF.finditer(sentence):
        named = _short_form(match.group("thing"))
        if named is None:
            continue
        done = " ".join(match.group("done").split())
        by = " ".join((match.group("by") or "").split())
        tail = f" {by}" if by else ""
        if match.group("future"):
            prompt = f"Where will the {named} be {done}{tail}?"
        else:
            verb = "were" if named.endswith("s") else "was"
            prompt = f"Where {verb} the {named} {done}{tail}?"
        found.append(_fact(sentence, line, match, prompt))
    for match in _SITE.finditer(sentence):
        if _SPEAKING_AT.search(sentence, 0, match.start("noun")):
            continue
        site = _site_phrase(sentence, match)
        if site is not None:
            verb = "are" if _plural(match.group("noun")) else "is"
            found.append(_fact(sentence, line, match, f"Where {verb} {site}?"))
    for match in _HOSTS.finditer(sentence):
        host = match.group("host")
        thing = match.group("object") or match.group("antecedent")
        if host.split()[0] in _NO_HOST or thing is None:
            continue
        asked = _HOST_AUX[" ".join(match.group("aux").split())].format(host=host)
        # "their next meeting": whose it is, the question cannot say alone.
        thing = re.sub(r"^(?:its|their)\s", "the ", " ".join(thing.split()))
        prompt = f"Where {asked} {match.group('verb')} {thing}?"
        if len(prompt.split()) <= _MOST_WORDS:
            found.append(_fact(sentence, line, match, prompt))
    for match in _BIDS.finditer(sentence):
        if match.group("winner").split()[0] not in _NO_HOST:
            prompt = f"Which rival bidders did {match.group('winner')} beat?"
            found.append(_fact(sentence, line, match, prompt, question="which rival bidders"))
    for match in _REGISTERED.finditer(sentence):
        owner = match.group("owner")
        owner = owner[:1].lower() + owner[1:]
        prompt = f"Where {match.group('tense')} {owner} {match.group('done')}?"
        found.append(_fact(sentence, line, match, prompt))
    for match in _SPREAD_IN.finditer(sentence):
        event = " ".join(match.group("event").split())
        verb = "were" if event.endswith("s") else "was"
        found.append(_fact(sentence, line, match, f"Where {verb} the {event}?"))
    for match in _SET_OFF_AREAS.finditer(sentence):
        thing = match.group("thing")
        thing = thing[:1].lower() + thing[1:]
        if thing.split()[0] != "the":
            thing = "the " + thing.split(maxsplit=1)[1]
        verb = "are" if _plural(thing.split()[-1]) else "is"
        found.append(_fact(sentence, line, match, f"Where {verb} {thing}?"))
    for match in _WARD.finditer(sentence):
        # "the Labour councillor Jo Reed": still a question where another card hides the name.
        name = " ".join(match.group("name").split())
        party = _PARTIES.get(match.group("party"), match.group("party"))
        prompt = f"Which ward does the {party} councillor {name} represent?"
        found.append(_fact(sentence, line, match, prompt, group="ward", question="which ward"))
    return found


def _journeys(sentence: str, line: int) -> list[FoundFact]:
    """The route and the way in of a subject the sentence opens on: "The oil will flow
    through A and B and enter C at D"."""
    subject_match = _GOES.match(sentence)
    if subject_match is None:
        return []
    subject = subject_match.group("subject")
    first, _, rest = subject.partition(" ")
    # "Gas from the field" is capitalised only as its sentence opens; "Norvia" stays.
    if first in ("The", "Its", "Their") or (rest[:1].islower() and not first.isupper()):
        subject = f"{first.casefold()} {rest}"
    aux = " ".join((subject_match.group("aux") or "").split())
    found: list[FoundFact] = []
    at = subject_match.end()
    route = _ROUTE.match(sentence, at)
    if route is not None:
        prompt = _asked(aux, subject, _ROUTE_VERBS[route.group("verb")])
        if prompt is not None:
            found.append(_fact(sentence, line, route, prompt))
            at = route.end()
    # The way in follows the verb, or a second verb sharing the subject ("... and enter").
    entry = next(
        (
            found_entry
            for found_entry in _ENTRY.finditer(sentence, at)
            if found_entry.start() == at or sentence[: found_entry.start()].endswith(" and ")
        ),
        None,
    )
    if entry is not None:
        plain_tense = _ENTRY_VERBS[entry.group("verb")]
        prompt = _asked(aux, subject, plain_tense, f" {entry.group('country')}")
        if prompt is not None:
            found.append(_fact(sentence, line, entry, prompt))
    return found


def _asked(aux: str, subject: str, plain_tense: tuple[str, str], tail: str = "") -> str | None:
    """ "Where will the oil flow?" from the clause's auxiliary, subject and verb."""
    plain, tense = plain_tense
    if aux:
        modal, _, more = aux.partition(" ")
        if plain.startswith("be ") and modal in ("is", "are"):
            return None  # "is to be routed": no plain question keeps it short
        return f"Where {modal} {subject}{' ' + more if more else ''} {plain}{tail}?"
    if not tense:
        return None  # "be routed" with no auxiliary: not a clause this reads
    if tense == "do" and not subject.endswith("s"):
        return None
    return f"Where {tense} {subject} {plain}{tail}?"


def _site_phrase(sentence: str, match: re.Match[str]) -> str | None:
    """ "the planned storage site" for a site's noun, its modifiers read back to a
    determiner or owner; None when nothing says which site it is."""
    words = sentence[: match.start("noun")].split()
    modifiers: list[str] = []
    owner = ""
    while words and len(modifiers) < 4:
        word, before = words[-1], (words[-2].casefold() if len(words) > 1 else "")
        bare = word.casefold()
        if bare in _COUNTING or bare.isdigit():
            return None  # "three more clinics in Oulu": the count's card holds the sentence
        if word.endswith(("'s", "’s")):
            # "the company's plant", "Kestrel's plant": the owner says which.
            owner = f"the {word}" if before == "the" else word
            break
        if (
            bare in _DETERMINERS
            or bare in _STOP
            or not re.fullmatch(r"[\w-]+", word)
            # A capitalised word opens the sentence or names something; "MMR" describes.
            or (word[:1].isupper() and not word.isupper())
            or before in _MODALS  # "will run clinics": "run" is the verb
            # "after visiting centres": a verb taking its object after a preposition.
            or (bare.endswith("ing") and before in _GERUND_AFTER)
            # "opened clinics": a verb, unless a determiner makes it a modifier.
            or (bare.endswith("ed") and before not in _DETERMINERS)
        ):
            break
        modifiers.insert(0, word)
        words.pop()
    if not modifiers and not owner:
        return None  # "schools in Kent", "its plant in Oulu": nothing says which
    phrase = " ".join([*modifiers, match.group("noun")])
    return f"{owner} {phrase}" if owner else f"the {phrase}"


def _plural(noun: str) -> bool:
    return noun.endswith("s") and noun not in ("campus", "works", "headquarters")


def _the(phrase: str) -> str:
    """ "the accord" for "a gas supply accord" or "their accord"."""
    first, _, rest = phrase.partition(" ")
    return f"the {rest}" if first.casefold() in _DETERMINERS else phrase


def _short_form(thing: str) -> str | None:
    """A thing as a question names it: its short form where it has one ("the NRA"), its
    words otherwise; None where it is no noun phrase."""
    short = re.search(rf"\(([{CAPITAL}]{{2,}})\)$", thing)
    if short:
        return short.group(1)
    words = thing.split()
    if (
        words[0][:1].isupper()
        and words[0] not in ("A", "An", "The")
        and (len(words) == 1 or not words[1][:1].isupper())
    ):
        return None  # "Officials, held in ...": a name or sentence start, not a thing
    if words[0] in ("A", "An", "The"):
        words = words[1:]
    if not words or any(word.casefold() in _STOP for word in words):
        return None
    return " ".join(words)


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    prompt: str,
    group: str = "place",
    question: str = "where",
) -> FoundFact:
    start, end = match.span(group)
    written = sentence[start:end]
    answer = " ".join(written.split())
    accept: tuple[str, ...] = ()
    before = re.search(r"(?P<prep>\w+)\s+(?:the\s+)?$", sentence[:start])
    if group == "place" and before is not None and before.group("prep") in _KEPT:
        # "near Pärnu", "through Latvia and Lithuania": the preposition says where.
        start = before.start("prep")
        accept = (answer,)
        written = sentence[start:end]
        answer = " ".join(written.split())
    return named_thing_fact(
        answer, sentence, line, start, end, question, prompt, None, written=written, accept=accept
    )
