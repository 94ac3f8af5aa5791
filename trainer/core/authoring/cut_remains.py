"""Prompts a hidden answer left without a word they need, which an editor would delete:
"Will be created by a how many km-long dam?" (no
subject), "Since the season officially began on compared with ...".
"""

from __future__ import annotations

import re

# A preposition or article with no noun after it: what it introduced was hidden ("began on
# compared with", "the versus"). "handed in at", "moved on to" are English and stay.
_DANGLING = re.compile(r"\b(?:the|a|an|on|in|at|by|from|into|between)\s+(?:compared|versus|than)\b")
# "Will be shared ...": a question cannot open on an auxiliary with no subject after it.
_NO_SUBJECT = re.compile(r"^(?:Will|Would|Could|Should|Must|Can|May)\s+(?:be|have)\b")


# "rose from £6,100 in 2019- -?": the dashes of a span of years whose ends were hidden.
_STRAY_DASHES = re.compile(r"\w-\s+[-–]|\s[-–]\s*\?$")


def lost_a_word(prompt: str) -> bool:
    """True when hiding another card's answer left ``prompt`` ungrammatical."""
    return bool(
        _DANGLING.search(prompt) or _NO_SUBJECT.match(prompt) or _STRAY_DASHES.search(prompt)
    )


# "- The committee has ...": a list's bullet; "The the external member said": a description
# put in for a name after the article that stood before it.
_BULLET = re.compile(r"^\s*[-–•*]\s+")
_DOUBLED_ARTICLE = re.compile(r"\b([Tt]he)\s+the\b")
# "... take until what date.?": the stop of a quoted sentence left before the question mark
# ("the U.S.?" keeps its abbreviation's).
_STOP_BEFORE_MARK = re.compile(r"(?<![A-Z.])[.!]\?$")


def tidied(prompt: str) -> str:
    """``prompt`` without a list's bullet before it, an article said twice or a stop left
    before its question mark."""
    return _STOP_BEFORE_MARK.sub("?", _DOUBLED_ARTICLE.sub(r"\1", _BULLET.sub("", prompt)))
