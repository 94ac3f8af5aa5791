"""Runs and counts that borrow their noun, which a count finder reads past because no noun
follows the figure. (An earlier count, "up from 2,900 reported", and a planned year,
"rather than 2029 as planned", are find_facts' own; a multiple and a share, "one in
five", find_measures'.)

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
# "has fallen for three consecutive years", "a fifth straight month".
_RUN = re.compile(
    rf"\bfor\s+(?P<run>(?:{_WORD_NUMBERS}|\d+)\s+(?:consecutive|straight|successive|running)"
    r"\s+(?P<unit>years|months|quarters|weeks|days|seasons|terms|sessions))\b"
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
    """Every run and listed count in ``sentence``."""
    found: list[FoundFact] = []
    for match in _RUN.finditer(sentence):
        question = f"how many consecutive {match.group('unit')}"
        found.append(_fact(sentence, line, match, "text", question, group="run"))
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
