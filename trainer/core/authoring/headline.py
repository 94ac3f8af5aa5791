"""An article's headline, found the way a reader finds it: above the body, past the clutter.

Text copied from a web page often starts with things that are not the headline: a byline
("By Anwar Iqbal"), the date ("Updated 14 September 2025"), the site's breadcrumb trail
("Home / News / ...") or its buttons ("Share This"). The headline is the first short line
among them; once the body's prose begins there is none to find.

The same clutter, and the headlines of other stories the page links to ("Also Read" and the
list under it), is what drafting leaves out: see ``without_page_furniture``.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article, is_abbreviation
from trainer.core.authoring.find_dates import date_spans
from trainer.core.authoring.find_people import ORGANISATION_WORDS
from trainer.core.authoring.letters import CAPITAL, SMALL

# Longer than this is a paragraph, not a headline.
HEADLINE_MAX_CHARS = 120
# Headlines come first: no further down than this many non-blank lines.
_LEADING_LINES = 8

_BYLINE = re.compile(r"(?i)(?:by|written by|reported by|reporting by)\s+\S")
_BREADCRUMB_STEP = re.compile(r"\s(?:/|›|»|>|\|)\s")
_PAGE_FURNITURE = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "follow",
        "follow us",
        "short url",
        "print",
        "email",
        "listen",
        "listen to this article",
        "advertisement",
        "comments",
        "read more",
        "tweet",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "copy link",
    }
)
_READING_TIME = re.compile(r"(?i)\d+\s*min(?:ute)?s?\s+read\b")
# "Published in Brussels on 4 December 2026": the place a document was issued in.
_ISSUED_IN = re.compile(
    r"^(?P<verb>(?i:published|issued|released|posted))\s+in\s+"
    rf"[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}][\w’'.-]*){{0,2}}"
)
# Words around a date that a date line carries besides the date itself.
_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(?:date|dated|updated|last updated|published|posted|first published|on|at|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"am|pm|a\.m|p\.m|ist|pkt|pst|gmt|utc|est|edt|bst|cet)\b"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
# A press release's label line: "Press Release", "News release", "For immediate release".
_RELEASE_LABEL = re.compile(
    r"(?i)^(?:.{0,60}[-–—|:]\s*)?(?:(?:press|news|media)\s+release|press\s+statement|"
    r"for\s+immediate\s+release)\s*$"
)
# The place before a date line's date: "Dublin, Wednesday 4 March 2026".
_PLACE = re.compile(rf"^[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}},\s+")
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "&"})
# A heading over a list of links to other stories; the list runs until the prose resumes.
_LINK_LIST_HEADING = re.compile(
    r"(?i)(?:also read|read also|read more|must read|more from this section|more stories|"
    r"more on this(?: story)?|related(?: stories| articles| news| coverage)?|"
    r"recommended(?: stories)?|trending(?: now)?|you may also like|next story|explore news)"
    r"\s*:?"
)
# One link to another story on a line of its own: "Also Read: Trump's seduction of ...".
_LINK_LINE = re.compile(r"(?i)(?:also read|read also|read more|must read|related)\s*[:|–—-]\s*\S")


def find_headline(article: Article) -> str | None:
    """The article's headline, or None when its text starts straight with the body."""
    numbered = [(at, line.strip()) for at, line in enumerate(article.lines) if line.strip()]
    leading = [text for _, text in numbered[:_LEADING_LINES]]
    series: str | None = None
    for at, text in enumerate(leading):
        if _SERIES_NUMBER.fullmatch(text):
            series = series or text
            continue
        # Clutter first: a breadcrumb trail may run longer than any headline.
        if _is_page_furniture(text):
            continue
        if series and _AUTHOR_LINE.match(text):
            # "Housing Brief No. 4" over its authors: the series line is all the title given.
            return series
        if _reads_as_body(text):
            return None
        if _is_masthead(text, leading[at + 1 :]) or _is_section_label(text, leading[at + 1 :]):
            continue
        return _with_subtitle(text, article.lines, numbered[at][0])
    return None


def _is_furniture_or_series(text: str) -> bool:
    return _is_page_furniture(text) or _SERIES_NUMBER.fullmatch(text) is not None


