"""People as news copy names them: a full name for a surname, a speaker's gender where the
article shows it, and the person a sentence is about.

A wire story names a person in full once ("Independent candidate Valeria Contreras won"),
then by surname ("Contreras told supporters"); titles before the name ("Dr", "Minister")
and post-nominals after it ("Ciarán Moynihan TD") are no part of it. "He said" after a quote
means the person the text was last about whose gender fits: "her brother's family" makes
Ayse Korkmaz a she, "Mr Lund" a he.
"""

from __future__ import annotations

import re

from trainer.core.authoring.article import sentence_spans
from trainer.core.authoring.find_people import (
    HONORIFICS,
    ORGANISATION_WORDS,
    SURNAME_PARTICLE,
    TITLE_WORDS,
)
from trainer.core.authoring.letters import CAPITAL, NAME_WORD, SMALL
from trainer.core.authoring.thing_pronouns import BODY_KINDS

# Letters after a name that are a rank, a degree or an office, not a name: "TD", "MP", "QC".
POST_NOMINAL = re.compile(rf"[{CAPITAL}]{{2,4}}")
_WORD = NAME_WORD
# A whole name: two to four words of a name (letters.NAME_WORD: "Pål", "Žemaitytė"), with a
# surname's particle between ("Pieter de Vries").
PERSON_NAME = rf"{NAME_WORD}(?:\s+(?:{SURNAME_PARTICLE}\s+)?{NAME_WORD}){{1,3}}"
# Ranks an armed force or police writes before a name ("Brigadier Fiona Strachan",
# "Lt-Col Aamir Qureshi"): like "Dr", no part of the name a card answers. Only before a name
# of at least two more words, so "General" alone (a surname, "Attorney General") is kept.
MILITARY_RANKS = frozenset(
    {"Brigadier", "Brig", "Colonel", "Col", "Lt-Col", "Lt.-Col", "Lieutenant-Colonel",
     "Major", "Maj", "Maj-Gen", "Major-General", "Lieutenant", "Lt", "Captain", "Capt",
     "Commander", "Cdr", "Cmdr", "Commodore", "Admiral", "Adm", "Vice-Admiral",
     "Rear-Admiral", "General", "Gen", "Lt-Gen", "Lieutenant-General", "Sergeant", "Sgt",
     "Corporal", "Cpl", "Private", "Pte", "Marshal", "Air", "Wing", "Squadron", "Group",
     "Vice-Marshal", "Air-Marshal", "Flight", "Superintendent", "Detective"}
)  # fmt: skip
# What a person does, capitalised as the sentence's first word or a label before the name
# ("Businessman Abraham Kpadeh came third", "Opposition TD Colm Rafferty"): no part of it.
OCCUPATION_WORDS = frozenset(
    {"Businessman", "Businesswoman", "Entrepreneur", "Billionaire", "Tycoon", "Banker",
     "Economist", "Analyst", "Lawyer", "Activist", "Campaigner", "Journalist", "Novelist",
     "Author", "Actor", "Actress", "Singer", "Farmer", "Pastor", "Cleric", "Opposition",
     "Incumbent", "Candidate", "Challenger", "Veteran", "Independent", "Lawmaker",
     "Legislator", "Former", "Ex-minister", "Philanthropist", "Investor", "Scientist"}
    # A party's member, the same way: "The Liberal Democrat Piotr Zieliński came third".
    | {"Democrat", "Republican", "Conservative", "Tory", "Labour", "Liberal", "Socialist",
       "Nationalist", "Unionist"}
)  # fmt: skip
_FEMALE_TITLES = frozenset({"Ms", "Mrs", "Miss", "Dame", "Madam"})
_MALE_TITLES = frozenset({"Mr", "Sir"})
_FEMALE_WORDS = re.compile(
    r"\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|"
    r"mother|wife|daughter|sister|grandmother|widow|Queen|Princess)\b"
)
_MALE_WORDS = re.compile(
    r"\b(?:spokesman|chairman|congressman|councilman|businessman|actor|father|husband|son|"
    r"brother|grandfather|widower|King|Prince)\b"
)
_PRONOUN = re.compile(r"\b(?:he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
# Capitalised words that open a sentence without naming its subject.
_NOT_SUBJECT = frozenset(
    {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before",
     "While", "But", "And", "This", "That", "It", "He", "She", "They", "We", "I", "His",
     "Her", "Their", "Its", "Speaking", "According", "As", "Some", "Many", "Most", "Of",
     "When", "If", "Under", "Schools", "Seismologists", "Voters", "Residents", "Officials"}
)  # fmt: skip
# A sentence's subject when it is a person: "Ferrada conceded", "Ayse Korkmaz, a teacher,",
# "Jo Reed, chair of the committee,", "Kamala Pun, 52, said" (an age between commas).
_SUBJECT = re.compile(
    rf"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
    rf"(?:\s+[{CAPITAL}]{{2,4}})?(?:,\s+\d{{1,3}},)?"
    rf"(?=,\s+(?:a|an|the|who|[{SMALL}]+[’']s|[{SMALL}]+\s+(?:of|at))\s|\s+(?:[{SMALL}]+ed|said|says|told)\b)"
)
# "Survivors described ...", "Witnesses said ...": one plural word is a group, not a person
# a "he" or "she" could mean.
_PLURAL_WORD = re.compile(
    rf"[{CAPITAL}][{SMALL}]+[^s’'\s]s|[{CAPITAL}][{SMALL}]*(?:men|people|folk)|Police|Children|Staff|Crew"
)


def core_name(name: str) -> str:
    """ "Dr Priya Ramanathan" is Priya Ramanathan; "Ciarán Moynihan TD" is Ciarán Moynihan."""
    words = name.split()
    while len(words) > 1 and (
        words[0].rstrip(".") in HONORIFICS
        or words[0] in TITLE_WORDS
        or ("-" in words[0] and words[0].split("-", 1)[1][:1].islower())  # "Co-author"
        or (words[0].rstrip(".") in MILITARY_RANKS and len(words) > 2)
        # "Opposition TD Colm Rafferty": a label or post-nominal written before a full name.
        or (
            len(words) > 2
            and (words[0] in OCCUPATION_WORDS or POST_NOMINAL.fullmatch(words[0]) is not None)
        )
    ):
        words = words[1:]
    while len(words) > 1 and POST_NOMINAL.fullmatch(words[-1]):
        words = words[:-1]
    return " ".join(words)


def full_name(surname: str, text: str) -> str | None:
    """The fuller name the article gives someone it also calls ``surname``: the capitalised
    words right before it that are no title ("candidate Valeria Contreras" → "Valeria
    Contreras"); None when the article never writes more."""
    best: str | None = None
    # Within one line: a PDF's "... Digital Economy Program" above "Daniel Reyes" is no name.
    for match in re.finditer(rf"((?:{_WORD}[^\S\n]+){{1,2}}){re.escape(surname)}(?![\w’'])", text):
        given = [
            word
            for word in match.group(1).split()
            if word.rstrip(".") not in HONORIFICS
            and word not in TITLE_WORDS
            and word not in ORGANISATION_WORDS
            and word not in _NOT_SUBJECT
            and word not in OCCUPATION_WORDS
            and POST_NOMINAL.fullmatch(word) is None
        ]
        # Only the words next to the surname: "Minister Kelvin Davis" is "Kelvin Davis".
        kept: list[str] = []
        for word in reversed(match.group(1).split()):
            if word not in given:
                break
            kept.insert(0, word)
        if kept and (best is None or len(kept) + 1 > len(best.split())):
            best = " ".join([*kept, surname])
    return best or _family_name_first(surname, text)


def _family_name_first(family: str, text: str) -> str | None:
    """The full name a family name opens, where the article writes it first and calls the
    person by it later ("Nguyễn Thị Thu Hà ... Nguyễn said", "Xi Jinping ... Xi said")."""
    names: set[str] = set()
    for match in re.finditer(
        rf"(?<![\w’'-]){re.escape(family)}((?:[^\S\n]+{_WORD}){{1,3}})(?![\w’'])", text
    ):
        given = match.group(1).split()
        if any(word in ORGANISATION_WORDS or word in TITLE_WORDS for word in given):
            continue  # "Morgan Stanley Bank", "Lee Minister": no person's given names
        names.add(" ".join([family, *given]))
    return names.pop() if len(names) == 1 else None


def gender_of(name: str, text: str) -> str | None:
    """ "f", "m" or None: from a courtesy title, a gendered word in the words right after the
    name, or the first pronoun after it in the same sentence with no other name between."""
    forms = [name, name.split()[-1]]
    votes: set[str] = set()
    for form in forms:
        pattern = (
            rf"(?<![\w’'])(?:(?P<title>[{CAPITAL}][{SMALL}]+)\.?\s+)?{re.escape(form)}"
            rf"(?![\w’'])"
        )
        for match in re.finditer(pattern, text):
            title = match.group("title")
            if title in _FEMALE_TITLES:
                votes.add("f")
            elif title in _MALE_TITLES:
                votes.add("m")
            rest = _sentence_rest(text, match.end())
            role = rest[:80].split(" said")[0]
            if rest.startswith(",") and _FEMALE_WORDS.search(role):
                votes.add("f")
            elif rest.startswith(",") and _MALE_WORDS.search(role):
                votes.add("m")
            # A pronoun speaks of the name only when the name is the sentence's subject, and
            # never after a quotation (there it is the quote's speaker).
            rest = re.split(r"[“”\"]", rest)[0]
            pronoun = _PRONOUN.search(rest) if _is_subject(text, match.end() - len(form)) else None
            if pronoun and _REPORTER_ASIDE.match(rest, pronoun.start()):
                pronoun = None  # "Fuimaono-Strachan, he said, was ...": he is another
            if pronoun and not re.search(rf"\s{_WORD}\s+{_WORD}", rest[: pronoun.start()]):
                word = pronoun.group(0).casefold()
                votes.add("f" if word.startswith(("she", "her")) else "m")
    return votes.pop() if len(votes) == 1 else None


# ", he said," set in a sentence about a person: the pronoun is whoever reports it.
_REPORTER_ASIDE = re.compile(
    r"(?i)(?:he|she)\s+(?:said|says|added|adds|told|tells|explained|noted|argued|wrote)\b"
)


def _is_subject(text: str, at: int) -> bool:
    """Only capitalised words (a role, a title) stand between the sentence's start and ``at``."""
    starts = [m.end() for m in re.finditer(r"[.!?][”\"]?\s+|\n", text[:at])]
    before = text[starts[-1] if starts else 0 : at]
    return re.fullmatch(rf"(?:[{CAPITAL}][\w’'.-]*\s+)*", before) is not None


def _sentence_rest(text: str, at: int) -> str:
    end = re.search(r"[.!?][”\"]?(?:\s|$)", text[at:])
    return text[at : at + end.start()] if end else text[at:]


def pronoun_gender(pronoun: str) -> str:
    return "f" if pronoun.casefold().startswith(("she", "her")) else "m"


def people_in_sentence(sentence: str, known: list[str]) -> list[tuple[int, str]]:
    """(position, name) of each person the sentence names: ``known`` names in full or by
    surname anywhere, and a name that is the sentence's subject."""
    found: list[tuple[int, str]] = []
    for name in known:
        # ("Vasquez" is Lena Vasquez Roy too: a double surname's first part is written alone)
        for form in {name, *name.split()[1:]}:
            match = re.search(rf"(?<![\w’']){re.escape(form)}(?![\w’'])", sentence)
            if match:
                found.append((match.start(), name))
                break
    subject = _SUBJECT.match(sentence)
    if subject:
        name = subject.group("name")
        words = name.split()
        if not (
            words[0] in _NOT_SUBJECT
            or (len(words) == 1 and _PLURAL_WORD.fullmatch(name) is not None)
            or any(word in ORGANISATION_WORDS or word in TITLE_WORDS for word in words)
            or any(name.split()[-1] == other.split()[-1] for _, other in found)
        ):
            found.append((subject.start("name"), name))
    return sorted(found)


# After the head noun of a description: its end, or a relative clause ("a body she led").
_HEAD_ENDS = r"(?=\s*[,.;:)]|\s+(?:that|which|who|she|he|it|they|we)\b)"


def written_as_body(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a body's, never a person's: after the kind of
    body it is ("the campaign group Open Waters"), with "which" after it ("Open Waters,
    which ..."), or set off as a body ("the Delta Partnership, a regional body"). A "she"
    or "he" never stands for it."""
    written = re.escape(name)
    kinds = "|".join(sorted(BODY_KINDS | {"body"}))
    return (
        re.search(rf"\b(?:{kinds})\s+{written}(?![\w’'-])", text) is not None
        or re.search(rf"(?<![\w’'-]){written},\s+which\b", text) is not None
        or re.search(
            rf"(?<![\w’'-]){written},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{kinds})"
            + _HEAD_ENDS,
            text,
        )
        is not None
    )


def _said_before(pronoun: str, sentence: str, at: int) -> bool:
    """Whether ``sentence`` uses ``pronoun`` (any case) before position ``at``: the person
    named there is that pronoun's object, someone else."""
    return re.search(rf"(?i)\b{re.escape(pronoun)}\b", sentence[:at]) is not None


def resolve_pronoun(pronoun: str, context: str, known: list[str], text: str) -> str | None:
    """Whom ``pronoun`` ("he", "she") after ``context`` means: in the last sentence naming
    anyone, the first named whose gender (where the article shows it) fits; an earlier
    sentence only when no one in a later one fits."""
    # Imported here: the module reads this one's word lists.
    from trainer.core.authoring.introduced_speakers import introduced_person

    wanted = pronoun_gender(pronoun)
    known = [name for name in known if not written_as_body(name, text)]
    for begin, end in reversed(sentence_spans(context)):
        sentence = context[begin:end]
        named = people_in_sentence(sentence, known)
        for at, name in named:
            gender = gender_of(name, text)
            # ("In 1966 she married Geoffrey Hart": the "she" who married him is not he)
            if gender in (None, wanted) and not _said_before(pronoun, sentence, at):
                return name
        # "Gwen Hale, 71, who has swum there for years, said ...": someone named only
        # here is whom the "she" after it means, not anyone named before.
        introduced = None if named else introduced_person(sentence)
        if (
            introduced
            and gender_of(introduced, text) in (None, wanted)
            and not written_as_body(introduced, text)
            and not _said_before(pronoun, sentence, max(0, sentence.find(introduced)))
        ):
            return introduced
    return None
