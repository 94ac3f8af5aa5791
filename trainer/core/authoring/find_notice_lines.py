"""The lines of a recall or safety notice that name what is affected and how to get help,
each a fact its sentences may never state again:

- codes: "Batch codes affected: 4711B to 4803F inclusive." asks "Which batch codes are
  affected?" (answer "4711B to 4803F");
- a count: "Units affected: around 12,400 in Scotland, of which ..." asks "How many units are
  affected in Scotland?" (answer "around 12,400");
- a help line: "BrewMate helpline: 0800 123 4567, open 9am to 5pm" asks "What is the number
  of the BrewMate helpline?";
- model numbers: "BrewMate Pro, model numbers BM-2-RD (red) and BM-2-BL (blue)" asks "What
  are the model numbers of the BrewMate Pro?" (answer "BM-2-RD and BM-2-BL").

A line of codes is left out of the text the sentence passes read, so its last code is never
read as a temperature ("4803F").
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_label_lines import document_line_fact
from trainer.core.authoring.find_phone_numbers import TELEPHONE_NUMBER
from trainer.core.authoring.letters import CAPITAL, SMALL

# A product or batch code: letters and digits, maybe hyphenated, at least one digit.
_CODE = rf"(?=[{CAPITAL}0-9-]*\d)[{CAPITAL}0-9]+(?:-[{CAPITAL}0-9]+)*"
_CODES = re.compile(
    rf"^\s*(?:[-•*]\s+)?(?P<label>(?P<what>(?:[{CAPITAL}][{SMALL}]+\s+)?(?:[Bb]atch|[Ll]ot|[Ss]erial|"
    r"[Mm]odel|[Pp]roduct|[Pp]art)\s+(?:codes|numbers))\s+affected)\s*:\s+"
    rf"(?P<codes>{_CODE}(?:(?:\s+(?:to|and|or)\s+|,\s+|\s*[-–]\s*){_CODE})*)"
    r"(?:\s+inclusive)?(?:\.|$)"
)
# "Units affected: approximately 48,300 in Ireland": a count, maybe hedged, and where.
_COUNT = re.compile(
    rf"^\s*(?:[-•*]\s+)?(?P<what>[{CAPITAL}][{SMALL}]+(?:\s+[{SMALL}]+)?)\s+affected\s*:\s+"
    r"(?P<count>(?:(?:approximately|about|around|roughly|some|more\s+than|over|up\s+to)\s+)?"
    r"\d{1,3}(?:,\d{3})+|\d+)"
    rf"(?P<where>\s+in\s+(?:the\s+)?[{CAPITAL}][{SMALL}]+(?:\s+[{CAPITAL}][{SMALL}]+){{0,2}})?\s*(?:[.,;]|$)"
)
_HELP_LINE = re.compile(
    rf"^\s*(?:[-•*]\s+)?(?P<name>(?:[{CAPITAL}][\w’'-]*\s+){{0,3}}(?:[{SMALL}]+\s+)?"
    r"(?:line|helpline|hotline|advice\s+line))\s*:\s+"
    rf"(?P<phone>{TELEPHONE_NUMBER})(?=[,.;]|\s*$|\s+\()"
)
_MODELS = re.compile(
    rf"(?P<product>[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}0-9][\w’'-]*){{0,3}}),\s+"
    r"(?P<noun>model|part|product|item)\s+(?P<plural>numbers?)\s+"
    rf"(?P<codes>{_CODE}(?:\s+\([{SMALL} ]+\))?(?:(?:,\s+|,?\s+and\s+|,?\s+or\s+){_CODE}"
    rf"(?:\s+\([{SMALL} ]+\))?)*)"
)
_ASIDE = re.compile(rf"\s+\([{SMALL} ]+\)")


@dataclasses.dataclass(frozen=True, slots=True)
class NoticeLines:
    """What the notice's lines ask, and the story without its lines of codes."""

    facts: list[FoundFact]
    story: Article


def find_notice_lines(story: Article) -> NoticeLines:
    """The facts of ``story``'s affected-codes, affected-count, help-line and model-number
    lines, and ``story`` with the asked codes blanked, each line keeping its place."""
    lines = list(story.lines)
    facts: list[FoundFact] = []
    for number, line in enumerate(story.lines, start=1):
        codes = _CODES.match(line)
        if codes:
            answer = re.sub(r"\s+", " ", codes.group("codes"))
            what = codes.group("what").casefold()
            evidence = line[codes.start("label") : codes.end()].strip()
            facts.append(
                document_line_fact("text", answer, evidence, number, f"Which {what} are affected?")
            )
            # The codes are asked: the rest of the line is left to the sentence passes.
            lines[number - 1] = " " * codes.end() + line[codes.end() :]
            continue
        count = _COUNT.match(line)
        if count:
            what = count.group("what").casefold()
            where = " ".join((count.group("where") or "").split())
            prompt = f"How many {what} are affected{f' {where}' if where else ''}?"
            evidence = line[count.start("what") : count.end("where") if where else count.end()]
            facts.append(
                document_line_fact(
                    "number", count.group("count"), evidence.strip(" ,.;"), number, prompt
                )
            )
        help_line = _HELP_LINE.match(line)
        if help_line:
            name = " ".join(help_line.group("name").split())
            evidence = line[help_line.start("name") : help_line.end("phone")]
            prompt = f"What is the number of the {name}?"
            facts.append(
                document_line_fact("text", help_line.group("phone"), evidence, number, prompt)
            )
        for models in _MODELS.finditer(line):
            answer = _ASIDE.sub("", models.group("codes"))
            many = models.group("plural") == "numbers"
            noun = f"{models.group('noun')} {models.group('plural')}"
            prompt = f"What {'are' if many else 'is'} the {noun} of the {models.group('product')}?"
            facts.append(document_line_fact("text", answer, models.group(0), number, prompt))
    return NoticeLines(facts, dataclasses.replace(story, lines=tuple(lines)))
