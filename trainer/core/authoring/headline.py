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
    seen = 0
    for line in article.lines:
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > _LEADING_LINES:
            return None
        # Clutter first: a breadcrumb trail may run longer than any headline.
        if _is_page_furniture(text):
            continue
        return None if _reads_as_body(text) else text
    return None


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


def _is_other_page_text(text: str, in_link_list: bool) -> bool:
    """Navigation, a button, a byline, or a link to (or in a list of) other stories."""
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
        or _RELEASE_LABEL.search(text) is not None
        or _is_body_name(text)
    )


def _is_body_name(text: str) -> bool:
    """A line that is only the name of a body: "Department of Defence", "Ministry of Health",
    and a letterhead in capitals with its short form and place ("CENTRE FOR HOUSEHOLD
    ECONOMICS (CHE) - BRUSSELS")."""
    name = _LETTERHEAD_PLACE.sub("", text)
    name = _SHORT_FORM.sub("", name)
    words = name.split()
    return (
        len(words) <= 6
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
