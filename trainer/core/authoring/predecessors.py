"""Whom a person replaced, in the forms news copy says it: "Ravi Patel replaces Joan Kerr as
chief executive", "Mia Costa, who succeeded Ivo Brankov last year, ...", "Professor Lena
Holm, who took over from Greta Sand in March", "Tom Ode, replacing Ann Bell, ...".

The question names the successor and asks the predecessor: "Whom does Ravi Patel replace?",
"Whom did Mia Costa succeed?", "Whom did Lena Holm take over from?". Both must be named
in full, the successor right before the verb (its subject, the person a
"who" clause describes, or before an aside set off by commas).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.core.authoring.find_people import HONORIFICS, ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.person_names import PERSON_NAME, core_name

# The verb, its tense, and how the question says it.
_VERBS = {
    "replaced": ("did", "replace"),
    "replaces": ("does", "replace"),
    "replacing": ("does", "replace"),
    "succeeded": ("did", "succeed"),
    "succeeds": ("does", "succeed"),
    "succeeding": ("does", "succeed"),
    "took over from": ("did", "take over from"),
    "takes over from": ("does", "take over from"),
    "taking over from": ("does", "take over from"),
    "will replace": ("will", "replace"),
    "will succeed": ("will", "succeed"),
    "will take over from": ("will", "take over from"),
}
# The verb and the predecessor after it, a title or a few words of their post between:
# "succeeded the long-serving chair, Dr Ivo Brankov".
_REPLACED = re.compile(
    r"(?:,\s+who\s+|\s+|,\s+)(?P<verb>"
    + "|".join(re.escape(verb) for verb in sorted(_VERBS, key=len, reverse=True))
    # ("the long-serving Graham Tully": words of small letters before the name describe them)
    + rf")\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?[{SMALL}]+,\s+|the\s+(?:[{SMALL}][\w-]*\s+){{1,3}})?"
    rf"(?P<name>{PERSON_NAME})(?!"
    rf"[\w’'-]|\s+[{CAPITAL}])"
)
# The successor, named right before the verb, or before an aside set off by commas.
_SUCCESSOR = re.compile(rf"(?P<name>{PERSON_NAME})(?:,\s+[^,;.]{{1,80}},?)?\s*$")
# The sentence's subject, a person named first (after a title such as "Professor").
_SUBJECT = re.compile(rf"^\s*(?P<name>{PERSON_NAME})(?=,|\s+(?:has|have|had|was|is|will)\b)")
_NOT_NAMES = TITLE_WORDS | ORGANISATION_WORDS | HONORIFICS | {"The", "A", "An", "This", "That"}


@dataclass(frozen=True, slots=True)
class Predecessor:
    """A predecessor named in a sentence: where the name stands, and the question."""

    name: str
    start: int
    end: int
    prompt: str


def predecessors(sentence: str) -> list[Predecessor]:
    """Each person ``sentence`` says a person named before the verb replaced."""
    found: list[Predecessor] = []
    for match in _REPLACED.finditer(sentence):
        before = _SUCCESSOR.search(sentence, 0, match.start())
        if match.group("verb").endswith("ing"):
            # "Professor Idris Penhallow, a consultant at Truro Hospital, has been appointed
            # ..., replacing Dr Carys Menheniot": the participle's doer is the subject.
            before = _SUBJECT.match(sentence) or before
        if before is None:
            continue
        successor, predecessor = _a_person(before.group("name")), _a_person(match.group("name"))
        if successor is None or predecessor is None:
            continue
        aux, base = _VERBS[match.group("verb")]
        start = match.start("name") + match.group("name").index(predecessor)
        found.append(
            Predecessor(
                predecessor, start, start + len(predecessor), f"Whom {aux} {successor} {base}?"
            )
        )
    return found


def _a_person(words: str) -> str | None:
    """The person's name without a title, or None when the words are no person's name."""
    name = core_name(words)
    parts = name.split()
    # "Dr Ann Bell" after "the" may open on a capitalised title the pattern took as a name.
    while parts and parts[0] in _NOT_NAMES:
        parts = parts[1:]
    if len(parts) < 2 or any(part in _NOT_NAMES for part in parts):
        return None
    # Imported here: unasked_actors reads sentences through sentence_facts, which reads this.
    from trainer.core.authoring.unasked_actors import a_person

    if not a_person(" ".join(parts)):
        return None  # "Truro Hospital": a body's name
    return " ".join(parts)
