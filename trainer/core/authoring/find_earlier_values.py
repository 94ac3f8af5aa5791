"""Values a story gives beside the current one, and counts that borrow their noun, which a
count finder reads past because no noun follows the figure:

- an earlier figure: "4,300 households are now cut off, up from 2,900 reported on Monday"
  asks "... up from how many reported on Monday?";
- a planned one: "the bridge will open in 2031, rather than 2029 as first planned" asks
  "... rather than what year as first planned?";
- a multiple of an earlier amount: "exports reached 2 million tonnes, nearly triple the
  volume of three years earlier" asks "... how many times the volume of three years
  earlier?" (and the "three years" it is compared with is no card of its own); a multiple
  of anything else ("twice its budget") is left to the author;
- a share: "one in five tonnes of the country's exports" asks "what share of the country's
  exports?";
- a run: "prices have risen for four consecutive months" asks "for how many consecutive
  months?";
- a list of counts sharing one noun: "At least 12 people died, 40 were injured and 3 are
  missing" is a card for each ("How many people were injured?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_WORD_NUMBERS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundred"
)
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_HEDGE = r"(?:about|around|roughly|nearly|almost|some|more\s+than|at\s+least|over)\s+"
# "214,600 people are now displaced, up from 131,000 reported": an earlier count with no
# noun, after a count that has one.
_UP_FROM_BARE = re.compile(
    rf"\b(?:up|down)\s+from\s+(?:{_HEDGE})?(?P<number>{_FIGURE})"
    r"(?=\s+(?:reported|recorded|counted|registered|estimated|a\s+(?:year|month|week)\s+"
    r"(?:earlier|before|ago)|last\s+(?:year|month|week)|in\s|on\s|at\s|[,.;]))"
)
_COUNT_BEFORE = re.compile(
    rf"(?:{_FIGURE})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*s|people|staff)\b"
)
# "in 2033, rather than 2031 as originally planned": the planned year.
_RATHER_THAN = re.compile(
    r",\s+(?:rather\s+than|instead\s+of|not)\s+(?:in\s+)?(?P<year>(?:19|20)\d{2})"
    r"(?=\s+as\s+(?:\w+\s+)?(?:planned|promised|scheduled|expected|intended|forecast|"
    r"announced|agreed|hoped))"
)
# "more than double the volume of two years earlier", "nearly three times last year's".
_MULTIPLE = re.compile(
    r"(?P<multiple>(?:(?:more\s+than|nearly|almost|about|roughly|over|less\s+than)\s+)?"
    rf"(?:double|triple|treble|quadruple|twice|half|(?:{_WORD_NUMBERS}|\d+)\s+times))"
    r"\s+(?=(?:the|its|their|that|what|last)\b)"
)
# A multiple is an earlier value's only when it is compared with a time before ("the volume
# of two years earlier", "last year's level"); "twice its budget" compares with no value
# the story gave.
_BEFORE_NOW = re.compile(
    r"(?:\S+\s+){0,5}?\S*(?:earlier|ago|before|previously|last\s+(?:year|month|week|season)|"
    r"(?:the\s+)?(?:previous|prior)\s+(?:year|month|week|season))\b"
)
# "has fallen for three consecutive years", "a fifth straight month".
_RUN = re.compile(
    rf"\bfor\s+(?P<run>(?:{_WORD_NUMBERS}|\d+)\s+(?:consecutive|straight|successive|running)"
    r"\s+(?P<unit>years|months|quarters|weeks|days|seasons|terms|sessions))\b"
)
# "one in five tonnes of wheat exports", "two in every three voters": a share, asked as one.
_ONE_IN = re.compile(
    rf"(?P<share>\b(?:one|two|three|four|\d+)\s+in\s+(?:every\s+)?(?:{_WORD_NUMBERS}|\d+))"
    r"\s+(?P<noun>[a-z][\w-]*)(?P<of>\s+of)?\b"
)
# One clause of a list of counts: "at least 73 people have died", "412 have been injured",
# "29 remain missing".
_CASUALTY = re.compile(
    rf"(?P<hedge>(?:[Aa]t\s+least|[Mm]ore\s+than|[Ss]ome|[Aa]bout|[Nn]early)\s+)?"
    rf"(?<![\w.,])(?P<number>{_FIGURE})(?:\s+(?P<noun>people|persons|children|civilians|"
    r"soldiers|workers|residents|passengers|others))?\s+"
    r"(?P<verb>(?:have\s+|has\s+|had\s+)?(?:been\s+)?(?:died|killed|injured|wounded|hurt|"
    r"rescued|evacuated|arrested|detained|displaced|hospitali[sz]ed)"
    r"|(?:are|were|remain|remained|remains)\s+(?:missing|unaccounted\s+for|in\s+hospital))\b"
)


def find_earlier_values(sentence: str, line: int) -> list[FoundFact]:
    """Every earlier, planned or multiplied value, run and listed count in ``sentence``."""
    found: list[FoundFact] = []
    for match in _UP_FROM_BARE.finditer(sentence):
        counts = list(_COUNT_BEFORE.finditer(sentence, 0, match.start()))
        if not counts:
            continue
        found.append(_fact(sentence, line, match, "number", "how many"))
    for match in _RATHER_THAN.finditer(sentence):
        found.append(_fact(sentence, line, match, "text", "what year", group="year"))
    for match in _MULTIPLE.finditer(sentence):
        if not _BEFORE_NOW.match(sentence, match.end()):
            continue
        found.append(_fact(sentence, line, match, "text", "how many times", group="multiple"))
    for match in _RUN.finditer(sentence):
        question = f"how many consecutive {match.group('unit')}"
        found.append(_fact(sentence, line, match, "text", question, group="run"))
    for match in _ONE_IN.finditer(sentence):
        # "one in five tonnes of Kazakh wheat exports" asks "what share of Kazakh wheat
        # exports"; "one in four voters" asks "what share of voters".
        end = match.end() if match.group("of") else match.start("noun")
        found.append(_share(sentence, line, match, end))
    found.extend(_listed_counts(sentence, line))
    return found


def _listed_counts(sentence: str, line: int) -> list[FoundFact]:
    """A card for each count of a list of two or more, each asked on its own clause with
    the noun the list gave first ("How many people were injured?")."""
    clauses = list(_CASUALTY.finditer(sentence))
    noun = next((clause.group("noun") for clause in clauses if clause.group("noun")), None)
    if len(clauses) < 2 or noun is None:
        return []
    from trainer.core.authoring.find_facts import FoundFact

    found = []
    for clause in clauses:
        hedge = (clause.group("hedge") or "").strip().casefold()
        asked = f"{hedge} how many" if hedge else "how many"
        verb = " ".join(clause.group("verb").split())
        prompt = f"{asked} {clause.group('noun') or noun} {verb}?"
        number = clause.group("number")
        found.append(
            FoundFact(
                "number",
                "counts",
                number,
                number,
                sentence,
                clause.start("number"),
                clause.end("number"),
                "how many",
                line,
                evidence=sentence,
                prompt=prompt[:1].upper() + prompt[1:],
            )
        )
    return found


def _share(sentence: str, line: int, match: re.Match[str], end: int) -> FoundFact:
    from trainer.core.authoring.find_facts import FoundFact

    share = match.group("share")
    return FoundFact(
        "text",
        "facts",
        share,
        share,
        sentence,
        match.start("share"),
        end,
        "what share of",
        line,
    )


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    kind: str,
    question: str,
    group: str = "number",
) -> FoundFact:
    from trainer.core.authoring.find_facts import FoundFact

    written = match.group(group)
    start, end = match.start(group), match.end(group)
    return FoundFact(
        kind,
        "counts" if kind == "number" else "facts",
        written,
        written,
        sentence,
        start,
        end,
        question,
        line,
    )
