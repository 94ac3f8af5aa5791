"""A number written inside a name: "the FTSE 250 company", "its Arclight 7 platform",
"Heathrow Terminal 5", "a Boeing 737 plant".

English writes a count before what it counts ("250 companies") and after a verb or a
preposition ("received 19 votes", "of 24 districts"); a bare number right after a
capitalised word in mid-sentence, with no plural noun or unit after it, is that word's
number, part of a name or a label, and asking it ("The FTSE how many company ...?") cuts
the name in two. A sentence's first word is capitalised whatever it is ("Some 40 people"),
so it never counts as a name here, nor does a month or a day ("March 12", "Thursday 40
people"), a possessive ("Norway's 5 million people") or a currency's code before a scaled
amount ("Nkr 40 billion").
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

# A number right after a name's capitalised word, with no unit of its own: "the FTSE 250
# company", "a Boeing 737 plant", "Route 66", "Apollo 11". The first word of a sentence
# ("Some 250 people") and a month or weekday ("Thursday 3 December") are no name.
_NAME_BEFORE = re.compile(rf"(?<=[\w,;:’'“\"(])\s+(?P<word>[{CAPITAL}][^\W\d_]+)\s$")
_NOT_NAME_WORDS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
     "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "No", "Nos", "Vol", "Page", "Pages", "Table", "Figure",
     "About", "Some", "Nearly", "Almost", "Only", "Just", "Over", "Under", "Around", "All",
     "The", "And", "But", "Of", "In", "On", "At", "To", "By", "For", "With", "From", "Top",
     "Covid", "COVID"}
)  # fmt: skip
# What a count is followed by: a plural noun, a share, a scale or a unit's symbol (a short
# word before a capital is a name's: "25 de Setembro").
_UNIT_AFTER = re.compile(
    rf"\s?(?:%|(?!(?:was|is|has|its|this|plus|as|us|his|hers|does|was)\b)[{SMALL}]+s\b|per\b|"
    rf"percent\b|million\b|billion\b|bn\b|m\b|k\b|[{SMALL}µ]{{1,3}}\b(?<!and)(?<!the)(?<!was)(?!\s+[{CAPITAL}]))"
)


# Labels whose number ranks a thing ("a Category 3 storm"): a fact of its own.
_RANKS = frozenset({"Category", "Phase", "Stage", "Tier", "Level", "Grade", "Class", "Division"})


def number_in_a_name(sentence: str, start: int, end: int) -> bool:
    """Whether the whole number at ``start``-``end`` of ``sentence`` is part of a name ("the
    FTSE 250 company") rather than a count: a capitalised word before it inside the
    sentence, and no plural noun or unit after it."""
    if not re.fullmatch(r"\d{1,4}", sentence[start:end]):
        return False
    before = _NAME_BEFORE.search(sentence, 0, start)
    if before is None or before.group("word") in _NOT_NAME_WORDS:
        return False
    if before.group("word") in _RANKS:
        return False  # "a Category 3 storm", "Phase 4": a rank the story asks of its own
    return _UNIT_AFTER.match(sentence, end) is None
