"""Claims that name the thing they are about, with no figure: what caused something, and
what ranks first (or fifth) of its kind.

- "Most damage is still caused by anchors and fishing gear" asks "What still causes most
  damage?"; "The fire was caused by an electrical fault" asks "What caused the fire?";
- "Fatigue management is now the single largest risk on the network" asks "What is now the
  single largest risk on the network?"; "Japan is the fifth-largest US trading partner"
  asks "What is the fifth-largest US trading partner?";
- a person's first: "Priya Venkatesh, ..., who becomes the first woman of Asian heritage to
  hold the post" asks "Venkatesh becomes the first what to hold the post?".

The answer is the thing named, short; a pronoun ("It is the largest ..."), a figure or a
quotation's words are left to other cards.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_CLAUSE_START = (
    r"(?:^(?:\d+(?:\.\d+)*\s+|[-•*]\s+)?(?:(?:However|But|Now|Today|Overall),\s+)?"
    r"|(?<=,\s)(?:but|and|while|although|whereas)\s+"
    r"|\b(?:said|says|found|finds|concluded|concludes|confirmed|noted)\s+that\s+)"
)
_NOT_A_SUBJECT = (
    r"(?!(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Tt]here|[Ww]hat"
    r"|[Ww]hich|[Ww]ho|[Ii]|[Yy]ou|[Ss]ome|[Oo]ne)\b)"
)
_SUBJECT = (
    rf"(?P<subject>{_NOT_A_SUBJECT}[{CAPITAL}{SMALL}][\w'’-]*(?:\s+(?!(?:is|are|was|were|has|have|had"
    r"|remains?|remained|became|will|would|said|says|that|which|who)\b)[\w'’-]+){0,5}?)"
)
_REST_WORDS = r"(?:\s+(?!(?:and|but|while|which|although|because|after|as)\b)[\w'’-]+)"
_CLAUSE_END = r"(?=\s*(?:[,;:.)](?!\d)|$)|\s+(?:and|but|while|which|although|because|after|as)\b)"
# "X is (still) caused by Y": what caused it is the answer.
_CAUSED = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<aux>is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?P<adverb>(?:still|mostly|largely|mainly|often|usually|now|also)\s+)?caused\s+by\s+"
    # ("anchors and fishing gear": a pair of causes is one answer.)
    r"(?P<answer>[\w'’-]+(?:\s+[\w'’-]+){0,5}?)"
    # (what the cause came from, or when, is no part of it: "a shortage of parts from ...")
    r"(?=\s*(?:[,;:.)](?!\d)|$)|\s+(?:but|while|which|although|because|after|as|from|in|at"
    r"|during|since|on|last|this)\b)"
)
_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|single|world's|country's"
    r"|nation's|region's)"
)
_SUPERLATIVE = (
    r"(?:largest|biggest|greatest|main|leading|highest|lowest|oldest|busiest|richest|poorest"
    rf"|fastest-growing|most\s+[{SMALL}]+|least\s+[{SMALL}]+|largest\s+single|top|worst|best|longest"
    r"|shortest|smallest|tallest|deepest|costliest|strongest|wealthiest|fastest)"
)
# "X is (now) the (fifth-)largest ...".
_RANKED = re.compile(
    rf"{_CLAUSE_START}{_SUBJECT}\s+(?P<verb>is|are|was|were|remains?|remained|has\s+become"
    # "Transport made the largest downward contribution": a share in a change, ranked.
    r"|have\s+become|became|made|makes|had|recorded|posted|saw|suffered"
    # "Cabo Delgado has the highest case-fatality rate", "has recorded the most cases".
    r"|has|have|(?:has|have|had)\s+(?:recorded|posted|seen|suffered|made))\s+"
    r"(?P<now>(?:now|still|already|also)\s+)?"
    rf"(?P<rank>the\s+(?:{_ORDINAL}[- ])?{_SUPERLATIVE}{_REST_WORDS}{{1,10}}?){_CLAUSE_END}"
)
# "The result", "the move", "its plan": a word the story refers back with, no name.
_REFERS_BACK = re.compile(
    rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    rf"[{SMALL}][\w-]*"
)
# "X, who becomes the first woman of Asian heritage to hold the post": a first, asked of the
# person ("Venkatesh becomes the first what to hold the post?"), the answer the phrase.
_FIRST = re.compile(
    rf"(?:^(?P<name>[{CAPITAL}][\w'’-]+(?:\s+[{CAPITAL}][\w'’-]+){{1,2}})\s+|,\s+who\s+)"
    r"(?P<verb>is|was|becomes|became|will\s+become|has\s+become)\s+"
    r"(?P<answer>the\s+first\s+(?P<what>(?:[\w'’-]+\s+){0,5}?[\w'’-]+))\s+to\s+"
    rf"(?P<done>[{SMALL}]+(?:\s+[\w'’-]+){{0,6}}?)(?=\s*(?:[,;:.)]|$))"
)
# The person a "who" clause is about: the last full name before it.
_FULL_NAME = re.compile(rf"\b[{CAPITAL}][{SMALL}'’-]+(?:\s+[{CAPITAL}][{SMALL}'’-]+){{1,2}}\b")
_SINGULAR = {"are": "is", "were": "was", "remain": "remains", "have become": "has become"}
_MOST_ANSWER_WORDS = 6
_PAST = {"was", "were"}


def find_causes_and_ranks(sentence: str, line: int) -> list[FoundFact]:
    """What ``sentence`` says caused something, and what it says ranks first of its kind."""
    found: list[FoundFact] = []
    for match in _CAUSED.finditer(sentence):
        subject = _in_question(match.group("subject"))
        adverb = (match.group("adverb") or "").strip()
        aux = " ".join(match.group("aux").split())
        if aux in _PAST:
            verb = "caused"
        elif aux.endswith("been"):
            verb = "has caused"
        else:
            verb = "causes"
        asked = " ".join(word for word in ("What", adverb, verb, subject) if word)
        found.extend(_fact(sentence, line, match, "answer", f"{asked}?"))
    for match in _RANKED.finditer(sentence):
        verb = " ".join(match.group("verb").split())
        verb = _SINGULAR.get(verb, verb)
        now = (match.group("now") or "").strip()
        rank = " ".join(match.group("rank").split())
        asked = " ".join(word for word in ("What", verb, now, rank) if word)
        if _REFERS_BACK.fullmatch(match.group("subject")):
            continue  # "The result is the worst since 1983": "the result" names nothing
        found.extend(_fact(sentence, line, match, "subject", f"{asked}?"))
    for match in _FIRST.finditer(sentence):
        name = match.group("name")
        if name is None:
            names = _FULL_NAME.findall(sentence, 0, match.start())
            name = names[-1] if names else None
        if name is None or name.split()[0] in ("The", "In", "On", "At", "By", "For", "But"):
            continue  # "The scheme is the first ...": no person to ask of
        verb = " ".join(match.group("verb").split())
        done = " ".join(match.group("done").split())
        prompt = f"{name.split()[-1]} {verb} the first what to {done}?"
        found.extend(_fact(sentence, line, match, "answer", prompt))
    return found


def _fact(
    sentence: str, line: int, match: re.Match[str], group: str, prompt: str
) -> list[FoundFact]:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    written = " ".join(match.group(group).split())
    if (
        inside_quotation(sentence, match.start())
        or len(written.split()) > _MOST_ANSWER_WORDS
        or re.search(r"\d", written)
    ):
        return []
    return [
        FoundFact(
            "text",
            "facts",
            written,
            match.group(group),
            sentence,
            match.start(group),
            match.end(group),
            "what",
            line,
            evidence=sentence,
            prompt=prompt,
        )
    ]


def _in_question(subject: str) -> str:
    """ "The fire" as "the fire", "Most damage" as "most damage"."""
    subject = " ".join(subject.split())
    first, _, rest = subject.partition(" ")
    if rest and rest[:1].islower() and re.fullmatch(rf"[{CAPITAL}][{SMALL}]+", first):
        return f"{first.casefold()} {rest}"
    return subject
