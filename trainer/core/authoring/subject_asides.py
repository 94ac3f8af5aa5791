"""What stands between a long question's subject and its verb, struck before any cut.

A sentence is often long because its subject carries more than the noun: a relative clause
("A village school that has taught children since 1886 will close ...") or an aside set off
by commas or dashes ("The review, published on Friday, found ..."; "one of them, Halden
Works, had been ..."). A window cut around the question keeps those words and loses the
subject ("… since 1886 will close in which month?"); an editor strikes them and keeps the
subject and its verb ("A village school will close in which month?"). Each is struck only
where it does not hold the question, and where what follows it is a finite verb, so what
is left is the subject and its own verb.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import in_quotes

# Where the question is: "how", "what", "whose", or "which" after a preposition ("in which
# month"); "which" and "who" alone may only open a relative clause.
_ASKED = re.compile(
    r"(?i)\b(?:how|what|whose|when|where)\b"
    r"|\b(?:in|on|at|of|by|to|from|for|under|with|since|until)\s+which\b"
)
_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|"
    r"did|does)"
)
# A finite verb the subject's own clause can go on with, once its relative clause is struck:
# an auxiliary or a verb in the past that is no participle ("rose", "said", "found").
_MAIN_VERB = re.compile(
    rf"\s(?:{_AUXILIARY}|rose|fell|grew|won|lost|ran|made|took|hit|cut|met|began|came|went|"
    r"said|found|told|gave|saw|sold|bought|paid|spent|held|kept|left|became|remains|remained)"
    r"(?=[\s,])"
)
# The first verb of the relative clause itself, right after its pronoun or its own subject.
_CLAUSE_VERB = re.compile(
    rf"\s(?:{_AUXILIARY}|[{SMALL}]{{3,}}(?:ed|es|s)|rose|fell|grew|won|lost|ran|made|took|hit|"
    r"cut|met|began|came|went|said|found|told|gave|saw|sold|bought|paid|spent|held|kept|"
    r"left|became|buried|built|led|runs|run)\s"
)
# "that"/"which"/"who" opening a relative clause on the noun before it.
_RELATIVE = re.compile(r"(?P<comma>,)?\s+(?:that|which|who)\s+")
# "than those who did not": a comparison's own clause, no part of the subject's.
_COMPARISON = re.compile(r"\b(?:than|those|as)\b")
# Where a subject starts: the sentence's start, or a reported clause's ("said the school",
# "found that a school"), or a clause after a comma and a joining word.
_SUBJECT_START = re.compile(
    r"(?:^|\bthat\s+|\b(?:said|says|found|finds|estimates|estimated|shows|showed|warned|"
    r"believes|expects|confirmed|announced)\s+|,\s+(?:and|but|as|while)\s+)"
)
# Words that cannot stand in a subject noun phrase: a finite verb or a clause's joint.
_NOT_IN_SUBJECT = re.compile(
    rf"(?i)(?:^|\s)(?:{_AUXILIARY}|said|says|told|found|finds|shows|showed|estimates|"
    r"believes|expects|warns|argues|rose|fell|grew|won|lost|made|took|began|came|went|gave|"
    rf"that|which|who|and|but|if|when|while|as|[{SMALL}]{{3,}}ed)(?=\s|$)"
)
# The subject opens on a determiner, a possessive or a capital, never a pronoun.
_SUBJECT_OPENING = re.compile(
    r"(?:the|a|an|its|their|his|her|one|some|each|every|most|many|all|[\w-]+['’]s?|"
    rf"(?!(?:It|They|We|He|She|I|You|There|This|That)\b)[{CAPITAL}][\w’'.-]*)\s|[{CAPITAL}][\w’'.-]*$"
)
# A subject noun phrase is short: longer, the words before are no one noun's.
_MAX_SUBJECT_WORDS = 8
# An aside set off by commas or dashes: short, with no verb of a clause of its own.
# (The closing mark is looked ahead to, so it may open the next aside tried.)
_ASIDE = re.compile(
    r",\s+(?P<comma_aside>[^,“”\"?]{1,90}?)(?=,\s)"
    r"|\s+[—–-]\s+(?P<dash_aside>[^—–“”\"?]{1,90}?)(?=\s+[—–-]\s)"
)
_CLOSING = re.compile(r",|\s+[—–-]")
_MAX_ASIDE_WORDS = 12
# What follows an aside struck: the subject's own finite verb.
_VERB_NEXT = re.compile(
    rf"\s*(?:{_AUXILIARY}|[{SMALL}]{{3,}}ed|rose|fell|grew|won|lost|ran|made|took|hit|cut|met|"
    r"began|came|went|said|found|told|gave|saw|sold|bought|paid|spent|held|kept|left|"
    r"became|remains|says|shows|warns|finds)\s"
)


def without_subject_relative(text: str) -> str:
    """``text`` without the relative clause on its subject before the question: "A school
    that has taught children since 1886 will close in which month?" reads "A school will
    close in which month?"."""
    asked = _ASKED.search(text)
    if asked is None:
        return text
    for relative in _RELATIVE.finditer(text, 0, asked.start()):
        if in_quotes(text[: relative.start()]) or not _is_subject(text[: relative.start()]):
            continue
        own_verb = _CLAUSE_VERB.search(text, relative.end() - 1, asked.start())
        if own_verb is None:
            continue
        main = _main_verb_after(text, own_verb.end() - 1, asked.start())
        if main is None:
            continue
        struck = text[relative.start() : main.start()]
        # A clause set off by commas ends on its comma; one without may not hold a comma,
        # where a second clause would start.
        if relative["comma"] and not struck.endswith(","):
            continue
        if not relative["comma"] and "," in struck:
            continue
        return text[: relative.start()] + text[main.start() :]
    return text


