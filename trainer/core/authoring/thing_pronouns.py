""" "It" as a clause's subject stands for a body or a measure the story has just named.

News copy names a company, a council or a bank once and then calls it "it" ("About 1,150
jobs are at risk, although the company said ... It also cut its interim dividend to 4.2p a
share"), and a measure proposed in one clause is "it" in the next ("He proposed an amendment
to keep the pool open, but it was defeated by 23 votes to 16"). A question asked away from
the article names what "it" is:

- first, a body or measure the same sentence names before the pronoun ("Wyre Water said ...
  that it plans to spend ..." is Wyre Water's plan; "proposed an amendment ..., but it");
- else a body, document or measure the sentence before makes the subject of a clause ("the
  company said", "This brief argues", "the council approved").

A name is written as the story writes it ("Wyre Water"), a name that says its kind
("Halden District Council") and a described body ("the company") by the kind ("The
council"), which says as much without giving another card's answer away. Two different
bodies of different kinds in the sentence before leave "it" uncertain: no name is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.verb_forms import IRREGULAR_PAST_PATTERN

# What a body is called once named ("the company said", "the regulator found").
BODY_KINDS = frozenset(
    {"company", "firm", "group", "business", "retailer", "supermarket", "chain", "bank",
     "lender", "insurer", "airline", "carrier", "operator", "utility", "supplier", "producer",
     "manufacturer", "miner", "developer", "council", "authority", "department", "ministry",
     "agency", "government", "regulator", "watchdog", "board", "commission", "committee",
     "court", "tribunal", "trust", "charity", "organisation", "organization", "union",
     "party", "club", "university", "hospital", "fund", "office", "service", "institute",
     "association", "federation", "parliament", "assembly", "cabinet", "administration",
     "port", "school", "broadcaster", "network", "platform", "exchange"}
)  # fmt: skip
# What a measure is called: a motion is defeated, a plan approved, a scheme launched.
MEASURE_KINDS = frozenset(
    {"amendment", "motion", "bill", "plan", "scheme", "proposal", "law", "policy", "deal",
     "budget", "resolution", "treaty", "agreement", "project", "programme", "program",
     "strategy", "reform", "measure", "ordinance", "levy", "tax", "regulation", "contract",
     "offer", "bid", "petition", "merger", "takeover", "settlement", "package", "initiative",
     # what is paid out: "declared an interim dividend ... It will be paid on 29 January"
     "dividend", "payment", "grant", "loan", "bonus", "fine", "award", "compensation",
     "refund", "payout", "subsidy"}
)  # fmt: skip
# A document the story is about says what it "sets out" ("This brief argues ...").
DOCUMENT_KINDS = frozenset(
    {"report", "brief", "study", "review", "paper", "survey", "audit", "inquiry",
     "consultation", "assessment", "analysis", "guidance", "statement", "letter"}
)  # fmt: skip
_KINDS = BODY_KINDS | MEASURE_KINDS | DOCUMENT_KINDS

# A clause's verb right after its subject: an auxiliary, a regular past tense, a present
# tense, or a common irregular past.
_VERB = (
    r"(?:(?:also|now|still|already|later|then|has|had|have)\s+)?"
    r"(?:will|would|is|was|are|were|has|had|have|can|could|should|must|may|might|"
    rf"[{SMALL}]{{2,}}ed|[{SMALL}]{{3,}}[^s\W]s|" + IRREGULAR_PAST_PATTERN + r"|says)\b"
)
# "the company said", "This brief argues", "its board approved": a described thing, then
# its verb.
_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+"
    rf"(?:[{SMALL}][\w-]*\s+){{0,2}}?(?P<kind>[{SMALL}]+)(?P<verb>\s+" + _VERB + r")?"
)
# "proposed an amendment to ...": a measure named as a clause's object.
_MEASURE_NAMED = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    # ("an interim dividend": the words before the kind are tried until one is a measure.)
    rf"(?:[{SMALL}][\w-]*\s+){{0,2}}?(?P<kind>{'|'.join(sorted(MEASURE_KINDS, key=len)[::-1])})\b"
)
# "Wyre Valley Water said", "the CBT raised": a name, then its verb.
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<the>[Tt]he\s+)?(?P<name>(?:[{CAPITAL}][\w&’'-]*\s+(?:(?:of|and|for)\s+)?){{0,5}}"
    rf"[{CAPITAL}][\w&’'-]*)(?:\s+\([{CAPITAL}][{CAPITAL}{SMALL}]{{1,7}}\))?,?\s+" + _VERB
)
# Capitalised words that open a clause without naming anything.
_NOT_NAMES = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before",
     "While", "But", "And", "This", "That", "These", "Those", "It", "He", "She", "They",
     "We", "I", "You", "His", "Her", "Their", "Its", "Our", "As", "Some", "Many", "Most",
     "When", "If", "Under", "Last", "Next", "Since", "Until", "However", "Also", "Mr", "Ms",
     "Mrs", "Dr", "Cllr", "Sir", "Dame", "Prof", "There", "Here", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
     "April", "May", "June", "July", "August", "September", "October", "November",
     "December", "Officials", "Analysts", "Residents", "Police", "Shares", "Both", "All"}
)  # fmt: skip
# Verbs only a measure takes: a body is not "defeated by 23 votes to 16" (nor, in a
# story's "it", paid out to shareholders).
_MEASURE_VERB = re.compile(
    r"(?:was|were|is|has been|had been|will be|would be)\s+(?:narrowly\s+|overwhelmingly\s+)?"
    r"(?:defeated|passed|approved|rejected|adopted|carried|withdrawn|voted|tabled|signed|"
    r"ratified|vetoed|scrapped|shelved|amended|enacted|backed|blocked|overturned|paid|repaid"
    r"|refunded|awarded|distributed)\b"
    r"|(?:takes|took|came|comes|will\s+come|will\s+take)\s+(?:effect|into\s+force)\b"
)
# "It is expected that ...", "It emerged that ...", "It takes three days to ...": an "it"
# that stands for nothing named.
_DUMMY_IT = re.compile(
    r"^(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|remains|seems|appears|emerged|"
    r"takes|took|will\s+take|costs|cost|means|meant|follows|comes|came|makes|made)"
    r"(?:\s+(?:not|now|also|still|too|very|highly|more|less|far|quite|so))*"
    r"\s+(?:that|to|whether|clear|unclear|likely|unlikely|possible|impossible|"
    r"understood|thought|believed|expected|feared|hoped|said|reported|estimated|known|"
    r"announced|claimed|alleged|important|vital|essential|difficult|hard|easy|true|sense|"
    r"the\s+(?:first|second|third|fourth|fifth|latest|last|largest|biggest|highest|lowest)|"
    rf"a\s+(?:record|first)|time|(?:an?|one|[{SMALL}]+|\d+)\s+(?:years?|months?|weeks?|days?|hours?))\b"
)


@dataclass(frozen=True)
class _Candidate:
    at: int  # where it stands in its stretch of text
    phrase: str  # how a prompt names it ("The company", "Wyre Valley Water")
    kind: str  # "body", "measure", "document" or "name"


def _candidates(stretch: str, people: Sequence[str], subjects_only: bool) -> list[_Candidate]:
    """Bodies, documents and measures ``stretch`` names, in order: as a clause's subject
    (the described ones and names), and, unless ``subjects_only``, a measure wherever."""
    found: dict[int, _Candidate] = {}
    for match in _DESCRIBED.finditer(stretch):
        kind = match.group("kind")
        if kind not in _KINDS or (match.group("verb") is None and kind not in MEASURE_KINDS):
            continue
        if match.group("verb") is None and subjects_only:
            continue
        found[match.start()] = _Candidate(match.start(), f"The {kind}", _kind_of(kind))
    if not subjects_only:
        for match in _MEASURE_NAMED.finditer(stretch):
            if match.group("kind") in MEASURE_KINDS and match.start() not in found:
                found[match.start()] = _Candidate(
                    match.start(), f"The {match.group('kind')}", "measure"
                )
    for match in _NAMED.finditer(stretch):
        name = match.group("name")
        words = name.split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if not words or _is_person(" ".join(words), stretch, people):
            continue
        # "the light in the centre in Darmstadt came from a lamp": a place after a
        # preposition is the object of a phrase, not the subject of the verb after it.
        if words == name.split() and _AFTER_PREPOSITION.search(stretch, 0, match.start()):
            continue
        last = words[-1].casefold()
        if last in _KINDS:  # "Halden District Council" is "the council"
            candidate = _Candidate(match.start(), f"The {last}", _kind_of(last))
        else:
            written = " ".join(words)
            # "the CBT raised rates": the name keeps the article it is written with.
            the = "The " if match.group("the") and words == name.split() else ""
            candidate = _Candidate(match.start(), the + written, "name")
        found.setdefault(match.start(), candidate)
    return [found[at] for at in sorted(found)]


_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside|inside|of|to)\s+$")


def _kind_of(word: str) -> str:
    if word in MEASURE_KINDS:
        return "measure"
    if word in DOCUMENT_KINDS:
        return "document"
    return "body"


def _is_person(name: str, stretch: str, people: Sequence[str]) -> bool:
    """Whether ``name`` is someone the article names as a person, or is written like one
    ("Cllr Ana Ruiz said", "Ruiz, 54, said")."""
    for person in people:
        if name == person or name in person.split() or person in name:
            return True
    return (
        re.search(
            rf"(?:Mr|Ms|Mrs|Dr|Cllr|Sir|Dame|Prof)\.?\s+(?:[{CAPITAL}][\w’'-]*\s+)*{re.escape(name)}\b",
            stretch,
        )
        is not None
    )


def takes_a_measure(subject: str, rest: str) -> bool:
    """Whether ``subject`` can be what an "it" followed by ``rest`` stands for: a verb only a
    measure takes ("will be paid on 29 January", "was defeated") is never said of a body
    ("The board"); a name may be a programme's ("Argus Bridge was approved in 2020")."""
    return _MEASURE_VERB.match(rest) is None or subject.split()[-1].casefold() not in BODY_KINDS


