"""The "Label: value" lines of a fact box, a results table or an annual report's year at a
glance, each a fact the sentences around it may never state:

- a count: "Accredited rail operators: 63" asks "How many accredited rail operators were
  there?"; "Improvement notices issued: 19" asks "How many improvement notices were
  issued?"; "Staff: 96 full-time equivalent" asks "How many full-time equivalent staff were
  there?"; a part of it the line counts too ("Collisions: 14, including three fatal" also
  asks "How many of the collisions were fatal?");
- an amount or a share: "Turnout: 64.2%" asks "What was the turnout?";
- a period: "Reporting period: 1 July 2025 to 30 June 2026" asks "What was the annual
  report's reporting period?".

A line is read only when it stands alone (a list item or a line of its own, its value a few
words, not a sentence) and its label is no page furniture: contact details, references,
date stamps and credits hold nothing to learn. The lines asked here are left out of the text
the sentence passes read (``without_label_lines``), so a fact is asked once, as a question
rather than as "Reporting period: 1 July 2025 to what date?".
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import document_kind
from trainer.core.authoring.find_dates import date_spans, dates_in_line
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.letters import CAPITAL, SMALL

_LINE = re.compile(
    rf"^\s*(?:[-•*‣◦▪]\s+)?(?P<label>[{CAPITAL}][{CAPITAL}{SMALL}’'/ -]{{1,60}}?)\s*:\s+"
    rf"(?P<value>\S[^:]*?)\s*$"
)
_LABEL_WORDS = 6
_VALUE_WORDS = 8
# Labels of the page around the facts: how to reach the authors, what the page is filed as,
# when it was stamped, whose photograph it is.
_FURNITURE = frozenset(
    {
        "tel",
        "telephone",
        "phone",
        "mobile",
        "fax",
        "email",
        "e-mail",
        "web",
        "website",
        "contact",
        "contacts",
        "media",
        "press",
        "enquiries",
        "reference",
        "ref",
        "isbn",
        "issn",
        "doi",
        "page",
        "pages",
        "published",
        "updated",
        "issued",
        "posted",
        "date",
        "dated",
        "time",
        "source",
        "sources",
        "photo",
        "photograph",
        "image",
        "credit",
        "credits",
        "tags",
        "category",
        "filed",
        "note",
        "notes",
        "by",
        "author",
        "authors",
        "editor",
        "read",
        "see",
        "follow",
        "share",
        "version",
    }
)
# "Last updated", "Embargoed until", "First published": the page's stamps, wherever the
# word stands in the label.
_STAMP = re.compile(r"(?i)\b(?:updated|published|posted|issued|modified|revised|embargo\w*)\b")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
# A count: digits (not a phone number's "020 7946", not a code's leading zero) or a word.
_NUMBER = rf"(?:[1-9]\d{{0,2}}(?:,\d{{3}})+|[1-9]\d*|0)(?:\.\d+)?|(?i:{_NUMBER_WORDS})"
# "63", "96 full-time equivalent", "1,284 (down 6.2 per cent)", "14, including three fatal".
_COUNT = re.compile(
    # (a unit of measure may be capitals: "450 MW", "12 kWh")
    rf"(?P<number>{_NUMBER})(?P<unit>(?:\s+[{SMALL}][{SMALL}-]*){{0,3}}|\s+[{CAPITAL}{SMALL}]{{1,4}}[²³]?)"
    rf"(?:,\s+including\s+(?P<part>{_NUMBER})\s+(?P<which>[{SMALL}][{SMALL}-]*))?"
    r"\s*(?:\([^()]*\))?\.?"
)
# "$18.7 million", "€4.2bn", "64.2%", "12 per cent".
_AMOUNT = re.compile(
    rf"(?P<amount>(?:(?:[{CAPITAL}]{{0,3}}[$€£¥]|[{CAPITAL}][{CAPITAL}{SMALL}]{{1,2}}\s)\s?\d[\d,.]*"
    r"(?:\s?(?:million|billion|trillion|bn|m|k))?)"
    r"|\d[\d,.]*\s?(?:%|per\s?cent))\s*(?:\([^()]*\))?\.?"
)
_PERIOD_JOIN = re.compile(r"\s*(?:to|until|through|[-–])\s*")
# Counted things a label names without a plural "s".
_PLURALS = frozenset({"staff", "people", "personnel", "children", "crew", "police", "cattle"})
# What a humanitarian or disaster box counts of people by one word ("Injured: 412").
_PEOPLE_STATES = frozenset(
    {
        "injured",
        "killed",
        "missing",
        "displaced",
        "evacuated",
        "rescued",
        "arrested",
        "detained",
        "hospitalised",
        "hospitalized",
        "affected",
        "homeless",
        "dead",
    }
)
# A participle ending a label ("Improvement notices issued"): asked "were issued".
_PARTICIPLE = re.compile(rf"^(?:[{SMALL}]+ed|held|made|won|built|sold|paid|taken|given|seen|lost)$")


@dataclasses.dataclass(frozen=True, slots=True)
class LabelLines:
    """What the label lines ask, and the story without the lines asked."""

    facts: list[FoundFact]
    story: Article


def find_label_lines(article: Article, story: Article) -> LabelLines:
    """The facts of ``story``'s "Label: value" lines (``article`` names the document), and
    ``story`` with those lines blanked, each keeping its place."""
    lines = list(story.lines)
    facts: list[FoundFact] = []
    kind = document_kind(article)
    for number, line in enumerate(story.lines, start=1):
        row = _TABLE_ROW.match(line)
        if row:
            # A table's row reads as no sentence: a two-cell row ("| Staff | 96 |") is a
            # label and its value, and the others are left out of the sentence passes.
            facts.extend(_row_facts(line, row, number, kind))
            lines[number - 1] = ""
            continue
        found = _line_facts(line, number, kind)
        if found:
            facts.extend(found)
            lines[number - 1] = ""
    return LabelLines(facts, dataclasses.replace(story, lines=tuple(lines)))


# "| Ships handled | 3,410 |": a table as a web page's text gives it, a cell between bars.
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")


def _row_facts(line: str, row: re.Match[str], number: int, kind: str | None) -> list[FoundFact]:
    cells = [cell.strip() for cell in row.group("cells").split("|")]
    if len(cells) != 2 or not all(cells) or not cells[0][:1].isupper():
        return []
    label, value = cells
    # The evidence is the row's words as the text has them, the bar between them.
    evidence = line[line.index(label) : line.rindex(value) + len(value)]
    return _label_facts(label, value, evidence, number, kind)


def _line_facts(line: str, number: int, kind: str | None) -> list[FoundFact]:
    match = _LINE.match(line)
    if match is None:
        return []
    label, value = match.group("label").strip(), match.group("value").strip()
    return _label_facts(label, value, line[match.start("label") :].strip(), number, kind)


def _label_facts(
    label: str, value: str, evidence: str, number: int, kind: str | None
) -> list[FoundFact]:
    words = label.split()
    if (
        len(words) > _LABEL_WORDS
        or len(value.split()) > _VALUE_WORDS
        or words[0].casefold().strip("’'") in _FURNITURE
        or re.search(r"[@/]|https?:|www\.", value)
    ):
        return []
    asked = _label_as_asked(words)
    period = _period(value)
    if period:
        owner = f"the {kind}'s" if kind else "the"
        prompt = f"What was {owner} {asked}?"
        return [document_line_fact("text", value, evidence, number, prompt)]
    if _BARE_YEAR.fullmatch(value):
        # "Year of opening: 2031" asks its year; "Founded: 1998" says not what was founded.
        if "year" not in label.casefold():
            return []
        return [
            document_line_fact("text", value.rstrip("."), evidence, number, f"What is the {asked}?")
        ]
    date = _one_date(value)
    if date is not None and _STAMP.search(label):
        return []  # "Last updated: 2 October 2026" dates the page ("Notices issued: 19" counts)
    if date is not None:
        return [document_line_fact("date", date, evidence, number, _date_question(words, asked))]
    amount = _AMOUNT.fullmatch(value)
    if amount:
        return [
            document_line_fact(
                "number", amount.group("amount"), evidence, number, f"What was the {asked}?"
            )
        ]
    count = _COUNT.fullmatch(value)
    if count is None:
        return []
    unit = " ".join(count.group("unit").split())
    plural = words[-1].casefold() in _PLURALS or re.search(r"[^s]s$", words[-1]) is not None
    if len(words) == 1 and words[0].casefold() in _PEOPLE_STATES and not unit:
        state = words[0].casefold()
        prompt = "How many people died?" if state == "dead" else f"How many people were {state}?"
    elif _PARTICIPLE.match(words[-1]) and len(words) >= 2 and not unit:
        counted, done = " ".join(asked.split()[:-1]), words[-1]
        prompt = f"How many {counted} were {done}?"
    elif plural or (unit and not _is_measure(unit)):
        prompt = f"How many {f'{unit} ' if unit else ''}{asked} were there?"
    else:
        # "Length: 14 km": a measure, asked with its unit in the answer.
        answer = f"{count.group('number')} {unit}".strip()
        return [document_line_fact("number", answer, evidence, number, f"What was the {asked}?")]
    found = [document_line_fact("number", count.group("number"), evidence, number, prompt)]
    if count.group("part"):
        which = count.group("which")
        part_prompt = f"How many of the {asked.removeprefix(unit).strip()} were {which}?"
        found.append(
            document_line_fact("number", count.group("part"), evidence, number, part_prompt)
        )
    return found


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}\.?")
# "Consultation closes: 30 November 2026": a label that is a clause, its verb last.
_EVENT_VERBS = {
    "closes": "close",
    "opens": "open",
    "ends": "end",
    "begins": "begin",
    "starts": "start",
    "expires": "expire",
}


def _one_date(value: str) -> str | None:
    """The date a value is, in full ("30 November 2026" → "2026-11-30", "March 2027" →
    "2027-03"), when the value is that date and nothing else."""
    dates = dates_in_line(value)
    if len(dates) != 1 or dates[0].text.strip() != value.strip(" ."):
        return None
    date = dates[0]
    if date.year is None:
        return None
    if date.precision == "day" and date.day is not None:
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    return f"{date.year:04d}-{date.month:02d}" if date.precision == "month" else None


def _date_question(words: list[str], asked: str) -> str:
    verb = _EVENT_VERBS.get(words[-1].casefold())
    if verb and len(words) >= 2:
        return f"When does the {' '.join(asked.split()[:-1])} {verb}?"
    return f"What is the {asked}?"


def _label_as_asked(words: list[str]) -> str:
    """The label as a question writes it: "Accredited rail operators" → "accredited rail
    operators"; an acronym or a name keeps its capitals ("SPADs", "Goldfields")."""
    first = words[0]
    if first[1:] == first[1:].lower():
        first = first.lower()
    return " ".join([first, *words[1:]])