def _main_verb_after(text: str, at: int, end: int) -> re.Match[str] | None:
    """The subject's own verb after position ``at`` (the relative clause's verb), past the
    verb of each relative clause nested in it ("who sold grants for boilers that were never
    fitted has been jailed"); None where the words run into a comparison ("than those who
    did not") or no verb is found before ``end``."""
    while True:
        main = _MAIN_VERB.search(text, at, end)
        if main is None:
            return None
        nested = _RELATIVE.search(text, at, main.start() + 1)
        if nested is None:
            return None if _COMPARISON.search(text, at, main.start()) else main
        nested_verb = _CLAUSE_VERB.search(text, nested.end() - 1, end)
        if nested_verb is None:
            return None
        at = nested_verb.end() - 1


def without_subject_aside(text: str) -> str:
    """``text`` without an aside between a subject and its verb: "The review, published on
    Friday, found ..." reads "The review found ..."."""
    asked = _ASKED.search(text)
    if asked is None:
        return text
    for aside in _ASIDE.finditer(text, 0, asked.start()):
        words = aside["comma_aside"] or aside["dash_aside"]
        closing = _CLOSING.match(text, aside.end())
        if (
            closing is None
            or len(words.split()) > _MAX_ASIDE_WORDS
            or in_quotes(text[: aside.start()])
            or not _is_subject(text[: aside.start()])
            or not _VERB_NEXT.match(text, closing.end())
            or (_NOT_IN_SUBJECT.search(f" {words} ") and not _is_participle_aside(words))
        ):
            continue
        return text[: aside.start()] + text[closing.end() :]
    return text


_PARTICIPLE = re.compile(rf"[{SMALL}]{{3,}}(?:ed|en)\b|(?:seen|led|run|held|set|made|built)\b")


def _is_participle_aside(words: str) -> bool:
    """ "published on Friday", "seen by the paper": an aside opening on a participle."""
    return (
        re.match(rf"[{SMALL}]{{3,}}(?:ed|en)\b|(?:seen|led|run|held|set|made|built)\b", words)
        is not None
    )


def _is_subject(before: str) -> bool:
    """Whether ``before`` ends on a subject noun phrase: from where a subject may start, a
    few words opening on a determiner or a name, none a verb or a clause's joint."""
    starts = list(_SUBJECT_START.finditer(before))
    if not starts:
        return False
    subject = before[starts[-1].end() :].strip()
    if not subject or len(subject.split()) > _MAX_SUBJECT_WORDS:
        return False
    return _SUBJECT_OPENING.match(subject) is not None and not _NOT_IN_SUBJECT.search(
        f" {subject} "
    )


# ", the ministry said,", ", officials added,": who said it, set off between two phrases.
_REPORTING_ASIDE = re.compile(
    r",\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:said|says|added|confirmed|reported)\s*,(?=\s)"
)
# "a scheme that will bring students to Polish universities, with ...": a relative clause on
# a noun, running up to a comma.
_OBJECT_RELATIVE = re.compile(
    rf"(?P<noun>\b[{SMALL}][\w’'-]{{2,}})\s+(?:that|which)\s+(?P<clause>[^,;“”\"?]{{3,120}}?)(?=,\s)"
)
# Words after which "that" opens what was said or found, not a relative clause.
_THAT_OPENS_A_REPORT = re.compile(
    r"(?:shows|showed|says|said|argues|argued|finds|found|means|meant|suggests|believes|"
    rf"warns|notes|claims|hopes|fears|insists|so|such|now|given|[{SMALL}]+ed|"
    # "and that same year": "that" a determiner after a joining word or preposition.
    r"and|but|for|nor|yet|than|that|this|with|from|into|over|under|after|before|about|"
    r"all|not|are|was|were|has|had|have|been|being)$"
)


def without_reporting_aside(text: str) -> str:
    """``text`` without ", the ministry said," between two phrases before its question."""
    asked = _ASKED.search(text)
    if asked is None:
        return text
    for aside in _REPORTING_ASIDE.finditer(text, 0, asked.start()):
        if not in_quotes(text[: aside.start()]):
            return text[: aside.start()] + "," + text[aside.end() :]
    return text


def without_object_relative(text: str) -> str:
    """``text`` without a relative clause on a noun that runs to a comma before the phrase
    that asks: "signed an agreement that will bring gas into Romania, in a deal valued at
    about how much?" reads "signed an agreement, in a deal valued at about how much?"."""
    asked = _ASKED.search(text)
    if asked is None:
        return text
    for relative in _OBJECT_RELATIVE.finditer(text, 0, asked.start()):
        if (
            in_quotes(text[: relative.start()])
            or _THAT_OPENS_A_REPORT.match(relative["noun"])
            # A subject's relative clause runs to its verb, not a comma.
            or _is_subject(text[: relative.end("noun")])
            or relative.end() > asked.start()
        ):
            continue
        return text[: relative.end("noun")] + text[relative.end() :]
    return text