def _is_section_label(text: str, below: list[str]) -> bool:
    """A section's name in capitals over the headline ("TRANSPORT", "WORLD NEWS"): one or
    two words, with a line that could be a headline right below it."""
    if len(text.split()) > 2 or not text.isupper() or any(char.isdigit() for char in text):
        return False
    return bool(below) and not _is_page_furniture(below[0]) and not _reads_as_body(below[0])


def _with_subtitle(text: str, lines: tuple[str, ...], number: int) -> str:
    """A headline whose colon ends its line ("SALT AND SILT:") goes on in the line right
    below it ("WHY SMALL PORTS KEEP LOSING TRADE")."""
    # (A PDF's text puts a blank line between the two.)
    below = [line.strip() for line in lines[number + 1 : number + 3] if line.strip()]
    if not text.endswith(":") or not below:
        return text
    rest = below[0]
    if not rest or _is_page_furniture(rest) or _reads_as_body(text + " " + rest):
        return text
    return f"{text} {rest}"


# The words a newspaper's or magazine's name ends with ("The Meridian Review").
_PUBLICATION_WORDS = frozenset(
    {
        "review", "times", "post", "journal", "gazette", "herald", "tribune", "magazine",
        "daily", "weekly", "chronicle", "observer", "monthly", "quarterly", "ledger",
        "express", "telegraph", "standard", "bulletin", "digest", "courier", "record",
        "wire", "newswire", "news", "service",
    }
)  # fmt: skip
_MASTHEAD_MAX_WORDS = 5


def _is_masthead(text: str, below: list[str]) -> bool:
    """A publication's name over its own date line ("THE MERIDIAN REVIEW" over "Profiles |
    Saturday 5 December 2026"), with the story's headline after that: a short line of
    capitals or one ending in a publication's word, a date or issue line right below it,
    and a line that could be a headline below those."""
    words = text.split()
    if len(words) > _MASTHEAD_MAX_WORDS or any(char.isdigit() for char in text):
        return False
    if not (text.isupper() or words[-1].casefold() in _PUBLICATION_WORDS):
        return False
    if not all(word[:1].isupper() or word.casefold() in _NAME_JOINERS for word in words):
        return False
    if not below:
        return False
    if not _is_furniture_or_series(below[0]):
        # "MERIDIAN BUSINESS WIRE" straight over the headline: a wire's or a paper's name in
        # capitals says itself what it is, with no date line under it.
        return (
            text.isupper()
            and words[-1].casefold() in _PUBLICATION_WORDS
            and not below[0].isupper()
            and not _reads_as_body(below[0])
        )
    after = next((line for line in below if not _is_furniture_or_series(line)), None)
    return after is not None and not _reads_as_body(after)


def _reads_as_body(text: str) -> bool:
    """A paragraph, or a sentence closed by a full stop: headlines are neither."""
    if len(text) > HEADLINE_MAX_CHARS:
        return True
    last_word = text.rsplit(maxsplit=1)[-1]
    return text.endswith(".") and not is_abbreviation(last_word.rstrip("."))


def without_page_furniture(article: Article) -> Article:
    """The article with its navigation and its links to other stories blanked out.

    Blanked lines are kept as empty ones, so every line keeps its number. Date lines stay:
    they carry the article's own date.
    """
    lines: list[str] = []
    in_link_list = False
    for line in article.lines:
        text = line.strip()
        if _LINK_LIST_HEADING.fullmatch(text):
            in_link_list = True
        elif in_link_list and text and _reads_as_body(text):
            in_link_list = False
        if text and _is_other_page_text(text, in_link_list):
            line = ""
        lines.append(line)
    return dataclasses.replace(article, lines=tuple(lines))


# A correction of the article itself: "Correction: An earlier version of this article
# misstated the fine as £115m" names a figure the story no longer claims. (A line saying
# when the article was amended stays: its date can be a fact of the story's timeline.)
_NOTE_ON_THE_ARTICLE = re.compile(
    r"(?:Correction|Clarification)\s*:"
    r"|An\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece)\b",
    re.IGNORECASE,
)


