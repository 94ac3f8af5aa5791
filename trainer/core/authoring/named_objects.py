"""What a name past a sentence's opening subject is, read from the words around it, so the
catch-all of unasked names (unasked_names.py) can ask it whatever verb governs it.

Each earlier finder read one verb or one list of kinds ("a contract with", "the tanker X"),
so the next article's wording slipped past. Here the question word comes from the name's
own surroundings:

- "known as", "called", "dubbed" before it: "The ships, to be known as the Harrow class,
  will ..." asks "What will the ships be known as?";
- a lower-case noun right before it, whatever the noun: "a bid from the Danish shipbuilder
  Orrin Marine Systems" asks "from which Danish shipbuilder?" (a noun that may name a
  person's trade, "the fund manager Jo Bell", only before a name that holds a body's word);
- a kind noun right after it: "since the Vesper spacecraft arrived" asks "since which
  spacecraft arrived"; "class", "range", "belt" and the like are part of the name and of
  the answer ("Harrow class");
- a place inside a place phrase: "built at a shipyard in Porto Lindo" asks "at a shipyard
  in which place?".

A name a nationality, a party or a calendar word describes is no such thing ("the British
government", "the Labour plan").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from trainer.core.authoring.find_named_things import KIND_WORDS
from trainer.core.authoring.find_people import HEAD_WORDS, ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.kind_questions import ends_like_verb_or_plural
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.person_names import OCCUPATION_WORDS


class AskedName(NamedTuple):
    """A name to ask: its answer, the question phrase, the span of the sentence the phrase
    replaces, how the name is written there, and a whole prompt where the phrase cannot be
    asked in place."""

    answer: str
    question: str
    start: int
    end: int
    written: str
    prompt: str | None = None
    # How other prompts name it instead ("the British shipbuilder"); "" drops the phrase
    # ("The ships, to be known as the Harrow class, will ..." reads "The ships will ...").
    description: str | None = None


# "to be known as the", "also called", "dubbed": a name given right after.
_NAMING = re.compile(
    r"(?:(?P<aux>to\s+be|soon\s+to\s+be|now|also|formerly|previously|widely|locally"
    r"|popularly|informally|officially|provisionally)\s+)?"
    r"(?P<how>known\s+as|called|dubbed|nicknamed|renamed|calling\s+itself|calls\s+itself)"
    r"\s+(?:the\s+)?$"
)
# "A ransomware gang calling itself Grey Meridian claimed responsibility": the sentence's
# subject, the group a name it gives itself, and what the sentence says it did.
_SELF_NAMED = re.compile(
    rf"^(?:A|An|The)\s+(?P<kind>(?:[\w’'-]+\s+){{0,3}}?[{SMALL}][{SMALL}-]+),?\s+(?:which\s+)?"
    r"(?:calling|calls)\s+itself\s+$"
)
_LOOSE_ENDS = frozenset({"for", "the", "a", "an", "on", "in", "of", "to", "at", "by", "with"})
_DEED_AFTER = re.compile(rf",?\s+(?P<deed>(?:has\s+|had\s+)?[{SMALL}]+ed\b[^,;:.“”\"]*)")
# "The ships, ": the sentence's subject set off before the naming.
_SUBJECT_SET_OFF = re.compile(
    rf"^(?P<subject>(?:The|This|These|Its|Their)\s+(?:[{SMALL}][\w-]*\s+){{0,3}}?[{SMALL}][\w-]*),\s+$"
)
# A lower-case noun (with up to two describing words) right before a name: "the British
# shipbuilder", "its parent company", "rival bidder".
_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<det>the|a|an|its|their|his|her|our)\s+"
    rf"(?P<describing>(?:[\w’'-]+\s+){{0,2}}?)(?P<noun>[{SMALL}][{SMALL}-]+)\s+$"
)
# Describing words that are no kind: "the new X", "the same X".
_NOT_KINDS = frozenset(
    {"new", "old", "former", "current", "same", "other", "whole", "entire", "next", "last",
     "first", "final", "latest", "previous", "recent", "main", "largest", "biggest", "rival",
     "so-called", "late", "early", "future", "present", "original", "great", "northern",
     "southern", "eastern", "western", "central", "upper", "lower", "following", "coming",
     "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "that",
     "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "which",
     "who", "said", "says", "told", "year", "week", "month", "day", "time", "side", "case",
     "way", "end", "start", "beginning", "morning", "evening", "night", "weekend",
     "between", "against", "among", "via", "per", "like", "including", "under", "over",
     "after", "before", "during", "about", "across", "through", "into", "onto", "upon",
     "within", "without", "than", "near", "behind", "beyond", "outside", "inside", "toward",
     "towards", "around", "amid", "despite", "except", "plus", "versus"}
)  # fmt: skip
# The endings of a noun that may name a person's trade ("manager", "novelist", "chairman").
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person|chef|judge|poet)$")
# Words that make a name a body's or a company's, not a person's.
_BODY_NAME_WORDS = frozenset(
    {*KIND_WORDS, *ORGANISATION_WORDS, "Systems", "Solutions", "Services", "Industries",
     "Energy", "Power", "Capital", "Partners", "Investors", "Motors", "Foods", "Water",
     "Networks", "Media", "Shipping", "Naval", "Marine", "Aviation", "Aerospace", "Defence",
     "Defense", "Electric", "Resources", "Mining", "Petroleum", "Oil", "Gas", "Steel",
     "Bank", "Insurance", "Homes", "Estates", "Properties", "Ventures", "Labs",
     "Laboratories", "Therapeutics", "Biotech", "Telecom", "Communications", "Rail",
     "Transport", "Shipyards", "Works", "Trust", "Society", "Association", "Federation",
     "Alliance", "Coalition", "Network", "Centre", "Center", "Board", "Club"}
)  # fmt: skip
# Kind nouns after a name that name a thing of that kind: "the Vesper spacecraft".
_THING_AFTER = frozenset(
    {"spacecraft", "probe", "satellite", "mission", "telescope", "rover", "lander", "orbiter",
     "capsule", "rocket", "launcher", "vessel", "tanker", "ferry", "frigate", "submarine",
     "aircraft", "jet", "drone", "missile", "system", "platform", "scanner", "device",
     "programme", "program", "project", "scheme", "initiative", "survey", "study", "trial",
     "index", "vaccine", "app", "interconnector", "pipeline", "cable", "reactor", "mine",
     "oilfield", "refinery", "terminal", "plant", "shipyard", "dam", "reservoir", "tunnel",
     "bridge", "motorway", "railway", "estate", "development", "asteroid", "comet", "crater",
     "volcano", "glacier"}
)  # fmt: skip
# Kind nouns that are part of what the thing is called: "the Harrow class", "the Kell range".
_PART_OF_NAME = frozenset(
    {"class", "range", "belt", "ridge", "trench", "basin", "estuary", "anchorage", "field",
     "formation", "corridor", "line", "variant", "strain", "series"}
)  # fmt: skip
# A name a nationality or a party describes: "the British plan", "the Labour scheme".
_DESCRIBING_NAME = re.compile(
    rf"[{CAPITAL}][{SMALL}]+(?:an|ese|ish|ic|ch|i)|Dutch|French|Greek|Swiss|Thai|Labour|Conservative"
    r"|Tory|Liberal|Democratic|Republican|Green|Socialist|Communist|Nationalist|Unionist"
)
# After the kind noun, a lower-case noun would make the name and kind describe it ("the
# Vesper spacecraft team"); words that carry the sentence on are no such noun.
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:on|in|at|to|for|with|and|or|but|was|is|are|were|has|had|have|will|would|can"
    r"|could|should|may|might|must|which|that|where|when|who|after|before|by|from|since"
    r"|until|as|than|into|over|under|near|during|about|itself|also|still|now|then|had)\b)"
    rf"[{SMALL}]+(?<!ed)(?<!ly)\b"
)
# A place phrase before the one holding the name: "built at a shipyard in", "branch from
# the existing railway at".
_PLACE_IN_PLACE = re.compile(
    rf"(?<![\w-])(?:[{SMALL}]+ed|built|made|held|based|branch|run|runs|sit|sits|lie|lies|stand"
    r"|stands|work|works|live|lives|operate|operates|leave|leaves|join|joins|start|starts|end"
    r"|ends)\s+(?:at|in|on|from|near|to|into)\s+"
    rf"(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?[{SMALL}][{SMALL}-]+\s+"
    r"(?P<prep>at|in|near)\s+$"
)


def named_object(sentence: str, start: int, end: int) -> AskedName | None:
    """How to ask the name at ``sentence[start:end]`` (no person's, not the sentence's
    opening subject) by what its surroundings say it is; None when they say nothing."""
    name = sentence[start:end]
    words = name.split()
    if _DESCRIBING_NAME.fullmatch(words[0]) and len(words) == 1:
        return None
    before = sentence[:start]
    return (
        _given_name(sentence, start, end, name)
        or _kind_before(sentence, start, end, name, words)
        or _kind_after(sentence, start, end, name)
        or _place_in_place(before, start, end, name)
    )


def _given_name(sentence: str, start: int, end: int, name: str) -> AskedName | None:
    naming = _NAMING.search(sentence, 0, start)
    if naming is None or naming.end() != start:
        return None
    answer, stop = _with_part_of_name(sentence, name, end)
    subject = _SUBJECT_SET_OFF.match(sentence[: naming.start()])
    how = " ".join(naming.group("how").split())
    if subject is not None:
        # "The ships, to be known as the Harrow class, will ...": asked of the subject.
        what = subject.group("subject")
        what = what[0].lower() + what[1:]
        plural = ends_like_verb_or_plural(what.split()[-1])
        aux = " ".join((naming.group("aux") or "").split())
        if aux in ("to be", "soon to be"):
            prompt = f"What will {what} be {how}?"
        elif aux in ("formerly", "previously"):
            prompt = f"What {'were' if plural else 'was'} {what} {aux} {how}?"
        else:
            prompt = f"What {'are' if plural else 'is'} {what} {how}?"
        phrase = sentence[subject.end("subject") : stop]
        return AskedName(answer, "what", naming.start(), stop, phrase, prompt, "")
    self_named = _SELF_NAMED.match(sentence[:start])
    if self_named is not None:
        deed = _DEED_AFTER.match(sentence, stop)
        kind = " ".join(self_named.group("kind").split())
        done: list[str] = []
        # "has claimed responsibility for the attack": the deed up to its first preposition
        for word in deed.group("deed").split()[:6] if deed else []:
            if done and word in _LOOSE_ENDS:
                break
            done.append(word)
        that = f" that {' '.join(done)}" if done else ""
        prompt = f"What does the {kind}{that} call itself?"
        return AskedName(answer, "what", 0, stop, sentence[:stop], prompt, f"the {kind}")
    if how in ("known as", "nicknamed", "dubbed", "calling itself", "calls itself"):
        # "a band the team has nicknamed the Saar Belt": asked in place.
        the = sentence[naming.end() - 4 : naming.end()] == "the "
        return AskedName(answer, "what", start - (4 if the else 0), stop, sentence[start:stop])
    return None


def _kind_before(
    sentence: str, start: int, end: int, name: str, words: list[str]
) -> AskedName | None:
    found = _NOUN_BEFORE.search(sentence, 0, start)
    if found is None or found.end() != start:
        return None
    noun = found.group("noun")
    describing = found.group("describing").split()
    if (
        noun in _NOT_KINDS
        or any(word.casefold() in _NOT_KINDS - {"new", "rival"} for word in describing)
        or noun.endswith(("ed", "ing", "ly"))
        or ends_like_verb_or_plural(noun)
        or noun.capitalize() in TITLE_WORDS | HEAD_WORDS | OCCUPATION_WORDS
        or any(word.endswith(("’s", "'s")) for word in describing)
    ):
        return None
    if _PERSON_NOUN.search(noun) and not set(words) & _BODY_NAME_WORDS:
        return None  # "the fund manager Jo Bell": a person's trade, no thing's kind
    if sentence[end : end + 2] in ("'s", "’s") or _NOUN_NEXT.match(sentence, end):
        return None  # "the shipbuilder Orrin's yard": the name only says whose
    kind = " ".join([*describing, noun])
    written = sentence[found.start() : end]
    return AskedName(name, f"which {kind}", found.start(), end, written, None, f"the {kind}")


def _kind_after(sentence: str, start: int, end: int, name: str) -> AskedName | None:
    if re.search(r"(?<![\w’'-])(?:the|a|an|its|their)\s+$", sentence[:start]) is None:
        return None
    kind = re.match(rf"\s+(?P<noun>[{SMALL}]+)(?![\w-])", sentence[end:])
    if kind is None:
        return None
    noun = kind.group("noun")
    if noun not in _THING_AFTER and noun not in _PART_OF_NAME:
        return None
    stop = end + kind.end()
    if _NOUN_NEXT.match(sentence, stop) or _DESCRIBING_NAME.fullmatch(name.split()[0]):
        return None  # "the Vesper mission team", "the Chinese satellite"
    answer = f"{name} {noun}" if noun in _PART_OF_NAME else name
    determiner = re.search(r"(?:the|a|an|its|their)\s+$", sentence[:start])
    assert determiner is not None
    written = sentence[determiner.start() : stop]
    return AskedName(
        answer, f"which {noun}", determiner.start(), stop, written, None, f"the {noun}"
    )


def _place_in_place(before: str, start: int, end: int, name: str) -> AskedName | None:
    found = _PLACE_IN_PLACE.search(before)
    if found is None:
        return None
    prep = found.group("prep")
    # Other prompts leave the place out: "railway at Cratloe and run" reads "railway and run".
    written = f"{prep} {name}"
    return AskedName(name, f"{prep} which place", found.start("prep"), end, written, None, "")


def _with_part_of_name(sentence: str, name: str, end: int) -> tuple[str, int]:
    """The name with a kind noun that is part of what it is called ("Harrow class")."""
    kind = re.match(rf"\s+(?P<noun>[{SMALL}]+)(?![\w-])", sentence[end:])
    if kind is not None and kind.group("noun") in _PART_OF_NAME:
        return f"{name} {kind.group('noun')}", end + kind.end()
    return name, end
