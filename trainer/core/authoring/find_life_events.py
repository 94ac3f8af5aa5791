"""What an obituary or a profile tells of its subject's life, in the forms newsrooms use:
who has died ("Jane Roe, the novelist who ..., has died aged 88"), where and of what
("died at her home in Leeds", "The cause was heart failure."), where they were born ("Born in
Accra, ..."), when they held a post ("In 1990 she was appointed consul in Lyon, a post she
held until 1994"), what they won ("In 2011 she received the Orr Medal"), what they wrote
("her memoir, Tide and Stone"), whom they leave ("survived by ... five grandchildren") and
where they are mourned ("A memorial service will be held at St Anne's in Derby").

The subject is the person the story opens on: named in full in its first lines and by
surname again. "She" or "he" is that subject only where the pronoun fits the gender the
article shows them to have; every card asks of them by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import HONORIFICS
from trainer.core.authoring.letters import NAME_WORD, SMALL
from trainer.core.authoring.person_names import gender_of, pronoun_gender

_WORD = NAME_WORD
_NAME = re.compile(rf"(?<![\w’'-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})(?![\w’'-])")
_PLACE = rf"{_WORD}(?:[ -]{_WORD}){{0,2}}"
_YEAR = r"(?:1[89]|20)\d{2}"
_NOT_PLACES = frozenset(MONTHS) | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip
# Where someone died: "at her home in Bath", "in hospital in Leeds", "at St Luke's Hospice".
_DIED = re.compile(
    r"\b(?:died|passed\s+away)\b(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|peacefully|suddenly|"
    rf"last\s+\w+|yesterday|today)\b)?\s+(?:at|in)\s+(?P<place>(?:(?:her|his|their)\s+home|"
    rf"(?:a\s+|the\s+)?(?:hospital|hospice|care\s+home|nursing\s+home))\s+(?:in|near)\s+{_PLACE}"
    rf"|{_PLACE}(?:\s+(?:Hospital|Hospice|Infirmary))?)(?![\w’'-])"
)
# Of what: "The cause was complications of pneumonia.", "died of a heart attack".
_CAUSE = re.compile(
    rf"(?:^The\s+cause(?:\s+of\s+(?:her|his|their)?\s*death)?\s+was\s+|\bdied\s+(?:[{SMALL}]+\s+){{0,3}}?"
    rf"(?:of|from)\s+)(?P<cause>(?:an?\s+)?[{SMALL}][{SMALL}’'-]*(?:\s+(?:of\s+)?[{SMALL}][{SMALL}’'-]*){{0,5}}?)"
    r"(?=\s*(?:[.;,]|$|\s+(?:at|in|on|after|aged)\b))"
)
# "Born in Ibadan, Nigeria, on 14 March 1942", "was born in 1941 in Lagos".
_BORN = re.compile(
    rf"(?:^Born|\bwas\s+born)\s+(?:in\s+{_YEAR}\s+)?(?:in|at)\s+"
    rf"(?P<place>{_PLACE}(?:,\s+{_PLACE}(?=,|\s+(?:on|in|to)\b|\.))?)(?![\w’'-])"
)
# "In 1990 she was appointed ambassador to Norway, a post she held until 1994."
_HELD_UNTIL = re.compile(
    rf"\b[Ii]n\s+(?P<from>{_YEAR}),?\s+(?P<who>she|he|She|He)\s+(?:was\s+(?:appointed|named|made)|"
    rf"became)\s+(?P<post>[{SMALL}][\w’'-]*(?:\s+[\w’'-]+){{0,6}}?),\s+(?:a\s+(?:post|position|role|job)\s+)"
    rf"(?:she|he)\s+held\s+until\s+(?P<to>{_YEAR})\b"
)
# "In 2011 she received the Hallworth Medal", "was awarded the Orr Prize in 2009".
_AWARD = (
    rf"(?P<award>(?:the\s+)?(?:{_WORD}\s+){{1,4}}(?:Medal|Prize|Award|Cross|Trophy|Fellowship))"
)
_AWARDED = re.compile(rf"\b(?:received|won|was\s+awarded|was\s+given)\s+{_AWARD}(?![\w’'-])")
# "the memoir Salt and Paper (2015)", "her novel, The Long Tide,".
_WORK_KINDS = (
    r"memoir|novel|autobiography|biography|book|history|poetry\s+collection|collection|"
    r"album|film|play|documentary|study"
)
_WORK = re.compile(
    rf"\b(?:the|her|his|their)\s+(?:(?:first|last|final|second|third|debut|best-selling|"
    rf"bestselling|acclaimed)\s+)?(?P<kind>{_WORK_KINDS}),?\s+"
    rf"(?P<title>(?:The\s+|A\s+)?{_WORD}(?:\s+(?:and|of|the|in|on|a|for|to)\s+{_WORD}|\s+{_WORD}){{0,5}})"
    r"(?=\s*(?:\(\d{4}\)|[,.;]|$))"
)
# "survived by ... and seven grandchildren", "She leaves ... three great-grandchildren".
_SURVIVED = re.compile(r"\b(?:survived\s+by|leaves)\b")
_LEFT = re.compile(
    r"\b(?P<count>\d{1,2}|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+"
    r"(?P<kin>(?:great-)?grandchildren|children|sons|daughters|grandsons|granddaughters)\b"
)
# "A memorial service is planned at St Martin-in-the-Fields in London", "The funeral will be
# held in Bath".
_MOURNED = re.compile(
    r"\b(?:A|The|Her|His)\s+(?P<event>(?:private\s+)?(?:funeral|memorial\s+service|memorial|"
    r"service\s+of\s+thanksgiving|requiem\s+mass))\s+(?P<tense>will\s+be|is|was|has\s+been)\s+"
    r"(?:held|planned|scheduled|arranged)\s+(?:(?:on|next|this|in\s+the)\s+\w+\s+)?(?:at|in)\s+"
    rf"(?P<place>(?:St\.?\s+)?{_WORD}"
    rf"(?:[ -](?:in-the-|on-the-)?{_WORD}|-(?:in|on)-the-{_WORD}){{0,4}})"
    r"(?![\w’'-])"
)
# "Jane Roe, the novelist who ..., has died aged 88": the role the story names them by.
_HAS_DIED = re.compile(
    rf",\s+(?:the|a|an)\s+(?P<role>[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?)\s+(?:who|whose|,)[^.]*?,\s+"
    r"(?:has\s+)?died(?:\s+aged\s+(?P<age>\d{1,3}))?\b"
)


@dataclass(frozen=True, slots=True)
class _Subject:
    name: str
    surname: str
    gender: str | None


def find_life_events(article: Article) -> list[FoundFact]:
    """The life facts of the person ``article`` is about, each asked of them by name."""
    text = "\n".join(article.lines)
    subject = story_subject(text)
    if subject is None:
        return []
    found: list[FoundFact] = []
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            found += _sentence_facts(sentence, number, subject)
    return found


def story_subject(text: str) -> _Subject | None:
    """The person named in full in the story's first lines whose surname the text writes
    again; None when the story opens on no one."""
    opening = "\n".join(text.splitlines()[:8])[:900]
    for match in _NAME.finditer(opening):
        # The person a story is about opens a sentence of it: "Jane Roe, the novelist ...".
        if not re.search(r"(?:^|[.!?]\s|\n)\s*$", opening[: match.start()]):
            continue
        if not re.match(rf",|\s+[{SMALL}]", opening[match.end() :]):
            continue  # "Published Friday 4 December" is a dateline, no one's name
        words = [word for word in match.group("name").split() if word.rstrip(".") not in HONORIFICS]
        if len(words) < 2 or words[0] in _NOT_PLACES or words[0] in {"The", "A", "In", "By"}:
            continue
        name = " ".join(words)
        surname = words[-1]
        gender = gender_of(name, text) or _pronouns_of_story(text)
        if gender is not None:
            return _Subject(name, surname, gender)
    return None


# "Jane Roe, the novelist who ...", "Roe, 47, a civil engineer,": how prompts may name her.
_ROLE = (
    rf",\s+(?:\d{{1,3}},\s+)?(?:the|a|an)\s+(?P<role>[{SMALL}][\w-]*(?:\s+[{SMALL}][\w-]*)?)"
    r"(?=\s+(?:who|whose|at|of|for|in|and)\b|,)"
)


def subject_description(text: str) -> tuple[str, str] | None:
    """The story's subject and the role it names them by ("the diplomat"), for prompts
    where their name is another card's answer; None when it gives them none."""
    subject = story_subject(text)
    if subject is None:
        return None
    role = re.search(rf"(?<![\w’'-]){re.escape(subject.surname)}{_ROLE}", text)
    return (subject.name, f"the {role.group('role')}") if role else None


