"""A reported statement of two parts, asked about the second: "A spokesperson said the
scheme had "already helped thousands of families" and that how many projects were under
way?" asks "A spokesperson said how many projects were under way?". The first part, often
a quotation, is another fact; kept, it makes the question too long, and a cut through it
leaves half a quotation no reader can follow."""

from __future__ import annotations

import re

from trainer.core.authoring.short_question import question_in

_TWO_STATEMENTS = re.compile(
    r"^(?P<who>[^“”\"]*?\b(?:said|says|added|argued|noted|told\s+\w+))\s+(?:that\s+)?"
    r"(?P<first>.+?)\s*,?\s+and\s+that\s+(?P<second>.+\?)$"
)


def second_statement_only(prompt: str) -> str:
    """``prompt`` without the first of two reported statements, when it asks the second;
    otherwise ``prompt`` as it is."""
    found = _TWO_STATEMENTS.match(prompt)
    if found is None or question_in(found["first"]) or not question_in(found["second"]):
        return prompt
    return f"{found['who']} {found['second']}"
