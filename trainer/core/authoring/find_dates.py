"""Dates written in an article: full dates, month and year, and day and month without a year."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from trainer.core.authoring.article import Article, in_head, sentence_around, wire_lead_end
from trainer.core.authoring.letters import CAPITAL
from trainer.core.calendar_words import MONTH_NAMES as CALENDAR_MONTHS

MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
MONTH_NAMES = CALENDAR_MONTHS

# Longest names first so that "Sept" wins over "Sep" and "June" over "Jun".
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"

Precision = Literal["day", "month", "day-no-year"]

# Tried in this order; a span taken by one form is not read again by a later one.
_FORMS: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (re.compile(r"(?<![\d-])" + _YEAR + r"-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"), "day"),
    (re.compile(r"(?<!\d)" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR), "day"),
    (re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR), "day"),
    (re.compile(_MONTH + r",?\s+" + _YEAR), "month"),
    (re.compile(r"(?<!\d)" + _DAY + r"\s+(?:of\s+)?" + _MONTH), "day-no-year"),
    (re.compile(_MONTH + r"\s+" + _DAY + r"(?!\d|:\d)"), "day-no-year"),
)

# Words that, just before a full date, mark the line as the article's own date line.
_DATELINE_WORDS = re.compile(
    # "Posted on", "First published on", "Last modified on": a blog's and a newspaper's.
    # "UPDATE, Thursday 3 December: ...": a paragraph added later, labelled with its date.
    # "For immediate release: Thursday, 3 December 2026": a press release's own date.
    r"(?i)(?P<word>\b(?:date|dated|update|updated|modified|published|posted|issued"
    r"|for\s+immediate\s+release)\b"
    # "Date of notice: 3 December 2026": an official notice's own date.
    r"(?:\s+of\s+(?:notice|issue|publication|release))?)[\s:,]*"
    # "Published in Brussels on 4 December 2026": the place it was issued in.
    rf"(?:in\s+(?-i:[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}})\s+)?(?:on\s+)?"
    # "Published: Copenhagen, 1 December 2026": the place it was issued from may come first.
    rf"(?-i:[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}},\s+)?"
    # "Published 06:12, Friday 4 December 2026": a time of day may come first.
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?,?\s+)?"
    # "Updated Tuesday 17 March 2026": the weekday may stand between the word and the date.
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"\.?,?\s+)?$"
)
_PUBLISHED_WORDS = frozenset({"date", "dated", "published", "posted", "issued", "release"})
# "Broadcast: Tuesday 1 December 2026, 07:42": a transcript's heading dates it as a
# newspaper's "Published" does (only as a line's label: "aired on ..." in a sentence is news).
_BROADCAST_LINE = re.compile(
    r"(?i)^\s*(?:first\s+)?(?:broadcast|aired|recorded|transmitted)\s*(?::\s*|on\s+|\s)"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?\s+)?$"
)


# "The next update will be issued on Friday 11 December.": a verb's tense before the word
# makes it a sentence about a date, not the page's date line.
_TENSE_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|was|were|is|are|been|being|to)\s+(?:be\s+)?$"
)


def dateline_keyword(before: str) -> re.Match[str] | None:
    """The date line's word ("Published", "Updated") just before a date, if any."""
    keyword = _DATELINE_WORDS.search(before)
    if keyword is None or _TENSE_BEFORE.search(before, 0, keyword.start()):
        return None
    return keyword


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date as written in the article, where it was found and what it means."""

    text: str
    sentence: str
    line: int
    year: int | None
    month: int
    day: int | None
    precision: Precision

    def value(self) -> dt.date | None:
        """The calendar date, for full dates."""
        if self.year is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The date an article carries for itself ("Updated 14 September 2025")."""

    date: dt.date
    line_text: str
    is_publication: bool
    # "Updated 12 March 2026": the page's date, used only when the story gives no other.
    is_update: bool = False


def find_dates(article: Article) -> list[FoundDate]:
    """Every date written in the article, in reading order."""
    found: list[tuple[int, int, FoundDate]] = []
    for number, line in enumerate(article.lines, start=1):
        found.extend((number, start, date) for start, date in _dates_in_line(line, number))
    return [date for _, _, date in sorted(found, key=lambda item: (item[0], item[1]))]


def dates_in_line(line: str) -> list[FoundDate]:
    """Every date written in one line of text, in reading order (read as line 1)."""
    return [date for _, date in sorted(_dates_in_line(line, 1), key=lambda item: item[0])]


