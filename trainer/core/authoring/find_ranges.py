"""Ranges of money, percentages and counts, each one fact: "£2.1 billion to £2.3 billion",
"$1.1-1.4 billion", "22 to 28 per cent", "between 600,000 and 750,000 refugees".

A range is asked whole ("… guidance for operating profit of how much?"), its answer the
range as written, so no card holds one end in its prompt and asks the other. The figure
finder skips the amounts inside a range (`range_spans`), as the count finder skips any
figure a fact already took.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_figures import CURRENCY_CODE
from trainer.core.authoring.letters import SMALL
from trainer.core.grading.ranges import read_range

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|b|k)\b)?"
# A sign or a currency's code: "$1.1", "EUR410mn".
_SYMBOL = rf"(?:(?:US|U\.S\.|A|C|NZ|HK|S)?[$€£¥₹]|\b{CURRENCY_CODE})"
_MONEY = rf"{_SYMBOL}\s?(?:{_AMOUNT}){_SCALE}"
_JOIN = r"\s*(?:to|-|–)\s*"
# "£2.1 billion to £2.3 billion", "$1.1 to $1.4 billion", "$1.1-1.4 billion".
_MONEY_RANGE = re.compile(
    rf"(?<![\w.,])(?:(?i:between)\s+(?P<b_low>{_MONEY})\s+and\s+(?P<b_high>(?:{_SYMBOL}\s?)?"
    rf"(?:{_AMOUNT}){_SCALE})"
    rf"|(?P<low>{_MONEY}){_JOIN}(?P<high>(?:{_SYMBOL}\s?)?(?:{_AMOUNT}){_SCALE}))"
    r"(?![\w%])"
)
_PERCENT_SIGN = r"\s?(?:%|per\s?cent\b|percent\b)"
# "22 to 28 per cent", "22% to 28%", "between 3% and 5%".
_PERCENT_RANGE = re.compile(
    rf"(?<![\w$€£¥.,-])(?:(?i:between)\s+(?P<b_low>(?:{_AMOUNT})(?:{_PERCENT_SIGN})?)\s+and\s+"
    rf"(?P<b_high>(?:{_AMOUNT}){_PERCENT_SIGN})"
    rf"|(?P<low>(?:{_AMOUNT})(?:{_PERCENT_SIGN})?){_JOIN}(?P<high>(?:{_AMOUNT}){_PERCENT_SIGN}))"
)
# "between 600,000 and 750,000 refugees": a count's range, read after "between" only ("from
# 5 to 7 members" is a change, not a range).
_COUNT_RANGE = re.compile(
    rf"(?<![\w$€£¥.,-])(?i:between)\s+(?P<b_low>(?:{_AMOUNT})(?:\s(?:million|billion))?)\s+and\s+"
    rf"(?P<b_high>(?:{_AMOUNT})(?:\s(?:million|billion))?)(?![\w%.,]\d|\s?%|\s+per\s?cent)"
)
_CHANGE = re.compile(r"\bfrom\s+$")
# "12 to 15 milligrams per litre": a count's range before its plural noun ("cut by 200 to
# 1,800 staff" is a change, left out below with "from").
# "2.5 million to 3 million tonnes": each end may carry its scale.
_COUNT_SCALE = r"(?:\s(?:thousand|million|billion))?"
_NOUN_RANGE = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<low>(?:{_AMOUNT}){_COUNT_SCALE})\s+to\s+"
    rf"(?P<high>(?:{_AMOUNT}){_COUNT_SCALE})"
    rf"(?=\s+(?P<noun>[{SMALL}][{SMALL}-]*[^s\W]s)\b)"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def find_ranges(sentence: str, line: int) -> list[FoundFact]:
    """Every range of money, percentages and counts in ``sentence``, each one fact."""
    found: list[FoundFact] = []
    for pattern, question in (
        (_MONEY_RANGE, "how much"),
        (_PERCENT_RANGE, "what percentage"),
        (_COUNT_RANGE, "how many"),
        (_NOUN_RANGE, "how many"),
    ):
        for match in pattern.finditer(sentence):
            if not _is_range(match, sentence):
                continue
            if any(match.start() < fact.end and fact.start < match.end() for fact in found):
                continue
            low = match.groupdict().get("low") or match.group("b_low")
            high = match.groupdict().get("high") or match.group("b_high")
            asked = question
            if _YEAR.fullmatch(low) and _YEAR.fullmatch(high):
                asked = "between which years"  # "due between 2027 and 2029"
            # "between X and Y" is the range "X to Y"; "X to Y" and "X-Y" stay as written.
            answer = match.group(0) if match.groupdict().get("low") else f"{low} to {high}"
            found.append(
                FoundFact(
                    "text",
                    "counts",
                    answer,
                    match.group(0),
                    sentence,
                    match.start(),
                    match.end(),
                    asked,
                    line,
                )
            )
    return found


def range_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each range of money or percentages in ``text``."""
    return [
        match.span()
        for pattern in (_MONEY_RANGE, _PERCENT_RANGE)
        for match in pattern.finditer(text)
        if _is_range(match, text)
    ]


def _is_range(match: re.Match[str], text: str) -> bool:
    """A range rises from its first end to its second, as the grader reads them; "rose from
    5 to 7 per cent" is a change, whose figures are asked on their own."""
    if _CHANGE.search(text, 0, match.start()):
        return False
    if match.re is _NOUN_RANGE and re.search(r"\bby\s+$", text[: match.start()]):
        return False
    low = match.groupdict().get("low") or match.group("b_low")
    high = match.groupdict().get("high") or match.group("b_high")
    # "from 2.5% in January 2025 to 17.4%": a year is no end of a range of percentages.
    if _YEAR.fullmatch(low) and not _YEAR.fullmatch(high):
        return False
    return read_range(f"{low} to {high}") is not None
