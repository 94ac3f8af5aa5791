"""A plain-text article read for drafting: its lines, and the sentences within each line."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_file import read_utf8_text
from trainer.core.errors import TrainerError

# Words whose trailing full stop does not end a sentence ("U.S. Senator", "Mr. Dar").
_SHORT_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "lt",
        "col",
        "capt",
        "maj",
        # Titles and ranks written with a full stop before a name ("Prof. Marcus Lie").
        "prof",
        "brig",
        "sgt",
        "cpl",
        "adm",
        "cdr",
        "supt",
        "insp",
        "revd",
        "hon",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "govt",
        "dept",
        "approx",
        "fig",
        "e.g",
        "i.e",
    }
)
_SENTENCE_END = re.compile(rf"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[{CAPITAL}0-9]|[-–•]\s+[{CAPITAL}])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
# A wire or press dateline opening a story's first line: the place in capitals, perhaps
# the date and the agency, then a dash ("TORONTO, March 3 (Reuters) - ", "LUSAKA — ").
_WIRE_LEAD = re.compile(
    # "AUSTIN, Texas, Oct. 28, 2026": the state and the date may each follow a comma; the
    # day may come first ("LISBON, 3 December 2026 -").
    rf"(?:[{CAPITAL}][{CAPITAL}.'’ ]+[{CAPITAL}.]"
    rf"(?:,\s*[{CAPITAL}0-9][\w.]*(?:,?\s+[{CAPITAL}0-9][\w.]*){{0,4}})?"
    # A release's place in small letters goes with its date: "London, Thursday 3 December
    # 2026 - ".
    rf"|[{CAPITAL}][{SMALL}]+(?:\s+[{CAPITAL}][{SMALL}]+)?,\s*"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\s*"
    # The agency in brackets or slashes ("(Reuters)", "/PRNewswire/"), then the dash that
    # ends it, before the story's first words or the end of its own line.
    r"(?:\([^)]{1,40}\)\s*|/[^/\s]{1,40}/\s*)?(?:--|[-–—])(?:\s+|$)"
)


_BULLET = re.compile(r"\s*[-•*‣◦▪]\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text, split into lines as written."""

    path: Path
    text: str
    lines: tuple[str, ...]

    @property
    def headline(self) -> str | None:
        """The headline, found past any byline, date line or page clutter above it."""
        # Imported here: finding it reads dates, and the date finder reads articles.
        from trainer.core.authoring.headline import find_headline

        return find_headline(self)


def read_article(path: Path) -> Article:
    """Read a UTF-8 plain-text article; raise TrainerError saying what is wrong with it."""
    text = read_utf8_text(path, "an article", "save the article as UTF-8")
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise TrainerError(f"{path}:{line}: contains a NUL byte; is it plain text?")
    if not text.strip():
        raise TrainerError(f"{path}: is empty")
    return Article(path=path, text=text, lines=tuple(text.splitlines()))


# The top of a story, where its dateline stands: a masthead, headline, standfirst and byline
# above it, each a line of its own; the blank lines between them are not counted.
HEAD_LINES = 6


def in_head(lines: tuple[str, ...], number: int) -> bool:
    """True when line ``number`` (from 1) is among the first ``HEAD_LINES`` lines with words,
    however many blank lines a saved page or wire copy puts between them."""
    return sum(1 for line in lines[:number] if line.strip()) <= HEAD_LINES


def head_lines(lines: tuple[str, ...]) -> list[str]:
    """The first ``HEAD_LINES`` lines with words: where a dateline may stand."""
    return [line for line in lines if line.strip()][:HEAD_LINES]


def wire_lead_end(line: str) -> int:
    """Where a wire or press dateline opening ``line`` ends ("BOSTON -- ", "LONDON, Thursday
    23 April 2026 -- "); 0 when the line has none."""
    lead = _WIRE_LEAD.match(line)
    return lead.end() if lead else 0


def sentence_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one line of text, surrounding spaces left out."""
    spans: list[tuple[int, int]] = []
    # A wire or press dateline is no part of the story's first sentence.
    lead = _WIRE_LEAD.match(line)
    # A list item's bullet ("- At least 73 people ...") is no part of its sentence.
    bullet = _BULLET.match(line)
    start = lead.end() if lead else bullet.end() if bullet else 0
    for boundary in _SENTENCE_END.finditer(line):
        stop = boundary.start() + 1
        word = _WORD_BEFORE.search(line, 0, stop)
        # ("No. 9" is a number's label; "No. The board said ..." answers a question.)
        number_label = word is None or word.group(1) != "No" or line[boundary.end() :][:1].isdigit()
        if word and is_abbreviation(word.group(1)) and number_label:
            continue
        # "on Jan. 6", "Sept. 30": a month's short form before its day ends no sentence.
        if (
            word
            and word.group(1).casefold() in _SHORT_MONTHS
            and line[boundary.end() :][:1].isdigit()
        ):
            continue
        spans.append((start, boundary.end()))
        start = boundary.end()
    spans.append((start, len(line)))
    return [_trimmed(line, begin, end) for begin, end in spans if line[begin:end].strip()]


def sentence_around(line: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``line`` holding the text from ``start`` to ``end``."""
    spans = sentence_spans(line)
    first = next((begin for begin, stop in spans if begin <= start < stop), start)
    last = next((stop for begin, stop in spans if begin < end <= stop), end)
    return line[first:last]


def is_abbreviation(word: str) -> bool:
    """Whether a full stop after ``word`` marks an abbreviation or initial, not a sentence end."""
    # A lone capital ("U.S", "D.C", "J") is an initial, not the end of a sentence.
    return word.casefold() in _ABBREVIATIONS or bool(
        re.fullmatch(rf"(?:[{CAPITAL}]\.)*[{CAPITAL}]", word)
    )


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end
