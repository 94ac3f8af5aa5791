"""A question cut down to what it asks: the sentence's parts that hold other facts go.

A question asked in place keeps its whole sentence, and with it the neighbouring facts
("… rose what percentage to 41 euros per megawatt hour on the news, according to traders?").
Each cut here is one newsroom sentences share, and each leaves the question's own subject:
- a non-restrictive "which"/"who" clause holding the question becomes the statement
  ("The plant, which handles roughly what percentage of exports, will stay closed ..." asks
  "The plant handles roughly what percentage of exports?"), and one not holding it goes,
  before the question or after it;
- what follows the question after a comma (", according to traders", ", well above ...");
- a phrase after the question that only carries another figure ("to 41 euros", "from 1.6
  per cent", "by 0.25 percentage points");
- an opening phrase before the subject ("Sentencing on Wednesday, ", "In a statement, ").
"""

from __future__ import annotations

import re

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL

# A cut must leave at least this many words, so the question still says what it is about.
_MIN_WORDS = 5
_RELATIVE = re.compile(r",\s+(?:which|who)\s+")
# The verb an aside about a subject leaves the clause to: "the pier, which ..., was".
_VERB_AFTER_ASIDE = re.compile(
    r"(?:was|were|is|are|has|had|have|will|would|could|should|can|may|might|must)\b"
)
_AGE_BEFORE = re.compile(rf"(?<=[{CAPITAL}{SMALL}])(?:,\s+\d{{1,3}})$")
# The capitalised name that ends the words before ", which" ("at Northgate Capital").
# ("the Norway–Chile Green Shipping Partnership": a name joined by a dash is one name.)
# ("Viana do Castelo", "Ludwig van Beethoven": a lower-case particle
# between two capitalised words is part of the name.)
_NAME_PARTICLE = r"(?:do|da|dos|das|de|del|della|di|du|des|van|von|der|den|la|le|y)"
_NAMED_LAST = re.compile(
    rf"(?<![\w’'–])((?:[{CAPITAL}][\w&’'–-]*\s+(?:{_NAME_PARTICLE}\s+(?=[{CAPITAL}]))?){{0,3}}[{CAPITAL}][\w&’'–-]*"
    rf"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*)\s*$"
)
_ABBREVIATION_LAST = re.compile(rf"\(([{CAPITAL}][{CAPITAL}{SMALL}&]{{1,7}})\)\s*$")
# Not inside a range ("10 to 14 days", "nine months to 14 years"): that is one figure.
_FIGURE_AFTER = re.compile(
    r"(?<!\d)(?<!years)(?<!months)(?<!weeks)(?<!days)(?<!hours)"
    r"\s+(?:to|from|by|at|of|with|compared with)\s+(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[$€£¥]\s?)?\d"
)
_DANGLING = re.compile(
    r"(?:,?\s+(?:up|down|for|and|or|to|from|by|with|of|at|the|a|an|worth"
    # "by the end" (of 2026): the time it led to was cut.
    r"|(?:by|at|before|until|from|in|since|to)\s+the\s+(?:end|start|beginning|middle)))+$"
)
_OPENER = re.compile(
    rf"(?:(?:In|On|At|After|Before|Asked|Speaking|According|During|Under)\b|[{CAPITAL}][{SMALL}]+ing\b)"
    rf"[^,]{{0,50}},\s+(?=[{CAPITAL}]|(?:the|a|who|what)\s)"
)


def trim_question(text: str, at: int, length: int) -> tuple[str, int]:
    """``text`` (holding the question phrase at ``at``, ``length`` characters) cut down to
    the parts the question needs, and where the question phrase now is."""
    text, at = _relative_clause(text, at, length)
    end = at + length
    cut = _first_outside_quotes(
        text,
        [
            m.start()
            for m in re.finditer(r",\s", text[end:])
            if not _in_a_list_of_names(text, end + m.start())
        ],
        end,
    )
    if cut is not None and len(text[:cut].split()) >= _MIN_WORDS:
        text = text[:cut]
    figure = _FIGURE_AFTER.search(text, end)
    if figure and len(text[: figure.start()].split()) >= _MIN_WORDS:
        text = text[: figure.start()]
    # A cut may leave the words that led to what it took away: "Turnout was X, up" (from
    # 20%), "training for up" (to 60 personnel).
    dangling = _DANGLING.search(text, end)
    if dangling and len(text[: dangling.start()].split()) >= _MIN_WORDS - 1:
        text = text[: dangling.start()]
    opener = _OPENER.match(text)
    if opener and opener.end() <= at and len(text[opener.end() :].split()) >= _MIN_WORDS:
        text, at = text[opener.end() :], at - opener.end()
    return text, at


