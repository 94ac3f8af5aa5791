"""A figure in a gapped list: "In Poland prices rose by 37 per cent, in Romania by 41 per
cent and in Germany by 26 per cent" says "prices rose" once and leaves it out of the later
items. Asked in place, an item reads as a fragment once the other items' figures are
hidden ("In Romania by what percentage and in Germany?"), so each item is asked as the
whole clause it stands for: "In Romania prices rose by what percentage?".
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

_PLACE = rf"[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*){{0,3}}"
# The first item: "In Poland prices rose by 37 per cent".
_FIRST = re.compile(
    rf"(?P<lead>(?<![\w’'-])[Ii]n\s+{_PLACE})\s+(?P<clause>[{SMALL}][^,;:“”\"]*?)\s+"
    r"(?P<prep>by|to|at|of)\s+(?P<figure>[^,;:“”\"]+?)(?=,\s+in\s|,?\s+and\s+in\s)"
)
# Each later item: ", in Romania by 41 per cent", " and in Germany by 26 per cent".
_LATER = re.compile(
    rf"(?:,\s+and\s+|,\s+|\s+and\s+)(?P<lead>in\s+{_PLACE})\s+(?P<prep>by|to|at|of)\s+"
    r"(?P<figure>[^,;:“”\"]+?)(?=,\s|\s+and\s+in\s|[.;]|$)"
)


def asked_of_gapped_item(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """``sentence`` cut to the clause of the gapped item holding ``start``..``end``, with
    the clause's words the item leaves out written in; unchanged where there is none."""
    for first in _FIRST.finditer(sentence):
        items = [(first.start(), first.end(), first.group("lead"), first.start("figure"))]
        at = first.end()
        while (later := _LATER.match(sentence, at)) and later.group("prep") == first.group("prep"):
            items.append((later.start(), later.end(), later.group("lead"), later.start("figure")))
            at = later.end()
        if len(items) < 2:
            continue
        for begin, stop, lead, figure_at in items:
            if not (begin <= start and end <= stop):
                continue
            if start < figure_at:
                return sentence, start, end  # the place is asked, not the figure
            lead = lead[:1].upper() + lead[1:]
            said = f"{lead} {first.group('clause')} {first.group('prep')} "
            figure = sentence[figure_at:stop]
            return said + figure + ".", len(said) + start - figure_at, len(said) + end - figure_at
    return sentence, start, end
