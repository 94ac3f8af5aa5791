"""A unit the article defines in brackets, then writes short: "up to 4.5 billion cubic metres
(bcm) of gas a year" and later "at an initial rate of 1.5 bcm a year", "at least three bcm".

The short form is a unit for the rest of the article, as "mg" or "km" is everywhere, so each
"<number> bcm" is a figure with that unit ("how many bcm", answer "1.5 bcm"). The defining
mention is asked with the long form shown ("how many billion cubic metres (bcm)") and
answered short ("4.5 bcm"), the long form accepted. A bracket is a unit's short form only
where its letters run through the words before it, first letter first ("million tonnes
(mt)", "gigawatts (GW)", "barrels per day (bpd)"); "(Reuters)" or "(TER)" is not one.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.letters import CAPITAL, SMALL

_WORD_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_WORD_NUMBERS}))"
# "4.5 billion cubic metres (bcm)": a figure, up to four lower-case words, the short form.
_DEFINED = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<number>{_NUMBER})\s+(?P<words>(?:[{SMALL}]+\s+){{0,3}}[{SMALL}]+)\s+"
    rf"\((?P<short>[{CAPITAL}{SMALL}]{{1,6}})\)"
)


def units_defined(text: str) -> dict[str, str]:
    """Each unit ``text`` defines in brackets after a figure: its short form ("bcm") and
    its words ("billion cubic metres")."""
    units: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        words, short = match.group("words"), match.group("short")
        if _abbreviates(short, words):
            units.setdefault(short, words)
    return units


def _abbreviates(short: str, words: str) -> bool:
    """Whether ``short``'s letters run through ``words`` in order, from its first letter
    ("bcm" through "billion cubic metres", "GW" through "gigawatts")."""
    letters = words.replace(" ", "").casefold()
    if not letters.startswith(short[0].casefold()) or len(short) < 2:
        return False
    at = 0
    for letter in short.casefold():
        at = letters.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


# A figure in a unit just before, then "<word> and": the second of a pair.
_SECOND_OF_PAIR = re.compile(rf"\d[^,;.]*?\)?\s+[{SMALL}]+\s+and\s+$")


def find_defined_units(sentence: str, line: int, units: dict[str, str]) -> list[FoundFact]:
    """Each figure ``sentence`` gives in a unit of ``units``: where the unit is defined
    ("4.5 billion cubic metres (bcm)") and where it is written short ("1.5 bcm")."""
    found: list[FoundFact] = []
    for match in _DEFINED.finditer(sentence):
        short, words = match.group("short"), match.group("words")
        if units.get(short) != words:
            continue
        number = match.group("number")
        question = f"how many {short} ({words})"
        found.append(
            _fact(sentence, match.span(), f"{number} {short}", question, line, f"{number} {words}")
        )
    if not units:
        return found
    shorts = "|".join(re.escape(short) for short in sorted(units, key=len, reverse=True))
    for match in re.finditer(
        rf"(?<![\w$€£¥.,/-])(?P<number>{_NUMBER})\s?(?P<short>{shorts})(?![\w/])", sentence
    ):
        if any(fact.start <= match.start() < fact.end for fact in found):
            continue
        if _SECOND_OF_PAIR.search(sentence, 0, match.start()):
            # "50 Mbps download and 10 Mbps upload": asked with the first, as its pair; on
            # its own, the first's phrase hidden, it reads "service of download and ...".
            continue
        short = match.group("short")
        answer = f"{match.group('number')} {short}"
        long_form = f"{match.group('number')} {units[short]}"
        found.append(_fact(sentence, match.span(), answer, f"how many {short}", line, long_form))
    return found


def _fact(
    sentence: str, span: tuple[int, int], answer: str, question: str, line: int, long_form: str
) -> FoundFact:
    start, end = span
    return FoundFact(
        "number",
        "counts",
        answer,
        sentence[start:end],
        sentence,
        start,
        end,
        question,
        line,
        accept=(long_form,),
    )


# An answer's unit symbol ("4.5 bcm", "300 mg", "2.4 GW"); a scale ("bn", "m") is none.
_SYMBOL_ANSWER = re.compile(
    rf"(?:\d[\d.,]*\s?|[{SMALL}]+(?:-[{SMALL}]+)?\s)"
    rf"(?P<unit>(?!(?:bn|mn|m|k|bp)$)[{SMALL}µ]{{1,4}}|[{CAPITAL}{SMALL}]*[{CAPITAL}][{CAPITAL}{SMALL}]*)"
)


def unit_symbol(answer: str) -> str | None:
    """The unit's symbol a figure ``answer`` is in ("bcm" of "4.5 bcm"), if any."""
    symbol = _SYMBOL_ANSWER.fullmatch(answer.strip())
    return symbol.group("unit") if symbol else None


def unit_symbol_missing(answer: str, prompt: str) -> bool:
    """Whether ``answer`` is a figure in a unit's symbol ``prompt`` never names: then the
    prompt's same number counts something else ("upgrading three compressor stations"
    gives nothing of "three bcm")."""
    symbol = unit_symbol(answer)
    if symbol is None:
        return False
    return re.search(rf"(?<![\w-]){re.escape(symbol)}(?![\w-])", prompt) is None


def in_a_slashed_pair(answer: str, prompt: str) -> bool:
    """Whether ``prompt`` writes the figure ``answer`` ("50 Mbps") as one of a pair sharing
    its unit ("50/10 Mbps service"), which the grader does not read apart."""
    symbol = _SYMBOL_ANSWER.fullmatch(answer.strip())
    if symbol is None:
        return False
    number = re.escape(answer.strip()[: symbol.start("unit")].strip())
    unit = re.escape(symbol.group("unit"))
    pair = rf"(?<![\w.,/]){number}\s?/\s?[\d.,]+\s?{unit}(?![\w-])"
    pair += rf"|(?<![\w.,])[\d.,]+\s?/\s?{number}\s?{unit}(?![\w-])"
    return re.search(pair, prompt) is not None
