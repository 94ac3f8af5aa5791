"""The period or restatement a figure is told with, kept apart from the figure itself:
"£6.8 billion over ten years", "30 per cent by 2032", "EVK 3 billion a month", "€275
million (88 per cent)", "14 peacekeepers killed in 2026".

Authors write such answers on number cards, and the grader read them as two numbers, so no
response could be right. The figure is what is graded; the period is context the question
usually states. A response may leave the period out (as it may leave out the unit), but a
period it does give must be the answer's: "£6.8 billion over five years" is wrong for "£6.8
billion over ten years". A response that adds a period to an answer written without one is
read the same way when the question states that period ("over the next ten years" asked,
"£6.8 billion over ten years" typed).
"""

from __future__ import annotations

import re

from trainer.core.grading.normalize import fold
from trainer.core.grading.numbers import Quantity, QuantityPair, parse_answer, parse_number

_TIME_UNIT = r"(?:years?|months?|weeks?|days?|quarters?|decades?|hours?)"
# One period after a figure, last in the text. ("(88 per cent)": a restatement in brackets.)
_PERIOD = re.compile(
    r"(?:,\s*|\s+)(?P<period>"
    # "over ten years", "within 42 days", "over the next three years"
    rf"(?:over|within|across|during|for|in)\s+(?:the\s+)?(?:(?:next|past|last|first|coming"
    rf"|following)\s+)?(?:[\w-]+\s+)?{_TIME_UNIT}"
    # "by 2029", "in 2026", "by the end of 2028", "from 2027"
    r"|(?:by|in|from|until|before|to)\s+(?:(?:the\s+)?end(?:\s+of|-)\s*|mid-)?(?:19|20)\d\d"
    # "a year", "per month", "each year"
    r"|(?:a|an|per|each|every)\s+(?:year|month|week|day|quarter|annum)"
    r"|annually|yearly|monthly|weekly"
    r"|\([^()]*\)"
    r")\s*\.?$",
    re.IGNORECASE,
)
_MOST_PERIODS = 3
_RATE = {"annually": "a year", "yearly": "a year", "monthly": "a month", "weekly": "a week"}


def read_answer(text: str) -> tuple[Quantity | QuantityPair | None, tuple[str, ...]]:
    """The number a number card's answer holds, and the periods told with it: what the deck
    loader checks an answer by and the grader grades by."""
    written = parse_answer(text)
    if written is not None:
        return written, ()
    figure, periods = split_period(text)
    return (parse_answer(figure), periods) if periods else (None, ())


def split_period(text: str) -> tuple[str, tuple[str, ...]]:
    """``text``'s figure part and the periods after it, in order ("3.6 million a year by
    2045" is "3.6 million" with "a year" and "by 2045")."""
    main = text.strip()
    periods: list[str] = []
    for _ in range(_MOST_PERIODS):
        found = _PERIOD.search(main)
        if found is None or not main[: found.start()].strip():
            break
        periods.insert(0, found.group("period"))
        main = main[: found.start()].rstrip(" ,")
    return main, tuple(periods)


def period_terms(period: str) -> frozenset[str]:
    """What a period says, to compare two: its numbers (words read as figures) and its
    time unit, in one spelling ("over ten years" and "over the next 10 years" agree)."""
    folded = fold(_RATE.get(period.casefold(), period))
    if folded.startswith("(") and folded.endswith(")"):
        quantity = parse_number(folded[1:-1])
        return frozenset({quantity.show()} if quantity else {folded})
    terms: set[str] = set()
    for word in re.findall(r"[\w-]+", folded):
        unit = re.fullmatch(r"(year|month|week|day|quarter|decade|hour|annum)s?", word)
        if unit:
            terms.add("year" if unit.group(1) == "annum" else unit.group(1))
            continue
        quantity = parse_number(word)
        if quantity is not None:
            terms.add(quantity.show())
    return frozenset(terms)


def periods_agree(given: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether every period a response gives says what one of the answer's says."""
    right_terms = [period_terms(period) for period in right]
    return all(period_terms(period) in right_terms for period in given)


def stated_in(periods: tuple[str, ...], prompt: str) -> bool:
    """Whether the question states each of ``periods`` (its numbers and time unit)."""
    prompt_terms = period_terms(prompt)
    return all(period_terms(period) <= prompt_terms for period in periods)
