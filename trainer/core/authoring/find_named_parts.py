"""Things a story names by the part they play, met on the way to another fact, each asked by
that part (find_named_in_passing calls this: the same form, more parts):

- who made, supplied or built something: "a consortium led by prime contractor Nordhavn
  Space Systems in Bremen" asks "The satellite was built by a consortium led by which prime
  contractor?"; "with the radar instruments supplied by AltiSense of Toulouse" asks "The
  radar instruments were supplied by which company?";
- who advises, underwrites or audits a party: "Calder is being advised by Lazard and JP
  Morgan Cazenove" asks "Calder is being advised by which firms?"; "Rothschild & Co is
  acting as lead financial adviser to Harrowgate" asks "Which firm is acting as lead
  financial adviser to Harrowgate?";
- the body money goes through: "Norway will contribute NOK 180 million, channelled through
  the Norwegian Agency for Development Cooperation" asks "Through which agency will
  Norway's contribution be channelled?";
- the law a body acts under: "the government could look at it under the National Security
  and Investment Act" asks "... look at it under which act?" (never a charge's law: "charged
  under the Terrorism Act" is the charge, which other passes ask);
- where a craft set out from: "was launched last night from Europe's Spaceport in Kourou,
  French Guiana" asks "From where was the satellite launched?" (answered as written, the
  town alone accepted); "The ferry sailed from Stranraer" asks "From where did the ferry sail?";
- where the site that did something is: "the first signal was received by the ground station
  in Kiruna, Sweden" asks "Where is the ground station that received the first signal?".

The answer is the name as written ("Lazard and JP Morgan Cazenove"), a place after a
company's name left to the accepted forms ("AltiSense" for "AltiSense of Toulouse").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import named_thing_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# One word of a name: "Nordhavn", "AltiSense", "JP", "Europe's", "Vega-C", "&".
_WORD = rf"(?:[{CAPITAL}](?:[\w'’&-]|\.(?=\w))*|&)"
# A name: its words and the small words names hold ("Agency for Development Cooperation",
# "Lazard and JP Morgan Cazenove").
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|de|du|la)\s+(?:the\s+)?)?{_WORD})*"
# Where the name stops: punctuation, the end, or a lower-case word.
_ENDS = rf"(?=\s*[,;:.)]|\s*$|\s+[{SMALL}(])"
# "a consortium led by prime contractor ...": the role a name may be given before it.
_ROLE = (
    r"(?:(?:prime|main|lead|principal|chief)\s+)?(?:sub)?contractors?|suppliers?|builders?"
    r"|shipbuilders?|shipyards?|manufacturers?|operators?|advis[eo]rs?|(?:investment\s+)?banks?"
    r"|brokers?|underwriters?|auditors?|consultanc(?:y|ies)|architects?|developers?|insurers?"
    r"|lenders?|engineering\s+firms?|firms?"
)
# Done by a maker or an adviser: "supplied by", "is being advised by", "underwritten by".
_DONE = (
    r"supplied|provided|built|made|manufactured|designed|developed|constructed|engineered"
    r"|produced|delivered|installed|operated|advised|underwritten|audited|financed|brokered"
    r"|led"
)
_BY_MAKER = re.compile(
    rf"\b(?P<done>{_DONE})\s+by\s+(?:(?P<det>the|a|an|its|their)\s+)?"
    rf"(?:(?P<role>{_ROLE})\s+)?(?P<name>{_NAME}){_ENDS}"
)
# What only a company is said to do: "supplied by Lumetra" (where "made by Smith", "led
# by Roe" may be a person's doing).
_INDUSTRY_VERBS = frozenset(
    {"supplied", "manufactured", "built", "constructed", "engineered", "installed",
     "underwritten", "brokered", "produced"}
)  # fmt: skip
# "Rothschild & Co is acting as lead financial adviser to Harrowgate": the adviser named
# first, its part after it.
_ACTING_AS = re.compile(
    rf"(?:^|(?<=[,;]\s)(?:and|while|whereas)\s+|(?<=\bwhile\s))(?P<name>{_NAME})\s+"
    r"(?P<aux>is|are|was|were|has\s+been|have\s+been)\s+(?P<verb>acting|retained|appointed"
    r"|hired|engaged)\s+as\s+(?:the\s+|its\s+|their\s+)?(?P<role>(?:(?:lead|joint|sole|chief)"
    r"\s+)?(?:(?:financial|legal|corporate)\s+)?(?:advis[eo]rs?|brokers?|underwriters?"
    r"|bookrunners?|auditors?))\s+(?P<to>to|for|on)\s+(?P<client>[^,;.]{2,60}?)(?=\s*[,;.]|\s*$)"
)
# A company's own words: what makes a name a company's rather than a person's.
_COMPANY_WORD = re.compile(
    r"\b(?:Systems|Group|Holdings|Industries|Technologies|Technology|Partners|Capital|Bank|plc"
    r"|PLC|Ltd|Limited|Inc|Corp|Corporation|Company|AG|SA|SE|NV|GmbH|LLC|LLP|Aerospace|Space"
    r"|Energy|Engineering|Motors|Airlines|Shipyards?|Yards?|Works|Labs?|Solutions|Services"
    rf"|Securities|Advisors|Advisers|Cazenove|Lazard|Rothschild)\b|&|[{SMALL}][{CAPITAL}]|^[{CAPITAL}]{{2,}}\b"
)
# The start of the clause the name is in: a question keeps only its own clause.
_CLAUSE_START = re.compile(
    r".*(?:[;:]\s+|,\s+(?=(?:and|but|while|whereas|with)\s)|\b(?:while|whereas)\s+)", re.DOTALL
)
# "with the radar instruments supplied by": a clause of its own after "with".
_WITH_CLAUSE = re.compile(
    r"(?:and\s+)?with\s+(?P<subject>(?:the|its|their)\s+[\w\s'’-]{3,60}?)\s+$"
)
# "This update is produced by ...": the document itself, which its own cards ask about.
_DEICTIC = re.compile(r"(?:This|These|It|They|We|Our)\b")
_LEADING_JOIN = re.compile(r"^(?:and|but|while|whereas)\s+")
# Money channelled through a body: "channelled through the Norwegian Agency for ...".
_THROUGH = re.compile(
    r",?\s*(?P<done>channell?ed|routed|disbursed|administered|distributed|paid\s+out)\s+through\s+"
    rf"(?P<span>(?:the\s+)?(?P<name>{_NAME})){_ENDS}"
)
_BODY_KINDS = {
    "Agency": "agency",
    "Fund": "fund",
    "Bank": "bank",
    "Programme": "programme",
    "Facility": "facility",
    "Foundation": "foundation",
    "Trust": "trust",
    "Ministry": "ministry",
    "Office": "office",
}
# "Norway will contribute NOK 180 million": the giver and what the money is.
_GIVES = re.compile(
    rf"^(?P<giver>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}})\s+(?P<aux>will|would|is\s+to|has|had)?"
    r"\s*(?P<verb>contribute|contributed|give|given|gave|provide|provided|pledge|pledged|donate"
    r"|donated|lend|lent|invest|invested|grant|granted)\b"
)
_GIFT = {
    "contribut": "contribution",
    "giv": "money",
    "gave": "money",
    "provid": "funding",
    "pledg": "pledge",
    "donat": "donation",
    "len": "loan",
    "invest": "investment",
    "grant": "grant",
}
# "under the National Security and Investment Act": the law a body acts under.
_UNDER_LAW = re.compile(
    rf"\bunder\s+(?P<span>(?:the\s+)?(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
    rf"[{CAPITAL}][\w'’-]*)*\s+(?P<kind>Act|Regulations|Directive|Ordinance|Code|Law|Statute)"
    r"(?:\s+(?:of\s+)?(?:19|20)\d{2})?))\b"
)
# A charge's law is the charge: the passes on charges and sentences ask it.
_CHARGED = re.compile(
    r"\b(?:charged|convicted|arrested|sentenced|prosecuted|jailed|detained|held|accused|guilty"
    r"|offences?|offenses?|crimes?)\b"
)
# Where a craft set out from: "was launched last night from Europe's Spaceport in Kourou".
_PLACE = (
    rf"(?:the\s+)?[{CAPITAL}][\w'’-]*(?:\s+(?:of\s+)?[{CAPITAL}][\w'’-]*)*"
    rf"(?:\s+in\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*)?(?:,\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*)?"
)
_FROM_SITE = re.compile(
    r"\b(?P<aux>(?:was|were|will\s+be|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:successfully|safely|finally)\s+)?"
    r"(?P<verb>launched|lifted\s+off|took\s+off|blasted\s+off|departed|sailed|set\s+sail)"
    r"(?:\s+(?!from\b)[\w'’-]+){0,3}?\s+from\s+"
    rf"(?P<place>{_PLACE})(?=\s*[;.)]|\s*$|\s+(?:on|at|in|to|and|after|before)\b|,\s+[{SMALL}])"
)
_PLAIN_VERB = {
    "lifted off": "lift off",
    "took off": "take off",
    "blasted off": "blast off",
    "departed": "depart",
    "sailed": "sail",
    "set sail": "set sail",
}
# Kinds of craft a launch or departure is said of.
_CRAFT = re.compile(
    r"\b(?P<craft>satellite|rocket|probe|spacecraft|lander|rover|orbiter|capsule|telescope"
    r"|mission|ship|vessel|ferry|tanker|frigate|flight|plane|aircraft|jet|convoy|flotilla)s?\b"
)
# "the first signal was received by the ground station in Kiruna, Sweden".
_BY_SITE = re.compile(
    r"(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+[\w\s'’-]{2,50}?)\s+(?P<aux>was|were)\s+"
    rf"(?P<done>[{SMALL}]+ed|built|made|held|sent)\s+by\s+the\s+(?P<kind>(?:[{SMALL}-]+\s+){{0,2}}"
    r"(?:station|centre|center|base|facility|plant|observatory|laboratory|lab|port|terminal"
    r"|airport|hospital|office|headquarters|site))\s+in\s+"
    rf"(?P<place>[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*(?:,\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*)?)"
    rf"(?=\s*[,;.)]|\s*$|\s+[{SMALL}])"
)
_MAX_WORDS = 18


def find_named_parts(sentence: str, line: int) -> list[FoundFact]:
    """Each maker, adviser, channel, law and site ``sentence`` names by its part."""
    found: list[FoundFact] = []
    for match in _BY_MAKER.finditer(sentence):
        found.extend(_maker(sentence, line, match))
    for match in _ACTING_AS.finditer(sentence):
        found.extend(_acting_as(sentence, line, match))
    for match in _THROUGH.finditer(sentence):
        found.extend(_channel(sentence, line, match))
    for match in _UNDER_LAW.finditer(sentence):
        found.extend(_law(sentence, line, match))
    for match in _FROM_SITE.finditer(sentence):
        found.extend(_launch_site(sentence, line, match))
    for match in _BY_SITE.finditer(sentence):
        found.extend(_site(sentence, line, match))
    return found


def _maker(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    name = match.group("name")
    role = " ".join((match.group("role") or "").split())
    # "supplied by Lumetra": one word after an industry's verb is a company's name; "led by
    # Jane Roe", "made by Smith" are people, whose roles the people passes ask.
    if (
        not role
        and not _COMPANY_WORD.search(name)
        and (" " in _without_place(name)[0] or match.group("done") not in _INDUSTRY_VERBS)
    ):
        return []
    if match.group("det") and not role:
        return []  # "built by the Navy": a body other passes name
    answer, accept = _without_place(name)
    many = " and " in answer or "," in answer
    if role:
        asked = role
    elif set(answer.split()) & ORGANISATION_WORDS or answer.isupper():
        asked = "organisations" if many else "organisation"  # "UNOHCR", "the Fund"
    elif match.group("done") == "advised":
        asked = "firms" if many else "firm"
    else:
        asked = "companies" if many else "company"
    start = _CLAUSE_START.match(sentence, 0, match.start())
    clause = sentence[start.end() if start else 0 : match.start("done")]
    clause = _LEADING_JOIN.sub("", clause)
    done = match.group("done")
    with_clause = _WITH_CLAUSE.fullmatch(clause)
    if with_clause:
        subject = " ".join(with_clause.group("subject").split())
        be = "were" if subject.split()[-1].endswith("s") else "was"
        prompt = f"{subject[:1].upper()}{subject[1:]} {be} {done} by which {asked}?"
    else:
        before = " ".join(clause.split())
        if not before or before[:1].islower() or _DEICTIC.match(before):
            return []
        prompt = f"{before} {done} by which {asked}?"
    if len(prompt.split()) > _MAX_WORDS:
        return []
    span = (match.start("role") if role else match.start("name"), match.end("name"))
    return _fact(sentence, line, answer, span, prompt, f"which {asked}", accept)


def _acting_as(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    name = match.group("name")
    if not _COMPANY_WORD.search(name) and " " in name:
        return []  # "Jane Roe is acting as legal adviser to ...": the people passes ask
    # "has been retained" asks "Which firm has been retained ...?" (one firm or several).
    first, *rest = match.group("aux").split()
    first = {"have": "has", "were": "was", "are": "is"}.get(first, first)
    verb = " ".join([first, *rest, match.group("verb")])
    role = " ".join(match.group("role").split())
    client = " ".join(match.group("client").split())
    asked = "firms" if " and " in name else "firm"
    prompt = f"Which {asked} {verb} as {role} {match.group('to')} {client}?"
    if len(prompt.split()) > _MAX_WORDS:
        return []
    return _fact(sentence, line, name, match.span("name"), prompt, f"which {asked}", ())


def _without_place(name: str) -> tuple[str, tuple[str, ...]]:
    """ "AltiSense of Toulouse" is the company "AltiSense" (where it is, accepted too);
    "Bank of England" is one name."""
    head, of, place = name.rpartition(" of ")
    if of and " " not in place and not set(head.split()) & ORGANISATION_WORDS:
        return head, (name,)
    # "Corrin Tools Ltd of Milton Keynes": a company's legal ending closes its name, so a
    # place of several words after it is where it is based, never part of it.
    if of and _LEGAL_ENDING.search(head) and _BASED_IN.fullmatch(place):
        return head, (name,)
    return name, ()


_LEGAL_ENDING = re.compile(r"\s(?:Ltd\.?|Limited|PLC|plc|Inc\.?|LLC|LLP|GmbH|AG|SA|NV|Pty)$")
_BASED_IN = re.compile(
    rf"[{CAPITAL}][{SMALL}'’-]+(?:\s+(?:upon\s+|on\s+|)[{CAPITAL}]"
    rf"[{SMALL}'’-]+){{0,2}}"
)


def _channel(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    name = match.group("name")
    kinds = [kind for word, kind in _BODY_KINDS.items() if word in name.split()]
    kind = kinds[0] if kinds else "body"
    done = " ".join(match.group("done").split())
    gives = _GIVES.match(sentence)
    if gives is None or gives.end() > match.start():
        return []  # asked in place the question would be the whole sentence
    verb = gives.group("verb")
    gift = next((noun for stem, noun in _GIFT.items() if verb.startswith(stem)), "money")
    giver = gives.group("giver")
    aux = (gives.group("aux") or "").split()
    owner = f"{giver}’s" if not giver.endswith("s") else f"{giver}’"
    if aux and aux[0] in ("will", "would"):
        prompt = f"Through which {kind} {aux[0]} {owner} {gift} be {done}?"
    else:
        prompt = f"Through which {kind} was {owner} {gift} {done}?"
    return _fact(sentence, line, name, match.span("span"), prompt, f"through which {kind}", ())


def _law(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    start = _CLAUSE_START.match(sentence, 0, match.start())
    clause = " ".join(
        _LEADING_JOIN.sub("", sentence[start.end() if start else 0 : match.start()]).split()
    )
    if _CHARGED.search(clause) or not clause or clause[:1].islower():
        return []
    kind = match.group("kind").casefold()
    prompt = f"{clause} under which {kind}?"
    if len(prompt.split()) > _MAX_WORDS:
        return []
    name = " ".join(match.group("name").split())
    return _fact(sentence, line, name, match.span("span"), prompt, f"under which {kind}", ())


def _launch_site(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    start = _CLAUSE_START.match(sentence, 0, match.start())
    subject = sentence[start.end() if start else 0 : match.start()]
    crafts = _CRAFT.findall(subject)
    if not crafts:
        return []  # "officials departed from Geneva": no craft, no launch
    craft = crafts[-1]
    verb = " ".join(match.group("verb").split())
    aux = (match.group("aux") or "").split()
    if aux and aux[0] == "will":
        prompt = f"From where will the {craft} be launched?" if verb == "launched" else None
    elif aux:
        prompt = f"From where {aux[0]} the {craft} {verb}?" if verb == "launched" else None
    else:
        plain = _PLAIN_VERB.get(verb)
        prompt = f"From where did the {craft} {plain}?" if plain else None
    if prompt is None:
        return []
    answer, accept = _without_region(re.sub(r"^the\s+", "", match.group("place")))
    return _fact(sentence, line, answer, match.span("place"), prompt, "from where", accept)


def _site(sentence: str, line: int, match: re.Match[str]) -> list[FoundFact]:
    subject = " ".join(_LEADING_JOIN.sub("", match.group("subject")).split())
    if subject[:1].isupper():
        subject = subject[:1].lower() + subject[1:]
    kind = " ".join(match.group("kind").split())
    prompt = f"Where is the {kind} that {match.group('done')} {subject}?"
    if len(prompt.split()) > _MAX_WORDS:
        return []
    place, accept = _without_region(match.group("place"))
    return _fact(sentence, line, place, match.span("place"), prompt, "where", accept)


def _without_region(place: str) -> tuple[str, tuple[str, ...]]:
    """ "Kiruna, Sweden" is answered as written, the town alone accepted: a reader (and a
    key) names the place with the region the story gives it."""
    town, comma, _ = place.partition(", ")
    return (place, (town,)) if comma else (place, ())


def _fact(
    sentence: str,
    line: int,
    answer: str,
    span: tuple[int, int],
    prompt: str,
    question: str,
    accept: tuple[str, ...],
) -> list[FoundFact]:
    start, end = span
    return [
        named_thing_fact(
            answer,
            sentence,
            line,
            start,
            end,
            question,
            prompt,
            None,
            written=sentence[start:end],
            accept=accept,
        )
    ]
