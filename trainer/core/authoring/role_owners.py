"""Whose office a bare title is: "Halcyra plans to file ..., Chief Executive Marcus Feld
said" makes him Halcyra's Chief Executive, so the card asks "Who is Halcyra's Chief
Executive?" and not "Who is the Chief Executive?" in a story that names two companies.

The owner is the subject the sentence opens with, when the article names it again and again
(a company, an agency) and it is no person, title, day or month; otherwise the title stays
as written.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_people import TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.calendar_words import WEEKDAY_NAMES

# The subject opening a sentence: up to three capitalised words, then a word in lower case.
# "MCT, which handles ...,": a relative clause may follow it.
_OPENING_SUBJECT = re.compile(
    rf"\s*(?:The\s+)?(?P<owner>(?:[{CAPITAL}][\w&-]*\s+){{0,2}}[{CAPITAL}][\w&-]*)(?:\s+[{SMALL}]|,\s+which\s)"
)
# A name the article repeats this often is what it is about.
_MENTIONS = 3
_NOT_OWNERS = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before", "But",
     "And", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "Its",
     "Their", "His", "Her", "Our", "Shares", "Analysts", "Officials", "Revenue", "Sales",
     "Profit", "Separately", "Meanwhile", "However", "Also", "Last", "Next"}
)  # fmt: skip


def owner_of(sentence: str, text: str, people: list[str]) -> str | None:
    """The organisation ``sentence`` opens with, when ``text`` names it at least three times
    and it is no one in ``people``; None otherwise."""
    opening = _OPENING_SUBJECT.match(sentence)
    if opening is None:
        return None
    owner = opening.group("owner")
    words = owner.split()
    surnames = {part for name in people for part in name.split()}
    if any(
        word in _NOT_OWNERS
        or word in TITLE_WORDS
        or word in MONTHS
        or word in WEEKDAY_NAMES
        or word in surnames
        for word in words
    ):
        return None
    if len(re.findall(rf"(?<![\w’']){re.escape(owner)}(?![\w])", text)) < _MENTIONS:
        return None
    return owner
