"""Reasons, aims and claims an article states: what a "why" card asks about.

Only the plainest wordings are read, each ending at the clause's end: an aim after "launched
to", "set up to", "could help", "in a bid to"; a reason after "for its involvement in" or
"because"; a claim after "insisted that", "reaffirmed that", "maintained that".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.core.authoring.article import Article

Sort = Literal["aim", "reason", "claim"]

_CLAUSE = r"(?P<text>[^.;:!?“”\"()]{8,160}?)(?=[.;:!?“”\"()]|,\s|\s+(?:a|an|the)\s+key\b|$)"
_PATTERNS: tuple[tuple[Sort, re.Pattern[str]], ...] = (
    (
        "aim",
        re.compile(
            r"\b(?:(?:launched|set up|designed|created|established|intended|aimed|meant|in a bid|"
            r"in order|seeks|sought|seeking)\s+to|(?:could|would|will|to) help(?:\s+to)?)\s+"
            + _CLAUSE
        ),
    ),
    (
        "reason",
        # ("for her part, ..." is an idiom that sets off what the person does, no reason)
        re.compile(r"\bfor (?:its|their|his|her) (?=(?:involvement|role|part)\b(?!,))" + _CLAUSE),
    ),
    ("reason", re.compile(r"\bbecause (?:of )?" + _CLAUSE)),
    (
        "claim",
        re.compile(
            r"\b(?:insisted|insisting|reaffirmed|reaffirming|maintained|maintaining|argued|"
            r"claimed|stressed) that\s+" + _CLAUSE
        ),
    ),
)
_MIN_WORDS, _MAX_WORDS = 2, 14
_WHEN_AFTER = re.compile(
    r"\s+(?:(?:last|next|this)\s+(?:week|weekend|month|year)|yesterday|today|tomorrow|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:in|by)\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?)$"
)

_NEGATED = re.compile(r"\bnot\s+$")


@dataclass(frozen=True, slots=True)
class FoundAim:
    """A reason, aim or claim: its words as the article has them, and its sentence."""

    sort: Sort
    text: str
    sentence: str
    line: int


def find_aims(article: Article) -> list[FoundAim]:
    """Every plainly worded reason, aim or claim, in reading order, each once."""
    found: list[FoundAim] = []
    seen: set[str] = set()
    for number, line in enumerate(article.lines, start=1):
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            for sort, pattern in _PATTERNS:
                for match in pattern.finditer(sentence):
                    if sort == "aim" and _NEGATED.search(sentence, 0, match.start()):
                        continue  # "was not designed to measure X": find_scope_claims asks X
                    # "to help evacuate remote communities last week": when is no part of
                    # the aim.
                    text = _WHEN_AFTER.sub("", match.group("text").strip(" ,")).strip(" ,")
                    size = len(text.split())
                    if _MIN_WORDS <= size <= _MAX_WORDS and text.casefold() not in seen:
                        seen.add(text.casefold())
                        found.append(FoundAim(sort, text, sentence.strip(), number))
    return found
