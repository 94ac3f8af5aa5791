"""Verdicts stated plainly, with no figure or date to hang a card on, as audit offices,
regulators and inspectorates write them:

- a rating: "The review unit rated delivery confidence as Amber" asks "How did the review
  unit rate delivery confidence?" (answer "Amber"); "classed the dam as high-risk";
- how much of a set was accepted or met: "the ministry accepted all six recommendations"
  asks "How many of the recommendations did the ministry accept?" (answer "all six").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_RATE = {
    "rated": "rate",
    "graded": "grade",
    "classed": "class",
    "classified": "classify",
    "designated": "designate",
    "assessed": "assess",
    "judged": "judge",
    "ranked": "rank",
    "scored": "score",
}
# Whoever gave the verdict: the words opening the clause before the verb.
_SUBJECT = (
    rf"(?P<subject>(?:[Tt]he|[Ii]ts|[Tt]heir|[{CAPITAL}][\w'’&-]*)"
    r"(?:\s+(?!(?:said|says|told|that|which|who)\b)[\w'’&-]+){0,6}?|it|they)"
)
_RATING = re.compile(
    rf"(?:^|(?<=,\s)|(?<=\bthat\s)){_SUBJECT}\s+(?P<verb>{'|'.join(_RATE)})\s+"
    rf"(?P<what>(?:the\s+|its\s+|their\s+|(?:[{CAPITAL}][\w-]*\s+){{0,3}}[{CAPITAL}][\w-]*[’']s\s+)?[{SMALL}][\w'’-]*(?:\s+[{SMALL}][\w'’-]*){{0,3}}?)\s+as\s+"
    # A grade in quotation marks may be a phrase: "requires improvement".
    rf"(?:[\"“](?P<quoted>[{SMALL}][\w -]{{2,30}}?)[\"”]|"
    rf"[\"“]?(?P<rating>[{CAPITAL}][{SMALL}]+(?:[-/][{CAPITAL}]?[{SMALL}]+)?|[{SMALL}]+-[{SMALL}]+|inadequate|outstanding"
    r"|good|poor|unsafe|unachievable|high|low|critical|satisfactory|unsatisfactory)[\"”]?)"
    r"(?=\s*[,.;]|\s+(?:in|on|at|and|by|for|after|since|from|last|this)\b)"
)
_ACCEPT = {
    "accepted": "accept",
    "rejected": "reject",
    "implemented": "implement",
    "adopted": "adopt",
    "met": "meet",
    "missed": "miss",
    "endorsed": "endorse",
}
# Longest first: "all four" before "all".
_HOW_MANY = (
    r"(?:all\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|only\s+(?:one|two|three|four|five|six)|all|none|both"
)
_ACCEPTED = re.compile(
    rf"(?:^|(?<=,\s)|(?<=\bthat\s)){_SUBJECT}\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?P<verb>{'|'.join(_ACCEPT)})\s+(?P<share>{_HOW_MANY})\s+(?:of\s+(?:the|its|their)\s+)?"
    rf"(?:[{SMALL}]+\s+)?(?P<noun>recommendations|targets|conditions|demands|proposals|amendments"
    r"|findings|commitments|milestones|requirements|undertakings)\b"
)


def find_verdicts(sentence: str, line: int) -> list[FoundFact]:
    """Each rating and share of a set accepted or met in ``sentence``."""
    found: list[FoundFact] = []
    for match in _RATING.finditer(sentence):
        subject = _lowered(match.group("subject"))
        what = " ".join(match.group("what").split())
        prompt = f"How did {subject} {_RATE[match.group('verb')]} {what}?"
        group = "quoted" if match.group("quoted") else "rating"
        # Other prompts leave out "as Amber" whole, not the rating alone.
        written = sentence[match.start(group) - 4 : match.end()].strip()
        written = written[written.index("as") :] if "as" in written else written
        found.append(_fact(sentence, line, match, group, prompt, written))
    for match in _ACCEPTED.finditer(sentence):
        subject = _lowered(match.group("subject"))
        noun = match.group("noun")
        prompt = f"How many of the {noun} did {subject} {_ACCEPT[match.group('verb')]}?"
        # The answer as a marker writes it: "all four recommendations".
        share = sentence[match.start("share") : match.end("noun")]
        fact = _fact(sentence, line, match, "share", prompt)
        found.append(
            dataclasses.replace(
                fact, answer=" ".join(share.split()), end=match.end("noun"), written=share
            )
        )
    return found


def _lowered(subject: str) -> str:
    """ "The Department" inside a question: "the Department"."""
    words = subject.split()
    if words[0] in ("The", "Its", "Their"):
        return " ".join([words[0].lower(), *words[1:]])
    return subject


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    group: str,
    prompt: str,
    written: str | None = None,
) -> FoundFact:
    return sentence_text_fact(
        sentence,
        line,
        match.start(group),
        match.end(group),
        " ".join(match.group(group).split()),
        prompt[:1].upper() + prompt[1:],
        text=written or match.group(group),
    )
