"""Numbers that name a thing, not count it: "the Ward 2 councillor", "District 5",
"Phase 4", "Article 51".

A prompt holding "Ward 2" gives nothing away of another card's "two arenas": institutions
number their wards, districts, phases and articles, and the number is then part of a name.
It still gives away a card whose own evidence names the same thing ("classified in IPC
Phase 4" asked "Phase what?").
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL

# The nouns institutions number things by, capitalised before the number.
_LABELS = (
    r"Ward|District|Precinct|Division|Constituency|Region|Zone|Sector|Phase|Stage"
    r"|Tier|Level|Grade|Category|Class|Article|Section|Chapter|Clause|Rule|Annex|Schedule"
    r"|Route|Gate|Terminal|Platform|Runway|Pier|Berth|Block|Unit|Reactor|Building|Room"
    r"|Flight|Lot|Item"
)
# "stage two", "Phase 3": a project's stages and phases are named in words too, and often
# in small letters.
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_LABEL = re.compile(
    rf"\b(?:(?P<label>{_LABELS})\s+(?P<number>\d{{1,4}}[{CAPITAL}]?)"
    rf"|(?P<worded_label>[Ss]tage|[Pp]hase)\s+(?P<word>{_NUMBER_WORDS}))\b"
)


def is_labelled(prompt: str, start: int, end: int, evidence: str) -> bool:
    """Whether ``prompt[start:end]`` is the number of a labelled name ("stage two") that
    ``evidence`` (another card's) does not name the same way."""
    return any(
        found.start("number" if found.group("label") else "word") == start
        and found.end() == end
        and found.group(0) not in evidence
        for found in _LABEL.finditer(prompt)
    )


def without_labelled_numbers(prompt: str, evidence: str) -> str:
    """``prompt`` with each labelled number ("Ward 2") left out, unless ``evidence`` (the
    card asked about) labels its number the same way."""
    return _LABEL.sub(
        lambda found: (
            found.group(0)
            if found.group(0) in evidence
            else found.group("label") or found.group("worded_label")
        ),
        prompt,
    )
