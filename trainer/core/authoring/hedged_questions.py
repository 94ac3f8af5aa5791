"""A hedge left before a question phrase that no longer reads: "Some 9,500 personnel" asked
in place is "Some how many personnel?", "Just two ships" is "Just how many ships?" (which
reads as an exclamation), "All six members" is "All how many members?". The question asks
"How many ...?"; hedges that still read ("About how many", "At least how many", "More than
how many") stay.
"""

from __future__ import annotations

import re

_ODD_HEDGE = re.compile(r"\b(?P<hedge>[Ss]ome|[Jj]ust|[Aa]ll)\s+(?=how\s+(?:many|much)\b)")


def without_odd_hedge(prompt: str) -> str:
    """``prompt`` without a hedge that reads wrongly before "how many" or "how much"."""
    found = _ODD_HEDGE.search(prompt)
    if found is None:
        return prompt
    text = prompt[: found.start()] + prompt[found.end() :]
    return text[:1].upper() + text[1:] if found.start() == 0 else text
