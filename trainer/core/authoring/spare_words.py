"""A long question made shorter by the words an editor strikes first, before any cut.

A question over the word limit used to be cut to a window of words around its question
phrase, losing its subject ("… fund new positions in the parks department and extend
library hours at how many branches?"). Often a few words that say nothing of the fact are
all that stand between the sentence and the limit, and an editor strikes those first, in
turn:
- a linking adverb that only ties the sentence to the one before it ("also", "instead",
  "further", "already", "formally", "meanwhile");
- a phrase dating the sentence by the day it was written ("on Tuesday", "so far this
  year", "last week"): the date is its own card, if it is a fact at all;
- the first of two deeds sharing one subject and auxiliary, where the question is in the
  second ("The fund will pay for 12 rangers and keep trails open at how many parks?" asks
  "The fund will keep trails open at how many parks?"), and the first of two infinitives
  ("is expected to cut queues and to save how much a year?");
- an aside between a subject and its verb, then a relative clause on the subject
  (subject_asides.py: "A school that has taught children since 1886 will close in which
  month?" asks "A school will close in which month?"), a reporting aside (", the ministry
  said,") and a relative clause on a noun that runs to the comma before the asking phrase;
- a document's label ("Proposal 4: "), then each phrase naming a place or body after a
  noun (named_phrases.py: "damage to cables in the North Sea since what month?").
What is left keeps the subject, verb and question of the sentence as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.named_phrases import without_a_named_phrase, without_label
from trainer.core.authoring.short_question import QUESTION, in_quotes
from trainer.core.authoring.subject_asides import (
    without_object_relative,
    without_reporting_aside,
    without_subject_aside,
    without_subject_relative,
)

# Adverbs that link a sentence to the one before it and say nothing of its fact.
_LINKING_ADVERB = re.compile(
    rf"(?<![\w’'-])(?:also|instead|further|already|formally|meanwhile|now)\s+(?=[{SMALL}])"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A phrase dating the sentence by when it was written; never a year, month or date.
_TIME_OF_WRITING = re.compile(
    r",?\s+(?:on\s+" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:so\s+far\s+)?this\s+(?:week|month|year)|last\s+(?:week|night)|yesterday|today"
    r"|earlier\s+this\s+(?:week|month))(?=[\s,?])"
)
# An auxiliary the two deeds share: "will fund ... and extend ...".
_AUXILIARY = r"(?:will|would|could|can|may|might|must|should|shall|did|does|do)"
# Words that can follow "and"/"or" without being a verb in its base form.
_NOT_A_BASE_VERB = re.compile(
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|to|of|in|on|at|for|by|with|"
    r"from|into|as|than|then|not|also|more|less|other|all|each|every|some|any|no|so|"
    r"be|been|being|is|are|was|were|has|have|had)$"
    # plurals, participles, adverbs and nouns by their endings ("branches", "funding",
    # "quickly", "equipment", "recreation")
    r"|.*(?:s|ing|ed|ly|ment|tion|sion|ness|ity|ship|ism|ist|al|ous|ive|ful)$"
)
# "will [either] fund": the auxiliary and the first deed's verb in its base form.
_FIRST_DEED = re.compile(
    rf"\b{_AUXILIARY}\s+(?:(?:then|also|still|instead)\s+)?(?:either\s+)?(?=(?P<verb>[{SMALL}]+)\s)"
)
# "to sell": an infinitive opening the first of two.
_FIRST_INFINITIVE = re.compile(rf"\bto\s+(?:either\s+)?(?=(?P<verb>[{SMALL}]+)\s)")
# "and extend library hours", "and to cut emissions", "and could raise prices": the second
# deed's verb (or its own auxiliary), then its object, never straight a preposition or a
# hedge ("cost consumers and industry around how much" joins two nouns), nor a pronoun.
_JOIN = re.compile(rf"\s+(?:and|or)\s+(?P<to>to\s+)?(?=(?P<verb>[{SMALL}]+)\s+(?P<next>[\w’'-]+))")
_NOT_AN_OBJECT = re.compile(
    r"(?:around|about|roughly|nearly|some|of|in|at|for|to|by|from|with|on|over|under|and|or|"
    r"how|what|which|who"
    # "sell the site or lease it": a pronoun whose noun was in the deed struck.
    r"|it|them|him|her|one|ones)$"
)


def shortenings(prompt: str) -> Iterator[str]:
    """Shorter forms of ``prompt``, each striking more than the one before: its linking
    adverbs, then its phrases dating it, then the first of two deeds before the question's
    own, then what stands between its subject and verb, then a document's label, then its
    phrases naming a place or body, one at a time. Each form differs from the one before;
    none is checked for length."""
    text = prompt
    for strike, repeated in (
        (_without_linking_adverbs, False),
        (_without_time_of_writing, False),
        (_without_first_deed, False),
        (without_subject_aside, False),
        (without_subject_relative, False),
        (without_reporting_aside, False),
        (without_object_relative, False),
        (without_label, False),
        (without_a_named_phrase, True),
    ):
        while True:
            shorter = strike(text)
            if shorter == text:
                break
            text = shorter
            yield text
            if not repeated:
                break


def _outside_quotes(text: str, at: int) -> bool:
    return not in_quotes(text[:at])


def _without_linking_adverbs(text: str) -> str:
    return _LINKING_ADVERB.sub(
        lambda found: found.group(0) if not _outside_quotes(text, found.start()) else "", text
    )


def _without_time_of_writing(text: str) -> str:
    asked = QUESTION.search(text)
    return _TIME_OF_WRITING.sub(
        lambda found: (
            ""
            if _outside_quotes(text, found.start())
            # "on Tuesday night, when what happened": never the question's own phrase.
            and not (asked and found.start() <= asked.start() <= found.end())
            else found.group(0)
        ),
        text,
    )


def _without_first_deed(text: str) -> str:
    """``text`` without the first of two deeds joined by "and"/"or" before its question:
    "X will A and B how many?" reads "X will B how many?"."""
    asked = QUESTION.search(text)
    if asked is None:
        return text
    joins = [
        join
        for join in _JOIN.finditer(text, 0, asked.start())
        if _outside_quotes(text, join.start())
        and (
            re.fullmatch(_AUXILIARY, join["verb"])
            or not (_NOT_A_BASE_VERB.match(join["verb"]) or _NOT_AN_OBJECT.match(join["next"]))
        )
    ]
    if not joins:
        return text
    join = joins[-1]
    before = text[: join.start()]
    opening = _FIRST_INFINITIVE if join["to"] else _FIRST_DEED
    # The nearest auxiliary or "to" before the join whose verb is also in its base form.
    firsts = [
        first
        for first in opening.finditer(before)
        if not _NOT_A_BASE_VERB.match(first["verb"]) and "," not in before[first.end() :]
    ]
    if not firsts:
        return text
    first = firsts[-1]
    if re.fullmatch(_AUXILIARY, join["verb"]):
        # "would remove ... and could raise ...": the second deed keeps its own auxiliary.
        return text[: first.start()] + text[join.end() :]
    return text[: first.start()] + first.group(0).replace("either ", "") + text[join.end() :]
