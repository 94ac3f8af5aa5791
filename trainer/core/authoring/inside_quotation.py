"""Whether a place in a sentence is inside a quotation.

What a speaker says is asked as a quotation (find_quotes.py), so the finders that read the
story's own statements pass over words inside one. Straight and curly marks both count.
"""

from __future__ import annotations


def inside_quotation(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is inside a quotation: an odd number of straight
    marks before it, or more opening curly marks than closing ones."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
