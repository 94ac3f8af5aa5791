"""Months and quarters an article names without a year ("cut rations in October", "plans to
file in the third quarter"), read from its publication date: the one before it when the
clause speaks of the past, the next one when it speaks of the future, with the reasoning for
the card's note. A month the clause calls habitual ("the season normally ends in October",
"which begins in June") is no one month: it is asked as the month's name. A season is
asked as a season and its year, whether the article gives the year ("expected to start in
spring 2027") or it is read from the publication date ("break ground next spring").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.relative_dates import has_tense, speaks_of_future
from trainer.core.authoring.scene_setters import sets_a_scene
from trainer.core.calendar_words import MONTH_NAMES

_MONTH = re.compile(
    # Not "since June": the start of a period a figure is counted over, no event of its own.
    # "by the end of January": the part of the month goes with the question.
    # "will leave at the end of March": "at" only with the part of the month.
    r"\b(?P<prep>in|until|by|during|at(?=\s+the\s+(?:end|start|beginning|middle)\s+of\s))"
    r"\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?P<month>"
    + "|".join(MONTH_NAMES)
    # Not a day or a year after it (the date finder reads those), nor "May's figures", nor
    # a pair or span of months ("between holidays in June and October").
    + r")\b(?!\s*\d|,?\s+(?:19|20)\d{2}|[’']s|\s+(?:of\s+)?(?:last|next|this)\s+year"
    + r"|\s+(?:and|or|to|through)\s+(?:"
    + "|".join(MONTH_NAMES)
    + rf")\b|\s*[-–]\s*[{CAPITAL}])"
)
_QUARTER = re.compile(
    r"\b(?P<prep>in|by|during|for|until)\s+the\s+(?P<which>first|second|third|fourth)\s+quarter"
    r"\b(?!\s+(?:of\s+)?(?:19|20)\d{2}|[’']s|\s+of\s+(?:last|next|this)\s+year)"
)
# "break ground next spring", "opened last autumn". Winter straddles two years: no one
# answer, so it is left alone.
_SEASON = re.compile(r"\b(?P<which>next|last)\s+(?P<season>spring|summer|autumn|fall)\b")
# "expected to begin in spring 2027", "by autumn 2028", "in the summer of 2027": a season
# with its year, a time a plan is set for that no date finder reads.
_YEARED_SEASON = re.compile(
    r"\b(?P<prep>in|by|from|until|during|before)\s+(?:the\s+)?(?P<text>(?P<part>(?:early|late)\s+)?"
    r"(?P<season>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))\b"
    r"(?![’']s|\s*[-–/]\s*\d)"
)
_SEASON_SPAN = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:spring|summer|autumn|winter)\s+(?:of\s+)?\d{4}\s+(?:to|until)\s+"
)
# The month each season starts in, as the northern hemisphere's press counts them.
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
# "by the end of June next year": a month of the year before or after the article's.
# Not after a day ("on 14 April this year"): a whole date, read with the relative dates.
_MONTH_OF_RELATIVE_YEAR = re.compile(
    r"(?<!\d\s)(?<!\d(?:st|nd|rd|th)\s)\b(?P<month>"
    + "|".join(MONTH_NAMES)
    + r")\s+(?:of\s+)?(?P<which>next|last|this)\s+year\b"
    r"(?![’']s)"
)
# "in the first half of next year": half a year, named from the article's year.
_HALF = re.compile(
    r"\b(?:in\s+|by\s+|during\s+|for\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+"
    r"(?P<which>next|last|this)\s+year\b"
)
_SHIFT = {"next": 1, "last": -1, "this": 0}
_SIMPLE_PAST = re.compile(r"\b(?:had|was|were|did)\b")
# "to examine", not "to her" or "to the board": an infinitive's verb.
_INFINITIVE = re.compile(
    rf"\bto\s+(?!(?:the|a|an|her|him|them|it|its|his|their|me|us|you|be|date)\b)[{SMALL}]{{3,}}\b"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# A clause telling what happens every year, not once.
_HABITUAL = re.compile(
    r"\b(?:normally|usually|typically|generally|traditionally|always|each year|every year|"
    r"annually)\b"
)
# "Construction begins in January", "the rainy season, which begins in June": a present
# tense before a month says what is still to come.
_PRESENT_BEFORE = re.compile(
    r"\b(?:begins|ends|starts|opens|closes|runs|peaks|lasts|arrives|"
    r"returns|is|are)\s+$"
)


@dataclass(frozen=True, slots=True)
class UnyearedPeriod:
    """A month or quarter as written, where, and the answer it resolves to."""

    text: str  # the words to ask about, preposition left out ("October", "the third quarter")
    sentence: str
    line: int
    kind: str  # "date" (a month of a year), or "text" (a habitual month, a quarter)
    value: str  # "2025-10", "October", "the third quarter of 2026"
    question: str
    note: str


def find_unyeared_periods(article: Article, published: dt.date) -> list[UnyearedPeriod]:
    """Every month and quarter named without its year, in reading order."""
    found: list[UnyearedPeriod] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _MONTH.finditer(line):
            if period := _month(match, line, number, published):
                found.append(period)
        for match in _QUARTER.finditer(line):
            found.append(_quarter(match, line, number, published))
        for match in _SEASON.finditer(line):
            if season := _season(match, line, number, published):
                found.append(season)
        for match in _YEARED_SEASON.finditer(line):
            if season := _yeared_season(match, line, number):
                found.append(season)
        for match in _MONTH_OF_RELATIVE_YEAR.finditer(line):
            found.append(_month_of_year(match, line, number, published))
        for match in _HALF.finditer(line):
            found.append(_half(match, line, number, published))
    return found


def _month_of_year(
    match: re.Match[str], line: str, number: int, published: dt.date
) -> UnyearedPeriod:
    year = published.year + _SHIFT[match.group("which")]
    month = MONTH_NAMES.index(match.group("month")) + 1
    note = (
        f"The article says “{match.group(0)}” and was published in {published.year}, "
        f"so that is {match.group('month')} {year}."
    )
    sentence = sentence_around(line, match.start(), match.end())
    return UnyearedPeriod(
        match.group(0), sentence, number, "date", f"{year:04d}-{month:02d}", "what month", note
    )


def _half(match: re.Match[str], line: str, number: int, published: dt.date) -> UnyearedPeriod:
    year = published.year + _SHIFT[match.group("which")]
    value = f"{match.group('half')} half of {year}"
    note = (
        f"The article says “{match.group(0).strip()}” and was published in {published.year}, "
        f"so that is the {value}."
    )
    sentence = sentence_around(line, match.start(), match.end())
    return UnyearedPeriod(
        match.group(0), sentence, number, "text", value, "in which half of which year", note
    )


def _season(
    match: re.Match[str], line: str, number: int, published: dt.date
) -> UnyearedPeriod | None:
    sentence = sentence_around(line, match.start(), match.end())
    if inside_quotation(sentence, match.start() - line.find(sentence)):
        return None
    season = match.group("season")
    start = _SEASON_STARTS[season]
    if match.group("which") == "next":
        year = published.year + (start <= published.month)  # the next one to begin
    else:
        year = published.year - (start + 2 >= published.month)  # the last one to end
    value = f"{season} {year}"
    note = (
        f"The article says “{match.group(0)}” and was published in {published:%B %Y}, "
        f"so that is {value}."
    )
    return UnyearedPeriod(match.group(0), sentence, number, "text", value, "in which season", note)


def _yeared_season(match: re.Match[str], line: str, number: int) -> UnyearedPeriod | None:
    sentence = sentence_around(line, match.start(), match.end())
    if inside_quotation(sentence, match.start() - line.find(sentence)):
        return None
    if _SEASON_SPAN.search(line[max(0, match.start() - 40) : match.end() + 40]):
        return None  # "postponed from spring 2025 to autumn 2026": a change, not a time
    text = match.group("text")
    part = (match.group("part") or "").strip()
    value = " ".join(w for w in (part, match.group("season"), match.group("year")) if w)
    # (The preposition stays in the prompt: "expected to start in which season?")
    return UnyearedPeriod(text, sentence, number, "text", value, "which season", "")


def _month(
    match: re.Match[str], line: str, number: int, published: dt.date
) -> UnyearedPeriod | None:
    sentence = sentence_around(line, match.start(), match.end())
    at = match.start("month") - line.find(sentence)
    if inside_quotation(sentence, at):
        return None  # the speaker's words: a prompt cut from them reads as a broken quote
    if sets_a_scene(line[: match.start("month")]):
        return None  # "On a cold morning in March, ...": a feature's scene, no event's date
    name = match.group("month")
    month = MONTH_NAMES.index(name) + 1
    clause = re.split(r"[,;:]", sentence[:at])[-1]
    if match.group(0) != f"{match.group('prep')} {name}" and re.search(r"\d", clause):
        return None  # "work at 164 sites by the end of September": when a count was taken
    if _HABITUAL.search(clause):
        note = f"The article says “{match.group(0)}” of what happens every year."
        return UnyearedPeriod(name, sentence, number, "text", name, "which month", note)
    year = published.year
    # A deadline in a sentence with no tense ("convene carriers by June") is still to come.
    # "has been banned until September", "needs the money by October": a deadline or the
    # end of what goes on is to come, unless told in the past ("was closed until May").
    # "had asked the office to examine the award by the end of January": what someone was
    # asked to do by a month is to come, whatever the asking's tense.
    past = list(_SIMPLE_PAST.finditer(sentence, 0, at))
    deadline = match.group("prep") in ("by", "until") and (
        not has_tense(sentence)
        or not past
        or _INFINITIVE.search(sentence, past[-1].end(), at) is not None
    )
    present = _PRESENT_BEFORE.search(clause[: -len(match.group("prep")) - 1]) is not None
    if deadline or present or speaks_of_future(sentence, at):
        year += month < published.month  # "will present the results in May", said in June
        which = "the next"
    else:
        year -= month > published.month  # "cut rations in October", said in March
        which = "the last"
    note = (
        f"The article says “{match.group(0)}” and was published in {published:%B %Y}; "
        f"{which} {name} is {name} {year}."
    )
    return UnyearedPeriod(
        name, sentence, number, "date", f"{year:04d}-{month:02d}", "which month", note
    )


def _quarter(match: re.Match[str], line: str, number: int, published: dt.date) -> UnyearedPeriod:
    sentence = sentence_around(line, match.start(), match.end())
    at = match.start("which") - line.find(sentence)
    quarter = _ORDINALS[match.group("which")]
    first, last = quarter * 3 - 2, quarter * 3
    year = published.year
    if speaks_of_future(sentence, at):
        year += last < published.month
    else:
        year -= first > published.month
    text = match.group(0)[len(match.group("prep")) :].strip()
    note = (
        f"The article says “{match.group(0)}” and was published in {published:%B %Y}, "
        f"so that is {text} of {year}."
    )
    return UnyearedPeriod(
        text, sentence, number, "text", f"{text} of {year}", "which quarter", note
    )
