"""People an article names in full once and by surname later, whatever it says of them.

News copy introduces a person in full ("Candidate Lena Vasquez Roy spoke first") and then
writes the surname alone ("Vasquez told the crowd"). A capitalised run whose surname comes
back on its own, with no capitalised word before it, is a person: the one "she" after a
quotation may mean, even when the article gives them no role.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_people import HONORIFICS, ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.person_names import MILITARY_RANKS, OCCUPATION_WORDS, core_name

_WORD = NAME_WORD
# Two to four capitalised words on one line: a given name, a surname, maybe a second one.
_RUN = re.compile(rf"(?<![\w’'])(?:{_WORD}[^\S\n]+){{1,3}}{_WORD}(?![\w’'-])")
# Capitalised words that open a sentence or name a day or a month, never a person's.
_NOT_NAME = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before",
     "While", "But", "And", "This", "That", "It", "He", "She", "They", "We", "I", "His",
     "Her", "Their", "Its", "Our", "As", "If", "When", "Under", "Of", "To", "Yet", "So",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
     "January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
     "Sep", "Sept", "Oct", "Nov", "Dec", "North", "South", "East", "West", "New", "Saint",
     "Published", "Updated", "Posted", "First", "Second", "Third", "Fourth", "Fifth",
     "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Sea", "Ocean", "River", "Lake", "Gulf",
     "Bay", "Island", "Islands", "Strait", "Region", "Province", "District", "City", "Street",
     "Road", "Economic", "Cooperation",
     # "Bantry, Co Cork", "County Kerry": an Irish or British county, never a person.
     "Co", "County"}
)  # fmt: skip
# What follows a surname that opens a sentence as its subject: "Vasquez, meanwhile, is",
# "Vasquez's team", "Vasquez said".
_AS_SUBJECT = re.compile(
    rf"[,’']|\s+(?:said|says|told|added|has|had|is|was|will|would|also|[{SMALL}]+ed)\b"
)
_NOT_PERSON = (
    _NOT_NAME | ORGANISATION_WORDS | TITLE_WORDS | HONORIFICS | OCCUPATION_WORDS | MILITARY_RANKS
)


def people_named_in_full(text: str) -> list[str]:
    """Each full name in ``text`` one of whose surnames (any word after the first) the text
    also writes alone, in the order the names first appear."""
    found: list[str] = []
    for match in _RUN.finditer(text):
        words = core_name(match.group(0)).split()
        # "Labour's Yusuf Carraway-Nolan", "Liberal Democrat Piotr Zieliński": whose the
        # person is, or a label, before the name is no part of it.
        while len(words) > 2 and _not_a_name(words[0], text):
            words = words[1:]
        if len(words) < 2 or any(_not_a_name(word, text) for word in words):
            continue
        name = " ".join(words)
        if name not in found and any(_alone(surname, text) for surname in words[1:]):
            found.append(name)
    return found


def full_name_of(surname: str, text: str) -> str | None:
    """The full name of the person ``text`` calls ``surname`` ("Vasquez" is Lena Vasquez
    Roy, a double surname kept whole); None when no full name holds it as a surname."""
    return next((name for name in people_named_in_full(text) if surname in name.split()[1:]), None)


def _not_a_name(word: str, text: str) -> bool:
    """A title, a body's or a calendar's word, a possessive ("Canada's"), or a word the
    text also writes in lower case ("Energy", "Centre", "Will"): no part of a person's name."""
    return (
        word.rstrip(".") in _NOT_PERSON
        or word.endswith(("’s", "'s"))
        or re.search(rf"(?<![\w’']){re.escape(word.lower())}(?![\w’'])", text) is not None
    )


def _alone(surname: str, text: str) -> bool:
    """``surname`` written with no part of a longer name right before or after it ("But
    Vasquez said", "Vasquez's team"; not "Vasquez Roy" or "Instituto Vasquez")."""
    pattern = rf"(?<![\w’']){re.escape(surname)}(?=['’]s\b|[^\w’'-]|$)(?![^\S\n]+[{CAPITAL}])"
    for match in re.finditer(pattern, text):
        ahead = text[: match.start()]
        before = re.search(rf"({_WORD})[^\S\n]+$", ahead)
        # ("Mrs Vasquez" is the surname alone: a courtesy title is no part of a name.)
        if before is not None and before.group(1) not in _NOT_NAME | HONORIFICS:
            continue
        # A sentence's first word is capitalised whatever it is ("Appeals under the new
        # regime ..."): there it is a surname only as the subject of what follows.
        opens = re.search(r"(?:^|\n|[.!?][”\"]?\s+|[“\"])\s*$", ahead) is not None
        if not opens or _AS_SUBJECT.match(text, match.end()):
            return True
    return False
