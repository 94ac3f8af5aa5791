"""Numbers that name a thing, not count it: "the Ward 2 councillor", "District 5",
"Phase 4", "Article 51".

A prompt holding "Ward 2" gives nothing away of another card's "two arenas": institutions
number their wards, districts, phases and articles, and the number is then part of a name.
It still gives away a card whose own evidence names the same thing ("classified in IPC
Phase 4" asked "Phase what?").
"""

from __future__ import annotations

import re

# The nouns institutions number things by, capitalised before the number.
_LABEL = re.compile(
    r"\b(?P<label>Ward|District|Precinct|Division|Constituency|Region|Zone|Sector|Phase|Stage"
    r"|Tier|Level|Grade|Category|Class|Article|Section|Chapter|Clause|Rule|Annex|Schedule"
    r"|Route|Gate|Terminal|Platform|Runway|Pier|Berth|Block|Unit|Reactor|Building|Room"
    r"|Flight|Lot|Item)\s+(?P<number>\d{1,4}[A-Z]?)\b"
)


def without_labelled_numbers(prompt: str, evidence: str) -> str:
    """``prompt`` with each labelled number ("Ward 2") left out, unless ``evidence`` (the
    card asked about) labels its number the same way."""
    return _LABEL.sub(
        lambda found: found.group(0) if found.group(0) in evidence else found.group("label"),
        prompt,
    )


# A number right after a name's capitalised word, with no unit of its own: "the FTSE 250
# company", "a Boeing 737 plant", "Route 66", "Apollo 11". The first word of a sentence
# ("Some 250 people") and a month or weekday ("Thursday 3 December") are no name.
_NAME_BEFORE = re.compile(r"(?<=[\w,;:’'“\"(])\s+(?P<word>[A-Z][A-Za-z]*[A-Z]|[A-Z][a-z]+)\s$")
_NOT_NAME_WORDS = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
     "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday", "No", "Nos", "Vol", "Page", "Pages", "Table", "Figure",
     "About", "Some", "Nearly", "Almost", "Only", "Just", "Over", "Under", "Around", "All",
     "The", "And", "But", "Of", "In", "On", "At", "To", "By", "For", "With", "From", "Top",
     "Covid", "COVID"}
)  # fmt: skip
# What a count is followed by: a plural noun, a share, a scale or a unit's symbol.
_UNIT_AFTER = re.compile(
    r"\s?(?:%|(?!(?:was|is|has|its|this|plus|as|us|his|hers|does|was)\b)[a-z]+s\b|per\b|"
    r"percent\b|million\b|billion\b|bn\b|m\b|k\b|[a-zµ]{1,3}\b(?<!and)(?<!the)(?<!was))"
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
