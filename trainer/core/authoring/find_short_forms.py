"""A short form written first, its full name after it in brackets: "SKADI (Snow and Ice
Kinematic Altimetry and Depth Imager)", "the FSA (Food Standards Agency)", asked "What
does SKADI stand for?". (The other order, "Food Standards Agency (FSA)", is find_facts'.)

The letters of the short form must be read, in order, from the full name's words, its first
letter the first word's, so a bracket that explains ("SKADI (a radar)") is no full name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_SHORT_THEN_LONG = re.compile(
    rf"(?<![\w’'-])(?P<short>[{CAPITAL}][{CAPITAL}{SMALL}0-9&-]*[{CAPITAL}][{CAPITAL}{SMALL}0-9-]*)\s+\("
    rf"(?P<long>[{CAPITAL}][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|to|de|du)\s+)*[{CAPITAL}][\w'’-]*){{1,11}})\)"
)


def find_short_forms(sentence: str, line: int) -> list[FoundFact]:
    """Each short form in ``sentence`` followed by its full name in brackets."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SHORT_THEN_LONG.finditer(sentence):
        short, long = match.group("short"), match.group("long")
        if not _abbreviates(short, long):
            continue
        found.append(
            FoundFact(
                "text",
                "facts",
                long,
                long,
                sentence,
                match.start("long"),
                match.end("long"),
                "what",
                line,
                evidence=match.group(0),
                prompt=f"What does {short} stand for?",
            )
        )
    return found


def _abbreviates(short: str, long: str) -> bool:
    """True when ``short``'s capitals are read, in order, from the letters that open the
    words of ``long`` (its first letter the first word's): "SKADI" from "Snow and Ice
    Kinematic Altimetry and Depth Imager"."""
    letters = [char for char in short if char.isupper()]
    # ("Economic Community of West African States" gives ECOWAS its O: a small word may
    # lend its letter.)
    initials = [part[0].upper() for word in long.split() for part in word.split("-") if part]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True