def _is_other_page_text(text: str, in_link_list: bool) -> bool:
    """Navigation, a button, a byline, a correction of the article itself, or a link to (or
    in a list of) other stories."""
    if _NOTE_ON_THE_ARTICLE.match(text):
        return True
    if _is_date_line(text):
        return False
    if in_link_list or _LINK_LINE.match(text):
        return True
    # A body sentence may hold a slash or two; a breadcrumb trail never ends a sentence.
    return _is_navigation(text) and not _ends_a_sentence(text)


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip('"”’)]').endswith((".", "!", "?"))


def _is_page_furniture(text: str) -> bool:
    """A byline, a date line, a breadcrumb trail, a reading time or a page's button; and a
    press release's letterhead: who issues it ("Department of Defence"), the label ("Press
    Release", "Northfield University - News release") and its place and date."""
    return (
        _is_navigation(text)
        or _is_date_line(text)
        or _is_date_line(_PLACE.sub("", text, count=1))
        or _is_date_line(_ISSUED_IN.sub(r"\g<verb>", text, count=1))
        or _is_date_line(_SECTION.sub("", text, count=1))
        or _RELEASE_LABEL.search(text) is not None
        or _is_body_name(text)
    )


# "Profiles | Saturday 5 December 2026": the section a magazine files a piece under.
_SECTION = re.compile(r"^[A-Z][\w&’' -]{0,30}?\s*[|·•]\s*")
# "Dr. Helen Arkwright, Senior Fellow": an author and her post, no headline.
_AUTHOR_LINE = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3},\s+[A-Z]"
)
# "POLICY BRIEF No. 14/2026", "Working Paper 2026/07", "Issue 212": a series' number line.
_SERIES_NUMBER = re.compile(
    r"(?i)(?:[A-Z][\w-]*\s+){0,3}(?:No\.?|Number|Issue|Paper|Vol\.?)\s*\d+(?:[/.-]\d+)?"
)


def _is_body_name(text: str) -> bool:
    """A line that is only the name of a body: "Department of Defence", "Ministry of Health",
    and a letterhead in capitals with its short form and place ("CENTRE FOR HOUSEHOLD
    ECONOMICS (CHE) - BRUSSELS")."""
    name = _LETTERHEAD_PLACE.sub("", text)
    bare = _SHORT_FORM.sub("", name)
    words = bare.split()
    # A body that gives its short form ("HALDEN INSTITUTE FOR FOOD AND TRADE POLICY
    # (HIFTP)") names itself in full, however long: headlines carry no such bracket.
    most = 10 if bare != name else 6
    return (
        len(words) <= most
        and any(word.title() in _BODY_WORDS for word in words)
        and all(word[:1].isupper() or word.casefold() in _NAME_JOINERS for word in words)
    )


# The words a body's name is made with (a think-tank's "Centre", a charity's "Trust").
_BODY_WORDS = ORGANISATION_WORDS | {
    "Centre", "Center", "Foundation", "Trust", "Authority", "Board", "Service", "Society",
    "Association", "Federation", "Council", "Bureau", "Directorate", "Secretariat",
}  # fmt: skip
# " - BRUSSELS", " | Geneva": the place a letterhead names after the body.
_LETTERHEAD_PLACE = re.compile(
    rf"\s+[-–—|]\s+[{CAPITAL}][\w’'.-]*(?:\s+[{CAPITAL}]"
    rf"[\w’'.-]*){{0,2}}$"
)
_SHORT_FORM = re.compile(rf"\s*\([{CAPITAL}][{CAPITAL}{SMALL}&]{{1,7}}\)")


def _is_navigation(text: str) -> bool:
    """A byline, a breadcrumb trail, a reading time or a page's button."""
    if text.casefold().rstrip(":") in _PAGE_FURNITURE:
        return True
    if _BYLINE.match(text) or _READING_TIME.search(text):
        return True
    return len(_BREADCRUMB_STEP.findall(text)) >= 2


def _is_date_line(text: str) -> bool:
    """A line holding a date and nothing else but the words and times that go with one."""
    spans = sorted(date_spans(text))
    if not spans:
        return False
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = end
    rest.append(text[last:])
    leftover = _TIME.sub(" ", _DATE_LINE_WORDS.sub(" ", " ".join(rest)))
    return not re.search(r"\w", leftover)