def _period(value: str) -> bool:
    """ "1 July 2025 to 30 June 2026": two dates and nothing but the word joining them."""
    spans = sorted(date_spans(value))
    if len(spans) != 2:
        return False
    (first_start, first_end), (second_start, second_end) = spans
    return (
        not value[:first_start].strip()
        and _PERIOD_JOIN.fullmatch(value[first_end:second_start]) is not None
        and not value[second_end:].strip(" .")
    )


# Units a value is measured in, not words describing what it counts.
_MEASURES = re.compile(
    r"^(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|tonnes?|tons?|kg|hectares?|"
    r"acres?|mw|gw|kw|mwh|gwh|twh|litres?|liters?|barrels?|years?|months?|weeks?|days?|"
    r"hours?|minutes?|degrees?)\b",
    re.IGNORECASE,
)


def _is_measure(unit: str) -> bool:
    return _MEASURES.match(unit) is not None


def document_line_fact(
    kind: str, answer: str, evidence: str, number: int, prompt: str
) -> FoundFact:
    """A fact of the document's line ``number``: ``answer`` where ``evidence`` (the line's
    words that state it) holds it, asked by ``prompt``."""
    at = evidence.find(answer)
    return FoundFact(
        kind,
        "document",
        answer,
        answer,
        evidence,
        max(at, 0),
        max(at, 0) + len(answer),
        "what",
        number,
        evidence=evidence,
        prompt=prompt,
    )
