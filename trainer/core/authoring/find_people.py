"""Named people with a role ("Secretary of State Marco Rubio") written in an article.

Each word of a line gets a class: T (a word of a title), C (another capitalised word),
P (a capitalised possessive), L (a joining word: of, and, /) or X (anything else); a
punctuation mark ends a run. A person is then a title run followed by two to four C words.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.letters import CAPITAL, SMALL

# A role holds at least one of these; the qualifier words below only qualify them.
_HEAD_WORDS = frozenset(
    {
        "Minister",
        "Secretary",
        "President",
        "Senator",
        "General",
        "Marshal",
        "Ambassador",
        "Governor",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Chief",
        "Commander",
        "Admiral",
        "Colonel",
        "Lieutenant",
        "Captain",
        "Major",
        "Director",
        "Chancellor",
        "Premier",
        "Mayor",
        "Judge",
        "Justice",
        "Envoy",
        "Adviser",
        "Advisor",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "Representative",
        "Congressman",
        "Congresswoman",
        "Speaker",
        "Leader",
        "King",
        "Queen",
        "Prince",
        "Secretary-General",
        "FM",
        "PM",
        "Member",
        "MP",
        # Councils, companies and police name their offices this way too.
        "Councillor",
        "Councilor",
        "Councilman",
        "Councilwoman",
        "Alderman",
        # Schools name theirs before the name too: "Headteacher Alison Crabtree".
        "Headteacher",
        "Headmaster",
        "Headmistress",
        "Commissioner",
        "Executive",
        "Officer",
        "Professor",
        "Inspector",
        "Superintendent",
        "Sheriff",
        # Police ranks: "Detective Sergeant Jo Bell", "Chief Constable Ann Roe".
        "Sergeant",
        "Constable",
    }
)
# Courtesy titles between a role and a name ("Minister of Health Dr. Chanda Mwiinga"): no
# part of the role or of the name a card answers.
# "Hon." (a minister), "H.E." (a governor, an ambassador), "Eng." (an engineer), "Cllr" (a
# councillor), "Canon" and "Rev" (clergy) are written the same way.
HONORIFICS = frozenset(
    {"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Dame", "Sir", "Hon", "H.E", "Eng", "Engr", "Cllr",
     "Canon", "Rev", "Revd", "Fr", "Amb", "Rt", "Captain", "Capt"}
)  # fmt: skip
# One courtesy title before a name, as a pattern ("Dr ", "Prof. ", "Professor "): what
# other finders take off a name they ask about or hide.
COURTESY_TITLE = (
    r"(?:(?:"
    + "|".join(
        re.escape(title) for title in sorted({*HONORIFICS, "Professor"}, key=len, reverse=True)
    )
    + r")\.?\s+)"
)
# Words that only qualify a role: "Deputy", "Foreign", "Senior".
_QUALIFIER_WORDS = frozenset(
    {
        "Deputy",
        "Vice",
        "Prime",
        "Foreign",
        "Defence",
        "Defense",
        "Finance",
        "Interior",
        "Home",
        "Trade",
        "Commerce",
        "Field",
        "Army",
        "Staff",
        "State",
        "Permanent",
        "Special",
        "National",
        "Security",
        "Senior",
        "Acting",
        "Former",
        "Parliament",
        "Principal",
        "Financial",
        "Operating",
        "Rear",
        "Cabinet",
        "Detective",
    }
)
TITLE_WORDS = _HEAD_WORDS | _QUALIFIER_WORDS
HEAD_WORDS = _HEAD_WORDS
# Words that make a capitalised run an organisation, not a person.
ORGANISATION_WORDS = frozenset(
    {
        "Council",
        "Committee",
        "Commission",
        "Ministry",
        "Department",
        "Office",
        "Agency",
        "Bank",
        "Fund",
        "Mission",
        "Assembly",
        "Court",
        "Party",
        "Government",
        "Embassy",
        "Institute",
        "University",
        "Company",
        "Group",
        "Forum",
        "Organisation",
        "Organization",
        "Union",
        "Times",
        "News",
        "Post",
        "Financial",
        "Front",
        "Dialogue",
        "Affairs",
        "House",
        "Kremlin",
        "Statement",
    }
)
# Capitalised words that start sentences or name no one.
_NOT_NAMES = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "After",
        "Before",
        "While",
        "However",
        "According",
        "Also",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "Both",
        "Despite",
        "During",
        "Under",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        *MONTHS,
    }
)
# ("for": "Commissioner for Trade Maros Sefcovic", "Minister for Health Jo Bell")
_JOINERS = frozenset({"of", "for", "and", "/"})
# Lower-case words a surname may start with.
NAME_PARTICLES = frozenset(
    {"de", "del", "van", "von", "der", "den", "du", "da", "di", "dos", "al", "bin", "ibn", "la"}
    | {"le", "ter"}
    # Welsh "Rhiannon ap Gwilym", Arabic "Noor bint Khalid", Portuguese "Maria das Dores",
    # Italian "Luca della Rocca", Swedish "Carl af Ekström".
    | {"ap", "ab", "ferch", "bint", "binti", "das", "do", "della", "dei", "zu", "vom", "ten", "af"}
)
# A role may end in "of" and its field ("Minister of Health") when a courtesy title (H) or
# a full name follows it; the name is then the two to four capitalised words after. A field
# may join two ("Minister of Social Affairs and Health Jo Bell"), and a title's own word
# ends where a courtesy title follows ("Chief Statistician Dr Jo Bell").
_ROLE_THEN_NAME = re.compile(
    r"(?P<qualifier>[CP]{0,2})(?P<role>T(?:[LC]?T)*"
    r"(?:L[CT]{1,2}(?:L[CT]{1,2})?(?=H)|LC(?:C?LC)?(?=C{2})|C(?=H))?)H?"
    r"(?P<name>C{2,4})(?!C)"
)
# Set off after a name, "Director of Earth Observation Programmes" is that person's office.
_AFTER_A_NAME = re.compile(rf"[{CAPITAL}][\w’'-]*,\s+$")
_TOKEN = re.compile(r"/|[^\s/]+")
_LEADING = "(“\"‘'["
_TRAILING = ",.;:!?)”\"’']"
_POSSESSIVE = re.compile(r"[’']s$")
# Irish surnames' particles, written with a capital: "Ó", "Uí" (a one-letter "Ó" is all
# capitals, yet it is no abbreviation).
_IRISH_PARTICLES = frozenset({"Ó", "Uí", "Ua"})
# A surname's particle between a person's name words ("Pieter de Vries", "Seán Ó Briain"),
# as a pattern: the one every finder spelling out a name uses.
SURNAME_PARTICLE = (
    "(?:" + "|".join(sorted(NAME_PARTICLES | _IRISH_PARTICLES, key=len, reverse=True)) + ")"
)
_ABBREVIATION = re.compile(rf"(?:[{CAPITAL}]\.){{2,}}")
_INITIAL = re.compile(rf"[{CAPITAL}]\.")


@dataclass(frozen=True, slots=True)
class FoundPerson:
    """A person named in the article with the role it gives them."""

    name: str
    role: str
    phrase: str
    sentence: str
    line: int

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    start: int
    end: int
    kind: str


def find_people(article: Article) -> list[FoundPerson]:
    """Every (role, name) pair in the article, in reading order."""
    found: list[FoundPerson] = []
    for number, line in enumerate(article.lines, start=1):
        words = _classify(line)
        classes = "".join(word.kind for word in words)
        for match in _ROLE_THEN_NAME.finditer(classes):
            first = words[match.start("qualifier")]
            role_words = words[match.start("qualifier") : match.end("role")]
            name_words = words[match.start("name") : match.end("name")]
            # "Minister for Emergency Planning Rory Gallagher-Twomey": a common noun opening
            # three or more capitalised words ends the office's field, never opens a name.
            while len(name_words) > 2 and is_field_word(name_words[0].text):
                role_words, name_words = [*role_words, name_words[0]], name_words[1:]
            if not any(word.text in _HEAD_WORDS for word in role_words) or any(
                word.text in ORGANISATION_WORDS for word in name_words
            ):
                continue
            if _AFTER_A_NAME.search(line, 0, first.start) and "L" in match.group("role"):
                continue  # "Dr Ann Vos, Director of Earth Observation": her office, no name
            start, end = first.start, name_words[-1].end
            found.append(
                FoundPerson(
                    name=" ".join(word.text for word in name_words),
                    role=line[first.start : role_words[-1].end],
                    phrase=line[start:end],
                    sentence=sentence_around(line, start, end),
                    line=number,
                )
            )
    return found


# Endings of English common nouns no given name has: "Planning", "Development",
# "Security", "Standards", "Affairs" (a plural after a consonant: "Hans" and "Niels" are
# shorter than six letters).
_FIELD_ENDING = re.compile(
    rf"[{CAPITAL}][{SMALL}]+(?:ing|ment|tion|sion|ance|ence|ity|ship|ness|ics|ism|ure|ogy)"
    rf"|[{CAPITAL}][{SMALL}]{{3,}}[^aeiousy\W]s"
)


def is_field_word(word: str) -> bool:
    """Whether ``word`` is a capitalised common noun of an office's field ("Planning" in
    "Minister for Emergency Planning"), never the first word of a person's name."""
    return _FIELD_ENDING.fullmatch(word) is not None