def referent_of_it(
    rest: str, before_in_sentence: str, sentence_before: str | None, people: Sequence[str]
) -> str | None:
    """What the "it" opening ``rest`` (the words after the pronoun) stands for, named as a
    prompt's subject ("The company", "Wyre Valley Water"); None when nothing fits or the
    story leaves it uncertain. ``before_in_sentence`` is its own sentence up to the pronoun,
    ``sentence_before`` the sentence before that."""
    if _DUMMY_IT.match(rest):
        return None
    wants_measure = _MEASURE_VERB.match(rest) is not None
    own = [
        candidate
        for candidate in _candidates(before_in_sentence, people, subjects_only=False)
        if candidate.kind == "measure" or not wants_measure
    ]
    if own:
        return own[-1].phrase
    if sentence_before is None:
        return None
    earlier = [
        candidate
        for candidate in _candidates(sentence_before, people, subjects_only=not wants_measure)
        if (candidate.kind == "measure") == wants_measure or candidate.kind == "document"
    ]
    if wants_measure:
        earlier = [candidate for candidate in earlier if candidate.kind == "measure"]
    phrases = list(dict.fromkeys(candidate.phrase for candidate in earlier))
    if len(phrases) == 1:
        return phrases[0]
    described = {c.phrase for c in earlier if c.kind != "name"}
    # "Ashcombe said ... the company said": a name and one kind is the one body, by kind.
    if len(described) == 1:
        return described.pop()
    return None


