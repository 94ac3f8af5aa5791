"""A preposition written twice where a question met its sentence: "met on on which dates?".

A question phrase carries its own preposition ("on which dates"); where the sentence's words
before it end on the same one (a hidden place between them gone: "met in Tallinn on 8
September"), the two meet. English never doubles a preposition, so one goes.
"""

from __future__ import annotations

import re

_DOUBLED = re.compile(r"\b(on|in|at|of|to|by|for|from|with|about|over|until)\s+\1\b", re.I)


def without_doubled_preposition(prompt: str) -> str:
    """``prompt`` with a preposition written twice in a row written once."""
    return _DOUBLED.sub(r"\1", prompt)
