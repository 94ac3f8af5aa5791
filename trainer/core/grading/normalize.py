"""Text normalisation: fold away every difference a careful marker never counts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from trainer.core.grading.year_spans import year_spans_in_digits
from trainer.core.typography import DASHES, PLAIN_FORMS

# A regex finds the few styled characters; str.translate would visit every character.
_STYLED = re.compile("[" + "".join(PLAIN_FORMS) + "]")

# "2013-18", "2013 to 2018", "between 2013 and 2018": one canonical "2013-2018" so that the
# digit rule compares the years, not the way the range was written.
_YEAR_RANGE = re.compile(
    r"\b(?:from |between )?(?P<start>(?:1[89]|20)\d\d) ?"
    r"(?:-|/|to|until|till|through|thru|and) ?(?P<end>\d\d(?:\d\d)?)\b"
)
# "FY24", "FY 2024", "fiscal 2024", "fiscal year 2024": one fiscal year, written "fy 2024"
# (a two-digit year is 20xx), so that every way of writing it is the same text. A range that
# follows ("FY2023-24") is then written out like any other span of years.
_FISCAL_YEAR = re.compile(r"\b(?:fy|fiscal(?: year)?)[ -]?'?(?P<year>\d{4}|\d{2})\b")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A full stop is kept only as a decimal point; "U.S." becomes "us", "St." becomes "st".
_STRAY_PERIOD = re.compile(r"(?<!\d)\.|\.(?!\d)")
_PLAIN = re.compile(r" *+(?:[^\W\d_]++ *+)*+")
_DIGIT = re.compile(r"\d")
_NOT_KEPT = re.compile(r"(?:[^\w%$€£₹¥.]|_)+")
_SPACE_BEFORE_PERCENT = re.compile(r" (?=%)")
_CURRENCY_SIGNS = "$€£₹¥"
_SPACE_AFTER_CURRENCY = re.compile(r"(?<=[$€£₹¥]) ")
# A leading article is dropped only when a word follows it: a lone "a" stays (choice labels).
_ARTICLES = ("the ", "a ", "an ")

# Common abbreviations written out, so "UN Security Council" meets "United Nations Security
# Council". Only these few: each is unambiguous in news about states and their institutions.
_EXPANSIONS = {
    "un": "united nations",
    "us": "united states",
    "usa": "united states",
    "uk": "united kingdom",
    "uae": "united arab emirates",
    "eu": "european union",
}
_ABBREVIATION = re.compile(r"(?<![^ ])(?:un|usa?|uk|uae|eu)(?![^ ])")


@cache
def _combining_marks() -> re.Pattern[str]:
    """Every combining mark of the living scripts (accents, vowel points), built once."""
    marks = [chr(code) for code in range(0x300, 0x10000) if unicodedata.combining(chr(code))]
    return re.compile("[" + "".join(re.escape(mark) for mark in marks) + "]")


def _plain_style(match: re.Match[str]) -> str:
    return PLAIN_FORMS[match.group(0)]


def fold(text: str) -> str:
    """Unicode compatibility forms, accents, case, quote and dash styles folded away."""
    if not text.isascii():
        # Styles by the table the evidence check folds with, before NFKC (which would split
        # a double prime into two primes and an acute accent into a space) and after it
        # (which makes table characters of presentation forms such as U+FE32).
        text = unicodedata.normalize("NFKC", _STYLED.sub(_plain_style, text))
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize("NFC", _combining_marks().sub("", decomposed))
        text = _STYLED.sub(_plain_style, text)
    return text.replace("`", "'").casefold()


_HYPHEN_IN_WORD = re.compile(rf"(?<=[^\W\d_])[-{DASHES}](?=[^\W\d_])")


def join_hyphenated(text: str) -> str:
    """``text`` with hyphens inside words closed up: "counter-terrorism" -> "counterterrorism"."""
    return _HYPHEN_IN_WORD.sub("", text) if "-" in text or not text.isascii() else text


_ORDINAL = re.compile(r"\b(?P<ordinal>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")
_ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)


def _ordinal_word(match: re.Match[str]) -> str:
    """ "1st" -> "first": an ordinal is the same word however it is written."""
    number = int(match.group("ordinal"))
    if number <= 20:
        return _ORDINAL_WORDS[number - 1]
    tens = "twenty" if number < 30 else "thirty"
    unit = number % 10
    return f"{tens} {_ORDINAL_WORDS[unit - 1]}" if unit else f"{tens[:-1]}ieth"


def _canonical_year_range(match: re.Match[str]) -> str:
    start, end = match.group("start"), match.group("end")
    if len(end) == 2:
        end = start[:2] + end
    return f"{start}-{end}" if int(end) > int(start) else match.group(0)


# One pass over the text for both, as each pass costs a scan of a long response.
_ORDINAL_OR_YEARS = re.compile(f"{_ORDINAL.pattern}|{_YEAR_RANGE.pattern}")


def _ordinal_or_years(match: re.Match[str]) -> str:
    if match.group("ordinal"):
        return _ordinal_word(match)
    return _canonical_year_range(match)


def _fiscal_year(match: re.Match[str]) -> str:
    year = match.group("year")
    return f"fy {'20' + year if len(year) == 2 else year}"


def _written_out(match: re.Match[str]) -> str:
    return _EXPANSIONS[match.group(0)]


def normalize(text: str) -> str:
    """The comparable form of an answer or response: folded, unpunctuated, single-spaced."""
    text = year_spans_in_digits(fold(text))
    # Letters and spaces only, the common case, need nothing but their spacing tidied.
    text = " ".join(text.split()) if _PLAIN.fullmatch(text) else _punctuation_folded(text)
    if text.startswith(_ARTICLES):
        text = text.split(" ", 1)[1]
    return _ABBREVIATION.sub(_written_out, text)


def _punctuation_folded(text: str) -> str:
    """Punctuation dropped or turned into spaces; digits, %, currency and decimals kept."""
    if _DIGIT.search(text):
        if "fy" in text or "fiscal" in text:
            text = _FISCAL_YEAR.sub(_fiscal_year, text)
        text = _ORDINAL_OR_YEARS.sub(_ordinal_or_years, text)
        if "," in text:
            text = _THOUSANDS_COMMA.sub("", text)
    if "." in text:
        text = _STRAY_PERIOD.sub("", text)
    if "'" in text:
        text = text.replace("'", "")
    if "&" in text:
        text = text.replace("&", " and ")
    text = _NOT_KEPT.sub(" ", text).strip()
    if "%" in text:
        text = _SPACE_BEFORE_PERCENT.sub("", text)
    if any(sign in text for sign in _CURRENCY_SIGNS):
        text = _SPACE_AFTER_CURRENCY.sub("", text)
    return text


@lru_cache(maxsize=65536)
def normalize_cached(text: str) -> str:
    """normalize() for author-written text, which recurs across grades."""
    return normalize(text)
