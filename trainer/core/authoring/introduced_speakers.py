"""Someone a sentence introduces by name just before a quotation their "she said" closes.

'Green councillor Aoife Reyes, who represents Elm Ward, questioned the figures. "If rates
move ...," she said.' The "she" is the person the sentence before introduces, though the
article names her only this once (so no list of its people holds her). Looking past that
sentence for someone the article names more often gives the quotation to the wrong person.
A name reads as a person's when something only said of people follows it: an age between
commas ("Gwen Hale, 71,"), "who", "of" (a unit or a town), an article opening a description
("Jo Reed, a father of two,"), or "said". A rank, title or occupation before it ("Detective
Sergeant", "Businessman") is no part of it.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_people import HONORIFICS, ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.letters import NAME_WORD
from trainer.core.authoring.person_names import MILITARY_RANKS, OCCUPATION_WORDS

_WORD = NAME_WORD
_INTRODUCED = re.compile(
    rf"(?<![\w’'-])(?P<name>{_WORD}(?:\s+{_WORD}){{1,3}})"
    r"(?=,\s+\d{1,3},|,\s+(?:who|of|a|an|the|one)\s|\s+said\b)"
)
_BEFORE_A_NAME = MILITARY_RANKS | OCCUPATION_WORDS | HONORIFICS | TITLE_WORDS
# Capitalised words that are never a person's: a sentence's opening word, a day or month.
_NOT_NAMES = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before",
     "But", "And", "This", "That", "It", "He", "She", "They", "We", "I", "His", "Her",
     "Their", "Its", "Our", "As", "If", "When", "Under", "Of", "To", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December", "North", "South", "East", "West", "New"}
)  # fmt: skip


def introduced_person(sentence: str) -> str | None:
    """The last person ``sentence`` introduces by a name of two or more words, without the
    rank or title before it; None when it introduces no one."""
    found = None
    for match in _INTRODUCED.finditer(sentence):
        words = match.group("name").split()
        while words and words[0].rstrip(".") in _BEFORE_A_NAME:
            words.pop(0)
        if len(words) < 2 or any(
            word in ORGANISATION_WORDS or word in _NOT_NAMES or word.endswith(("’s", "'s"))
            for word in words
        ):
            continue
        found = " ".join(words)
    return found
