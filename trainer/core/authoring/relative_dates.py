"""Dates an article gives relative to its own ("on Tuesday", "last year", "June 24 of next
year"), made absolute from its publication date, with the reasoning for the card's note."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.find_dates import MONTH_NAMES, MONTHS
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.page_modified import page_modified
from trainer.core.authoring.scene_setters import describes_a_day
from trainer.core.authoring.update_labels import update_label
from trainer.core.calendar_words import WEEKDAY_NAMES

WEEKDAYS = WEEKDAY_NAMES
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
# A weekday followed by its date ("Friday, June 24") is read with that date, not from here.
_WEEKDAY = re.compile(
    r"\b(?:(?P<prep>on|by|until|since|from|last|this|next)\s+)?"
    r"(?P<weekday>"
    + "|".join(WEEKDAYS)
    # (a date written out after it is the weekday's own: "Tuesday, 8 December"; a figure
    # after a comma is the next clause's: "closed on Tuesday, 87 per cent of ...")
    + r")\b(?![’']s)(?!,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
    + _MONTHS
    + r")\b|\d{1,2}(?:st|nd|rd|th)?\s*$|\d{1,2}[/.-]\d|(?:"
    + _MONTHS
    + r")\b))(?:\s+(?:night|morning|afternoon|evening)\b)?"
)
# "June 24 of next year", and the day first as British and Commonwealth copy writes it:
# "on 14 April this year".
_DAY_OF_RELATIVE_YEAR = re.compile(
    r"(?:(?P<month>" + _MONTHS + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?<![\d,.])(?P<day_first>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month_after>"
    + _MONTHS
    + r"))\s+(?:of\s+)?(?P<which>next|last|this)\s+year\b"
)
# "every Monday" names no day; "as of Wednesday" and "this year through Wednesday" time a
# figure, and happened on no day.
_GENERIC_WEEKDAY = re.compile(r"(?i)\b(?:a|an|every|each|any|or|and|as\s+of|through)\s+$")
# "on Wednesday next week": the weekday of the week named, not the nearest one.
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>next|last|this)\s+week\b")
_WEEK_SHIFT = {"next": 1, "last": -1, "this": 0}
_WEEKDAY_PAIR = re.compile(r"\s+(?:or|and)\s+(?:" + "|".join(WEEKDAYS) + r")\b")
# A comparison with how things stand: "against up to 45 minutes by bus today".
_COMPARED = re.compile(r"(?i)\b(?:against|than|compared|versus|vs)\b")
_STILL = re.compile(r"\bstill\b")
_TODAY = re.compile(r"\b[Tt]oday\b(?!['’]s)")
# Words that put a weekday after the article's date rather than before it.
_FUTURE = re.compile(
    # "with a tender to be published in January": an infinitive's "to be" done is to come.
    # "will be held", "will have been signed": the participle after "will" is no past.
    r"(?i)\b(?:will(?:\s+not)?(?:\s+(?:be|have\s+been)\s+[a-z]+)?"
    r"|would(?:\s+not)?(?:\s+be\s+[a-z]+)?|is to|are to|"
    # "An amber warning remains in place until Sunday lunchtime": what lasts until a day
    # lasts into the days to come.
    r"(?:remains?|stays?|continues?|is|are)(?:\s+[\w-]+){0,4}?\s+until\s|"
    # "Restoring everyone could take until Monday evening": what may be is to come ("could
    # not log in on Sunday" and "may have" look back; "May 10" is a month's day, so the
    # modal is matched in small letters only).
    r"(?-i:could|may|might)\s+(?!(?:not|have|never)\b)(?-i:[a-z]+)|"
    r"(?:is|are) set (?:to|for)|poised to|slated|scheduled|"
    # ("was due to be finished in March" looks back: its "was" decides.)
    r"(?<!was )(?<!were )(?<!had )(?<!was due )(?<!were due )(?<!was supposed )"
    rf"(?<!was expected )(?<!were expected )to be [{SMALL}]+(?:ed|en|t|n)|"
    r"expected|plans?|due|next|starting|beginning|effective|recommends?|urges?|urged|"
    # ("two weeks later", "a day later": after an earlier event, no future of the story's.)
    r"upcoming|(?<!s )(?<!week )(?<!month )(?<!day )(?<!year )later|takes? effect|"
    # "who takes up the post in May", "takes office in January": a post's start to come.
    r"takes?\s+up\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:post|role|job|position|office|"
    r"appointment)|takes?\s+office|"
    r"comes? into (?:force|effect)|"
    # "The candidates meet for their final debate on Monday": the present of what is
    # scheduled speaks of a day to come (a past meeting is "met").
    r"(?<!the )(?<!a )(?<!an )(?:meets?|begins?|starts?|resumes?|reopens?|opens?|kicks?\s+off|"
    r"go(?:es)?\s+to\s+the\s+polls|takes?\s+place)(?=\s+(?:on|for|in|at|with|again)\b)|"
    # What is warned of or forecast is to come, whatever the tense of the warning ("has
    # warned of heavy rain until Wednesday"); "cut its profit forecast on Tuesday" is past.
    r"(?:warn|forecast|predict)(?:s|ed|ing)?\s+(?:of|that)|"
    # What someone was asked to do is to come, whatever the asking's tense ("has asked the
    # chief executive to give evidence in January").
    r"(?:asked|invited|summoned|called\s+on)\s+(?:[\w’'.-]+\s+){1,4}?to\s+"
    r"(?!(?:the|a|an|her|him|them|it|its)\b)[a-z]{3,})\b"
)
# Words that put it before: a verb in the past ("signed on Tuesday", "ended on Monday").
_PAST = re.compile(
    r"\b(?:said|told|was|were|had|did|met|began|came|went|took|made|held|"
    # "..., followed by a visit in January": what comes next, no verb of the past.
    rf"(?!followed\s+by\b)[{SMALL}]{{2,}}ed)\b"
)


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A date written relative to the article's, resolved."""

    text: str
    sentence: str
    line: int
    value: dt.date
    note: str
    # How to ask it, when asking in place would not read ("Tuesday's election").
    prompt: str | None = None


