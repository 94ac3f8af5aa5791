"""Cards an editor deletes on sight: a detail that only qualifies another card's fact.

Each rule is a form of newswriting whose card asks nothing a reader would learn:
- how long ago something happened ("a post he last held eight years ago"), the story's
  aside on its timing, not an event with a date;
- the span an amount or count runs over ("€40 million over five years", "400mm of rain
  in 48 hours"): the amount is the fact, its span a qualifier asked with it or not at all;
- the span of a record ("its biggest gain in more than three years", "the first such
  survey in two decades"), which says only how rare the record is;
- a figure inside a quotation whose speaker the prompt cannot name ("Complete the
  quotation: “… for how many years …”"), a turn of speech rather than a fact;
- a figure that restates the one before it ("€2 billion, or about 4% of spending", "£40
  million (about $52 million)"): a share or a conversion of a figure asked on its own;
- a company's boilerplate ("Founded in 1994 and headquartered in Boston, ...", the
  forward-looking statements notice), the same in every release it issues;
- a poll's method beside its margin of error ("The survey of 1,050 adults, taken 3-9 May,
  has a margin of error of 3 points"): the margin is the figure a reader weighs the poll by,
  its sample and fieldwork days are the pollster's footnote;
- the earlier value of a figure whose change is stated beside it ("fell 12% to £40 million,
  from £45.5 million", "raised by 50 basis points, from 3.25% to 3.75%"): the new value and
  the change are the facts, the old one follows from them;
- the year a statistic's pace or level is last matched ("the fastest pace since 2008",
  "its lowest level since 2019"), which says only how rare the reading is.
"""

from __future__ import annotations

import re
from typing import Any

from trainer.core.authoring.finishing import gives_away
from trainer.core.authoring.letters import SMALL

_UNIT = r"(?:decades?|years?|months?|weeks?|days?|hours?)"
# A duration's answer as the drafter writes it: "three years", "48 hours", "18 months".
_DURATION_ANSWER = re.compile(rf"[\w.,-]+(?:\s+[\w.,-]+)?\s+{_UNIT}", re.IGNORECASE)
# A figure before the span it runs over: "350,000 people", "€250 million", "400 millimetres".
_FIGURE = re.compile(r"\d|\b(?:million|billion|thousand|hundred)\b", re.IGNORECASE)
# What ends the clause a span belongs to: a comma, a dash, a semicolon, a colon.
_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")
# A record's own words: a superlative or an ordinal ("biggest", "first", "second").
_RECORD = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|most|least|biggest|largest|highest|lowest|"
    r"smallest|worst|best|fastest|slowest|longest|shortest|strongest|weakest|sharpest|deepest|"
    r"steepest|greatest|warmest|coldest|hottest|wettest|driest|busiest|cleanest)\b",
    re.IGNORECASE,
)
_RECORD_SPAN = re.compile(r"\bin\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?$")
# "<figure>, or about" / "<figure> (": what follows restates the figure before it.
_RESTATES = re.compile(
    rf"\d[\w.,%]*(?:\s+[{SMALL}]+){{0,3}}\s*(?:,\s*or|\(|,\s*equivalent\s+to)\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?[$€£]?$"
)
# "$0.57 per diluted share" after "net income of $18 million, or": a figure of its own.
_PER_SHARE = re.compile(r"^\s*(?:per|a)\s+(?:diluted\s+|basic\s+)?share\b")
_SPAN_PREPOSITION = re.compile(r"\b(?:over|in)\s+(?:the\s+)?(?:(?:next|past|last|following)\s+)?$")
# A prompt is kept to the reviewers' length when a span is added to it.
_LONGEST_PROMPT = 20
_COMPLETE_THE_QUOTATION = "Complete the quotation:"
_BOILERPLATE = re.compile(
    r"^(?:(?:Founded|Established|Incorporated)\s+in\s+\d{4}\b|.*\bforward-looking\s+statements\b)",
    re.IGNORECASE,
)

# "has a margin of error of (plus or minus) 3.1 percentage points": a poll's method sentence.
_MARGIN_OF_ERROR = re.compile(
    r"\bmargin\s+of\s+error\s+of\s+(?:(?:\+/-|±|plus\s+or\s+minus)\s*)?$", re.IGNORECASE
)
_STATES_A_MARGIN = re.compile(r"\bmargin\s+of\s+error\s+of\b", re.IGNORECASE)
# "the fastest pace since" / "their lowest level since": a reading's rarity, not an event.
_PACE_SINCE = re.compile(
    r"\b(?:fastest|slowest|highest|lowest|strongest|weakest|sharpest|steepest|biggest|smallest)"
    r"\s+(?:pace|level|rate|reading)\s+since\s+$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}")