def _pronouns_of_story(text: str) -> str | None:
    """The gender of the pronouns a story about one person mostly uses: "she" three times
    as often as "he" is the subject's."""
    female = len(re.findall(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b", text))
    male = len(re.findall(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b", text))
    if female >= 3 and female >= 3 * male:
        return "f"
    if male >= 3 and male >= 3 * female:
        return "m"
    return None


def _about_subject(sentence: str, at: int, subject: _Subject) -> bool:
    """Whether the clause before ``at`` in ``sentence`` is about ``subject``: it names
    them, or opens on a pronoun of their gender with no one else named before ``at``."""
    before = sentence[:at]
    if re.search(rf"(?<![\w’'-]){re.escape(subject.surname)}(?![\w’'-])", before):
        return True
    pronoun = re.search(r"\b(?:she|he|She|He)\b", before)
    if pronoun is None or subject.gender is None:
        return False
    others = [m for m in _NAME.finditer(before[: pronoun.start()]) if m.start() > 0]
    return pronoun_gender(pronoun.group(0)) == subject.gender and not others


def _sentence_facts(sentence: str, line: int, subject: _Subject) -> list[FoundFact]:
    name = subject.name
    found: list[FoundFact] = []

    def add(match: re.Match[str], group: str, prompt: str, kind: str = "text") -> None:
        answer = " ".join(match.group(group).split())
        found.append(
            FoundFact(
                kind, "life", answer, match.group(group), sentence,
                match.start(group), match.end(group), "", line, prompt=prompt,
            )
        )  # fmt: skip

    died = _HAS_DIED.search(sentence)
    if died and sentence.lstrip().split(",")[0].endswith(subject.surname):
        aged = f" aged {died.group('age')}" if died.group("age") else ""
        fact = FoundFact(
            "name", "life", name, name, sentence, 0, 0, "", line,
            prompt=f"Which {died.group('role')} has died{aged}?",
        )  # fmt: skip
        found.append(fact)
    for match in _DIED.finditer(sentence):
        place = match.group("place")
        if place.split()[0] in _NOT_PLACES or not _about_subject(sentence, match.start(), subject):
            continue
        add(match, "place", f"Where did {name} die?")
    cause = _CAUSE.search(sentence)
    if cause and (
        sentence.startswith("The cause") or _about_subject(sentence, cause.start(), subject)
    ):
        add(cause, "cause", f"What was the cause of {name}’s death?")
    born = _BORN.search(sentence)
    if born and born.group("place").split()[0] not in _NOT_PLACES:
        main = sentence[born.end() :] if sentence.startswith("Born") else sentence
        if _about_subject(main, len(main), subject) or _about_subject(
            sentence, born.start(), subject
        ):
            add(born, "place", f"Where was {name} born?")
    for match in _HELD_UNTIL.finditer(sentence):
        if _about_subject(sentence, match.end("who"), subject):
            post = " ".join(match.group("post").split())
            fact = FoundFact(
                "text", "life", f"{match.group('from')} to {match.group('to')}",
                f"{match.group('from')} to {match.group('to')}", sentence,
                match.start(), match.end(), "", line, prompt=f"When was {name} {post}?",
            )  # fmt: skip
            found.append(fact)
    for match in _AWARDED.finditer(sentence):
        year = re.search(rf"\b{_YEAR}\b", sentence)
        if year and _about_subject(sentence, match.start(), subject):
            add(match, "award", f"Which award did {name} receive in {year.group(0)}?")
    for match in _WORK.finditer(sentence):
        if _about_subject(sentence, match.start(), subject):
            kind = " ".join(match.group("kind").split())
            add(match, "title", f"What is the title of {name}’s {kind}?")
    survived = _SURVIVED.search(sentence)
    for match in _LEFT.finditer(sentence, survived.end() if survived else len(sentence)):
        if survived and _about_subject(sentence, survived.start(), subject):
            add(match, "count", f"How many {match.group('kin')} survive {name}?", "number")
    for match in _MOURNED.finditer(sentence):
        if match.group("place").split()[0] in _NOT_PLACES:
            continue
        event = " ".join(match.group("event").split())
        verb = "was" if match.group("tense") == "was" else "will"
        prompt = (
            f"Where was {name}’s {event} held?"
            if verb == "was"
            else f"Where will {name}’s {event} be held?"
        )
        add(match, "place", prompt)
    return found