def date_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each date written in one line of text, in no particular order."""
    return [(start, start + len(date.text)) for start, date in _dates_in_line(line, 1)]


def _dates_in_line(line: str, number: int) -> list[tuple[int, FoundDate]]:
    """(where it starts, the date) of each date in ``line``, each span read by one form only."""
    found: list[tuple[int, FoundDate]] = []
    taken: list[tuple[int, int]] = []
    for pattern, precision in _FORMS:
        for match in pattern.finditer(line):
            if any(match.start() < stop and start < match.end() for start, stop in taken):
                continue
            date = _read(match, precision, line, number)
            if date is not None:
                taken.append(match.span())
                found.append((match.start(), date))
    return found


def find_dateline(article: Article) -> Dateline | None:
    """The article's own date: a full date after "Published", "date", "Updated" and the like,
    ending a byline ("By Ingrid Solberg, 11 March 2026") or a signature line ("— Secretary
    Marco Rubio (@SecRubio) July 25, 2025"). A publication date wins over an "Updated" stamp
    wherever each is written."""
    found: list[Dateline] = []
    for date in find_dates(article):
        value = date.value()
        if value is None:
            continue
        line = article.lines[date.line - 1]
        before = line[: line.index(date.text)]
        keyword = dateline_keyword(before)
        stripped = line.strip()
        # A situation report's "As of 4 December 2026, 18:00 local time" dates the report
        # (its figures' cut-off, which is a card too: not a date line that gives none).
        as_of = _AS_OF_LINE.fullmatch(before) is not None and (
            _AFTER_DATELINE.fullmatch(line[len(before) + len(date.text) :]) is not None
        )
        # (a list item "- Deadline for bids: 31 March 2027" is a label's value, no signature)
        is_signature = (
            stripped[:1] in "—–-" and stripped.endswith(date.text) and ":" not in stripped
        )
        is_byline = _BYLINE.match(stripped) is not None and stripped.endswith(date.text)
        alone = _is_date_alone(stripped, date.text)
        # "AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ -- Norvale ...": a wire or press
        # dateline at the top dates the story it opens, as a date alone on its line would.
        alone = alone or (
            in_head(article.lines, date.line)
            and line.find(date.text) + len(date.text) <= wire_lead_end(line)
        )
        broadcast = _BROADCAST_LINE.match(before) is not None
        if keyword or is_signature or is_byline or alone or as_of or broadcast:
            # "Date of notice" is a "date".
            words = keyword.group("word").casefold().split() if keyword else [""]
            word = words[-1] if words[0] == "for" else words[0]  # "for immediate release"
            word = "published" if broadcast else word
            found.append(
                Dateline(
                    date=value,
                    line_text=stripped,
                    # A date alone on its line dates the piece, as "Published" would;
                    # an "Updated" stamp or a post's signature does not.
                    is_publication=word in _PUBLISHED_WORDS or is_byline or (alone and not word),
                    is_update=word in ("update", "updated", "modified"),
                )
            )
    ranked = sorted(found, key=lambda line: (not line.is_publication, line.is_update))
    return ranked[0] if ranked else None


_BYLINE = re.compile(rf"By\s+[{CAPITAL}]")
_AS_OF_LINE = re.compile(r"\s*(?:Situation\s+)?[Aa]s\s+(?:of|at)\s+")


# What may follow the date on a date line: a time of day and its zone ("| 10:43 PM IST").
_AFTER_DATELINE = re.compile(
    # "at 06:05 GMT", "06.05 GMT", "— 6:05 a.m. EST": the time, however it is set off.
    # ("..., last updated 16:48 GMT": the time of the page's last edit.)
    rf"[\s|,—–-]*(?:(?:(?:last\s+)?(?:updated|modified)\s+)?(?:at\s+)?\d{{1,2}}[:.]\d{{2}}"
    rf"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[{CAPITAL}]{{2,4}})?"
    r"(?:\s+local\s+time)?)?\s*"
    # "Posted on December 2, 2026 by Anna Roberts": the byline after it.
    rf"(?:by\s+[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,3}}\s*)?"
    # "Published 20 July 2026 · Nairobi": the place it was filed from, after a separator.
    rf"(?:[·|•]\s*[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}][\w’'.-]*){{0,2}}\s*)?[*_]*\s*"
)


def is_date_line(line: str, date_text: str) -> bool:
    """True when ``date_text`` in ``line`` dates the page or a post rather than stating a fact:
    "Updated 14 September 2025", "First Published: Apr 07 2025 | 10:43 PM IST", a date alone
    on its line, or a post's signature ("— Secretary Marco Rubio (@SecRubio) July 25, 2025")."""
    stripped = line.strip()
    if _is_date_alone(stripped, date_text) or (
        stripped[:1] in "—–-" and stripped.endswith(date_text)
    ):
        return True
    at = line.find(date_text)
    if at > 0 and _BROADCAST_LINE.match(line[:at]):
        return True  # "Broadcast: Tuesday 1 December 2026, 07:42"
    if at > 0 and _WIRE_PLACE.fullmatch(line[:at]) and _WIRE_AFTER.match(line, at + len(date_text)):
        return True  # a wire story's dateline: "OSLO, March 11 (Reuters) - ..."
    keyword = dateline_keyword(line[:at]) if at >= 0 else None
    if keyword is None:
        return False
    if keyword.group("word").casefold() == "update" and line[at + len(date_text) :].startswith(":"):
        return True  # "UPDATE, Friday 4 December: ...": the label of a paragraph added later
    # In a sentence ("the report, published 3 May 2025, found ...") the date is a fact.
    return _AFTER_DATELINE.fullmatch(line[at + len(date_text) :]) is not None


# A wire dateline: the place in capitals (and its country), the date, the agency, a dash.
_WIRE_PLACE = re.compile(
    rf"\s*[{CAPITAL}][{CAPITAL}.'’ -]*[{CAPITAL}.](?:,\s*[{CAPITAL}]"
    rf"[\w.]*(?:\s+[{CAPITAL}][\w.]*)*)?,\s*"
)
_WIRE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s")


_WEEKDAY_BEFORE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"\.?,?\s+"
)


