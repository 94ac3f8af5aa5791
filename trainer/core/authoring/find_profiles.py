"""What a profile or an interview tells of a person's career, in the forms newsrooms use:
their age ("Jane Roe, 54, said"), whom they succeed ("Roe succeeds John Doe"), where that
predecessor goes ("Doe, who ..., has been appointed ambassador to Peru"), the posts they held
and when ("served as consul in Lyon from 2009 to 2012", "was ambassador to Chile between 2014
and 2018") and what they ran before ("until her appointment, ran the ministry's trade
office").

Each is asked of the person by name ("What post did Jane Roe hold from 2009 to 2012?"); the
finisher names them by their role instead where another card's answer is the name. "She"
and "he" are the person the text named last before the sentence.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_people import COURTESY_TITLE
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.person_names import full_name

_NAME_WORD = rf"[{CAPITAL}][{SMALL}][\w’'-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
_WHO = rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}|She|He|she|he)"
_YEAR = r"(?:19|20)\d{2}"
# "from 2011 to 2015", "between 2018 and 2022", "from 2011 until 2015".
_SPAN = rf"(?P<span>(?:from\s+{_YEAR}\s+(?:to|until)|between\s+{_YEAR}\s+and)\s+{_YEAR})"
# The office a post names: "deputy head of mission in Brussels", "ambassador to Switzerland".
_OFFICE = (
    r"(?:ambassador|envoy|consul|minister|secretary|director|head|chief|chair|chairman|"
    r"chairwoman|president|governor|mayor|commissioner|representative|adviser|advisor|"
    r"officer|manager|editor|judge|counsel|attaché|attache|spokesman|spokeswoman|"
    r"spokesperson|deputy|principal|professor|dean|commander|master|executive|economist|"
    r"analyst|engineer|correspondent|lecturer|researcher|fellow|partner|inspector|"
    r"superintendent|captain|coach|treasurer|auditor|controller|coordinator|administrator)"
)
# A post: lower-case words holding an office, with where or what of ("in Brussels").
_POST = (
    rf"(?P<post>(?:[{SMALL}][\w-]*\s+){{0,3}}{_OFFICE}(?:\s+general)?"
    r"(?:\s+(?:of|to|in|at|for|on)\s+(?:the\s+)?[\w’'-]+(?:\s+(?:of|for|and|the)?\s*[\w’'-]+){0,4}?)?)"
)
# "served as deputy head of mission in Brussels from 2011 to 2015", "was ambassador to
# Switzerland between 2018 and 2022".
_CAREER = re.compile(
    rf"\b(?:served\s+as|worked\s+as|was|became)\s+(?:an?\s+|the\s+)?{_POST}\s+{_SPAN}\b"
)
# "until her appointment in September, ran the ministry's directorate of trade".
_RAN_BEFORE = re.compile(
    r"\b(?P<when>(?:[Uu]ntil|[Bb]efore)\s+(?:her|his|their)\s+(?:appointment|election|promotion))"
    r"(?:\s+in\s+\w+(?:\s+\d{4})?)?,\s+(?:(?:she|he|they)\s+)?"
    r"(?P<verb>ran|headed|led|directed|chaired|managed)\s+"
    r"(?P<what>(?:the|its)\s+[^,;.“”\"]{3,90}?)(?=\s*[,;.]|\s+(?:and|where|which)\b)"
)
_VERB_NOW = {
    "ran": "run",
    "headed": "head",
    "led": "lead",
    "directed": "direct",
    "chaired": "chair",
    "managed": "manage",
}
# "Roe succeeds John Doe", "She replaced John Doe".
_SUCCEEDS = re.compile(
    rf"\b{_WHO}\s+(?P<verb>succeeds|succeeded|replaces|replaced|takes\s+over\s+from|"
    rf"took\s+over\s+from)\s+(?P<prev>{_NAME})(?![\w’'])"
)
# "John Doe, who served here for five years and has been appointed Ghana's permanent
# representative to the United Nations in Geneva".
_APPOINTED = re.compile(
    rf"(?P<name>{_NAME}),\s+who\s+[^.;]*?\b(?:has\s+been|have\s+been|was|had\s+been)\s+"
    r"(?:appointed|named|nominated)\s+(?:as\s+)?"
    rf"(?:(?:[{CAPITAL}][\w-]*\s+){{0,2}}[{CAPITAL}][\w-]*[’']s\s+|the\s+)?"
    rf"(?P<post>[{SMALL}][\w-]*(?:\s+[\w’'-]+){{0,9}}?)(?=\s*[,;.]|\s*$"
    # "named chairman of the trust in May": when is no part of the post.
    rf"|\s+(?:in|on|from|since)\s+(?:{'|'.join(MONTHS)}|\d|last\b|next\b|this\b)"
    r"|\s+(?:yesterday|today|tomorrow|last\s+\w+)\b)"
)
# "Danquah-Ofori, 54, said": a person's age set off by commas after their name.
_AGE = re.compile(
    rf"(?<![\w’'])(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}),\s+(?P<age>\d{{2}}),\s"
)
_NOT_NAMES = frozenset({"The", "This", "That", "It", "But", "And", "In", "On", "At", "A", "An"})


@dataclass(frozen=True, slots=True)
class _Said:
    """A person the text has named, and where."""

    name: str
    at: int


def find_profile_facts(article: Article, names: list[str]) -> list[FoundFact]:
    """Every age, predecessor, predecessor's new post and career post in ``article``, each
    asked of the person by name; ``names`` are the people the drafter found, full names."""
    text = "\n".join(article.lines)
    found: list[FoundFact] = []
    predecessors: dict[str, str] = {}
    subject = _most_named(text, names)
    offset = 0
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            at = offset + begin

            def person(who: str, sentence: str = sentence, at: int = at) -> str | None:
                return _person(who, text, at, names)

            for match in _AGE.finditer(sentence):
                name = person(match.group("who"))
                # An age is asked of the person the article is about, not of everyone it
                # quotes ("Eirlys Vaughan, 67, from Mold, has waited 20 months").
                if name and name == subject and 16 <= int(match.group("age")) <= 105:
                    found.append(
                        _fact(sentence, number, match, "age", f"How old is {name}?", "number")
                    )
            for match in _SUCCEEDS.finditer(sentence):
                name = person(match.group("who"))
                if name is None:
                    continue
                past = match.group("verb").endswith("ed") or match.group("verb").startswith("took")
                prompt = f"Whom {'did' if past else 'does'} {name} succeed?"
                found.append(_fact(sentence, number, match, "prev", prompt, "name"))
                predecessors[match.group("prev")] = name
            for match in _APPOINTED.finditer(sentence):
                post = match.group("post")
                if not re.search(rf"\b{_OFFICE}\b", post):
                    continue
                successor = predecessors.get(match.group("name"))
                who = f"{successor}’s predecessor" if successor else match.group("name")
                prompt = f"To what post has {who} been appointed?"
                found.append(_fact(sentence, number, match, "post", prompt, "text"))
            for match in _CAREER.finditer(sentence):
                name = _person_before(text, at + match.start(), names)
                if name is None:
                    continue
                span = " ".join(match.group("span").split())
                prompt = f"What post did {name} hold {span}?"
                fact = _fact(sentence, number, match, "post", prompt, "text", whole=True)
                found.append(dataclasses.replace(fact, also=name))
            for match in _RAN_BEFORE.finditer(sentence):
                name = _person_before(text, at + match.start(), names)
                if name is None:
                    continue
                when = " ".join(match.group("when").split())
                when = when[:1].lower() + when[1:]
                verb = _VERB_NOW[match.group("verb")]
                prompt = f"What did {name} {verb} {when}?"
                fact = _fact(sentence, number, match, "what", prompt, "text")
                found.append(dataclasses.replace(fact, also=name))
        offset += len(line) + 1
    return found


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    group: str,
    prompt: str,
    kind: str,
    *,
    whole: bool = False,
) -> FoundFact:
    answer = " ".join(match.group(group).split())
    # A career post and its years are one fact: the years are in the question, so no other
    # card asks them from the same words (`covered_spans`).
    start, end = (match.start(), match.end()) if whole else match.span(group)
    return FoundFact(
        kind, "profile", answer, match.group(group), sentence, start, end, "", line, prompt=prompt
    )


@dataclass(frozen=True, slots=True)
class Covered:
    """Words a career fact asks whole, in its sentence, and whose career it is."""

    sentence: str
    words: str
    person: str


def covered_spans(facts: list[FoundFact]) -> list[Covered]:
    """What each career fact asks whole, so no year card asks its years apart."""
    return [
        Covered(
            fact.sentence,
            # Only a post asked with its years covers words; what someone ran covers none.
            fact.sentence[fact.start : fact.end]
            if fact.end - fact.start > len(fact.written)
            else "",
            fact.also,
        )
        for fact in facts
        if fact.also and fact.group == "profile"
    ]


_APPOINTED_IN = re.compile(r"\b(?:her|his|their)\s+appointment\s+in\s+which\s+month\b")


def outside_career(prompt: str, covered: Covered) -> str:
    """``prompt``, cut from a career sentence, without the career words another card asks:
    "joined the service in what year and served as consul from 2009 to 2012" asks "joined
    the service in what year?"; "until her appointment in which month" asks "In which month
    was Jane Roe appointed?"."""
    if _APPOINTED_IN.search(prompt):
        return f"In which month was {covered.person} appointed?"
    if not covered.words:
        return prompt
    at = prompt.find(covered.words)
    if at < 0:
        # Cut short before: "in what year and served?" holds the career's first words only.
        words = covered.words.split()
        for size in range(len(words), 0, -1):
            head = " ".join(words[:size])
            if prompt.rstrip("?").endswith(head):
                at = len(prompt.rstrip("?")) - len(head)
                covered = dataclasses.replace(covered, words=head)
                break
    if at < 0:
        return prompt
    before = re.sub(r"(?:,?\s+and|,)\s*$", "", prompt[:at])
    if not re.search(r"(?i)\b(?:how|what|which|who)\b", before):
        return prompt
    after = prompt[at + len(covered.words) :]
    return before.rstrip() + ("?" if after.strip(" ,.?") == "" else after)


