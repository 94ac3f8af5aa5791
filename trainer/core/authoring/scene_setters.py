"""A feature writer's scene-setting opener ("At a little after four o'clock on a wet Tuesday
morning in March, ...", "On a cold night in January, ...") paints the moment; it dates no
event a reader would be asked about, and asking it in place guts the phrase ("At a little
after o'clock on a wet on what date?"). A day or month named as one of a kind, after "a"
or "an" and the words describing it, is such a scene: no date finder reads it.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# "a wet Tuesday", "a cold, bright Sunday", "an ordinary Monday": a weekday described,
# never one named for its date ("on Tuesday"); the words between are no prepositions
# ("signed a deal on Tuesday" dates the deal).
_DESCRIBED_DAY = re.compile(
    r"\b(?:[Aa]n?)\s+(?:(?!(?:on|by|until|since|from|in|at|for|of|to|with|after|before)\b)"
    rf"[{SMALL}][\w-]*,?\s+){{0,3}}$"
)
# "on a cold morning in March", "a wet Tuesday night in May": a day or a time of day
# described, then its month.
_DESCRIBED_TIME_OF_DAY = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[{SMALL}][\w-]*,?\s+){{0,3}}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|day|"
    r"dawn|dusk)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:in|of)\s+"
    r"(?:(?:early|late|mid)[\s-]+)?$"
)


def describes_a_day(before: str) -> bool:
    """Whether a weekday written just after ``before`` is one described ("a wet Tuesday")."""
    return _DESCRIBED_DAY.search(before) is not None


def sets_a_scene(before: str) -> bool:
    """Whether a month written just after ``before`` is a scene's ("a cold morning in ")."""
    return _DESCRIBED_TIME_OF_DAY.search(before) is not None
