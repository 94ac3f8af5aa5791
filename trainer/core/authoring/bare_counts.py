"""Whether two cards with the same count are one fact.

A money amount or a measure ("$1.2 billion", "8,500 km") written twice in an article is the
same fact told twice (a standfirst and its paragraph). A bare count ("two", "14") is not:
"two cases" and "two repair ships" in different sentences are different facts. A count that
opens its sentence ("Only two repair ships are ...") is what that sentence is about, so it
keeps its card beside the same number counting something else; elsewhere one card of a
small number is kept, as a count buried in a long sentence reads as a long fill-in.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.sentence_facts import NUMBER_WORDS
from trainer.core.grading.cardinals import cardinals_in_digits

_BARE_COUNT = re.compile(
    rf"(?i)(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{NUMBER_WORDS})(?:-[{SMALL}]+)?|one|a\s+dozen)"
)


def is_bare_count(answer: str) -> bool:
    """Whether ``answer`` is a number with no unit, currency or scale."""
    return _BARE_COUNT.fullmatch(answer.strip()) is not None


# A count opening its sentence, after a hedge at most: "Only two ...", "Some 40 ...".
_HEDGE = r"(?:(?:just|only|some|about|around|nearly|almost|roughly|more\s+than|at\s+least)\s+)?"


def same_count_fact(answer: str, evidence: str, other_evidence: str) -> bool:
    """Whether a card answering the bare count ``answer`` from ``evidence`` and one with the
    same answer from ``other_evidence`` ask one fact: unless the count opens one of the
    sentences, and neither sentence holds the other."""
    if not is_bare_count(answer):
        return True
    if evidence in other_evidence or other_evidence in evidence:
        return True
    # "Three sailors were hurt" opens on the count "3" asks too: compared in digits.
    opening = re.compile(rf"(?i)\s*{_HEDGE}{re.escape(cardinals_in_digits(answer.strip()))}\s")
    return not any(opening.match(cardinals_in_digits(text)) for text in (evidence, other_evidence))


_WORD = re.compile(rf"[{CAPITAL}{SMALL}][\w'’-]*")
_COUNTED_WORDS = 3


def without_other_counts(answer: str, evidence: str, prompt: str) -> str:
    """``prompt`` without the bare count ``answer`` where it counts other things than the
    answer counts in ``evidence``: "between the two countries" gives nothing of "Two
    additional frigates would join"; "the two frigates" would."""
    if not is_bare_count(answer):
        return prompt
    # "Two" is given away as "2" too ("the Connect 2 cable" counts no frigates).
    forms = {answer.strip(), cardinals_in_digits(answer.strip())}
    written = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    figure = re.compile(rf"(?i)(?<![\w.,-])(?:{written})(?![\w.,%-])")
    in_evidence = figure.search(evidence)
    if in_evidence is None:
        return prompt
    counted = _stems(evidence[in_evidence.end() :])
    if not counted:
        return prompt

    def unless_other(match: re.Match[str]) -> str:
        after = prompt[match.end() :]
        words = _stems(after)
        # Only a count followed straight by a lower-case noun counts something named.
        if not words or re.match(rf"\s+[{SMALL}]", after) is None or words & counted:
            return match.group(0)
        return ""

    return figure.sub(unless_other, prompt)


def _stems(text: str) -> set[str]:
    """The first few words of ``text``, folded and without a plural's "s"."""
    words = _WORD.findall(text)[:_COUNTED_WORDS]
    return {word.casefold().removesuffix("s") for word in words}
