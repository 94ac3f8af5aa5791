"""The second count of a sentence, which no count finder reads because no noun follows it:
the figure a count is compared with, the figure a change started from, and an earlier
estimate.

- a comparison: "1,388 falls in the treated group, compared with 2,011 in the control
  group", "312 deaths this season, against 198 last year", "2,300 ships, versus 1,950 in
  2024" ask "compared with how many in the control group?";
- a change of a count: "cut the number of agencies from 25 to 16" asks the count it
  arrived at ("to how many?") and the one it started from ("from how many?");
- an earlier figure: "Earlier estimates had put the death toll at 29", "officials put the
  number of homeless at 4,000" ask "put the death toll at how many?".

Money amounts and percentages are find_figures'; "up from N" and "N recorded last year"
are read by find_facts and sentence_facts. Each figure is asked in its own clause, where the
other figure of the sentence is hidden as another card's answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_sibling_counts import count_fact
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|a\\s+dozen"
)
_FIGURE = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORDS}"
_HEDGE = r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|at\s+least|just)\s+)?"
# A bare count: no unit, scale, percentage, decimal part or noun straight after it.
_BARE_END = (
    r"(?![\d.,]*\d)(?!\s*(?:%|per\s?cent|pc\b|percentage|bn\b|m\b|k\b|km\b|kg\b|"
    r"thousand|million|billion|trillion|years?\b|months?\b|weeks?\b|days?\b|hours?\b))"
    r"(?=\s*[,.;)]|\s*$|\s+(?:in|a|an|the|last|this|at|on|for|during|over|among|across|"
    r"before|earlier|previously|by|when|with|from|under|through|since|so|between|"
    r"has|have|had|is|are|was|were|will|would)\b)"
)
# "compared with 2,011 in the usual-care group", "against 198 last season".
_COMPARED = re.compile(
    r"\b(?P<frame>compared\s+(?:with|to)|as\s+against|against|versus|vs\.?)\s+"
    # "against a capacity of 70", "compared with a target of 1,500": the figure's measure.
    rf"(?:(?:a|an|the|its|their)\s+(?:[{SMALL}][\w-]*\s+){{0,2}}?(?:capacity|target|forecast|"
    r"limit|quota|ceiling|cap|goal|estimate|expectation|plan)\s+of\s+)?"
    rf"{_HEDGE}(?P<number>{_FIGURE}){_BARE_END}"
)
# A count changed "from N to M", after a verb or noun of change within a few words: "cut
# the number of ministries from 25 to 16", "rose from 8 to 11", "an increase from 40 to 52".
_CHANGE_WORDS = (
    r"(?:cut|cuts|reduce[sd]?|reducing|raise[sd]?|raising|increase[sd]?|increasing|rose|"
    r"rise|rises|rising|fell|fall|falls|falling|grew|grow|grows|growing|dropped|drop|"
    r"climbed|jumped|expanded|expand|shrank|shrink|doubled|halved|went|gone|trimmed|"
    r"slashed|lifted|lowered|boosted|increase|decrease|reduction|rise|fall|change)"
)
_FROM_TO = re.compile(
    rf"\b{_CHANGE_WORDS}\b(?:\s+[\w’'-]+){{0,7}}?\s+from\s+{_HEDGE}"
    rf"(?P<start>{_FIGURE})(?![\d.,]*\d)(?!\s*(?:%|per\s?cent))\s+to\s+{_HEDGE}"
    rf"(?P<number>{_FIGURE}){_BARE_END}"
)
# "had put the death toll at 29", "estimated the number of displaced at 4,000".
_PUT_AT = re.compile(
    r"\b(?P<verb>put|puts|putting|estimated|estimates|estimate|placed|places|set|sets|"
    r"pegged|pegs)\s+(?P<what>the\s+(?:[\w’'-]+\s+){0,4}?(?:toll|number|count|tally|figure|"
    r"total|size|strength|turnout|crowd)(?:\s+of\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)\s+at\s+"
    rf"{_HEDGE}(?P<number>{_FIGURE}){_BARE_END}"
)


def find_compared_counts(sentence: str, line: int) -> list[FoundFact]:
    """Every compared, changed and estimated bare count in ``sentence``."""
    found: list[FoundFact] = []
    for match in _COMPARED.finditer(sentence):
        if _is_year(match.group("number")):
            continue
        found.append(_fact(sentence, line, match.start("number"), match.end("number")))
    for match in _FROM_TO.finditer(sentence):
        if _is_year(match.group("number")) or _is_year(match.group("start")):
            continue
        found.append(_fact(sentence, line, match.start("number"), match.end("number")))
        found.append(_fact(sentence, line, match.start("start"), match.end("start")))
    for match in _PUT_AT.finditer(sentence):
        if _is_year(match.group("number")):
            continue
        found.append(_fact(sentence, line, match.start("number"), match.end("number")))
    return found


def _is_year(number: str) -> bool:
    return re.fullmatch(r"(?:1[89]|20)\d\d", number) is not None


# ", the disaster authority said,": who reported it, between the figures it compares.
_ASIDE_SOURCE = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,5}?(?:said|says|reported|added|estimated)\s*(?=,)"
)


_VERB_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would)\b")


def _fact(sentence: str, line: int, start: int, end: int) -> FoundFact:
    written = sentence[start:end]
    # Asked without the source between the figure and its clause, so the question keeps
    # what the figure counts ("in the whole of last season") within its length.
    shown, at = sentence, start
    aside = _ASIDE_SOURCE.search(sentence, 0, start)
    if aside is not None:
        shown = sentence[: aside.start()] + sentence[aside.end() :]
        at = start - (aside.end() - aside.start())
    # "Her pledge to cut ... to 16 has drawn crowds": the verb after the figure is the
    # sentence's own, about the pledge; the question ends with the figure.
    if _VERB_AFTER.match(shown, at + len(written)):
        shown = shown[: at + len(written)]
    prompt = ask_in_place(shown, at, at + len(written), "how many")
    return count_fact(sentence, line, start, end, prompt)
