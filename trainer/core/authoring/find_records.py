"""The records, streaks and ordinals a briefing leans on, each a card of its own:

- a streak: "Food inflation has now risen for four months in a row" asks "Food inflation
  has now risen for how many months in a row?" (answer "four months in a row", "four
  months" and "four" accepted); "for a fifth straight quarter" likewise;
- an ordinal: "It is the third collision in the strait this year" asks "Which collision in
  the strait this year is it?" (answer "third collision", "third" accepted); a run told as
  its latest step ("Retail sales posted a fifth consecutive monthly gain") asks "Retail
  sales posted which consecutive monthly gain?";
- a record with its start: "This is the lowest annual rate since March 2026" asks "What
  record does the annual rate mark?" (answer "lowest annual rate since March 2026"); the
  month it goes back to is the date finder's card; a record over what a body has done
  ("The fine is the biggest penalty the regulator has ever issued") asks "What record does
  the fine set among penalties the regulator has ever issued?" (answer "biggest penalty");
  a record with no start date ("It was the worst harvest on record", "the wettest autumn
  in a decade") asks the same way.

A streak needs a subject the clause names (not "it"); "since 2019" as the plain start of a
period, "a row of houses" and a first with no run behind it give no card.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_UNITS = r"(?:days|weeks|months|quarters|years|sessions|meetings|seasons|terms|times|nights)"
_UNIT = r"(?:day|week|month|quarter|year|session|meeting|season|term|time|night)"
_COUNT = rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})"
_ORDINAL = rf"(?:{'|'.join(_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))"
# "for four months in a row", "for six consecutive quarters", "for the third straight year".
_STREAK = re.compile(
    rf"\bfor\s+(?:(?P<count>{_COUNT})\s+(?:(?:consecutive|straight|successive)\s+)?"
    rf"(?P<units>{_UNITS})(?P<row>\s+in\s+a\s+row|\s+running)?"
    rf"|(?:a|the)\s+(?P<ordinal>{_ORDINAL})\s+(?P<run>consecutive|straight|successive)\s+"
    rf"(?P<unit>{_UNIT}))\b"
)
# "It is the third collision in the strait this year", "the second consecutive monthly
# fall": an ordinal and what it counts, with where or when the count runs.
_ORDINAL_CLAIM = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\band\s))(?P<subject>[Ii]t|[Tt]his|[Tt]hat)\s+"
    r"(?P<verb>is|was|marks|marked|will\s+be|would\s+be)\s+the\s+"
    rf"(?P<answer>(?P<ordinal>{_ORDINAL})\s+(?P<run>(?:consecutive|straight|successive)\s+)?"
    rf"(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,2}}?[{SMALL}][\w-]*?))"
    r"(?P<scope>\s+(?:in|on|at|of|for|to|by|since|this|so|under)\s+[^,;:.]{2,50}?)?"
    r"(?=\s*[,;:.]|\s*$|\s+(?:and|after|as|when|while|but|which|since)\b)"
)
# "Retail sales posted a fifth consecutive monthly gain": a run told as its latest step.
_RUN = re.compile(
    r"\b(?P<verb>posted|recorded|notched|logged|saw|suffered|reported|registered|made|won|"
    r"lost|had|has\s+(?:posted|recorded|seen|had|made|won|lost))\s+(?:a|an|its|their|the)\s+"
    rf"(?P<answer>(?P<ordinal>{_ORDINAL})\s+(?P<run>consecutive|straight|successive)\s+"
    rf"(?P<noun>(?:[{SMALL}][\w-]*\s+){{0,2}}?[{SMALL}][\w-]*))"
    r"(?=\s*[,;:.]|\s*$|\s+(?:in|on|at|for|since|as|after|and|but|while|this|last)\b)"
)
_MONTH = "|".join(MONTHS)
_SUPERLATIVE = (
    r"(?:lowest|highest|largest|biggest|smallest|sharpest|steepest|fastest|slowest|weakest"
    r"|strongest|deepest|worst|best|warmest|coldest|wettest|driest|busiest|longest|shortest"
    r"|most|least)"
)
# "the lowest annual rate since March 2026", "the biggest fall since records began in 2011".
_RECORD = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\band\s))(?P<subject>[Ii]t|[Tt]his|[Tt]hat)\s+(?P<verb>is|was)\s+"
    rf"(?:now\s+)?the\s+(?P<answer>{_SUPERLATIVE}\s+(?P<noun>(?:[{SMALL}][\w-]*\s+){{1,4}}?)"
    rf"(?:since\s+(?:records\s+began(?:\s+in\s+(?:{_MONTH}\s+)?\d{{4}})?"
    rf"|(?:(?:{_MONTH})\s+)?(?:19|20)\d{{2}})"
    # "the worst harvest on record", "the wettest autumn in a decade" (no start date).
    r"|on\s+record|ever\s+recorded|in\s+(?:a|two|three|four|five|ten|\d{1,2}|over\s+a)"
    r"\s+(?:decades?|years?|century|generation)))"
    r"(?=\s*[,;:.]|\s*$|\s+(?:and|after|as|when|while|but|which|for)\b)"
)
_NOUN_WORD = rf"(?!(?:the|a|an|that|which|its|their|in|of|for|on|since)\b)[{SMALL}][\w-]*"
# "The decision, published on Thursday, is the largest financial penalty the CSB has imposed
# on a sports broadcaster": a record over what a body has done, asked of its subject.
_RECORD_OF_BODY = re.compile(
    rf"(?:^|(?<=[;]\s))(?P<subject>(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+[{SMALL}][\w-]*"
    rf"(?:\s+[{SMALL}][\w-]*)?)(?:,[^,;]{{3,60}},)?\s+(?P<verb>is|was)\s+the\s+"
    rf"(?P<answer>{_SUPERLATIVE}\s+(?P<noun>(?:{_NOUN_WORD}\s+){{0,2}}{_NOUN_WORD}))\s+"
    r"(?P<whose>(?:that\s+|which\s+)?(?:(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    rf"|[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*)"
    rf"\s+(?:has|have|had)\s+(?:ever\s+)?[{SMALL}]{{2,}}\b[^,;:.]{{0,50}}?)"
    r"(?=\s*[,;:.]|\s*$|\s+(?:and|but|while|which|after)\b)"
)
_NOT_A_SUBJECT = re.compile(
    r"(?:it|this|that|they|he|she|we|there|which|who|[\w'’-]*\d[\w'’-]*)", re.IGNORECASE
)
_CLAUSE_START = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|but|while|as)\s+|\b(?:said|says|that|after|because)\s+)"
)
_MOST_PROMPT_WORDS = 16
_PAST_VERBS = {"was", "marked", "would be"}


def find_records(sentence: str, line: int) -> list[FoundFact]:
    """Every streak, ordinal and record with its start in ``sentence``."""
    found = [
        *_streaks(sentence, line),
        *_runs(sentence, line),
        *_ordinals(sentence, line),
        *_records(sentence, line),
    ]
    # "has nearly doubled since June", ", the highest since records began": in plain words.
    from trainer.core.authoring.find_trends import find_trends

    return found + find_trends(sentence, line)


def _streaks(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    accept: tuple[str, ...]
    for match in _STREAK.finditer(sentence):
        head = _clause_before(sentence, match.start())
        words = head.split()
        if not 2 <= len(words) <= _MOST_PROMPT_WORDS or _NOT_A_SUBJECT.fullmatch(words[0]):
            continue  # "It has risen for four months in a row": no subject to ask of
        if re.search(r"[\d$£€%]", head):
            continue  # a figure in the clause is another card's
        if match.group("count"):
            count, units = match.group("count"), match.group("units")
            written = " ".join(match.group(0).split()[1:])
            if not match.group("row") and not re.search(
                r"consecutive|straight|successive", written
            ):
                continue  # "for four months": how long, the measures' card
            answer = written
            asked = f"for how many {units} in a row"
            accept = (f"{count} {units}", count)
        else:
            ordinal, unit = match.group("ordinal"), match.group("unit")
            answer = f"{ordinal} {match.group('run')} {unit}"
            asked = f"for which {match.group('run')} {unit}"
            accept = (ordinal,)
        prompt = f"{_opening(head)} {asked}?"
        found.append(
            sentence_text_fact(sentence, line, match.start(), match.end(), answer, prompt, accept)
        )
    return found


def _runs(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _RUN.finditer(sentence):
        head = _clause_before(sentence, match.start())
        words = head.split()
        if not 1 <= len(words) <= _MOST_PROMPT_WORDS or _NOT_A_SUBJECT.fullmatch(words[0]):
            continue  # "It posted a fifth straight gain": no subject to ask of
        if re.search(r"[\d$£€%]", head) or inside_quotation(sentence, match.start()):
            continue
        verb = " ".join(match.group("verb").split())
        prompt = f"{_opening(head)} {verb} which {match.group('run')} {match.group('noun')}?"
        found.append(_answer_fact(sentence, line, match, prompt, (match.group("ordinal"),)))
    return found


def _ordinals(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _ORDINAL_CLAIM.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue  # "it is the second cut in a row" in a speaker's words: the quote's card
        noun = match.group("noun")
        if noun in ("time", "one", "of", "and") or noun.endswith("est"):
            continue  # "the second time", "the third largest": no thing counted
        run = (match.group("run") or "").strip()
        scope = " ".join((match.group("scope") or "").split())
        if not run and not scope:
            continue  # "It was the second attempt": nothing the count runs over
        verb = " ".join(match.group("verb").split())
        verb = "was" if verb in _PAST_VERBS else "is"
        which = " ".join(part for part in (run, noun, scope) if part)
        prompt = f"Which {which} {verb} it?"
        found.append(_answer_fact(sentence, line, match, prompt, (match.group("ordinal"),)))
    return found


def _records(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    for match in _RECORD.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue
        noun = " ".join(match.group("noun").split())
        if noun.split()[0] in ("time", "level", "on", "in", "of") and len(noun.split()) == 1:
            continue  # "the highest level since 2019": no thing named to ask of
        verb = "does" if match.group("verb") == "is" else "did"
        prompt = f"What record {verb} the {noun} mark?"
        found.append(_answer_fact(sentence, line, match, prompt))
    for match in _RECORD_OF_BODY.finditer(sentence):
        subject = match.group("subject")
        subject = f"{subject[:1].casefold()}{subject[1:]}"
        if subject.split()[0] == "this" and len(subject.split()) == 1:
            continue
        verb = "does" if match.group("verb") == "is" else "did"
        whose = " ".join(match.group("whose").split())
        whose = re.sub(r"^(?:that|which)\s+", "", whose)
        answer = " ".join(match.group("answer").split())
        superlative = answer.split()[0]
        prompt = f"What record {verb} {subject} set among {_plural(match.group('noun'))} {whose}?"
        found.append(_answer_fact(sentence, line, match, prompt, (superlative, f"the {answer}")))
    return found


def _plural(noun: str) -> str:
    """ "financial penalty" as "financial penalties"."""
    noun = " ".join(noun.split())
    if re.search(r"[^aeiou]y$", noun):
        return f"{noun[:-1]}ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return f"{noun}es"
    return f"{noun}s"


def _clause_before(sentence: str, at: int) -> str:
    """The clause's words up to ``at``: "Food inflation has now risen"."""
    head = sentence[:at]
    starts = [match.end() for match in _CLAUSE_START.finditer(head)]
    head = head[starts[-1] if starts else 0 :]
    return " ".join(head.strip(" \"'“”‘’,").split())


def _opening(head: str) -> str:
    return f"{head[:1].upper()}{head[1:]}"


def _answer_fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    prompt: str,
    accept: tuple[str, ...] = (),
) -> FoundFact:
    """The fact whose answer is ``match``'s "answer" group, its spaces made single."""
    answer = " ".join(match.group("answer").split())
    return sentence_text_fact(
        sentence, line, match.start("answer"), match.end("answer"), answer, prompt, accept
    )
