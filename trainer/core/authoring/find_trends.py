"""Records and trends told in plain words, with no figure to ask: each a card of its subject.

- a change as a multiple: "The number of people facing crisis (IPC Phase 3+) has nearly
  doubled since June" asks "How has the number of people facing crisis changed since
  June?" (answer "nearly doubled"); "Confirmed cases nearly doubled during the reporting
  period" asks "How did confirmed cases change during the reporting period?";
- a record set off after a figure: "The waiting list reached 118,600, the highest since
  records began in 2011" asks "What record did the waiting list reach?" (answer "highest
  since records began in 2011"); "..., the worst on record", "..., the lowest in a decade";
- a run as what caused something: "A third consecutive failed rainy season has pushed
  southern Madagascar into its worst food crisis in a decade" asks "What has pushed
  southern Madagascar into its worst food crisis in a decade?" (answer "a third consecutive
  failed rainy season").

The subject is the clause's own words before the verb; a pronoun ("it has doubled", "his
support"), a figure in it, or a quotation around it leaves the claim to other cards.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.find_scope_claims import _in_question
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.text_facts import sentence_text_fact

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_HEDGE = r"(?:nearly|almost|more\s+than|roughly|about|over|at\s+least|well\s+over|broadly)"
_CLAUSE_END = r"(?=\s*[,;:.)]|\s*$|\s+(?:and|but|while|as|according|after|because|which)\b)"
# "has nearly doubled since June", "tripled in two years", "halved over the decade".
_MULTIPLE = re.compile(
    r"\s+(?:(?P<aux>has|have|had)\s+)?(?:also\s+)?"
    rf"(?P<answer>(?:{_HEDGE}\s+)?(?:doubled|tripled|trebled|quadrupled|halved))"
    r"(?P<when>\s+(?:since|in|over|during|from|within|between|compared\s+with|on)\s+"
    rf"[^,;:.“”\"]{{2,50}}?)?{_CLAUSE_END}"
)
_SUPERLATIVE = (
    r"(?:highest|lowest|largest|biggest|smallest|worst|best|strongest|weakest|fastest|slowest"
    r"|sharpest|steepest|deepest|warmest|coldest|wettest|driest|busiest|longest|shortest)"
)
# ", the highest since records began in 2011", ", the worst on record", ", its lowest in a
# decade", ", a record high": a record set off after the figure it describes.
_RECORD = re.compile(
    r",\s+(?:the|its|their|a)\s+(?P<answer>"
    rf"(?:{_SUPERLATIVE}(?:\s+(?:level|total|figure|number|rate|reading|ever))?"
    # "the highest level recorded there since 2009": where it was measured, not the record
    # (left out of the answer, which reads "highest level since 2009").
    r"(?P<seen>\s+(?:recorded|seen|registered|measured)(?:\s+(?:there|here|at\s+the\s+site))?"
    r"(?=\s+since\b))?"
    rf"(?:\s+since\s+(?:records\s+began(?:\s+in\s+\d{{4}})?|(?:[{CAPITAL}][{SMALL}]+\s+)?(?:19|20)\d{{2}})"
    r"|\s+on\s+record|\s+ever\s+recorded|\s+in\s+(?:a|two|three|four|five|ten|\d+|over\s+a)"
    r"\s+(?:decades?|years?|century))"
    r"|record\s+(?:high|low)))"
    rf"{_CLAUSE_END}"
)
# ", the largest outbreak of the disease in Finland since 1989": a record set off after the
# thing it describes, named again by its own noun ("an outbreak that began ..., the largest
# outbreak ..."). "of the disease" points back to what the story names: the answer leaves it
# out ("largest outbreak in Finland since 1989").
_NOUN_RECORD = re.compile(
    rf",\s+the\s+(?P<answer>{_SUPERLATIVE}\s+(?P<noun>[{SMALL}][{SMALL}-]+)"
    rf"(?P<back>\s+of\s+(?:the|its|their)\s+[{SMALL}][{SMALL}-]+)?"
    r"(?P<seen>\s+(?:recorded|seen|registered|reported))?"
    rf"(?:\s+in\s+(?:the\s+)?[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?)?"
    rf"\s+since\s+(?:records\s+began(?:\s+in\s+\d{{4}})?|(?:[{CAPITAL}][{SMALL}]+\s+)?(?:19|20)\d{{2}}))"
    rf"{_CLAUSE_END}"
)
# The verb the record's figure follows: "reached 118,600", "rose to 4.1%".
_FIGURE_VERB = re.compile(
    r"\s+(?P<verb>reached|hit|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to|jumped\s+to"
    r"|stood\s+at|stands\s+at|totalled|totaled|peaked\s+at|was|were|is|are)\s+"
    r"(?:[^,;]|,(?=\d)){1,50}$"
)
_ASKED_VERB = {
    "reached": "reach", "hit": "reach", "rose": "rise to", "climbed": "rise to",
    "jumped": "rise to", "fell": "fall to", "dropped": "fall to", "stood": "stand at",
    "stands": "stand at", "peaked": "peak at",
}  # fmt: skip
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
# "A third consecutive failed rainy season has pushed ...": a run as the sentence's subject.
_RUN_SUBJECT = re.compile(
    rf"^(?P<answer>(?:A|An|The)\s+{_ORDINAL}\s+(?:consecutive|straight|successive)\s+"
    rf"(?:[{SMALL}][\w-]*\s+){{0,3}}?[{SMALL}][\w-]*)\s+"
    rf"(?P<rest>(?:has|have|had|is|was|will|would|could|[{SMALL}]+ed)\b(?:\s+[\w'’-]+){{1,12}}?)"
    rf"{_CLAUSE_END}"
)
# Where a clause starts, for the subject before a verb.
_CLAUSE_START = re.compile(
    r"(?:^|[;:]\s*|,\s+(?:and|but|while|as|where|although|whereas)\s+|,\s+"
    r"|\b(?:[Ss]aid|[Ss]ays|[Tt]hat|[Aa]fter|[Bb]ecause|[Ww]here|[Ww]hile|[Ww]hen)\s+)"
)
_NOT_A_SUBJECT = re.compile(
    r"(?:it|this|that|they|he|she|we|there|which|who|his|her|its|their|our|these|those)\b",
    re.IGNORECASE,
)
_MOST_SUBJECT_WORDS = 12


def find_trends(sentence: str, line: int) -> list[FoundFact]:
    """Every change as a multiple, record after a figure and run as a subject in
    ``sentence``."""
    found: list[FoundFact] = []
    for match in _MULTIPLE.finditer(sentence):
        subject = _subject(sentence, match.start())
        if subject is None or inside_quotation(sentence, match.start()):
            continue
        aux, when = match.group("aux"), " ".join((match.group("when") or "").split())
        if re.search(r"\d", when):
            # "has more than doubled since 2022": the year's card asks "has more than
            # doubled since what year?"; a trend card beside it would hide it, and be hidden.
            continue
        tail = f" {when}" if when else ""
        if aux:
            prompt = f"How {aux} {subject} changed{tail}?"
        else:
            prompt = f"How did {subject} change{tail}?"
        found.append(_fact(sentence, line, match, prompt))
    for match in _RECORD.finditer(sentence):
        figure = _FIGURE_VERB.search(sentence, 0, match.start())
        if figure is None or inside_quotation(sentence, match.start()):
            continue
        subject = _subject(sentence, figure.start())
        if subject is None:
            continue
        verb = figure.group("verb").split()[0]
        does = "does" if verb in ("stands", "is", "are") else "did"
        # "reached 118,600, the highest ..." asks what record it reached.
        asked = _ASKED_VERB.get(verb, "mark")
        # (The record's own word only: the year it goes back to is the date finder's card.)
        word = (
            match.start("answer"),
            match.start("answer") + len(match.group("answer").split()[0]),
        )
        prompt = f"What record {does} {subject} {asked}?"
        found.append(_fact(sentence, line, match, prompt, word))
    found.extend(_noun_records(sentence, line, found))
    for match in _RUN_SUBJECT.finditer(sentence):
        rest = " ".join(match.group("rest").split())
        if re.search(r"[\d“”\"]", rest):
            continue
        found.append(_fact(sentence, line, match, f"What {rest}?"))
    return found


def _noun_records(sentence: str, line: int, found: list[FoundFact]) -> list[FoundFact]:
    """ "..., the largest outbreak of the disease in Finland since 1989" asks "What record
    does the outbreak mark?" when the clause before names an outbreak."""
    records: list[FoundFact] = []
    for match in _NOUN_RECORD.finditer(sentence):
        noun = match.group("noun")
        if (
            not _named_before(sentence, match)
            or inside_quotation(sentence, match.start())
            or any(fact.start <= match.start("answer") < fact.end for fact in found)
        ):
            continue
        word = (
            match.start("answer"),
            match.start("answer") + len(match.group("answer").split()[0]),
        )
        records.append(_fact(sentence, line, match, f"What record does the {noun} mark?", word))
    return records