# "in Tuesday's general election": the day of the thing it names, asked as "On what date
# was the general election?". The thing is the lower-case words after the weekday, up to a
# word that joins, a verb or a participle.
_POSSESSIVE_WEEKDAY = re.compile(
    r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")[’']s\s+"
    r"(?P<thing>(?:(?!(?:and|or|of|in|on|at|to|for|with|by|from|was|were|is|are|will|had|has"
    rf"|have|that|which|who|as|than|if|unless|when|while|because)\b)[{SMALL}][\w-]*(?<!ed)(?<!ly)(?:\s+|(?=[\s,.;:]|$))){{1,3}})"
)


def _long(value: dt.date) -> str:
    """ "Sunday 7 February 2021"."""
    return f"{WEEKDAYS[value.weekday()]} {value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def _nearest_tense_is_future(sentence: str, at: int) -> bool:
    """Whether the verb nearest the weekday at ``at`` speaks of the future: in "Norway will
    supply ... under an agreement signed on Tuesday" the signing is past, whatever "will"
    says of the supplying."""
    # The clause holding the weekday decides: in "X will pay ..., a premium to the closing
    # price on Monday" the price is past whatever "will" says of paying. A clause with no
    # verb of either tense speaks of the past, as news mostly does.
    if _ADVICE.match(sentence):
        return True  # "• Submit a meter reading on 31 December": advice is for what is to come
    begin, end = _clause_around(sentence, at)
    if not _has_marker(sentence[begin:end]) and not _NOUN_PHRASE.match(sentence, begin, end):
        # ", by March 14," after "the agency is set to rule on the cream, rilopraz": a
        # phrase with no verb goes with the verb before it, unless it describes a thing
        # ("…, a premium to the closing price on Monday").
        begin = 0
        if not _has_marker(sentence[:end]):
            # "From 1 January, the fee will rise": a phrase opening the sentence goes with
            # the verb after it.
            end = len(sentence)
    sentence, at = sentence[begin:end], at - begin
    markers = [(match.start(), True, match.end()) for match in _FUTURE.finditer(sentence)]
    future_spans = [(begin, end) for begin, _, end in markers]
    markers += [
        (match.start(), False, match.end())
        for match in _PAST.finditer(sentence)
        if not any(begin <= match.start() < end for begin, end in future_spans)
    ]
    # "was agreed on Monday and takes effect immediately": a verb joined by "and" after the
    # weekday has its own time, as has one in a clause describing a thing ("signed a deal on
    # Tuesday that will bring ..."); the verb before the weekday tells the weekday's.
    joined = re.compile(r"\s(?:and|but|that|which|who)\s").search(sentence, at)
    if joined and any(marker[0] < at for marker in markers):
        markers = [marker for marker in markers if marker[0] < joined.start()]
    if not markers:
        return False
    nearest = min(markers, key=lambda marker: min(abs(marker[0] - at), abs(marker[2] - at)))
    return nearest[1]


