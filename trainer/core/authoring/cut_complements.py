"""Prompts read against their sentence for what leaving out another card's figure did to
them: a verb that lost its complement, and a person asked by a bare noun.

"Turnout was 71.3 percent of the 2.1 million registered voters, down from 78.6 percent"
loses its first two figures to other cards; what is left, "Turnout was the registered
voters, down from what percentage", says something false. The prompt's words alone cannot
tell that apart from "Turnout was the highest ..."; its sentence can.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

# "Turnout was the ...", "Turnout was in the 2021 runoff": a copula, then a determiner or
# a preposition, in the prompt.
_COPULA_DETERMINER = re.compile(
    r"\b(?P<subject>[\w’'-]+)\s+(?P<verb>is|was|are|were)\s+"
    r"(?P<linker>the|a|an|in|at|on|from|for)\s"
)
_DETERMINERS = frozenset({"the", "a", "an"})
# In the sentence, the same subject and copula before a figure ("was 71.3 percent").
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under)\s+)?"
# The change that still has its figure asked ("down from what percentage").
_CHANGE = re.compile(r",\s+(?P<change>(?:down|up)\s+from|compared\s+with|against)\b")


def without_cut_complement(prompt: str, evidence: str) -> str | None:
    """``prompt`` as it reads once a figure its verb needed was cut out: "Turnout was the
    registered voters, down from what percentage ...?" asks "Turnout was down from what
    percentage ...?"; None when nothing is left to ask that way (the card goes); ``prompt``
    unchanged when no complement was cut."""
    for found in _COPULA_DETERMINER.finditer(prompt):
        subject, verb = re.escape(found.group("subject")), found.group("verb")
        if not re.search(rf"\b{subject}\s+{verb}\s+{_HEDGE}[^\s,]*\d", evidence):
            continue
        change = _CHANGE.search(prompt, found.end())
        if change is None:
            # A determiner makes the rest the verb's complement, which is false; after a
            # preposition the figure is missing but nothing false is said.
            return None if found.group("linker") in _DETERMINERS else prompt
        return prompt[: found.end("verb")] + " " + prompt[change.start("change") :]
    return prompt


# "How old is the economist?": an age asked of a noun the sentence gives a named person.
_AGE_OF_NOUN = re.compile(rf"^How old (?P<verb>is|was) the (?P<noun>[{SMALL}][\w -]*)\?$")


def age_asked_of_person(prompt: str, evidence: str) -> str:
    """ "How old is the economist?" from "Kollie, a 58-year-old economist, ..." asks "How
    old is Kollie?" (named by role in the deck where the name is another card's answer):
    "the economist" says nothing of whom the card is about."""
    asked = _AGE_OF_NOUN.match(prompt)
    if asked is None:
        return prompt
    noun = re.escape(asked.group("noun"))
    named = re.search(
        rf"(?P<name>[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}][\w’'.-]*){{0,3}}),\s+(?:a|an|the)\s+"
        rf"(?:\w+-)?\d+-year-old\s+(?:[{SMALL}-]+\s+)?{noun}\b",
        evidence,
    )
    if named is None:
        return prompt
    return f"How old {asked.group('verb')} {named.group('name')}?"


# "Sentencing on what date?": an opening participle's phrase asked alone.
_PARTICIPLE_ASKED = re.compile(
    rf"^(?P<participle>[{CAPITAL}][{SMALL}]+ing\b[^,?]*?)\s+(?P<asked>(?:on|in)\s+what\s+(?:date|month|year))(?:\?$|,\s)"
)
# ", Judge Rebecca Okafor said", ", EMGB's chief executive, Jonathan Ashdown, said": who the
# participle is about, the subject of the sentence's main clause.
_SUBJECT_SAYING = re.compile(
    rf"^[^,]+,\s+(?P<subject>[^,“”\"]{{2,60}}?(?:,\s+[{CAPITAL}][^,“”\"]{{1,40}},)?)\s+"
    r"(?:said|says|told|added|warned|announced|stated)\b"
)


def participle_asked_of_subject(prompt: str, evidence: str) -> str:
    """ "Sentencing on what date?" from "Sentencing on Wednesday, Judge Rebecca Okafor said
    ..." asks "Judge Rebecca Okafor was sentencing on what date?" (the judge's name is then
    hidden by role like any other card's answer): the phrase is about the main clause's
    subject, and without it the question has no verb."""
    asked = _PARTICIPLE_ASKED.match(prompt)
    if asked is None or not evidence.startswith(asked.group("participle").split()[0]):
        return prompt
    said = _SUBJECT_SAYING.match(evidence)
    if said is None:
        return prompt
    subject = said.group("subject").rstrip(",")
    participle = asked.group("participle")
    return (
        f"{subject[:1].upper()}{subject[1:]} was {participle[:1].lower()}{participle[1:]} "
        f"{asked.group('asked')}?"
    )
