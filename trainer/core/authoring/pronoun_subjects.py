"""A sentence opening on "It" or "They" is about the subject of the sentence before it
("The quake struck at 3:42 a.m. … It was followed by more than 240 aftershocks"): a prompt
made from it names that subject ("The quake was followed by …"), or it has none.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import sentence_spans
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.stand_alone import opens_on_reporting_frame

_PRONOUN = re.compile(r"^(?P<pronoun>It|They)\s")
# "The quake struck …", "The shares rose …": a plain noun phrase, then its verb.
_SUBJECT = re.compile(
    # "The two Presidents reviewed …": a title in capitals is a noun too.
    rf"(?P<phrase>[Tt]he\s+(?:[{SMALL}][\w-]*\s+){{0,2}}?(?P<noun>[{CAPITAL}{SMALL}][\w-]*))\s+"
    rf"(?:[{SMALL}]+ed|was|were|is|are|has|had|have|will|would|rose|fell|struck|hit|grew|made|"
    r"took|left|began|came|went|shut|cut|won|lost|sold|bought|spent|kept|held|met|ran)\b"
)

# "It is a fortnight since the storm ...", "It has been three years since ...": an "It"
# that stands for no subject, only the time gone by.
_TIME_SINCE = re.compile(
    r"^It\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|almost\s+|nearly\s+|more\s+than\s+)?"
    rf"(?:a|an|one|[{SMALL}]+|\d+)\s+(?:full\s+)?(?:fortnight|days?|weeks?|months?|years?|decades?)\s+"
    r"since\b"
)


def counts_time_since(sentence: str) -> bool:
    """Whether ``sentence`` opens on an "It" that only counts time ("It is a fortnight
    since ..."), which no subject before it stands in for."""
    return _TIME_SINCE.match(sentence) is not None


def named_subject(prompt: str, sentence: str, text: str) -> str | None:
    """``prompt`` with its opening "It"/"They" replaced by the subject of the sentence
    before ``sentence`` in ``text``; ``prompt`` itself when it opens on neither; None when
    the sentence before names no subject that fits."""
    opening = _PRONOUN.match(prompt)
    if opening is None or not sentence.startswith(opening.group("pronoun")):
        return prompt
    if counts_time_since(sentence):
        return prompt
    at = text.find(sentence)
    spans = sentence_spans(text[:at]) if at > 0 else []
    if not spans:
        return None
    begin, end = spans[-1]
    subject = _SUBJECT.match(text, begin, end)
    if subject is None:
        return None
    plural = subject.group("noun").endswith("s") and not subject.group("noun").endswith("ss")
    if plural != (opening.group("pronoun") == "They"):
        return None
    phrase = subject.group("phrase")
    return phrase[:1].upper() + phrase[1:] + prompt[opening.end() - 1 :]


# "It also calls for an independent review of the framework, to report by June": what is
# called for, and what it is to do.
_CALLS_FOR = re.compile(
    r"^(?:It|They)\s+(?:also\s+)?(?:calls?|called|asks?|asked|urges?|urged|recommends?|"
    r"recommended|proposes?|proposed)\s+(?:for\s+)?(?P<thing>(?:an?|the)\s+[^,]{3,80}),\s+"
    rf"to\s+(?P<rest>[{SMALL}].+)$"
)


def called_for(prompt: str) -> str | None:
    """``prompt`` asking of the thing "It" calls for, when the question is what that thing
    is to do ("An independent review ... is to report by the end of what month?"); None
    when the prompt is not of that form."""
    match = _CALLS_FOR.match(prompt)
    if match is None or not re.search(r"(?i)\b(?:how|what|which)\b", match.group("rest")):
        return None
    thing = match.group("thing")
    return f"{thing[:1].upper()}{thing[1:]} is to {match.group('rest')}"


_PERSON_PRONOUN = re.compile(rf"^(?P<pronoun>She|He)\s+(?=[{SMALL}])")


def named_person(prompt: str, sentence: str, text: str, known: list[str]) -> tuple[str, str] | None:
    """The person ``prompt``'s opening "She"/"He" stands for, named by the sentence before
    ``sentence`` in ``text``, and ``prompt`` with the pronoun replaced by their name ("…
    said Ana Ruiz, an analyst. She cut her target to what?" asks "Ana Ruiz cut her target to
    what?"); None where the prompt opens on neither, on a reporting frame ("She said ...",
    which goes whole), or the sentence before names no one the pronoun fits."""
    opening = _PERSON_PRONOUN.match(prompt)
    if (
        opening is None
        or not sentence.startswith(opening["pronoun"] + " ")
        or opens_on_reporting_frame(prompt)
    ):
        return None
    at = text.find(sentence)
    lines = [line for line in text[:at].split("\n") if line.strip()] if at > 0 else []
    if not lines:
        return None
    spans = sentence_spans(lines[-1])
    if not spans:
        return None
    begin, end = spans[-1]
    # Imported here: person_names reads this module's neighbours' word lists.
    from trainer.core.authoring.person_names import resolve_pronoun

    name = resolve_pronoun(opening["pronoun"], lines[-1][begin:end], known, text)
    if name is None:
        return None
    return name, name + prompt[opening.end() - 1 :]
