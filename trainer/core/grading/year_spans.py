"""Spans of years said in words, written in digits: "twenty thirteen to twenty eighteen" is
"2013 to 2018", so that the digit rule compares the years however they were written.

Only a span is read: two years (or a year and a two-digit end, "twenty thirteen to
eighteen") joined by "to", "until", "through", "and" or a dash, at least one in words. A
lone year in words is left as it is, as text answers are compared word for word.
"""

from __future__ import annotations

import re

from text_to_num import text2num

_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_GAP = r"[ -]+"
_TWO_DIGITS = rf"(?:(?:{_TENS})(?:{_GAP}(?:{_UNIT}))?|{_TEEN})"
# "twenty thirteen", "nineteen ninety-nine", "twenty oh five", "two thousand and five".
_YEAR_WORDS = (
    rf"(?:(?:{_TEEN}|{_TENS}){_GAP}(?:oh{_GAP}(?:{_UNIT})|{_TWO_DIGITS})"
    rf"|(?:one|two){_GAP}thousand(?:{_GAP}(?:and{_GAP})?(?:{_TWO_DIGITS}|{_UNIT}))?)"
)
_SPAN = re.compile(
    rf"(?<![\w-])(?P<start>\d{{4}}|{_YEAR_WORDS})"
    r"(?P<link>\s*-\s*|\s+(?:to|until|till|through|thru|and)\s+)"
    rf"(?P<end>\d{{4}}|\d{{2}}|{_YEAR_WORDS}|{_TWO_DIGITS})(?![\w-])"
)
# Cheap tests that rule out most text before the pattern is tried.
_HINTS = ("teen", "ty", "thousand")
# The first half of a year said in two halves ("twenty" of "twenty thirteen").
_HALVES = frozenset((*_TEEN.split("|"), *_TENS.split("|")))


def year_spans_in_digits(text: str) -> str:
    """Folded ``text`` with each span of years said in words written in digits."""
    if not any(hint in text for hint in _HINTS):
        return text
    return _SPAN.sub(_in_digits, text)


def _in_digits(match: re.Match[str]) -> str:
    start, end = match.group("start"), match.group("end")
    if start.isdigit() and end.isdigit():
        return match.group(0)
    first = _number(start)
    last = _number(end)
    if first is None or last is None or not 1000 <= first <= 9999:
        return match.group(0)
    last_text = f"{last:02d}" if last < 100 else str(last)
    return f"{first}{match.group('link')}{last_text}"


def _number(text: str) -> int | None:
    """The number in digits or words: "2018", "eighteen", "twenty eighteen", "two thousand and
    five"; a year in two halves is read by its halves (text2num reads none of them)."""
    if text.isdigit():
        return int(text)
    words = re.split(_GAP, text)
    try:
        return int(text2num(" ".join(words), "en"))
    except ValueError:
        pass
    if len(words) < 2 or words[0] not in _HALVES:
        return None
    century = int(text2num(words[0], "en"))
    rest = words[1:]
    if rest[0] == "oh":
        return century * 100 + int(text2num(rest[1], "en"))
    try:
        within = int(text2num(" ".join(rest), "en"))
    except ValueError:
        return None
    return century * 100 + within if 10 <= within <= 99 else None
