"""The telephone number of a helpline the story gives the public: "A free measles helpline,
1800 700 731, is open ...", "call the advice line on 0300 555 0172". Asked "What is the
number of the free measles helpline?", the number as the article writes it.

A number is a telephone number only with eight digits or more, and only after a word that
names a line to call: a figure such as "1,400" or a span of years is never one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# A telephone number as it is written: "0800 123 4567", "+44 20 7946 0000" (find_notice_lines
# reads a help line's label line with it too).
TELEPHONE_NUMBER = r"(?:\+\d{1,3}\s?)?0?\d{2,5}(?:\s\d{3,4}){1,3}"
_PHONE = rf"(?P<number>{TELEPHONE_NUMBER})(?!\d|,\d)"
_LINE_WORDS = r"(?:helpline|hotline|line|number|phone\s+line|freephone|textphone|advice\s+line)"
# "A free measles helpline, 1800 700 731,", "the advice line on 0300 555 0172".
_LINE = re.compile(
    rf"(?<![\w-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+"
    rf"(?P<line>(?:[{SMALL}][\w'’-]*\s+){{0,3}}{_LINE_WORDS})(?:,\s+|\s+on\s+|\s+)(?:\(\s*)?"
    rf"{_PHONE}"
)
_MOST_DIGITS = 15
_FEWEST_DIGITS = 8


def find_phone_numbers(sentence: str, line: int) -> list[FoundFact]:
    """The helplines ``sentence`` gives a telephone number for."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _LINE.finditer(sentence):
        number = match.group("number")
        digits = sum(char.isdigit() for char in number)
        if not _FEWEST_DIGITS <= digits <= _MOST_DIGITS:
            continue
        described = " ".join(match.group("line").split())
        found.append(
            FoundFact(
                "text",
                "facts",
                number,
                number,
                sentence,
                match.start("number"),
                match.end("number"),
                "what number",
                line,
                evidence=sentence,
                prompt=f"What is the number of the {described}?",
            )
        )
    return found
