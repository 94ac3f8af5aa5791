"""Contact lines: who a journalist or an investor should call, never a fact of the story.

A release ends on lines such as "Media contact: Jo Reed, Head of Communications,
press@body.example", "Investor Contact: ..." or a heading ("Media enquiries:",
"CONTACTS") over a few lines of names, offices, e-mail addresses and telephone numbers.
A briefing never asks who answers the press office's telephone, so these lines are left out
of the story (blanked, so every other line keeps its number). A sentence in the story that
names someone to contact ("For further information, please contact Jo Reed, Head of
Communications.") is prose, and stays.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.article import Article
from trainer.core.authoring.letters import CAPITAL, SMALL

# Whom the line is for: the press, investors, donors (and a bare "Contact(s)").
_AUDIENCE = r"(?:media|press|news|investors?|donors?)"
_LABEL_WORDS = r"(?:contacts?|enquiries|inquiries|relations|office|desk|information)"
# "Media contact:", "Investor Contact:", "Media enquiries:", "Donor relations:", "Media:".
_LABEL = re.compile(
    rf"(?:for\s+)?{_AUDIENCE}(?:\s+{_LABEL_WORDS}){{0,2}}(?:,?\s+please\s+contact)?\s*:"
    r"|contacts?\s*:",
    re.IGNORECASE,
)
# A heading over the contact lines: "CONTACTS", "Media enquiries:", "For media enquiries,
# please contact:".
_HEADING = re.compile(
    rf"(?:for\s+)?(?:{_AUDIENCE}\s+)?(?:{_LABEL_WORDS}|contacts?)(?:,?\s+please\s+contact)?:?"
    rf"|(?:for\s+)?{_AUDIENCE}(?:,?\s+please\s+contact)?:?",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(rf"(?<=\.)\s+(?=[{CAPITAL}])")
# A line of an e-mail address or a telephone number and little else.
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_ADDRESS = re.compile(r"\S+@\S+\.\w+|\+?\d[\d ()-]{7,}\d")


def without_contact_lines(article: Article) -> Article:
    """The article with its press and investor contact lines blanked."""
    lines: list[str] = []
    under_heading = False
    for line in article.lines:
        text = line.strip()
        if not text:
            under_heading = False
        elif is_contact_heading(text):
            under_heading = True
            line = ""
        elif under_heading:
            line = ""
        elif is_contact_line(text):
            # "Media contact: GRA Regional Office. This update is based on ...": the
            # sentences after the contact's are the document's own, and stay.
            parts = _SENTENCE_BREAK.split(text)
            while parts and is_contact_line(parts[0]):
                parts.pop(0)
            line = " ".join(parts)
        lines.append(line)
    return dataclasses.replace(article, lines=tuple(lines))


def is_contact_heading(text: str) -> bool:
    """A line that is only a heading over contact lines ("Media enquiries:", "CONTACTS")."""
    text = text.strip()
    return _HEADING.fullmatch(text) is not None and text.rstrip(":").casefold() not in _NO_HEADING


# A label word alone ("Information", "Office") heads a section, not a contact block.
_NO_HEADING = frozenset({"information", "relations", "office", "desk", "enquiries", "inquiries"})


def is_contact_line(text: str) -> bool:
    """A labelled contact line ("Media contact: Jo Reed, ..."), or one that is an e-mail
    address (and telephone number) with a name or office at most."""
    if _LABEL.match(text.strip()):
        return True
    # (a telephone number alone may be the story's own help line: "Recall line: 0800 ...")
    rest = _ADDRESS.sub("", text)
    words = re.findall(rf"[{CAPITAL}{SMALL}]{{2,}}", rest)
    return _EMAIL.search(text) is not None and len(words) <= _ADDRESS_LINE_WORDS


# An address line names a person, an office and a place at most; a sentence that happens to
# hold a number ("call 0800 ... to book") has more words.
_ADDRESS_LINE_WORDS = 8
