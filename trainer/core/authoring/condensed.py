"""A long question condensed to its subject, its verb and the clause that asks, rather than
cut to a window of words around the question ("… deliveries at an initial rate of ...").

A sentence over the word limit is long because of phrases that say where, which one or in
what words, hung on a clause whose subject and verb say what the fact is about. Cutting a
window around the question keeps those phrases and loses the subject; an editor does the
reverse, and leaves out, in turn:
- a parenthesis that does not ask ("(tariff headings 7208 to 7212)", "(2015 GMT)");
- an aside of condition or concession between commas (", if it holds,");
- a reporting frame, where what is reported has a subject of its own (asked by
  clause_alone once the rest is short enough);
- a phrase of place or time ending a clause that does not ask ("called for an inquiry into
  safety at the plant, saying ..." reads "called for an inquiry, saying ...");
- a comma phrase between the main clause and the one that asks.
Each step is kept only while the question reads whole; where none brings the question
within the limit, the caller cuts its window as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.core.authoring.clause_alone import clause_alone
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import split_outside_quotes

_ASKS = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where)\b", re.IGNORECASE)
# "(tariff headings 7208 to 7212)": a parenthesis with no question of its own.
_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()]*)\)")
# ", if it holds,", ", though delayed,": a condition or concession set off by commas.
_CONDITION = re.compile(r",\s+(?:if|unless|though|although|even\s+if|when)\s+[^,?]{1,40},\s+")
# Where a phrase of place or time starts ("into safety at the plant", "in Isiolo County").
# "in", "on" and "during" say where or when only before a name ("in Isiolo County"):
# "confident in the strategy" is the adjective's own.
_PLACE_PHRASE = re.compile(
    r"\s+(?:(?:at|into|inside|outside|above|below|near|across|along|around|throughout)"
    rf"\s+(?:the\s+|a\s+|an\s+)?[\w’'-]|(?:in|on|during)\s+(?:the\s+)?[{CAPITAL}])"
)
# A phrase that holds a verb or a clause of its own is more than a place.
_CLAUSE_INSIDE = re.compile(
    rf"\s(?:and|but|or|that|which|who|where|when|to)\s+(?![{CAPITAL}])|\s(?:is|are|was|were|has|"
    r"have|had|will|would|could|can|may|might|must|should)\s"
)
# A clause's own verb before the phrase: an auxiliary or a verb in the past or present.
_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
    rf"[{SMALL}]{{3,}}ed|[{SMALL}]{{3,}}s|rose|fell|grew|won|lost|ran|made|took|hit|cut|set|met|put|"
    r"spent|paid|sold|bought|held|kept|began|gave|saw|told|said)\s"
)
# The words a phrase left without its object ends on: it must not end a clause.
_OPEN_END = re.compile(
    r"\b(?:the|a|an|of|to|for|and|or|by|with|from|its|their|his|her|on|that|which)$",
    re.IGNORECASE,
)
# ", will build at a cost of ...": a verb whose subject was in the phrase left out.
_VERB_WITHOUT_SUBJECT = re.compile(
    r",\s+(?:will|would|has|have|had|is|are|was|were|can|could|may|must)\s"
)
# Words left in the main clause for it to keep its subject, verb and object.
_MIN_CLAUSE_WORDS = 4


def condensed(prompt: str, limit: int, reads_whole: Callable[[str], bool]) -> str | None:
    """``prompt`` (over ``limit`` words) with its phrases that do not ask left out, in
    turn, until it is within ``limit`` words; None where it cannot be. ``reads_whole``
    says whether a step's result still reads as a sentence."""
    text = prompt
    for step in (
        _without_parentheses,
        _without_conditions,
        _without_place_phrases,
        _without_middle_phrases,
    ):
        shorter = step(text)
        if (
            shorter == text
            or not _ASKS.search(shorter)
            or _VERB_WITHOUT_SUBJECT.search(shorter)
            or not reads_whole(shorter)
        ):
            continue
        text = shorter
        if _words(text) <= limit:
            return text
        alone = clause_alone(text, limit)
        if alone is not None and reads_whole(alone):
            return alone
    return None


def _words(text: str) -> int:
    return len(text.removesuffix("?").split())


def _without_parentheses(text: str) -> str:
    return _PARENTHESIS.sub(
        lambda found: found.group(0) if _ASKS.search(found["inside"]) else "", text
    )


def _without_conditions(text: str) -> str:
    return _CONDITION.sub(
        lambda found: found.group(0) if _ASKS.search(found.group(0)) else " ", text
    )


def _without_place_phrases(text: str) -> str:
    """``text`` without a phrase of place or time ending each comma phrase that does not
    ask, where what is left of the phrase has a verb and ends on a word that closes it."""
    parts = split_outside_quotes(text.removesuffix("?"))
    if len(parts) < 2:
        return text
    kept = []
    for part in parts:
        kept.append(part if _ASKS.search(part) else _clause_without_place(part))
    return ", ".join(kept) + "?"


def _clause_without_place(part: str) -> str:
    for phrase in _PLACE_PHRASE.finditer(part):
        before = part[: phrase.start()]
        if _CLAUSE_INSIDE.search(part[phrase.start() :] + " "):
            return part
        if (
            len(before.split()) >= _MIN_CLAUSE_WORDS
            and _VERB.search(f" {before} ")
            and not _OPEN_END.search(before)
            # "handed over to ...": the phrase completes the verb before it.
            and not _VERB.search(f" {before.split()[-1]} ")
        ):
            return before
    return part


def _without_middle_phrases(text: str) -> str:
    """``text`` as its first comma phrase (the main clause) and the one that asks, the
    phrases between them left out."""
    parts = split_outside_quotes(text.removesuffix("?"))
    asking = [at for at, part in enumerate(parts) if _ASKS.search(part)]
    if len(asking) != 1 or asking[0] < 2 or _ASKS.search(parts[0]):
        return text
    main = parts[0]
    if len(main.split()) < _MIN_CLAUSE_WORDS or not _VERB.search(f" {main} "):
        return text
    return f"{main}, {', '.join(parts[asking[0] :])}?"