# A prompt opening on the pronoun, and the words after it ("It also cut its ..."); a
# joining word before it ("But it was defeated ...") links to a clause the prompt leaves out.
_OPENING_IT = re.compile(
    rf"^(?:(?:But|And|Yet|So|Although|Though)\s+it|It)\s+(?P<rest>"
    rf"[{SMALL}].*)$"
)
_ASKED = re.compile(r"\b(?:how|what|which|when|where|who)\b|…")


def with_thing_named(
    prompt: str, sentences: Sequence[str], evidence: str, people: Sequence[str]
) -> str:
    """``prompt``, asked from the sentence of ``sentences`` (the story's, in order) holding
    ``evidence``, with its opening "It" named as the body or measure it stands for; as it
    is when it does not open on "It" or nothing fits."""
    opening = _OPENING_IT.match(prompt)
    if opening is None:
        return prompt
    rest = opening.group("rest")
    for number, sentence in enumerate(sentences):
        if evidence not in sentence:
            continue
        at = _pronoun_at(sentence, rest)
        if at is None:
            return prompt
        before = sentences[number - 1] if number > 0 else None
        phrase = referent_of_it(sentence[at + 3 :], sentence[:at], before, people)
        return prompt if phrase is None else f"{phrase} {rest}"
    return prompt


def _pronoun_at(sentence: str, rest: str) -> int | None:
    """Where, in ``sentence``, the "it" whose clause the prompt's ``rest`` asks stands."""
    shown = _ASKED.split(rest, maxsplit=1)[0].split()[:2]
    for count in (len(shown), 1):
        if not shown[:count]:
            return None
        words = r"\s+".join(re.escape(word) for word in shown[:count])
        hits = [m.start() for m in re.finditer(rf"(?<![\w’'])[Ii]t\s+{words}\b", sentence)]
        if len(hits) == 1:
            return hits[0]
    return None