def record_since_asked(sentence: str, plain: dict[str, str]) -> str | None:
    """The question of when a record set off after a figure goes back to, as the record:
    "Vacancies fell to 4.2%, the lowest since 2019" asks "When were vacancies last this
    low?"; ``plain`` gives each superlative's plain form. None for no such record."""
    for match in _RECORD.finditer(sentence):
        superlative = match.group("answer").split()[0]
        figure = _FIGURE_VERB.search(sentence, 0, match.start())
        if superlative not in plain or figure is None or " since " not in match.group(0):
            continue
        subject = _subject(sentence, figure.start())
        if subject is None:
            continue
        plural = subject.split()[-1].endswith("s") and not subject.endswith("ss")
        return f"When {'were' if plural else 'was'} {subject} last this {plain[superlative]}?"
    for match in _NOUN_RECORD.finditer(sentence):
        superlative, noun = match.group("answer").split()[0], match.group("noun")
        if superlative not in plain or not _named_before(sentence, match):
            continue
        where = re.search(
            rf"\s+in\s+(?:the\s+)?[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)?", match.group(0)
        )
        place = " ".join(where.group(0).split()) if where else ""
        article = indefinite_article(noun)
        # "When was there last an outbreak this large in Finland?"
        where_said = f" {place}" if place else ""
        return f"When was there last {article} {noun} this {plain[superlative]}{where_said}?"
    return None


