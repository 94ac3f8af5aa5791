"""Figures a news lead states without a noun after them, which a count finder reads past:
a running tally ("The death toll ... rose to 212, officials said") and a scale reading ("a
magnitude 6.8 earthquake", "a Category 4 hurricane"). Each is asked about its subject:
"What did the death toll from ... rise to?", "What was the magnitude of the earthquake
that struck ...?".
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.letters import SMALL

_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
_VERBS = {
    "rose": "rise",
    "climbed": "climb",
    "jumped": "jump",
    "reached": "reach",
    "hit": "hit",
    "fell": "fall",
    "dropped": "drop",
    "stood": "stand",
    "stands": "stand",
    "has risen": "rise",
    "has climbed": "climb",
    "has reached": "reach",
}
# "The death toll from ... rose to 212," / "the number of confirmed cases reached 1,380."
_TALLY = re.compile(
    rf"\b(?P<subject>(?:[Tt]he\s+)?(?:death\s+toll|toll|tally|number\s+of\s+(?:[{SMALL}-]+\s+){{0,2}}"
    rf"[{SMALL}]+s)(?:\s+(?:from|in|of)\s+[^,;]{{3,90}}?)?)\s+"
    rf"(?P<verb>{'|'.join(sorted(_VERBS, key=len, reverse=True))})\s+(?:to\s+|at\s+)?"
    rf"(?P<number>{_FIGURE})(?=\s*[,.;]|\s+(?:on|in|as|after|by|from|late|early|overnight)\b)"
)
# "a magnitude 6.8 earthquake that struck eastern Turkey on Tuesday", "a Category 4 storm".
_SCALE = re.compile(
    r"\b(?P<scale>magnitude|[Cc]ategory|[Ll]evel)[- ](?P<number>\d+(?:\.\d)?)\s+"
    # The thing measured, never a joining word: "magnitude 5 or greater" names no event.
    r"(?!(?:or|and|to|and|in|on|at|of|for|from|with|was|is|were|are|greater|higher|"
    rf"above|below|more|less)\b)(?P<noun>[{SMALL}]{{3,}})(?P<clause>\s+(?:that|which)\s+[^,;]{{3,70}}?(?=\s+(?:rose|fell|killed|"
    r"left|has|had|was|is|hit|caused)\b|[,.;]))?"
)


# "The annualized rate of attacks fell to 0.41 in the treatment group, from 0.98 ...": a
# bare figure a change arrived at, asked in place ("... fell to what in the treatment
# group?"); the figure it came from is left to the trimmed question's tail.
_CHANGED_TO = re.compile(
    r"\b(?:rose|fell|dropped|climbed|declined|increased|decreased|jumped|slipped|slid|eased|"
    r"widened|narrowed|improved|worsened|grew|shrank|doubled|tripled|trebled|quadrupled|"
    r"halved)\s+to\s+"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]*\d)"
    # "rose to 9.5 days in October": a duration's unit goes with its figure.
    r"(?P<unit>\s+(?:years|months|weeks|days|hours|minutes))?"
    r"(?=\s*[,.;]|\s+(?:in|on|at|from|by|after|as|among|for|last|this|a)\b)"
)


def find_tallies(sentence: str, line: int) -> list[FoundFact]:
    """Every tally and scale reading in ``sentence``."""
    found: list[FoundFact] = []
    for match in _TALLY.finditer(sentence):
        subject = " ".join(match.group("subject").split())
        subject = subject[0].lower() + subject[1:] if subject.startswith("The ") else subject
        verb = _VERBS[match.group("verb")]
        prompt = f"What did {subject} {verb} {'at' if verb == 'stand' else 'to'}?"
        found.append(_figure(match, sentence, line, prompt))
    for match in _SCALE.finditer(sentence):
        scale = match.group("scale").casefold()
        clause = " ".join((match.group("clause") or "").split())
        prompt = (
            f"What was the {scale} of the {match.group('noun')}{' ' + clause if clause else ''}?"
        )
        found.append(_figure(match, sentence, line, prompt))
    for match in _CHANGED_TO.finditer(sentence):
        if not any(fact.start <= match.start("number") < fact.end for fact in found):
            fact = _figure(match, sentence, line, "")
            if match.group("unit"):
                written = match.group("number") + match.group("unit")
                unit = match.group("unit").split()[0]
                fact = dataclasses.replace(
                    fact, answer=written, written=written, end=match.end("unit"), kind="text"
                )
                found.append(dataclasses.replace(fact, question=f"how many {unit}", prompt=None))
                continue
            found.append(dataclasses.replace(fact, question="what", prompt=None))
    return found


def _figure(match: re.Match[str], sentence: str, line: int, prompt: str) -> FoundFact:
    number = match.group("number")
    return FoundFact(
        "number",
        "counts",
        number,
        number,
        sentence,
        match.start("number"),
        match.end("number"),
        "how many",
        line,
        prompt=prompt,
    )
