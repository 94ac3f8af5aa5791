"""Quote, dash and space styles that change nothing a reader counts: one table of them.

The grader folds an answer with it (``grading/normalize.py``) and the evidence check folds
a quotation and its article with it (``validate.py``), so both treat the same characters as
the same: a curly quote, a prime, a guillemet or an en dash typed one way and printed
another is never a difference.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

SINGLE_QUOTES: Final = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02bc"
DOUBLE_QUOTES: Final = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
DASHES: Final = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

# Each styled character and its plain form.
PLAIN_FORMS: Final[Mapping[str, str]] = {
    **dict.fromkeys(SINGLE_QUOTES, "'"),
    **dict.fromkeys(DOUBLE_QUOTES, '"'),
    **dict.fromkeys(DASHES, "-"),
    "\u00a0": " ",
    "\u2026": "...",
}

_TRANSLATION: Final = str.maketrans(dict(PLAIN_FORMS))


def plain_typography(text: str) -> str:
    """``text`` with every character of ``PLAIN_FORMS`` in its plain form."""
    return text.translate(_TRANSLATION)
