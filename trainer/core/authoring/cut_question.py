"""A drafted question over twenty words cut to length without losing its subject.

Left out first, one at a time, until the question fits: an opening phrase ("According to the
committee's listings, "), a reporting frame ("The court heard that"), the asides between the
subject and the question's clause, a list's other items, the body a named subject belongs
to ("of the National Bank of Estmark"), a phrase defining the subject ("measured by the
consumer price index"), what the subject did before what it said, a clause ending the
subject's ("after a compressor failed"), a descriptor before a name and a place phrase.
Each time, the question is cut after its question phrase at the end of its own clause. None
of the cuts needs a "…": the words that go are not what the question is about.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.short_question import (
    ASIDE,
    DANGLING_END,
    LIMIT,
    asked_part,
    in_quotes,
    question_in,
    split_outside_quotes,
)

# Where a clause or phrase after the question may be cut off: the question is whole before it.
# A cut never ends on words that lead on to what it cut ("would be", "between").
_UNFINISHED_HEAD = re.compile(
    r"\b(?:be|been|is|are|was|were|will|would|has|have|had|to|and|or|the|a|an|aged|between|"
    r"of|for|with|including|than)$"
)
# Words that start a phrase or clause after the question's own words.
_BREAK_WORDS = (
    r"and|but|while|whereas|which|who|after|before|as|when|because|with|without|including|"
    r"although|though|to|from|in|on|at|for|across|over|under|by|aged|since|until|during|into|"
    r"through|between|against|than"
)
# Where a clause or phrase after the question may be cut off: the question is whole before it.
_TAIL_BREAK = re.compile(rf",\s+|;\s+|\s+[—–]\s+|\s+(?=(?:{_BREAK_WORDS})\s)")
_CLAUSE_BREAK = re.compile(
    r",\s+|;\s+|\s+[—–]\s+|\s+(?:but|while|whereas|which|who)\s"
    # "and said", "and will manage": "and" before a verb starts a clause; "parks and
    # recreation" is one noun.
    r"|\s+and\s+(?:also\s+)?(?:said|told|added|says|will|would|has|had|have|is|was|are|were|"
    rf"[{SMALL}]+ed)\b"
)
# Words of the question itself: the break comes after the question word and its noun.
_QUESTION_PHRASE = re.compile(
    r"(?i)\b(?:how\s+(?:many|much|long|old|far|big)|what|which|who|whom|whose|when|where)\b"
    rf"(?:\s+(?!(?:{_BREAK_WORDS})\b)[\w'’-]+){{0,3}}"
)


def cut_after_question(prompt: str, limit: int = LIMIT) -> str | None:
    """``prompt`` (over ``limit`` words) cut to ``limit`` words without a "…": at the last
    clause or phrase break after its question that fits, after leaving out an opening phrase
    ("According to the committee's listings, ") and the comma phrases between the subject
    and the question's clause when the words before the question alone are too many. The
    subject and verb before the question stay; None when no such cut exists."""
    text = prompt.removesuffix("?")
    shorter = text
    for shorten in (
        _without_opener,
        _without_frame,
        _without_asides,
        _without_list_items,
        _short_subject,
        _without_participle,
        _without_first_deed,
        _without_subordinate,
    ):
        shorter = shorten(shorter)
        cut = _cut_tail(shorter, limit)
        if cut is not None:
            return cut[:1].upper() + cut[1:]
    while (placed := _without_place(shorter)) != shorter:
        shorter = placed
        cut = _cut_tail(shorter, limit)
        if cut is not None:
            return cut[:1].upper() + cut[1:]
    return None


def _cut_tail(text: str, limit: int) -> str | None:
    first = question_in(text)
    asked = _QUESTION_PHRASE.search(text, first.start() if first else 0)
    if asked is None:
        return None
    if len(text.split()) <= limit:
        return text + "?"
    best = None
    clause = None
    # A "when", "where" or "who" found first may only join a clause: the question that asks
    # is then the last, and the cut comes after it.
    asking_ends = (
        max((found.end() for found in _ASKING_PHRASE.finditer(text)), default=0)
        if re.fullmatch(r"(?i)when|where|who|which", asked.group(0).split()[0])
        else 0
    )
    for brk in _TAIL_BREAK.finditer(text, asked.end()):
        head = text[: brk.start()].rstrip(" ,;:")
        if len(head.split()) > limit:
            break
        if in_quotes(head) or _UNFINISHED_HEAD.search(head):
            continue  # never inside a quotation, nor after "would be"
        if re.search(r"\bbetween\s+\S+$", head):
            continue  # "between Shanghai and Rotterdam" is one phrase
        if brk.start() < asking_ends:
            continue  # "... lost when the promenade is extended in which year": the
            # question comes later than a "when" that only joins a clause
        best = head
        if clause is None and _CLAUSE_BREAK.match(text, brk.start()):
            clause = head
    # The question's own clause ends it better than a phrase: "announced how much in
    # emergency aid", not "... and said tents and container homes".
    best = clause or best
    if best is None:
        return None
    best = DANGLING_END.sub("", best + "?")
    return best if len(best.split()) >= 4 else None


# What asks, wherever it stands: "how many", "what", "whose", "in which".
_ASKING_PHRASE = re.compile(
    r"(?i)\b(?:how|what|whose)\b|\b(?:in|on|at|of|by|to|from|for|under|with|since|until)"
    r"\s+which\b"
)


# "According to the Joint War Committee's listings, ", "In a statement, ": what opens a
# sentence before its subject.
_OPENER = re.compile(
    r"(?:According\s+to|In|On|At|After|Before|As|During|Under|Speaking|Asked)\b[^,]{0,60},\s+"
    rf"(?=[{CAPITAL}{SMALL}])"
)


def _without_opener(text: str) -> str:
    opener = _OPENER.match(text)
    if opener is None or question_in(text[: opener.end()]):
        return text
    rest = text[opener.end() :]
    # "At the school, where pupils have been taught in cabins since 2023, the head said":
    # the place's own clause goes with it.
    clause = _PLACE_CLAUSE.match(rest)
    if clause and not re.search(r"(?i)\b(?:how|what|which|who|whose)\b", rest[: clause.end()]):
        rest = rest[clause.end() :]
    return rest[:1].upper() + rest[1:]


_PLACE_CLAUSE = re.compile(rf"(?:where|when)\s+[^,“”\"]{{3,160}},\s+(?=[{CAPITAL}{SMALL}])")


# "The Monetary Policy Committee of the National Bank of Estmark": a named subject and the
# named body it belongs to, which a question short of room can leave out.
_SUBJECT_OF = re.compile(
    rf"^(?P<name>(?:The\s+)?(?:[{CAPITAL}][\w'’-]*\s+){{0,4}}[{CAPITAL}][\w'’-]*)\s+of\s+(?:the\s+)?"
    rf"(?:[{CAPITAL}][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[{CAPITAL}][\w'’-]*(?=\s+[{SMALL}])"
)


# "Inflation measured by the consumer price index (CPI) was": how the subject is defined,
# between it and its verb.
_PARTICIPLE_PHRASE = re.compile(
    rf"^(?P<subject>(?:\S+\s+){{0,3}}?\S+)\s+[{SMALL}]+ed\s+by\s+[^,]*?"
    r"(?=\s+(?:was|is|were|are|will|would|has|had|have)\b)"
)


def _without_participle(text: str) -> str:
    phrase = _PARTICIPLE_PHRASE.match(text)
    if phrase is None or _AUXILIARY_WORD.search(phrase.group("subject")):
        # "The survey was conducted by phone ... and has": a verb's own participle.
        return text
    return phrase.group("subject") + text[phrase.end() :]


_AUXILIARY_WORD = re.compile(r"\b(?:was|is|were|are|will|would|has|had|have|been|be)\b")


# "The Vice President announced … in emergency aid and said tents ... would be": what the
# subject said is the question's; what it did first is not.
_FIRST_DEED = re.compile(
    rf"^(?P<subject>(?:(?:The|A|An)\s+)?(?:[{CAPITAL}][\w'’.-]*\s+){{1,4}}|(?:The|A|An)\s+"
    rf"(?:[{SMALL}][\w-]*\s+){{1,3}})(?:[{SMALL}]+ed|said|told|made|took|gave)\b.*?\s+and\s+"
    r"(?P<said>(?:also\s+)?(?:said|told|added|warned|stressed|noted)\b)"
)
# "after a compressor failed", "because ...": a clause ending the subject's, before the
# question's own comma phrase.
_SUBORDINATE = re.compile(
    r"\s+(?:after|because|as|when|while|since|before|until|although|though)\s+[^,]*$"
)


def _without_first_deed(text: str) -> str:
    deed = _FIRST_DEED.match(text)
    if deed is None or question_in(text[: deed.start("said")]):
        return text
    return deed.group("subject") + text[deed.start("said") :]


def _without_subordinate(text: str) -> str:
    parts = split_outside_quotes(text)
    asked = asked_part(parts)
    if not asked:
        return text
    first = _SUBORDINATE.search(parts[0])
    if first is None or len(parts[0][: first.start()].split()) < 3:
        return text
    parts[0] = parts[0][: first.start()]
    return ", ".join(parts)


# "Norwegian gas producer Nordvik Energi": what the named subject is, before its name.
_DESCRIPTOR = re.compile(
    rf"^(?:[{CAPITAL}][{SMALL}]+\s+)?(?:(?!(?:at|of|in|on|for|the|a|an|to|from|with|and|by)\b)[{SMALL}][\w-]*\s+)"
    rf"{{1,3}}(?=[{CAPITAL}][\w'’-]*\s+[{CAPITAL}])"
)


def _short_subject(text: str) -> str:
    subject = _SUBJECT_OF.match(text)
    text = text if subject is None else subject.group("name") + text[subject.end() :]
    descriptor = _DESCRIPTOR.match(text)
    return text if descriptor is None else text[descriptor.end() :]


# "The court heard that", "Martin Greaves KC told the court that": who reported the fact,
# which the question does not need.
_FRAME = re.compile(
    r"^[^,]{0,60}?\b(?:said|says|told\s+(?:the\s+)?\w+|heard|added|noted|announced|"
    r"reported|stated|warned|found)\s+that\s+"
)
# "in the far north", "at the World Trade Organization conference": where, before the
# question, up to the verb or joining word that follows it.
_PLACE = re.compile(
    r"\s+(?:in|at)\s+the\s+(?!(?:year|month|week|day|quarter|half|period|end|start|first|"
    r"second|third|fourth|last|next|past)\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    rf"(?=,|\s+(?:have|has|had|is|are|was|were|will|would|can|could|[{SMALL}]+ed|after|before|for|"
    r"on|to|by)\b)"
)


def _without_frame(text: str) -> str:
    frame = _FRAME.match(text)
    if frame is None or question_in(frame.group(0)):
        return text
    rest = text[frame.end() :]
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 5 else text


def _without_place(text: str) -> str:
    """``text`` without its first "in the …"/"at the …" phrase before the question."""
    asked = question_in(text)
    place = _PLACE.search(text, 0, asked.start() if asked else len(text))
    return text if place is None else text[: place.start()] + text[place.end() :]


def _without_list_items(text: str) -> str:
    """``text`` without the items of a list before the question's: "will drill … boreholes,
    construct … dams and lay how many kilometres" reads "will drill … boreholes and lay how
    many kilometres"."""
    parts = split_outside_quotes(text)
    asked = asked_part(parts)
    if not asked:
        return text
    question = question_in(parts[asked])
    assert question is not None
    joined = parts[asked].rfind(" and ", 0, question.start())
    if joined < 0 or re.match(rf"[{CAPITAL}]", parts[asked]):
        return text
    if re.search(rf"\b[{SMALL}]{{3,}}ed\b", parts[asked][joined + 5 : question.start()]):
        return text  # "using shovels and bare hands searched for": a verb's own subject
    return f"{parts[0]}{parts[asked][joined:]}" + "".join(f", {p}" for p in parts[asked + 1 :])


# "..., and noted that trade had grown to …, an increase of 19%": a change said of the
# clause just before it; without that clause it would be said of the subject's.
_CHANGE_OF_CLAUSE = re.compile(
    r"(?:an?\s+)?(?:increase|rise|fall|drop|decline|jump|gain|reduction|cut|up|down)\b"
)


def _without_asides(text: str) -> str:
    """``text`` without the comma phrases between its first and the question's: the
    subject's clause and the question's are kept, joined as one."""
    parts = split_outside_quotes(text)
    asked = asked_part(parts)
    if asked is None or asked < 2:
        return text
    if _CHANGE_OF_CLAUSE.match(parts[asked]) and re.match(r"(?:and|but)\s", parts[asked - 1]):
        return text
    joiner = (
        " " if re.match(rf"[{SMALL}]", parts[asked]) and not ASIDE.match(parts[asked]) else ", "
    )
    return joiner.join([parts[0], ", ".join(parts[asked:])])
