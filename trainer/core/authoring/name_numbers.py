"""A number written inside a name: "the FTSE 250 company", "its Arclight 7 platform",
"the Escola Secundária 25 de Setembro", "Terminal 5", "Windows 11".

English writes a count before what it counts ("250 companies") and after a verb or a
preposition ("received 19 votes", "of 24 districts"); a bare number right after a
capitalised word in mid-sentence is that word's number, part of a name or a label, and
asking it ("The FTSE how many company ...?") cuts the name in two. A sentence's first
word is capitalised whatever it is ("Some 40 people", "About 300 homes"), so it never
counts as a name here, nor does a currency's code before a scaled amount ("Nkr 40
billion"), a possessive ("Norway's 5 million people"), a month or a
day ("March 12", "Thursday 40 people").
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_dates import MONTHS

_DAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# The capitalised word right before the number, and the mark or space before that word.
_WORD_BEFORE = re.compile(r"(?P<lead>.*?)(?P<word>[A-ZÀ-Þ][\w’'-]*)\s+", re.S)
# "by Nkr 40 billion", "LSA 38.6 billion": a currency's code before an amount it scales.
_SCALED = re.compile(r"[\d.,]*\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b")
# What makes the word the first of a sentence or a quotation: nothing, or a stop before it.
_OPENS = re.compile(r"(?:^|[.!?:;“\"(—–-]\s*)$")


def numbers_a_name(before: str, rest: str) -> bool:
    """Whether the number that opens ``rest`` (the sentence from it on; ``before`` is the
    sentence up to it) is part of the name the capitalised word before it begins ("the FTSE
    250 company")."""
    match = _WORD_BEFORE.fullmatch(before)
    if match is None or _SCALED.match(rest):
        return False
    word = match.group("word")
    return not (
        _OPENS.search(match.group("lead").rstrip() + (" " if match.group("lead") else ""))
        or word.endswith(("’s", "'s", "s’", "s'"))
        or word in _DAYS
        or word.rstrip(".") in MONTHS
        or len(word) == 1
    )