# A sentence or list item opening on a verb telling the reader what to do ("• Check whether
# ...", "Submit a reading on ..."): its dates are to come.
_ADVICE = re.compile(
    r"^\s*(?:[-•*–]\s+)?(?!(?:The|A|An|In|On|At|By|For|From|With|After|Before|During|Under|Over|"
    r"Since|Until|Some|Most|Many|All|No|Our|Their|Its|His|Her|This|That|These|Those)\b)"
    rf"[{CAPITAL}][{SMALL}]+(?<!s)(?<!ed)(?<!ing)\s+(?:a|an|the|your|whether|if|any)\s"
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–-]\s")
_NOUN_PHRASE = re.compile(r"\s*(?:a|an|the|its|their|his|her)\s", re.I)


def has_tense(text: str) -> bool:
    """Whether ``text`` holds any word that says past or future."""
    return _has_marker(text)


def _has_marker(clause: str) -> bool:
    return _FUTURE.search(clause) is not None or _PAST.search(clause) is not None


def _clause_around(sentence: str, at: int) -> tuple[int, int]:
    """(start, end) of the clause of ``sentence`` holding the position ``at``."""
    begin, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= at:
            begin = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return begin, end


def speaks_of_future(sentence: str, at: int) -> bool:
    """Whether the clause of ``sentence`` around position ``at`` speaks of the future
    ("which takes effect July 1", "will meet on May 5")."""
    return _nearest_tense_is_future(sentence, at)


def line_anchor(line: str, published: dt.date) -> tuple[dt.date, str]:
    """The date ``line``'s relative dates count from, and how a note says so: a paragraph
    labelled as added later ("UPDATE, Friday 4 December: ... today") counts from its label's
    date, any other line from the publication date."""
    label = update_label(line, published)
    if label is None:
        return published, f"was published on {_long(published)}"
    return label.date, f"was updated on {_long(label.date)} (the paragraph's label)"


def find_relative_dates(article: Article, published: dt.date) -> list[RelativeDate]:
    """Every weekday and "of next year" date in the article, resolved against ``published``."""
    found: list[RelativeDate] = []
    modified = page_modified(article, published)
    for number, line in enumerate(article.lines, start=1):
        anchor, dated = line_anchor(line, published)
        stamp = _long(anchor)
        for match in _DAY_OF_RELATIVE_YEAR.finditer(line):
            shift = {"next": 1, "last": -1, "this": 0}[match.group("which")]
            month = match.group("month") or match.group("month_after")
            day = match.group("day") or match.group("day_first")
            try:
                value = dt.date(anchor.year + shift, MONTHS[month], int(day))
            except ValueError:
                continue
            note = f"The article says “{match.group(0)}”; it {dated}, so that is {value.year}."
            found.append(
                RelativeDate(
                    match.group(0), sentence_around(line, *match.span()), number, value, note
                )
            )
        for match in _TODAY.finditer(line):
            sentence = sentence_around(line, *match.span())
            begin, end = _clause_around(sentence, match.start() - max(0, line.find(sentence)))
            clause = sentence[begin:end]
            if _STILL.search(clause) or (not _has_marker(clause) and _COMPARED.search(clause)):
                # "against 45 minutes by bus today", "is still used to test models today":
                # today's state, no day's event
                continue
            note = f"The article says “{match.group(0)}” and {dated}."
            found.append(
                RelativeDate(
                    match.group(0), sentence_around(line, *match.span()), number, anchor, note
                )
            )
        for match in _WEEKDAY.finditer(line):
            if (
                _GENERIC_WEEKDAY.search(line[: match.start()])
                or _WEEKDAY_PAIR.match(line, match.end())
                # "on a wet Tuesday morning": a feature's scene, described, not dated
                or (match.group("prep") is None and describes_a_day(line[: match.start()]))
            ):
                continue  # "always on a Monday or Friday" names no day in particular
            weekday = WEEKDAYS.index(match.group("weekday"))
            sentence = sentence_around(line, *match.span())
            week = _WEEK_AFTER.match(line, match.end())
            if week is not None and match.group("prep") in (None, "on", "by", "until", "from"):
                monday = anchor - dt.timedelta(days=anchor.weekday())
                value = monday + dt.timedelta(days=7 * _WEEK_SHIFT[week["which"]] + weekday)
                written = match.group(0) + week.group(0)
                note = f"The article says “{written.strip()}” and {dated}; that is {_long(value)}."
                found.append(RelativeDate(written, sentence, number, value, note))
                continue
            prep = (match.group("prep") or "").casefold()
            future = prep == "next" or (
                prep != "last"
                and _nearest_tense_is_future(sentence, match.start() - max(0, line.find(sentence)))
            )
            ahead = (weekday - anchor.weekday()) % 7
            since = anchor + dt.timedelta(days=ahead)
            if future:
                # "next Monday" written on a Monday is a week on, not the same day.
                value = anchor + dt.timedelta(days=ahead or (7 if prep == "next" else 0))
            elif prep != "last" and modified is not None and anchor < since <= modified:
                # "In a statement on Friday morning" on a page published on Thursday and
                # modified on Friday: the story was brought up to that Friday.
                value = since
            else:
                value = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
            which = (
                "the same day"
                if value == anchor
                else ("the next one" if future else "the one before")
            )
            note = f"The article says “{match.group(0)}” and {dated}; {which} is {_long(value)}."
            if value == since and not future and value != anchor:
                note = (
                    f"The article says “{match.group(0)}”; it was published on {stamp} and "
                    f"modified on {_long(modified or value)}, so this is {_long(value)}, "
                    f"not the {match.group('weekday')} before publication."
                )
            found.append(RelativeDate(match.group(0), sentence, number, value, note))
        for match in _POSSESSIVE_WEEKDAY.finditer(line):
            sentence_start = line.find(sentence_around(line, *match.span()))
            clause_start = max(0, sentence_start, line.rfind(",", 0, match.start()))
            if _FIGURE_BEFORE.search(line, clause_start, match.start()):
                continue  # "worth $3.2 billion at Friday's close": when a figure was taken
            found.append(_possessive_weekday(match, line, number, anchor, dated))
    return found