# "the European Union, Spain and Mauritania signed": a comma between names in a list.
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*$")
_NAMES_AFTER = re.compile(
    r",\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:[A-Z][\w’'-]*,\s+(?:[A-Z][\w’'-]*\s+){0,3}?)*"
    r"(?:and|or)\s+(?:the\s+)?[A-Z]"
)


def _in_a_list_of_names(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` parts two names of one list ("France, Spain and
    Italy"), no clause a question may be cut at."""
    return bool(_NAME_BEFORE.search(text, 0, comma)) and bool(_NAMES_AFTER.match(text, comma))


def _relative_clause(text: str, at: int, length: int) -> tuple[str, int]:
    for clause in _RELATIVE.finditer(text):
        close = text.find(", ", clause.end())
        close = len(text) if close < 0 else close
        if inside_quotation(text, clause.start()):
            continue
        holds = clause.end() <= at and at + length <= close
        subject = text[: clause.start()]
        gap = _NOT_SUBJECT.match(text, clause.end()) or _SPEAKER_FRAME.match(text, clause.end())
        if holds and gap is not None:
            # "X, which the ministry said would create ...": the ministry says it of X; "X,
            # which the council will vote on in May": the council votes on X.
            return (
                _reported_of(text, at, clause, close, subject)
                or _object_of(text, at, clause, close, subject)
                or (text, at)
            )
        if holds and "," not in subject and subject[:1].isupper() and len(subject.split()) <= 6:
            # "The plant, which handles X" asks "The plant handles X".
            text = f"{subject} {text[clause.end() : close]}"
            return text, at - (clause.end() - clause.start()) + 1
        # "the European Grocery Basket Monitor (EGBM), which tracks": the body by its short form.
        owner = _ABBREVIATION_LAST.search(subject) or _NAMED_LAST.search(subject)
        if owner and _WHEN.fullmatch(owner.group(1)):
            owner = None  # "announced in May, which ...": a month is no body
        if holds and owner and text[clause.start() :].lstrip(", ").startswith("which"):
            # "..., a manager at Northgate Capital, which holds about X" asks "Northgate
            # Capital holds about X": "which" stands for the body named just before it.
            body = owner.group(1)
            # "TSMC, Samsung and Intel, which together hold": "which" is all of them.
            listed = _LISTED_BEFORE.search(subject, 0, owner.start(1))
            if listed:
                body = listed.group(0) + body
            body = body[:1].upper() + body[1:]
            text = f"{body} {text[clause.end() : close]}"
            return text, at - clause.end() + len(body) + 1
        thing = _thing_before(subject)
        if holds and thing and text[clause.start() :].lstrip(", ").startswith("which"):
            # "... part of a €1.7 billion capital programme announced last year, which raises
            # X" asks "The capital programme raises X": "which" is the thing named before it.
            text = f"{thing} {text[clause.end() : close]}"
            return text, at - clause.end() + len(thing) + 1
        if not holds and close < len(text) and close + 2 <= at:
            # A clause before the question adds a fact the question does not need, and so
            # does an age before it ("Ann Lee, 58, who joined in 2019, will leave").
            begin = clause.start()
            age = _AGE_BEFORE.search(text, 0, begin)
            if age:
                begin = age.start()
            text = text[:begin] + " " + text[close + 2 :]
            return text, at - (close + 2 - begin) + 1
        if (
            not holds
            and clause.start() >= at + length
            and _VERB_AFTER_ASIDE.match(text, close + 2) is not None
        ):
            # So does one after it, with the rest of the clause kept: "Who said the old pier,
            # which opened in 1961, was "beyond repair"?" asks "Who said the old pier was
            # "beyond repair"?", not "Who said the old pier?" (the comma's cut below).
            return text[: clause.start()] + " " + text[close + 2 :], at
    return text, at


# "which the ministry said would ...", "which the landlord must arrange ...": "which" is not
# the clause's subject, so the clause cannot open on its antecedent.
_NOT_SUBJECT = re.compile(
    r"(?:the|a|an|its|their|his|her|this|these|those|he|she|they|it|we|I|you|officials|"
    r"analysts|ministers)\b"
)
# "the ministry said would", "officials expect will": a speaker and a reporting verb before
# the clause's own verb, whose subject "which" is.
_SPEAKER_FRAME = re.compile(
    r"(?P<who>(?:(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?)?[\w’'-]+)\s+"
    r"(?P<verb>said|says|believes|believe|expects|expect|estimates|estimate|thinks|think|"
    r"claims|claim|predicts|predict)\s+"
    r"(?=(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)\s)"
)


# "a shipyard in ", "the new depot at ": a thing, then the place it stands in.
_SITED_THING = re.compile(
    rf"\b(?:a|an|the)\s+(?P<thing>(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*)\s+(?:in|at|near)\s+$"
)


def _reported_of(
    text: str, at: int, clause: re.Match[str], close: int, subject: str
) -> tuple[str, int] | None:
    """ "X, which the ministry said would create how many jobs" as "The ministry said X
    would create how many jobs"; None where the clause holds no speaker before its verb or
    the antecedent is no name or thing."""
    frame = _SPEAKER_FRAME.match(text, clause.end())
    if frame is None or frame.end() > at:
        return None
    owner = _ABBREVIATION_LAST.search(subject) or _NAMED_LAST.search(subject)
    sited = owner and _SITED_THING.search(subject[: owner.start(1)])
    if sited:
        # "a shipyard in Porto Lindo, which the ministry said would ...": the shipyard would,
        # not the town it stands in.
        antecedent = "the " + sited["thing"]
    elif owner and not _WHEN.fullmatch(owner.group(1)):
        antecedent = owner.group(1)
        if antecedent.split()[0] in ("The", "Its", "Their"):
            antecedent = antecedent[:1].lower() + antecedent[1:]
    else:
        thing = _thing_before(subject)
        if thing is None:
            return None
        antecedent = "the" + thing.removeprefix("The")
    who = frame["who"]
    head = f"{who[:1].upper()}{who[1:]} {frame['verb']} {antecedent} "
    return head + text[frame.end() : close], at - frame.end() + len(head)


# "the four councils are due to vote on", "the landlord must arrange": the clause's own
# subject, the verbs leading to its main verb, and the main verb whose object "which" is,
# before a phrase of time or the question (where the object would stand).
_OBJECT_GAP = re.compile(
    r"(?P<subject>(?:the|a|an|its|their|his|her|this|these|those)\s+(?:[\w’'-]+\s+){0,3}?"
    r"|(?:he|she|they|we)\s+)"
    r"(?:(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had|be|"
    r"been|not|also|still|due|expected|likely|set|going|hopes?|plans?|wants?|intends?|aims?|"
    r"expects?|needs?|to)\s+)+"
    rf"(?P<verb>[{SMALL}]+)(?:\s+(?:on|to|for|with|about|at|into|over|from|through|up|off|out)"
    r"(?=\s+(?:in|on|by|within|before|after|until|during|which|what|how)\b))?"
    r"(?=\s+(?:in|on|by|within|before|after|until|during)\b)"
)


def _object_of(
    text: str, at: int, clause: re.Match[str], close: int, subject: str
) -> tuple[str, int] | None:
    """ "the renewal programme, which the councils are due to vote on in which month" as
    "The councils are due to vote on the renewal programme in which month"; None where the
    clause's verb and the thing "which" stands for are not both found."""
    gap = _OBJECT_GAP.match(text, clause.end(), close)
    thing = _thing_before(subject)
    if gap is None or gap.end() > at or thing is None:
        return None
    clause_text = text[clause.end() : gap.end()]
    head = f"{clause_text[:1].upper()}{clause_text[1:]} the{thing.removeprefix('The')}"
    return head + text[gap.end() : close], at - gap.end() + len(head)


def _thing_before(subject: str) -> str | None:
    """The last noun phrase of ``subject`` as "The ...", its figures and a participle phrase
    after it left out ("a €1.7 billion capital programme announced last year" → "The
    capital programme"); None when there is none."""
    for found in reversed(list(_DETERMINER.finditer(subject))):
        phrase = _PARTICIPLE.sub("", subject[found.end() :]).split()
        if _VERB_WORDS & set(phrase):
            return None  # "the plant would make 2-nanometre chips" is a clause, no thing
        words = [w for w in phrase if not re.search(r"[\d$€£¥]", w) and w not in _SCALES]
        if (
            words
            and all(re.fullmatch(rf"[{SMALL}][\w-]*", word) for word in words)
            and len(words) <= 4
        ):
            return "The " + " ".join(words)
    return None


_NAME_WORDS = rf"[{CAPITAL}][\w&’'-]*(?:\s+[{CAPITAL}][\w&’'-]*)*"
_LISTED_BEFORE = re.compile(rf"(?:{_NAME_WORDS},\s+)*{_NAME_WORDS}\s+and\s+$")
_WHEN = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their)\s+")
_PARTICIPLE = re.compile(rf"\s+[{SMALL}]+ed\b.*$")
_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
_VERB_WORDS = frozenset(
    {"would", "will", "could", "should", "can", "may", "might", "must", "is", "are", "was",
     "were", "has", "have", "had", "make", "makes", "made", "said", "says", "do", "does", "did"}
)  # fmt: skip


def _first_outside_quotes(text: str, offsets: list[int], base: int) -> int | None:
    for offset in offsets:
        if not inside_quotation(text, base + offset):
            return base + offset
    return None