# A place named before a date line's date: one to three capitalised words and a comma.
_NAMED_PLACE = re.compile(rf"\s*[{CAPITAL}][\w.'’-]*(?:\s+[{CAPITAL}][\w.'’-]*){{0,2}},\s*")


_TIME_OF_DAY = re.compile(
    # ("Friday 4 December 2026, updated 11:40", "..., last updated 16:48 GMT": the time of the
    # page's last edit, after the date it was published.)
    r"(?:(?:,?\s+|\s*[—–|]\s*)(?:(?:last\s+)?(?:updated|modified)\s+)?(?:at\s+)?"
    r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"(?:\s+[{CAPITAL}]{{2,4}}(?:[+-]\d{{1,2}})?)?)?"
)


# Separators between the short fields of a release's heading, a PDF's running footer or a
# masthead ("THE WARSAW COURIER - Saturday 5 December 2026 - Profile").
_SEGMENT_BREAK = re.compile(r"\s+[|·•—–-]\s+")
_SEGMENT_WORDS = 6


def _is_date_segment(line: str, date_text: str) -> bool:
    """ "Press release | 5 November 2026 | For immediate release", "Norland Bank · Statement ·
    5 November 2026 · page 1": short fields set apart, one of them the date alone, are a
    heading or a footer, no sentence stating the date as a fact."""
    segments = [segment.strip() for segment in _SEGMENT_BREAK.split(line)]
    if len(segments) < 2 or any(
        len(segment.split()) > _SEGMENT_WORDS or segment.endswith(".") for segment in segments
    ):
        return False
    return any(date_text in segment and _is_date_alone(segment, date_text) for segment in segments)


def _is_date_alone(line: str, date_text: str) -> bool:
    """A line holding only a date, with or without its weekday ("Sunday, February 7, 2021")
    and a wire story's place in capitals before it ("OSLO, Tuesday 10 March 2026")."""
    if line == date_text:
        return True
    if _is_date_segment(line, date_text):
        return True
    # "November 17, 2026 3:42 PM UTC": a time of day after the date is still its date line.
    at = line.rfind(date_text)
    if at < 0 or not _TIME_OF_DAY.fullmatch(line[at + len(date_text) :]):
        return False
    before = line[:at]
    # The place may be written in capitals ("OSLO, ") or as a name ("Lusaka, ").
    place = _WIRE_PLACE.match(before) or _NAMED_PLACE.match(before)
    if place:
        before = before[place.end() :]
    return before == "" or _WEEKDAY_BEFORE.fullmatch(before) is not None


def _read(match: re.Match[str], precision: Precision, line: str, number: int) -> FoundDate | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
    year = int(parts["year"]) if parts.get("year") else None
    day = int(parts["day"]) if parts.get("day") else None
    try:
        dt.date(year or 2000, month, day or 1)  # 2000 is a leap year: 29 February passes
    except ValueError:
        return None
    text = match.group(0)
    return FoundDate(
        text=text,
        sentence=sentence_around(line, match.start(), match.end()),
        line=number,
        year=year,
        month=month,
        day=day,
        precision=precision,
    )