def _named_before(sentence: str, match: re.Match[str]) -> bool:
    """True when the clause before a noun record names its noun ("an outbreak that ...")."""
    noun = re.escape(match.group("noun"))
    return re.search(rf"\b{noun}s?\b", sentence[: match.start()], re.IGNORECASE) is not None


def _subject(sentence: str, at: int) -> str | None:
    """The clause's words before ``at`` as a question names them, brackets left out; None
    for a pronoun, a figure or more words than a subject has."""
    head = sentence[:at]
    starts = [found.end() for found in _CLAUSE_START.finditer(head)]
    head = head[starts[-1] if starts else 0 :]
    head = re.sub(r"\s*\([^()]*\)", "", head)
    words = head.strip(" \"'“”‘’-–•*").split()
    if not 2 <= len(words) <= _MOST_SUBJECT_WORDS or _NOT_A_SUBJECT.fullmatch(words[0]):
        return None
    if re.search(r"[\d$£€%“”\"]", head):
        return None
    return _in_question(" ".join(words))


def _fact(
    sentence: str,
    line: int,
    match: re.Match[str],
    prompt: str,
    span: tuple[int, int] | None = None,
) -> FoundFact:
    written = " ".join(match.group("answer").split())
    answer = written
    # "highest level recorded there since 2009" is learnt as "highest level since 2009",
    # "largest outbreak of the disease in Finland ..." as "largest outbreak in Finland ...".
    left_out = [match.groupdict().get(name) for name in ("back", "seen")]
    seen = " ".join(part for part in left_out if part)
    for part in left_out:
        if part:
            answer = " ".join(answer.replace(" ".join(part.split()), "", 1).split())
    if answer[:1].isupper() and answer.split()[0] in ("A", "An", "The"):
        answer = f"{answer[:1].casefold()}{answer[1:]}"
    start, end = span or match.span("answer")
    accept = (written,) if seen else ()
    return sentence_text_fact(
        sentence, line, start, end, answer, prompt, accept, text=match.group("answer")
    )
