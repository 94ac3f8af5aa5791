"""Where a named event is or was held, and the names a count is told by, as communiqués and
results stories write them:

- "the Fourth Arctic Forum, to be held in Tromsø in 2028" asks "Where will the Fourth
  Arctic Forum be held?"; "The First Arctic Forum was held in Oslo in 2022" asks "Where was
  the First Arctic Forum held?" (a summit, conference or forum with a name of its own;
  "the summit in Windhoek" is find_named_things');
- "filed complaints in two districts, Kisumu and Siaya" asks "In which two districts did
  ... file complaints?" as the list of names, the count being a card of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_PLACE = rf"[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*){{0,2}}"
_EVENT = re.compile(
    rf"\b(?P<event>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[{CAPITAL}][\w'’–-]*\s+){{1,5}}"
    r"(?:Summit|Conference|Forum|Congress|Convention|Games|Championships|Festival|Meeting"
    r"|Assembly|Session|Talks|Dialogue|Symposium|Expo))"
    r",?\s+(?P<when>to\s+be|will\s+be|was|were|is|are|being)?\s*held\s+in\s+(?P<place>"
    + _PLACE
    + r")(?=\s*[,.;]|\s*$|\s+(?:in|on|from|between|next|this|last|later|early|during|by)\b)"
)
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
# "in two counties, Nimba and Grand Bassa": a count, then the names it counts.
_NAMED_LIST = re.compile(
    # ("at two municipal arenas, Dundas and Mountain Heights": a word may describe them.)
    rf"\b(?P<prep>in|at|from|to|across)\s+(?P<count>{_NUMBER_WORDS}|\d)\s+"
    rf"(?P<noun>(?:[{SMALL}][\w-]*\s+)?[{SMALL}]+s),\s+"
    rf"(?P<names>{_PLACE}(?:,\s+{_PLACE})*,?\s+and\s+{_PLACE})(?=\s*[,.;]|\s*$)"
)


def find_event_places(sentence: str, line: int) -> list[FoundFact]:
    """Each named event's place and each count told by its names in ``sentence``."""
    found: list[FoundFact] = []
    for match in _EVENT.finditer(sentence):
        event = " ".join(match.group("event").split())
        event = event[:1].lower() + event[1:]
        when = " ".join((match.group("when") or "").split())
        if when in ("to be", "will be"):
            prompt = f"Where will {event} be held?"
        elif when in ("is", "are", "being"):
            prompt = f"Where {when if when != 'being' else 'is'} {event} being held?"
        else:
            prompt = f"Where {'were' if when == 'were' else 'was'} {event} held?"
        found.append(_fact(sentence, line, match, "place", prompt))
    for match in _NAMED_LIST.finditer(sentence):
        # Asked in place ("... irregularities in which two counties?"), the count kept.
        from trainer.core.authoring.find_facts import FoundFact

        names = " ".join(match.group("names").split())
        question = f"which {match.group('count')} {match.group('noun')}"
        found.append(
            FoundFact(
                "text",
                "facts",
                names,
                match.group("names"),
                sentence,
                # The names alone are this card's words: the count is a card of its own.
                match.start("names"),
                match.end("names"),
                question,
                line,
                prompt=ask_in_place(sentence, match.start("count"), match.end("names"), question),
                named_thing=True,
            )
        )
    return found


def _fact(sentence: str, line: int, match: re.Match[str], group: str, prompt: str) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    answer = " ".join(match.group(group).split())
    return FoundFact(
        "text",
        "facts",
        answer,
        match.group(group),
        sentence,
        match.start(group),
        match.end(group),
        "where",
        line,
        evidence=sentence,
        prompt=prompt,
        named_thing=True,
    )
