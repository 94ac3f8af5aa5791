"""A vote's tally, the figure a council or court story leans on: "approved the budget 9-7",
"The vote, 9-7, came just after 11:30 p.m.", "failed 8-8", "passed by 52 votes to 48",
"by a 5-2 vote", "won 312 seats to 190" ("The vote on the levy was 6-1" is
sentence_facts' card). Each is asked of what was decided ("What was the
vote when councillors approved the budget?"), the answer the tally as written ("9-7",
which the grader reads as a tally, never as a range or a date).

A tally needs a word of voting in its sentence; a score ("won 3-1"), a tally inside a quote
and one whose decision cannot be named are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_SIDE = r"\d{1,3}"
# "9-7", "9–7": two small counts joined by a hyphen or a dash, no date or range around it.
_DASHED = (
    rf"(?<![\w.,:/$£€-])(?P<yes>{_SIDE})\s?[-–](?P<no>{_SIDE})(?![\w:/%-]|[.,]\d|\s?(?:per\b|%))"
)
# "52 votes to 48", "312 seats to 190", "a vote of 52 to 48".
_WORDED = (
    rf"(?<![\w.,$£€])(?P<yes2>{_SIDE})\s+(?P<unit>votes?|seats?)\s+to\s+(?P<no2>{_SIDE})\b"
    rf"|\bvote\s+of\s+(?P<yes3>{_SIDE})\s+to\s+(?P<no3>{_SIDE})\b(?!\s+against)"
    # A UN body's recorded vote: "12 in favour to none against", "120 in favour, 8 against".
    rf"|(?<![\w.,])(?P<yes4>{_SIDE})\s+in\s+favou?r(?:\s+to|,)\s+(?P<no4>{_SIDE}|none)\s+against\b"
)
# "8-9 September", "10-11 a.m.": days or hours, no tally.
_NOT_AFTER = rf"(?!\s*(?:{'|'.join(MONTHS)}|[ap]\.?m\b|hours|days|years|months|weeks))"
_TALLY = re.compile(rf"(?:{_DASHED}){_NOT_AFTER}|{_WORDED}")
_DECIDED = (
    r"approved|passed|adopted|rejected|defeated|carried|failed|backed|endorsed|upheld"
    r"|overturned|struck\s+down|voted(?:\s+(?:for|against|down|through|in\s+favou?r\s+of))?"
    r"|won|lost|ratified|confirmed|elected|re-elected|agreed|ruled|decided|dismissed"
)
_VOTING = re.compile(
    rf"\b(?:votes?|voted|voting|ballot|majority|motion|bill|amendment|resolution|{_DECIDED})\b",
    re.IGNORECASE,
)
# A score: "won 3-1", "beat them 2-0", "a 4-3 win".
_SPORT = re.compile(
    r"\b(?:beat|won|lost|drew|draw|win|victory|defeat|score|scored|goals?|match|game|half|"
    r"innings|set|sets|lead|led|trailed|points?)\b",
    re.IGNORECASE,
)
# What was decided and by whom, before the tally: "Pillai's amendment ... failed",
# "city council narrowly approved a $1.24-billion operating budget".
_EVENT = re.compile(
    rf"(?P<who>[^,;:!?—–]{{0,140}}?)(?P<aux>\b(?:was|were|has\s+been|had\s+been)\s+)?"
    rf"(?:(?:narrowly|unanimously|overwhelmingly|easily|finally|then|also)\s+)?"
    rf"(?P<verb>{_DECIDED})\b(?P<what>(?:[^,;:.—–]|[.,](?=\d))*)"
)
_CLAUSE_BREAK = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:after|when|as|before|and|but|while|because|once|until)\s+)"
)
# Where the subject's words stop being the thing voted on: "the amendment to fund the cuts
# by drawing $4 million from ...".
_SUBJECT_STOP = re.compile(r"\s+(?:by|from|which|that|who|with|under)\b|\s+\S*[\d$£€]")
_LEADING = re.compile(r"^(?:after|when|as|and|but|then|while|because|once|until)\s+", re.I)
_PRONOUN = re.compile(r"(?:it|this|that|they|he|she|we|which|who)$", re.IGNORECASE)
# What follows the tally and still names the decision: "voted 9-7 to approve the budget".
_AFTER = re.compile(
    rf"\s*(?:vote\s+)?(?P<what>(?:to|in\s+favou?r\s+of|against)\s+[{SMALL}{CAPITAL}]"
    rf"[^,;:.—–]*)"
)
# "On a 5-4 vote, the board agreed to close the clinic": the decision after the tally.
_OPENING_TALLY = re.compile(r"^\s*(?:On|In|By|With)\s+(?:a|an)\s+$")
_DECISION_AFTER = re.compile(r"\s+(?:vote|decision|ruling|verdict),\s+(?P<rest>.+)$")
_TIME_TAIL = re.compile(
    r"\s+(?:late|early|on|in|at|after|following|last|this|yesterday|today|tonight|by|with|"
    r"over|despite|amid)\b.*$"
)
_DECIDED_AFTER = re.compile(
    rf"\s*(?:vote|decision|ruling|majority)?\s*,\s*(?P<verb>{_DECIDED})\b(?P<what>[^,;:.—–]*)"
)
# Bodies a sentence opens with that are no proper name: "Councillors approved ...".
_COMMON_BODIES = frozenset(
    [
        "Councillors",
        "Councilors",
        "Senators",
        "Lawmakers",
        "Legislators",
        "Members",
        "Shareholders",
        "Voters",
        "Justices",
        "Judges",
        "Delegates",
        "Directors",
        "Trustees",
        "Residents",
        "Ministers",
        "Commissioners",
        "Governors",
        "Representatives",
        "Deputies",
        "Peers",
        "MPs",
        "Aldermen",
        "Jurors",
    ]
)
_MOST_WORDS = 12


def find_vote_tallies(sentence: str, before: list[str], line: int) -> list[FoundFact]:
    """Every vote's tally in ``sentence``; ``before`` holds the sentences before it, nearest
    last, for a tally that names no decision ("The vote, 9-7, came ...")."""
    if _VOTING.search(sentence) is None:
        return []
    found: list[FoundFact] = []
    for match in _TALLY.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue  # a tally in a speaker's words may be a score or a hope
        answer = _answer(match)
        if answer is None:
            continue
        event = _event_before(sentence, match)
        if event is None and re.search(
            r"\b(?:vote|tally|count|result)\s*[,(]\s*$|\bvote\s+(?:was|is)\s+$",
            sentence[: match.start()],
        ):
            event = next((e for e in map(_event_in, reversed(before[-3:])) if e), None)
        if event is None:
            continue
        asked = "the result in seats" if "seats" in answer else "the vote"
        prompt = f"What was {asked} when {event}?"
        found.append(_fact(sentence, line, match, answer, prompt))
    return found


def _answer(match: re.Match[str]) -> str | None:
    if match.group("yes") is not None:
        yes, no = int(match.group("yes")), int(match.group("no"))
        if yes > 600 or no > 600:
            return None
        return f"{yes}-{no}"
    if match.group("yes2") is not None:
        unit = match.group("unit")
        unit = unit if unit.endswith("s") else f"{unit}s"
        return f"{match.group('yes2')} {unit} to {match.group('no2')}"
    if match.group("yes4") is not None:
        return f"{match.group('yes4')} in favour to {match.group('no4')} against"
    return f"{match.group('yes3')} votes to {match.group('no3')}"


def _event_before(sentence: str, match: re.Match[str]) -> str | None:
    """ "the Senate passed the bill" from "The Senate passed the bill by 52 votes to 48"."""
    head = sentence[: match.start()]
    opening = _OPENING_PARTICIPLE.match(head)
    if opening is not None:
        # "Adopting resolution 2824 (2026) by a recorded vote of ..., the Council also ...":
        # the body is the subject after the tally, the decision the participle's.
        body = _BODY_AFTER.search(sentence, match.end())
        if body is None:
            return None
        what = re.sub(r"\s*\S*\d\S*", "", opening.group("what")).strip()
        verb = _PAST[opening.group("verb")]
        return _phrase(body.group("who"), verb, f"the {what}" if " " not in what else what)
    if _OPENING_TALLY.match(head):
        after = _DECISION_AFTER.match(sentence, match.end())
        event = _EVENT.match(after.group("rest")) if after else None
        if event is None:
            return None
        return _phrase(event.group("who"), _verb(event), event.group("what"))
    worded = match.group("yes") is None
    if not worded and _SPORT.search(sentence) and not re.search(r"\bvot", sentence, re.I):
        return None  # "won 3-1": a score
    full_head = head
    head = re.sub(
        r"\s*(?:by\s+)?(?:a\s+|an\s+)?(?:(?:recorded|unanimous)\s+)?(?:vote\s+of\s+)?$", "", head
    )
    events = list(_EVENT.finditer(head))
    if not events:
        # "The court, by a 4-3 vote, struck down the law": the decision after the tally.
        after = _DECIDED_AFTER.match(sentence, match.end())
        subject = re.fullmatch(r"(?P<who>[^,;:]+),\s*(?:by|in|on|with)\s+(?:a|an)\s+", full_head)
        if after is None or subject is None:
            return None
        return _phrase(
            subject.group("who"), " ".join(after.group("verb").split()), after.group("what")
        )
    last = events[-1]
    if head[last.end() :].strip():
        return None  # the decision is not the tally's: "approved X, and later ... 9-7"
    tail = _AFTER.match(sentence, match.end())
    what = last.group("what").strip() or (tail.group("what").strip() if tail else "")
    return _phrase(last.group("who"), _verb(last), what)


_PAST = {"Adopting": "adopted", "Approving": "approved", "Rejecting": "rejected",
         "Passing": "passed", "Endorsing": "endorsed"}  # fmt: skip
_OPENING_PARTICIPLE = re.compile(
    rf"^\s*(?P<verb>{'|'.join(_PAST)})\s+(?P<what>[^,;]+?)\s+by\s+(?:a\s+)?"
    r"(?:(?:recorded|unanimous)\s+)?vote\s+of\s+$"
)
# ", with 3 abstentions (...), the Council also raised ...": the subject after the tally.
_BODY_AFTER = re.compile(
    rf",\s+(?P<who>the\s+[{CAPITAL}][\w-]*(?:\s+[{CAPITAL}][\w-]*){{0,3}})\s+(?:also\s+)?[{SMALL}]+"
)


def _event_in(sentence: str) -> str | None:
    """The decision an earlier sentence tells ("after city council narrowly approved a
    $1.24-billion operating budget late Wednesday night"), if it tells one."""
    if inside_quotation(sentence, len(sentence)):
        return None
    for event in _EVENT.finditer(sentence):
        if event.group("verb") in ("won", "lost", "confirmed", "agreed"):
            continue  # too common outside a vote
        what = event.group("what").strip()
        if what:
            phrase = _phrase(event.group("who"), _verb(event), what)
            if phrase:
                return phrase
    return None


def _phrase(who: str, verb: str, what: str) -> str | None:
    who = _clause_subject(who)
    if not who or _PRONOUN.fullmatch(who):
        return None
    what = _TIME_TAIL.sub("", " ".join(what.split()))
    # "a $1.24-billion operating budget": the figure is another card's answer.
    what = re.sub(r"^(?:a|an)\s+\S*[\d$£€]\S*\s+", "the ", what)
    what = re.sub(r"\s*\S*[\d$£€]\S*", "", what).strip()
    phrase = " ".join(part for part in (who, verb, what) if part)
    if len(phrase.split()) > _MOST_WORDS or re.search(r"[\d$£€]", phrase):
        return None
    return phrase


def _verb(event: re.Match[str]) -> str:
    """ "was carried", "approved": the verb as the sentence has it, auxiliary and all."""
    return " ".join(f"{event.group('aux') or ''} {event.group('verb')}".split())


def _clause_subject(who: str) -> str:
    who = " ".join(who.split())
    pieces = _CLAUSE_BREAK.split(who)
    who = pieces[-1] if pieces else who
    who = _LEADING.sub("", who)
    stop = _SUBJECT_STOP.search(who)
    if stop:
        who = who[: stop.start()]
    who = who.strip(" \"'“”‘’")
    first, _, rest = who.partition(" ")
    if (first in ("The", "A", "An", "Its", "Their") and rest) or first in _COMMON_BODIES:
        who = f"{first.casefold()} {rest}".strip()
    return who


def _fact(sentence: str, line: int, match: re.Match[str], answer: str, prompt: str) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    numbers = re.findall(r"\d+", answer)
    accept = (
        (f"{numbers[0]}-{numbers[1]}", f"{numbers[0]} to {numbers[1]}") if len(numbers) == 2 else ()
    )
    return FoundFact(
        "text",
        "counts",
        answer,
        match.group(0),
        sentence,
        match.start(),
        match.end(),
        "by what vote",
        line,
        evidence=sentence,
        prompt=prompt,
        accept=tuple(other for other in accept if other != answer),
    )


def find_article_tallies(article: Article, found: list[FoundFact]) -> list[FoundFact]:
    """Every vote's tally in ``article``, each sentence read with the three before it, and
    none where another fact already is."""
    tallies: list[FoundFact] = []
    before: list[str] = []
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            for fact in find_vote_tallies(sentence, before, number):
                if not any(fact.overlaps(other) for other in found):
                    tallies.append(fact)
            before = [*before[-2:], sentence]
    return tallies


# "carried with a two-thirds majority", "passed by a narrow majority": how large a
# majority decided it, asked in place of the decision ("The motion was carried with what
# majority?").
_MAJORITY = re.compile(
    r"\b(?P<prep>with|by)\s+(?:a|an)\s+(?P<answer>(?P<size>two-thirds|three-quarters|"
    r"three-fifths|simple|absolute|qualified|overwhelming|narrow|comfortable|clear|large)"
    r"\s+majority)\b(?!\s+(?:of|in)\b)"
)


_SMALL_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SMALL = rf"\d{{1,2}}|{'|'.join(_SMALL_COUNTS)}"
# A bench's or board's split written as its majority: "by a majority of two to one", "by a
# 2-1 majority", "with a 5-4 majority". The answer is the split in digits ("2-1").
_SPLIT_MAJORITY = re.compile(
    rf"\b(?P<prep>[Ww]ith|[Bb]y)\s+(?:a|an)\s+(?:majority\s+of\s+(?P<yes>{_SMALL})\s*(?:votes?\s+)?(?:to|[-–])\s*"
    rf"(?P<no>{_SMALL})|(?P<yes2>{_SMALL})\s*[-–]\s*(?P<no2>{_SMALL})\s+majority)\b",
    re.IGNORECASE,
)
# "three appeal judges": the bench's size is another card's answer, so the subject is asked
# as "the appeal judges".
_LEADING_COUNT = re.compile(rf"^(?:{_SMALL}|\d+)\s+(?=[{SMALL}])", re.IGNORECASE)


def _small(count: str) -> int:
    return int(count) if count.isdigit() else _SMALL_COUNTS.index(count.casefold()) + 1


def find_split_majorities(sentence: str, line: int) -> list[FoundFact]:
    """Every split majority a decision in ``sentence`` was taken by, asked of the decision
    ("The appeal judges dismissed an appeal by what majority?" for "By a majority of two to
    one, three appeal judges dismissed an appeal ..."), whether it comes before or after."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SPLIT_MAJORITY.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue
        yes = _small(match.group("yes") or match.group("yes2"))
        no = _small(match.group("no") or match.group("no2"))
        if yes <= no:
            continue  # no majority: "a majority of one to two" is no split a bench gives
        head = sentence[: match.start()].strip()
        if head:
            events = list(_EVENT.finditer(head))
            if not events or head[events[-1].end() :].strip(" ,"):
                continue
            event = events[-1]
        else:
            after = re.match(r"\s*,\s*(?P<rest>.+)$", sentence[match.end() :])
            event = _EVENT.match(after.group("rest")) if after else None  # type: ignore[assignment]
            if event is None:
                continue
        who = _LEADING_COUNT.sub("the ", " ".join(event.group("who").split()))
        # "decided by a majority of five votes to two to cut the rate": what was decided
        # follows the majority.
        tail = _AFTER.match(sentence, match.end()) if head else None
        what = event.group("what").strip() or (tail.group("what") if tail else "")
        phrase = _phrase(who, _verb(event), what)
        if phrase is None:
            continue
        answer = f"{yes}-{no}"
        asked = f"{match.group('prep').casefold()} what majority"
        found.append(
            FoundFact(
                "text",
                "counts",
                answer,
                match.group(0),
                sentence,
                match.start(),
                match.end(),
                "by what majority",
                line,
                evidence=sentence,
                prompt=f"{phrase[:1].upper()}{phrase[1:]} {asked}?",
                accept=(f"{yes} to {no}",),
            )
        )
    return found


def find_majorities(sentence: str, line: int) -> list[FoundFact]:
    """Every majority ``sentence`` says a decision was taken by."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _MAJORITY.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue
        head = sentence[: match.start()].rstrip()
        events = list(_EVENT.finditer(head))
        if not events or head[events[-1].end() :].strip():
            continue  # "with a clear majority of residents": no decision before it
        event = _phrase(events[-1].group("who"), _verb(events[-1]), events[-1].group("what"))
        if event is None:
            continue
        answer = match.group("answer")
        prompt = f"{event[:1].upper()}{event[1:]} {match.group('prep')} what majority?"
        found.append(
            FoundFact(
                "text",
                "counts",
                answer,
                answer,
                sentence,
                match.start("answer"),
                match.end("answer"),
                "what majority",
                line,
                evidence=sentence,
                prompt=prompt,
                accept=(match.group("size"),),
            )
        )
    return found
