"""Where something happens, when a verb of meeting, opening or launching says so:

- "The finance ministers met in Lisbon on Friday" asks "Where did the finance ministers
  meet?";
- "A trial scheme will be launched in the Bay of Kotor" asks "Where will a trial scheme be
  launched?";
- "walk-in centres will open in Hull, Derby and Crewe" asks "Where will walk-in centres
  open?", the list of places being one answer;
- "The summit will be hosted by Chile at the Valparaíso naval academy" asks "Where will the
  summit be hosted?" (the place, with its kind in lower case, is the answer);
- "The tunnel, which runs beneath Harbour Street, ..." asks "Where does the tunnel run?";
- "but Kinlochard remains reachable only by boat" asks "Which place remains reachable only
  by boat?".

Only a clause whose subject is a noun phrase (not "it" or "they", which say nothing alone)
is asked, and the question keeps the clause's own verb, so it is short and self-contained.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.relative_dates import WEEKDAYS

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# One word of a place's name: "Lisbon", "Valparaíso", "Saint-Malo", never a month or weekday.
_CALENDAR = "|".join(sorted({*MONTHS, *WEEKDAYS}, key=len, reverse=True))
_WORD = rf"(?!(?:{_CALENDAR})\b)[{CAPITAL}][\w'’-]+"
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "the Bay of Kotor", "Harbour Street", "the Valparaíso naval academy".
_ONE_PLACE = (
    rf"{_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_WORD})*"
    rf"(?:\s+(?:[{SMALL}]+\s+)?(?:base|port|harbour|harbor|academy|airport|airfield|headquarters"
    r"|station|campus|barracks|dockyard|shipyard|terminal|centre|center|stadium))?"
)
# "Hull, Derby and Crewe": a list of places is one answer.
_PLACES = rf"{_ONE_PLACE}(?:(?:,\s+{_ONE_PLACE})*,?\s+and\s+{_ONE_PLACE})?"
# For the other finders of where (find_place_phrases): one word of a name, a name or list.
PLACE_WORD, PLACES = _WORD, _PLACES
_AUX = r"will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall"
_VERBS = {
    # verb as written: (its plain form, the tense "did"/"does"/"do" asks it in)
    "met": ("meet", "did"),
    "meet": ("meet", "do"),
    "meets": ("meet", "does"),
    "gathered": ("gather", "did"),
    "convened": ("convene", "did"),
    "opened": ("open", "did"),
    "open": ("open", "do"),
    "opens": ("open", "does"),
    "launched": ("launch", "did"),
    "launch": ("launch", "do"),
    "hosted": ("host", "did"),
    "host": ("host", "do"),
    "runs": ("run", "does"),
    "run": ("run", "do"),
    "ran": ("run", "did"),
    "piloted": ("pilot", "did"),
    "trialled": ("trial", "did"),
    "landed": ("land", "did"),
    # Where an agreement is signed: "is expected to be signed in Santiago".
    "signed": ("sign", "did"),
    # Where an event happened: "collided in the Strait of Malacca", "sank off Crete".
    "collided": ("collide", "did"),
    "crashed": ("crash", "did"),
    "sank": ("sink", "did"),
    "capsized": ("capsize", "did"),
    "exploded": ("explode", "did"),
    "erupted": ("erupt", "did"),
    "struck": ("strike", "did"),
    "occurred": ("occur", "did"),
    "happened": ("happen", "did"),
    "took place": ("take place", "did"),
    "broke out": ("break out", "did"),
    "ran aground": ("run aground", "did"),
    "went missing": ("go missing", "did"),
    "disappeared": ("disappear", "did"),
    "arrested": ("arrest", "did"),
    "detained": ("detain", "did"),
    "found": ("find", "did"),
    "seized": ("seize", "did"),
    "attacked": ("attack", "did"),
    "intercepted": ("intercept", "did"),
}
_VERB = "|".join(sorted(_VERBS, key=len, reverse=True))
_CLAUSE = re.compile(
    # The clause's subject: from the sentence's start or a clause break, a few words.
    r"(?:^|(?<=[,;]\s)(?:and|but|while|whereas)\s+)"
    rf"(?P<subject>[\w'’-]+(?:[ ,]+(?!(?:{_AUX}|said|says|that|who|which)\b)[\w'’–-]+){{0,12}}?)"
    # Or the thing a relative clause is about: "The tunnel, which runs beneath ...".
    r"(?P<which>,\s+which)?"
    # "is expected to be signed in Santiago": the plan's words before the verb stay.
    rf"\s+(?P<aux>(?:{_AUX})(?:\s+(?:not|also|now|be|been|soon|then"
    r"|(?:expected|due|set|scheduled|likely)\s+to\s+be)){0,2}\s+)?"
    rf"(?P<verb>{_VERB})"
    # "hosted by Chile at ...": the host stays in the question.
    rf"(?P<by>\s+by\s+[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{0,2}})?"
    # "will run from 14 to 18 March 2029 at the ...": the dates are the date card's.
    # (A weekday is left to the finders it leads to: "launched on Sunday from ...".)
    rf"(?:\s+(?:from|on|between)\s+(?:\d|(?:{_MONTH_NAMES})\b)[^,;]{{0,30}}?)?"
    r"\s+(?P<prep>in|at|beneath|under|along|off|near|from|outside)\s+(?:the\s+)?"
    # "off the north-west coast of Sumatra": the coast is part of where.
    rf"(?P<coast>(?:[{SMALL}]+(?:-[{SMALL}]+)?\s+)?coast\s+of\s+)?"
    rf"(?P<place>{_PLACES})"
    r"(?=\s*[,.;:]|\s*$|\s+(?:in|on|from|between|next|this|last|later|early|during|by|before"
    r"|after|until|for|to|where|when|and|with)\b)"
)
# "but Kinlochard remains reachable only by boat": a named place cut off, asked by its state.
_CUT_OFF = re.compile(
    r"(?:^(?:[-•*]\s+)?|(?<=[,;]\s)(?:but|and|while)\s+)"
    rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,2}})\s+"
    r"(?P<state>(?:remains|remained|is|was|are|were)\s+(?:still\s+)?(?:cut\s+off|reachable\s+only"
    r"|accessible\s+only|inaccessible|unreachable|isolated)\b[^,;.]*)"
)
# The noun phrase a relative clause follows: from its last determiner (or the whole).
_LAST_NOUN_PHRASE = re.compile(
    r"(?:^|\b(?:the|a|an|its|their)\s+)(?:(?!\b(?:the|a|an|its|their)\s).)*$"
)
# Prepositions that say where beside a place, the answer keeping them ("off Crete").
_BESIDE = frozenset({"off", "near", "outside"})
_OPENS_A_CLAUSE = frozenset(
    {"When", "If", "After", "Before", "Because", "Although", "While", "As", "Once", "Since",
     "Until", "Unless", "Whereas"}
)  # fmt: skip
# Subjects that say nothing alone.
_PRONOUN = re.compile(r"^(?:It|They|He|She|We|This|That|These|Those|There|Which)$")
# The determiners a question lower-cases: "Where did the ministers meet?".
_LOWERED = frozenset(
    {"The", "A", "An", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
     "Some", "Several", "Many", "Both", "All"}
)  # fmt: skip
# Words a subject never spans: a verb there means the clause began earlier.
_NOT_A_SUBJECT = re.compile(
    rf"\b(?:{_AUX}|said|says|that|who|which|when|if|after|before|because)\b"
)


def find_meeting_places(sentence: str, line: int) -> list[FoundFact]:
    """Where each meeting, opening, launch or route in ``sentence`` takes place."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _CLAUSE.finditer(sentence):
        subject = " ".join(match.group("subject").split())
        if (
            _PRONOUN.match(subject)
            or _NOT_A_SUBJECT.search(subject)
            # "When the pact was signed in Tromso, ...": a clause of time is no subject.
            or subject.split()[0] in _OPENS_A_CLAUSE
        ):
            continue
        if match.group("which"):
            # "... welcomed the partnership, which is expected to be signed in Santiago":
            # the relative clause is about the noun phrase before it.
            subject = _LAST_NOUN_PHRASE.search(subject).group(0)  # type: ignore[union-attr]
        prompt = _where(match, subject)
        if prompt is None:
            continue
        place = match.group("place")
        start = match.start("place")
        if match.group("prep") in _BESIDE or match.group("coast"):
            # "sank off Crete": off, near or outside the place is where, not in it.
            start = match.start("prep")
            place = sentence[start : match.end("place")]
        found.append(
            FoundFact(
                "text",
                "facts",
                " ".join(place.split()),
                place,
                sentence,
                start,
                match.end("place"),
                "where",
                line,
                evidence=sentence,
                prompt=prompt,
                named_thing=True,
            )
        )
    for match in _CUT_OFF.finditer(sentence):
        if _PRONOUN.match(match.group("place")):
            continue
        found.append(
            FoundFact(
                "text",
                "facts",
                match.group("place"),
                match.group("place"),
                sentence,
                match.start("place"),
                match.end("place"),
                "which place",
                line,
                evidence=sentence,
                prompt=f"Which place {' '.join(match.group('state').split())}?",
                named_thing=True,
            )
        )
    return found


def _where(match: re.Match[str], subject: str) -> str | None:
    """ "Where did the ministers meet?" from the clause ``match`` read."""
    if "," in subject:
        # "the Ministers of Defence of Estonia, Finland and Sweden": the list is a fact of its
        # own, which the finishing pass would hide in part; "the Ministers of Defence" asks.
        head = subject[: subject.index(",")]
        if " of " not in head:
            return None
        subject = head[: head.rindex(" of ")]
    first, _, rest = subject.partition(" ")
    if first in _LOWERED:
        subject = f"{first.casefold()} {rest}"
    verb = match.group("verb")
    by = " ".join((match.group("by") or "").split())
    tail = f" {by}" if by else ""
    aux = (match.group("aux") or "").split()
    if aux:
        # "will be launched": "Where will a trial scheme be launched?"
        return f"Where {aux[0]} {subject}{''.join(' ' + word for word in aux[1:])} {verb}{tail}?"
    plain, tense = _VERBS[verb]
    if tense == "do" and not subject.endswith("s"):
        return None  # "meet" after a singular subject: no clause this module reads
    return f"Where {tense} {subject} {plain}{tail}?"