def _classify(line: str) -> list[_Word]:
    """The line's words with their classes; '|' marks where punctuation breaks a run."""
    words: list[_Word] = []
    for token in _TOKEN.finditer(line):
        text, start, end = token.group(0), token.start(), token.end()
        if text[0] in _LEADING:
            words.append(_Word("", start, start, "|"))
            text, start = text.lstrip(_LEADING), start + len(text) - len(text.lstrip(_LEADING))
        stripped = text.rstrip(_TRAILING)
        # An abbreviation ("U.S.") or a middle initial ("Jane Q. Public") keeps its full stop
        # and does not end the run.
        if _ABBREVIATION.fullmatch(text) or _INITIAL.fullmatch(text):
            stripped = text
        if text.rstrip(".") in HONORIFICS and text.count(".") <= 1 + ("." in text[1:-1]):
            words.append(_Word(text, start, end, "H"))
            continue
        broken = len(stripped) < len(text)
        if stripped:
            words.append(_Word(stripped, start, start + len(stripped), _kind(stripped)))
        if broken or not stripped:
            words.append(_Word("", end, end, "|"))
    # "Hendrik de Wit", "Ludwig van der Berg": a surname's particle between name words.
    for index in range(1, len(words) - 1):
        if words[index].text in NAME_PARTICLES and words[index - 1].kind == "C":
            after = next(
                (word for word in words[index + 1 :] if word.text not in NAME_PARTICLES), None
            )
            if after is not None and after.kind == "C":
                words[index] = dataclasses.replace(words[index], kind="C")
    return words


def _kind(word: str) -> str:
    if word in _JOINERS:
        return "L"
    if word in TITLE_WORDS:
        return "T"
    if not word[0].isupper() or word.rstrip(".") in _NOT_NAMES:
        return "X"
    if _POSSESSIVE.search(word):
        return "P"
    if _INITIAL.fullmatch(word):
        return "C"
    if word in _IRISH_PARTICLES:
        return "C"  # "Seán Ó Briain": a surname's particle, capitalised, yet no "US"
    if _ABBREVIATION.fullmatch(word) or word.isupper():
        # "US", "U.S.": qualifiers of a role, never part of a person's name.
        return "P"
    if not re.fullmatch(rf"[{CAPITAL}][\w’'-]*", word) or any(char.isdigit() for char in word):
        return "X"
    return "C"
