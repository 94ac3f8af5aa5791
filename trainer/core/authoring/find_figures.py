"""Money amounts and percentages written in an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from trainer.core.authoring.article import Article, sentence_around
from trainer.core.authoring.letters import SMALL
from trainer.core.authoring.worded_percents import worded_percents
from trainer.core.grading.numbers import CURRENCY_WORDS

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "$1.24-billion operating budget": a scale joined to its amount, as North American papers write
# an amount before its noun.
_SCALE = r"(?:(?:\s|(?<=\d)-)?(?:thousand|million|billion|trillion|bn|mn|m|b|k)\b)?"
_SYMBOL = r"(?:US|U\.S\.|A|C|NZ|HK|S)?[$€£¥₹]"
# Codes and newsroom abbreviations written before the amount: "SKr14.2bn" (Swedish kronor in
# the FT's style), "NKr", "DKr", "KShs"; the grader reads each of them (grading/numbers.py).
_CODE = (
    r"(?:USD|EUR|GBP|PKR|INR|Rs\.?|RM|Rp|KShs?|Kshs?|CHF|JPY|CNY|ZAR|NGN|KES|SEK|NOK|DKK|"
    r"AED|SAR|SKr|NKr|DKr|CAD|AUD|NZD|HKD|SGD|BRL|MXN|KRW)"
)
# A currency named after its amount: "247 billion złoty", "40 million forints", "a
# 1.3-billion-złoty contract"; the names are the grader's, so each one drafted is read back.
_NAMED_CURRENCY = "|".join(
    sorted(
        (word for word in CURRENCY_WORDS if word.isalpha() and len(word) > 2 and word != "pound"),
        key=len,
    )[::-1]
)
CURRENCY_CODE = _CODE
# A code no table here holds, before an amount in millions or more: a release's own currency
# ("VMK 148.2 billion" of an invented or little-known one); the grader reads the amount.
_OTHER_CODE = rf"\b[A-Z]{{3}}\s(?:{_AMOUNT})\s?(?:thousand|million|billion|trillion|bn|mn)\b"
_MONEY = re.compile(
    rf"(?:{_SYMBOL}\s?(?:{_AMOUNT}){_SCALE}"
    rf"|\b{_CODE}\s?(?:{_AMOUNT}){_SCALE}"
    rf"|{_OTHER_CODE}"
    rf"|(?<![\w.,])(?:{_AMOUNT})(?:[\s-]?(?:thousand|million|billion|trillion))?[\s-]"
    # ("4.1 pence a share", "20 cents": an amount in a currency's small unit, spelt out)
    rf"(?:pence|cents|{_NAMED_CURRENCY})(?![\w-]))"
)
# "15 billion lira ($440 million)": an amount in the story's own currency, converted in
# parentheses for the reader. The first is the fact; the conversion is another way to say it.
_CONVERTED = re.compile(
    rf"(?<![\w.,$€£¥])(?P<own>(?:{_AMOUNT})(?:\s(?:thousand|million|billion|trillion))?"
    rf"\s[{SMALL}]+)\s\((?P<converted>{_MONEY.pattern})\)"
)
# "RM62 million (US$14 million)": an amount in brackets right after another is its
# conversion, never a fact of its own, even when the first is in a currency not read here.
_AFTER_AN_AMOUNT = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s?(?:thousand|million|billion|trillion|bn|mn|m|b|k))?\s\($"
)
_BRACKETED_MONEY = re.compile(rf"\s\((?P<converted>{_MONEY.pattern})\)")
# "3.8pc": the British papers' short form of per cent, read by the grader too.
_PERCENT = re.compile(rf"(?<![\w.,])(?P<amount>{_AMOUNT})\s?(?:%|per\s?cent\b|pc\b)")
_HEDGE = re.compile(
    r"(?i)\b(?:nearly|almost|about|around|roughly|approximately|some|over|under|more than|"
    r"less than|up to|at least|at most|estimated at|close to)\s*$"
)

FigureKind = Literal["money", "percent"]


def whole_figure_at(text: str, figure: str) -> int | None:
    """Where ``figure`` stands in ``text`` as a figure of its own, not inside another ("3%"
    of "a target of 3%", never the end of "5.3%"; "3" of "3 abstentions", never of
    "13,500"); None where it stands only inside others."""
    whole = re.search(rf"(?<![\w.,]){re.escape(figure)}(?!\w|[.,]\d)", text)
    return whole.start() if whole else None


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure as written in the article, with the answer form the grader reads."""

    text: str
    answer: str
    kind: FigureKind
    sentence: str
    line: int
    hedge: str | None
    also: str | None = None  # the same amount converted ("$440 million"), if given
    # ", or 88 per cent": the same change restated as a share, written right after it.
    restated: str | None = None