_FIGURE_BEFORE = re.compile(r"\d\s?(?:%|per\s?cent|pc|bn|m|million|billion)?\b")


def _possessive_weekday(
    match: re.Match[str], line: str, number: int, published: dt.date, dated: str
) -> RelativeDate:
    """ "Tuesday's general election", resolved as "on Tuesday" would be, and asked of the
    thing it names."""
    weekday = WEEKDAYS.index(match.group("weekday"))
    sentence = sentence_around(line, *match.span())
    future = _nearest_tense_is_future(sentence, match.start() - max(0, line.find(sentence)))
    if future:
        value = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    else:
        value = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    thing = " ".join(match.group("thing").split())
    which = "the same day" if value == published else ("the next" if future else "the last")
    note = (
        f"The article says “{match.group('weekday')}’s {thing}” and {dated}; "
        f"{which} {match.group('weekday')} is {_long(value)}."
    )
    prompt = f"On what date {'is' if future else 'was'} the {thing}?"
    written = line[match.start() : match.start("thing")].strip()
    return RelativeDate(written, sentence, number, value, note, prompt)


@dataclass(frozen=True, slots=True)
class RelativeYear:
    """ "last year" (or next, or this), resolved: the year, and how to ask for it."""

    text: str
    sentence: str
    line: int
    value: int
    question: str
    note: str


_RELATIVE_YEAR = re.compile(r"(?<!of )\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+year(?P<own>['’]s)?\b")


# "early next year", "late last year", "mid-next year": a rough time of a year.
_HEDGED = re.compile(r"\b(?:early|late|later|mid-?)\s*$", re.IGNORECASE)


def find_relative_years(article: Article, published: dt.date) -> list[RelativeYear]:
    """Every "last year", "next year" and "this year" the text uses on its own."""
    found: list[RelativeYear] = []
    for number, line in enumerate(article.lines, start=1):
        for match in _RELATIVE_YEAR.finditer(line):
            if _DAY_OF_RELATIVE_YEAR.search(line[max(0, match.start() - 20) : match.end()]):
                continue  # "June 24 of next year" is a date, read above
            if re.search(rf"\b(?:{_MONTHS})\s+(?:of\s+)?$", line[: match.start()]):
                continue  # "the end of June next year": a month, read with the periods
            which = match.group("which").casefold()
            if which == "this":
                continue  # its answer would be the year the article is dated: no fact
            if inside_quotation(line, match.start()):
                continue  # the speaker's words: a prompt cut from them reads as a broken quote
            if _HEDGED.search(line[: match.start()]):
                continue  # "early next year": a plan's rough timing, not a year it names
            year = published.year + {"last": -1, "next": 1, "this": 0}[which]
            question = "which year's" if match.group("own") else "in which year"
            note = (
                f"The article says “{match.group(0)}” and was published in "
                f"{published.year}, so that is {year}."
            )
            found.append(
                RelativeYear(
                    match.group(0),
                    sentence_around(line, *match.span()),
                    number,
                    year,
                    question,
                    note,
                )
            )
    return found