def _most_named(text: str, names: list[str]) -> str | None:
    """The person of ``names`` whose surname ``text`` writes most often, when one is written
    more often than any other: the subject of a profile or of a story about one person."""
    counts = sorted(
        ((len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", text)), name) for name in names),
        reverse=True,
    )
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _person(who: str, text: str, at: int, names: list[str]) -> str | None:
    """The full name ``who`` stands for among ``names``: "she" the person named last, a
    surname the name the text writes in full; None for anyone else."""
    if who.casefold() in {"she", "he"}:
        return _person_before(text, at, names)
    if who.split()[0] in _NOT_NAMES:
        return None
    # Only a person ``names`` holds: one the article gives a role to name them by.
    full = who if len(who.split()) > 1 else full_name(who, text) or who
    for name in names:
        if name == full or name.split()[-1] == full.split()[-1]:
            return name
    return None


def _person_before(text: str, at: int, names: list[str]) -> str | None:
    """The person of ``names`` whose surname the text writes last before ``at``."""
    best: _Said | None = None
    for name in names:
        seen = text.rfind(name.split()[-1], 0, at)
        if seen >= 0 and (best is None or seen > best.at):
            best = _Said(name, seen)
    return best.name if best else None


def about_predecessor(prompt: str, facts: list[FoundFact]) -> str:
    """``prompt`` asking of a predecessor in the clause that names them ("Roe succeeds John
    Doe, who served for how many years") asked of them as the predecessor ("Jane Roe’s
    predecessor served for how many years"): their name is another card's answer."""
    for fact in facts:
        succeeded = re.match(r"Whom (?:does|did) (?P<name>.+) succeed\?$", fact.prompt or "")
        if succeeded is None:
            continue
        # (or the "who" clause asked alone: "John Doe served for how many years")
        clause = re.search(
            rf"\b(?:succeeds|succeeded|replaces|replaced)\s+{re.escape(fact.answer)}(?:,\s+who)?\s+"
            rf"|^{COURTESY_TITLE}?{re.escape(fact.answer)}\s+",
            prompt,
        )
        if clause and re.search(r"(?i)\b(?:how|what|which)\b", prompt[clause.end() :]):
            rest = prompt[clause.end() :]
            # "... for how many years and has been appointed ...": the new post is its own card.
            posted = re.search(
                r",?\s+and\s+(?:has|have|had|was)\s+(?:been\s+)?(?:appointed|named)\b", rest
            )
            question = re.search(r"(?i)\b(?:how|what|which)\b", rest)
            if posted and question and question.start() < posted.start():
                rest = rest[: posted.start()] + "?"
            return f"{succeeded.group('name')}’s predecessor {rest}"
    return prompt