def find_figures(article: Article) -> list[FoundFigure]:
    """Every money amount and percentage in the article, in reading order."""
    found: list[tuple[int, int, FoundFigure]] = []
    # Imported here: find_ranges reads facts, whose module imports this one's users.
    from trainer.core.authoring.find_ranges import range_spans

    ranges: dict[int, list[tuple[int, int]]] = {}
    for number, line in enumerate(article.lines, start=1):
        ranges[number] = range_spans(line)
        conversions = set()
        for match in _CONVERTED.finditer(line):
            own = _figure(match, "money", line, number, group="own")
            found.append((number, match.start(), replace(own, also=match.group("converted"))))
            conversions.add(match.start("converted"))
        for match in _MONEY.finditer(line):
            if match.start() in conversions or _AFTER_AN_AMOUNT.search(line, 0, match.start()):
                continue
            figure = _figure(match, "money", line, number)
            # "£312 million ($389 million)": the conversion is another way to say the first.
            bracket = _BRACKETED_MONEY.match(line, match.end())
            if bracket:
                figure = replace(figure, also=bracket.group("converted"))
                conversions.add(bracket.start("converted"))
            found.append((number, match.start(), figure))
        for match in _PERCENT.finditer(line):
            found.append((number, match.start(), _figure(match, "percent", line, number)))
        # "Nineteen per cent of respondents": the same share as "19%".
        for start, end, value in worded_percents(line):
            hedge = _HEDGE.search(line, 0, start)
            figure = FoundFigure(
                text=line[start:end],
                answer=f"{value}%",
                kind="percent",
                sentence=sentence_around(line, start, end),
                line=number,
                hedge=hedge.group(0).strip() if hedge else None,
            )
            found.append((number, start, figure))
    found = _with_restated_shares(found, article.lines)
    # An amount inside a range ("£2.1 billion to £2.3 billion") is asked with the range.
    found = [
        item for item in found if not any(start <= item[1] < end for start, end in ranges[item[0]])
    ]
    return [figure for _, _, figure in sorted(found, key=lambda item: (item[0], item[1]))]


# A change in money ("an increase of €275 million", "up £40m", "fell by $2 billion") ...
_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:increase|rise|fall|drop|decrease|cut|jump|gain|decline|reduction|overrun|"
    r"overspend|shortfall|up|down|rose|fell|grew|increased|decreased|jumped|dropped)"
    r"(?:\s+(?:of|by))?(?:\s+(?:nearly|almost|about|around|roughly|some|more than))?\s+$"
)
# ... restated at once as a share: ", or 88 per cent" (with the comma after it where the
# change's own phrase goes on: ", or 88 per cent, on the approved budget").
_RESTATED_SHARE = re.compile(
    rf",?\s+or\s+(?:{_PERCENT.pattern})(?:,(?=\s+(?:on|over|against|from|above|below)\b))?"
)


def _with_restated_shares(
    found: list[tuple[int, int, FoundFigure]], lines: tuple[str, ...]
) -> list[tuple[int, int, FoundFigure]]:
    """``found`` with a change stated in money and then as a share ("an increase of €275
    million, or 88 per cent, on the budget") asked once: the share is the same fact in
    other units, an accepted answer of the money card and no card of its own."""
    restated: set[tuple[int, int]] = set()
    kept: list[tuple[int, int, FoundFigure]] = []
    for number, start, figure in found:
        line = lines[number - 1]
        end = start + len(figure.text)
        share = _RESTATED_SHARE.match(line, end)
        if figure.kind == "money" and share and _CHANGE_BEFORE.search(line, 0, start):
            figure = replace(figure, restated=share.group(0))
            restated.add((number, share.start("amount")))
        kept.append((number, start, figure))
    return [item for item in kept if (item[0], item[1]) not in restated]


def _figure(
    match: re.Match[str], kind: FigureKind, line: str, number: int, group: int | str = 0
) -> FoundFigure:
    text = match.group(group)
    # "10 percent" and "10 per cent" become "10%": one form every grader version reads.
    answer = f"{match.group('amount')}%" if kind == "percent" else " ".join(text.split())
    # "$1.24-billion" is "$1.24 billion"; "1.3-billion-złoty" is "1.3 billion złoty".
    answer = re.sub(rf"(?<=[\d{SMALL}])-(?=[{SMALL}])", " ", answer) if kind == "money" else answer
    hedge = _HEDGE.search(line, 0, match.start())
    return FoundFigure(
        text=text,
        answer=answer,
        kind=kind,
        sentence=sentence_around(line, match.start(), match.end()),
        line=number,
        hedge=hedge.group(0).strip() if hedge else None,
    )


def amount_key(answer: str) -> str:
    """The amount ``answer`` writes, as the grader reads it: "£4.86bn" in a report's key
    facts box and "£4.86 billion" in its text are one figure, asked once."""
    from trainer.core.grading.numbers import parse_number

    quantity = parse_number(answer)
    if quantity is None:
        return answer
    # "two weeks" and "Two" clinics are not one amount though the grader reads 2 in both.
    from trainer.core.authoring.defined_units import unit_symbol
    from trainer.core.authoring.duration_kinds import time_unit

    # ("three bcm" and three compressor stations, likewise.)
    unit = quantity.unit or time_unit(answer) or unit_symbol(answer) or ""
    return f"{quantity.value}|{unit}"