_CHANGE = r"\d[\d.,]*\s*(?:%|per\s?cent|percentage\s+points?|basis\s+points?|points?|bps)"
_AMOUNT = r"[$€£]?\d[\d.,]*\s*(?:%|p\b|per\s?cent|million\b|billion\b|bn\b|m\b)?"
# "fell 12% to £40 million, from" / "by 50 basis points, from": the old value after its change.
_FROM_AFTER_A_CHANGE = re.compile(
    rf"\b(?:{_CHANGE}\s+to\s+{_AMOUNT}\s*,?\s*(?:(?:up|down)\s+)?|by\s+{_CHANGE}\s*,?\s*)"
    r"from\s+(?:about\s+|around\s+)?[$€£]?$",
    re.IGNORECASE,
)


def without_editor_cuts(
    groups: dict[str, list[dict[str, Any]]],
) -> dict[str, list[dict[str, Any]]]:
    """``groups`` without the cards that only qualify another card's fact; the span of an
    amount is asked with the amount ("The council pledged how much over two years?")."""
    cards = [card for group in groups.values() for card in group]
    for card in cards:
        if editor_cuts(card):
            _ask_span_with_its_figure(card, cards)
    return {
        name: [card for card in group if not editor_cuts(card)] for name, group in groups.items()
    }


def _ask_span_with_its_figure(span: dict[str, Any], cards: list[dict[str, Any]]) -> None:
    evidence, answer = str(span.get("evidence") or ""), str(span.get("answer") or "")
    at = evidence.find(answer)
    if at < 0 or not _DURATION_ANSWER.fullmatch(answer):
        return
    before = evidence[:at]
    preposition = _SPAN_PREPOSITION.search(before)
    if preposition is None or not _span_of_a_figure(before):
        return
    phrase = evidence[preposition.start() : at + len(answer)]
    clause = _CLAUSE_BREAK.split(before[: preposition.start()])[-1]
    for card in cards:
        prompt = str(card.get("prompt") or "")
        figure = str(card.get("answer") or "")
        if (
            card is not span
            and card.get("evidence") == evidence
            and figure
            and figure in clause
            and prompt.endswith("?")
            and phrase not in prompt
            and len(prompt.split()) + len(phrase.split()) <= _LONGEST_PROMPT
        ):
            asked = f"{prompt[:-1]} {phrase}?"
            # ("over three years" would give away another card's "three")
            if not any(gives_away(asked, other) for other in cards if other not in (card, span)):
                card["prompt"] = asked
            return


def editor_cuts(card: dict[str, Any]) -> bool:
    """Whether an editor would delete ``card`` as a qualifier of another fact or boilerplate."""
    evidence = str(card.get("evidence") or "")
    answer = str(card.get("answer") or "")
    if _BOILERPLATE.match(evidence.strip()):
        return True
    if str(card.get("prompt", "")).startswith(_COMPLETE_THE_QUOTATION):
        return True
    if _poll_method(card, evidence):
        return True
    at = evidence.find(answer)
    if at < 0 or not answer:
        return False
    before, after = evidence[:at], evidence[at + len(answer) :]
    if _YEAR.fullmatch(answer) and _PACE_SINCE.search(before):
        return True
    if card.get("kind") == "number" and _FROM_AFTER_A_CHANGE.search(before):
        return True
    if card.get("kind") == "number" and _restates(before, after):
        return True
    if not _DURATION_ANSWER.fullmatch(answer):
        return False
    return _time_ago(after) or _span_of_a_figure(before) or _span_of_a_record(before)


def _poll_method(card: dict[str, Any], evidence: str) -> bool:
    """A card on a sentence stating a poll's margin of error that asks anything but the margin."""
    if _STATES_A_MARGIN.search(evidence) is None:
        return False
    answer = str(card.get("answer") or "")
    at = evidence.find(answer)
    return at < 0 or _MARGIN_OF_ERROR.search(evidence[:at]) is None


def _restates(before: str, after: str) -> bool:
    return _RESTATES.search(before) is not None and _PER_SHARE.match(after) is None


def _time_ago(after: str) -> bool:
    return re.match(r"\s+ago\b", after) is not None


def _span_of_a_figure(before: str) -> bool:
    """ "seeks €40 million over five years": the span follows a figure in its own clause."""
    preposition = re.search(
        r"\b(?:over|in)\s+(?:the\s+)?(?:(?:next|past|last|following)\s+)?$", before
    )
    if preposition is None:
        return False
    clause = _CLAUSE_BREAK.split(before[: preposition.start()])[-1]
    # (a span that opens its sentence, "Over eleven years she built ...", is the fact)
    return bool(clause.strip()) and _FIGURE.search(clause) is not None


def _span_of_a_record(before: str) -> bool:
    """ "its biggest one-day gain in more than three years"."""
    preposition = _RECORD_SPAN.search(before)
    if preposition is None:
        return False
    clause = _CLAUSE_BREAK.split(before[: preposition.start()])[-1]
    return _RECORD.search(clause) is not None
