"""Reading a number as people write it: "29 per cent", "$5.44bn", "seven billion", "about 70".

A response holds one number, written in digits (with thousands separators and a decimal
point, or a decimal comma before one or two digits) or in words, optionally followed by a
scale (thousand, k, million, m, mn, billion, bn, b, trillion, tn, lakh, crore), with a
percent sign or word, and a currency symbol, code or word anywhere around it. Hedges
("about", "nearly") and other words ("people", "days") are ignored; two numbers are not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from itertools import pairwise
from typing import Final

from text_to_num import text2num

from trainer.core.grading.normalize import fold

# Longer text is not a number anyone types; reading it would only cost time.
MAX_NUMBER_TEXT = 300

SCALES: dict[str, tuple[str, int]] = {
    "hundred": ("hundred", 100),
    "thousand": ("thousand", 10**3),
    "k": ("thousand", 10**3),
    "lakh": ("lakh", 10**5),
    "lakhs": ("lakh", 10**5),
    "lac": ("lakh", 10**5),
    "million": ("million", 10**6),
    "millions": ("million", 10**6),
    "m": ("million", 10**6),
    "mn": ("million", 10**6),
    "mln": ("million", 10**6),
    "mil": ("million", 10**6),
    "crore": ("crore", 10**7),
    "crores": ("crore", 10**7),
    "cr": ("crore", 10**7),
    "billion": ("billion", 10**9),
    "billions": ("billion", 10**9),
    "b": ("billion", 10**9),
    "bn": ("billion", 10**9),
    "bln": ("billion", 10**9),
    "trillion": ("trillion", 10**12),
    "trillions": ("trillion", 10**12),
    "tn": ("trillion", 10**12),
    "trn": ("trillion", 10**12),
}
# Words and signs of a currency, as an ISO code; a family name ("DOLLAR", "RUPEE", ...) where
# the words leave the country open: "$" or "dollars" may be American, Canadian or any other.
CURRENCY_WORDS = {
    "$": "DOLLAR",
    "dollar": "DOLLAR",
    "dollars": "DOLLAR",
    "usd": "USD",
    "cad": "CAD",
    "aud": "AUD",
    "nzd": "NZD",
    "hkd": "HKD",
    "sgd": "SGD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "₹": "INR",
    "inr": "INR",
    "pkr": "PKR",
    "rs": "RUPEE",
    "rupee": "RUPEE",
    "rupees": "RUPEE",
    "yuan": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "renminbi": "CNY",
    "¥": "YEN_YUAN",
    "yen": "JPY",
    "jpy": "JPY",
    "chf": "CHF",
    "franc": "CHF",
    "francs": "CHF",
    "ksh": "KES",
    "kshs": "KES",
    "kes": "KES",
    "shilling": "SHILLING",
    "shillings": "SHILLING",
    "sek": "SEK",
    "skr": "SEK",
    "nok": "NOK",
    "nkr": "NOK",
    "dkk": "DKK",
    "dkr": "DKK",
    "kr": "KRONA",
    "krona": "KRONA",
    "kronor": "KRONA",
    "krone": "KRONA",
    "kroner": "KRONA",
    "zar": "ZAR",
    "rand": "ZAR",
    "brl": "BRL",
    "reais": "BRL",
    "ngn": "NGN",
    "naira": "NGN",
    "₦": "NGN",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "₽": "RUB",
    "lira": "TRY",
    "₺": "TRY",
    "krw": "KRW",
    "₩": "KRW",
    "peso": "PESO",
    "pesos": "PESO",
    "mxn": "MXN",
    # The currencies of Europe's east, Africa, the Middle East and Asia, by their names in
    # English copy and their codes, where a code is no English word ("won", "real", "mad" and
    # "ron" are read only by their signs or not at all).
    "złoty": "PLN", "zloty": "PLN", "złotys": "PLN", "zlotys": "PLN", "zł": "PLN", "pln": "PLN",
    "forint": "HUF", "forints": "HUF", "huf": "HUF",
    "koruna": "CZK", "korunas": "CZK", "koruny": "CZK", "czk": "CZK",
    "leu": "RON", "lei": "RON",
    "lev": "BGN", "leva": "BGN", "bgn": "BGN",
    "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH", "₴": "UAH",
    "tenge": "KZT", "kzt": "KZT", "₸": "KZT",
    "lari": "GEL", "₾": "GEL",
    "shekel": "ILS", "shekels": "ILS", "ils": "ILS", "₪": "ILS",
    "dinar": "DINAR", "dinars": "DINAR",
    "dirham": "DIRHAM", "dirhams": "DIRHAM", "aed": "AED",
    "riyal": "RIYAL", "riyals": "RIYAL", "rial": "RIYAL", "rials": "RIYAL",
    "rupiah": "IDR", "idr": "IDR",
    "ringgit": "MYR", "myr": "MYR", "rm": "MYR",
    "baht": "THB", "thb": "THB", "฿": "THB",
    "dong": "VND", "vnd": "VND", "₫": "VND",
    "taka": "BDT", "bdt": "BDT", "৳": "BDT",
    "kyat": "MMK", "kyats": "MMK", "mmk": "MMK",
    "cedi": "GHS", "cedis": "GHS", "ghs": "GHS", "₵": "GHS",
    "birr": "ETB", "etb": "ETB",
    "kwacha": "KWACHA", "zmw": "ZMW", "mwk": "MWK",
    "metical": "MZN", "meticais": "MZN", "mzn": "MZN",
    "kwanza": "AOA", "aoa": "AOA",
    "tzs": "TZS", "ugx": "UGX",
    "egp": "EGP",
    "php": "PHP", "₱": "PHP",
}  # fmt: skip
# The currencies a family name may stand for.
CURRENCY_FAMILIES: Final = {
    "DOLLAR": frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"}),
    "RUPEE": frozenset({"INR", "PKR"}),
    "YEN_YUAN": frozenset({"JPY", "CNY"}),
    "SHILLING": frozenset({"KES", "TZS", "UGX"}),
    "KRONA": frozenset({"SEK", "NOK", "DKK"}),
    "PESO": frozenset({"MXN", "PHP"}),
    "DINAR": frozenset(),
    "DIRHAM": frozenset({"AED", "MAD"}),
    "RIYAL": frozenset({"SAR", "QAR"}),
    "KWACHA": frozenset({"ZMW", "MWK"}),
}
# A country's word before a family's word or sign: "Canadian dollars", "US $5".
CURRENCY_COUNTRIES: Final = {
    "us": "USD",
    "american": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "singapore": "SGD",
    "indian": "INR",
    "pakistani": "PKR",
    "kenyan": "KES",
    "swedish": "SEK",
    "norwegian": "NOK",
    "danish": "DKK",
    "mexican": "MXN",
    "japanese": "JPY",
    "chinese": "CNY",
}
# Letters joined to a dollar sign: "C$5", "HK$5", "R$5" (Brazil's real).
_DOLLAR_PREFIX = re.compile(r"(?<![^\W\d_])(us|ca|c|au|a|nz|hk|s|r)\$")
_DOLLAR_PREFIXES: Final = {
    "us": "usd", "ca": "cad", "c": "cad", "au": "aud", "a": "aud", "nz": "nzd", "hk": "hkd",
    "s": "sgd", "r": "brl",
}  # fmt: skip
CURRENCY_NAMES = {
    "DOLLAR": "$",
    "USD": "US$",
    "CAD": "C$",
    "AUD": "A$",
    "NZD": "NZ$",
    "HKD": "HK$",
    "SGD": "S$",
    "EUR": "€",
    "GBP": "£",
    "INR": "Indian rupees",
    "PKR": "Pakistani rupees",
    "RUPEE": "rupees",
    "CNY": "yuan",
    "JPY": "yen",
    "YEN_YUAN": "¥",
    "CHF": "Swiss francs",
    "KES": "Kenyan shillings",
    "SHILLING": "shillings",
    "SEK": "Swedish kronor",
    "NOK": "Norwegian kroner",
    "DKK": "Danish kroner",
    "KRONA": "kronor",
    "ZAR": "rand",
    "BRL": "reais",
    "NGN": "naira",
    "RUB": "roubles",
    "TRY": "lira",
    "KRW": "won",
    "PESO": "pesos",
    "MXN": "Mexican pesos",
    "PLN": "złoty", "HUF": "forints", "CZK": "koruna", "RON": "lei", "BGN": "leva",
    "UAH": "hryvnias", "KZT": "tenge", "GEL": "lari", "ILS": "shekels", "DINAR": "dinars",
    "DIRHAM": "dirhams", "AED": "UAE dirhams", "MAD": "Moroccan dirhams", "RIYAL": "riyals",
    "SAR": "Saudi riyals", "QAR": "Qatari riyals", "IDR": "rupiah", "MYR": "ringgit",
    "THB": "baht", "VND": "dong", "BDT": "taka", "MMK": "kyats", "GHS": "cedis", "ETB": "birr",
    "KWACHA": "kwacha", "ZMW": "Zambian kwacha", "MWK": "Malawian kwacha", "MZN": "meticais",
    "AOA": "kwanzas", "TZS": "Tanzanian shillings", "UGX": "Ugandan shillings",
    "EGP": "Egyptian pounds", "PHP": "Philippine pesos",
}  # fmt: skip
# A sign written before the figure ("$5"); any other currency is written after it.
_SIGN_FIRST: Final = frozenset({"DOLLAR", "USD", "CAD", "AUD", "NZD", "HKD", "SGD", "EUR", "GBP"})
# "pc" is how British papers write per cent in figures ("a 3.8pc cut").
PERCENT_WORDS = frozenset({"%", "percent", "pct", "pc", "percentage"})
# Words before "half" that make it a part of something, not a number: "the first half".
ORDINAL_LEADS: Final = frozenset({"the", "first", "second", "other"})
# Parts of a whole, by their denominator: "a third", "two-thirds", "three quarters", "half".
FRACTION_WORDS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
# The words of the numbers below a hundred, by value; the scales after them.
UNIT_WORDS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
TENS_WORDS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
DIGIT_WORDS = {word: index for index, word in enumerate(UNIT_WORDS[:10])}
NUMBER_WORDS = frozenset(
    (*UNIT_WORDS, *TENS_WORDS, "hundred", "thousand", "million", "billion", "trillion")
)

# The first half of a year said in two halves ("nineteen" ninety-nine, "twenty" twenty-one).
YEAR_HALVES = {
    word: value
    for value, word in enumerate(
        (
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ),
        start=10,
    )
} | {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_TOKEN = re.compile(
    r"(?P<number>\d{1,3}(?:[,']\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?|\.\d+)"
    r"(?:(?P<suffix>k|mn|mln|bn|bln|tn|trn|cr|m|b)(?![^\W\d_]))?"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<symbol>[%$€£₹¥₦₽₺₩~])"
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number read from text: the figure as written, its scale, percent and currency."""

    figure: Fraction
    scale_word: str | None = None
    scale: int = 1
    percent: bool = False
    currency: str | None = None
    # The whole a count is part of: 87 in "83 of 87" (the figure is the part).
    whole: Fraction | None = None
    # "floor" for "more than 40,000", "ceiling" for "fewer than 40,000", None for a plain
    # figure or a hedge ("about"): a bound says which side of the figure the fact lies.
    bound: str | None = None
    # Written in basis points ("50bp"): hundredths of a percentage point.
    basis_points: bool = False

    @property
    def value(self) -> Fraction:
        """The figure times its scale: "5.44 billion" -> 5440000000."""
        return self.figure * self.scale

    @property
    def unit(self) -> str | None:
        """ "%", a currency's name, or None."""
        if self.percent:
            return "%"
        return CURRENCY_NAMES[self.currency] if self.currency else None

    def show(self) -> str:
        """The quantity as a person would write it."""
        text = format_figure(self.figure)
        if self.scale_word:
            text = f"{text} {self.scale_word}"
        if self.percent:
            text += "%"
        elif self.currency in _SIGN_FIRST:
            text = CURRENCY_NAMES[self.currency] + text
        elif self.currency:
            text = f"{text} {CURRENCY_NAMES[self.currency]}"
        return text


@dataclass(frozen=True, slots=True)
class NumberReading:
    """The outcome of reading text for a number: the quantity, or why there is none."""

    quantity: Quantity | None
    problem: str = ""


def parse_number(text: str) -> Quantity | None:
    """The quantity written in ``text``, or None when it holds no single readable number."""
    return read_number(text).quantity


def read_number(text: str) -> NumberReading:
    """Read ``text`` for one number; say why when there is none or more than one."""
    if len(text) > MAX_NUMBER_TEXT:
        return NumberReading(None, "too long to be a number")
    tokens = _tokens(fold(text))
    figures: list[tuple[Fraction, str | None, int]] = []
    whole: Fraction | None = None
    percent = False
    currency: str | None = None
    index = 0
    while index < len(tokens):
        kind, token = tokens[index]
        index += 1
        if kind == "number":
            figure = _digits_value(token)
            scale_word, scale = None, 1
            # A scale follows as a suffix ("5.44bn") or as the next word ("5.44 billion").
            if index < len(tokens) and tokens[index][1] in SCALES:
                scale_word, scale = SCALES[tokens[index][1]]
                index += 1
            figures.append((figure, scale_word, scale))
        elif token in ("a", "an", "one") and _word_at(tokens, index) in FRACTION_WORDS:
            figures.append((Fraction(1, FRACTION_WORDS[tokens[index][1]]), None, 1))  # "a third"
            index += 1
        elif token in NUMBER_WORDS or (
            token in ("a", "an") and index < len(tokens) and tokens[index][1] in NUMBER_WORDS
        ):
            end = _word_run_end(tokens, index - 1)
            words = [word for _, word in tokens[index - 1 : end]]
            index = end
            read = _words_value(words)
            if read is None:
                return NumberReading(None, "the number words do not make one number")
            if read[2] == 1 and _word_at(tokens, index) in FRACTION_WORDS:
                # "two thirds", "three-quarters": the run counts parts of a whole.
                read = (read[0] / FRACTION_WORDS[tokens[index][1]], None, 1)
                index += 1
            figures.append(read)
        elif token == "in" and len(figures) == 1 and figures[0][1:] == (None, 1):
            # "one in five", "1 in 4 adults": a share told as a ratio, one number.
            ratio = _ratio_denominator(tokens, index)
            if ratio is None:
                continue
            denominator, index = ratio
            figures[0] = (figures[0][0] / denominator, None, 1)
        elif token == "of" and len(figures) == 1 and whole is None:
            # "83 of 87", "12 out of 24 districts": a part of a whole is the part, the whole
            # only what it is of.
            read_whole = _whole_after(tokens, index - 1, figures[0])
            if read_whole is not None:
                whole, index = read_whole
        elif token in ("half", "halves") and _word_at(tokens, index - 2) not in ORDINAL_LEADS:
            figures.append((Fraction(1, 2), None, 1))  # "half", "half of them"
        elif token == "and" and figures and _and_a_half(tokens, index):
            # "four and a half miles", "two and a half million"
            figure, scale_word, scale = figures.pop()
            index += 2
            if scale == 1 and _word_at(tokens, index) in SCALES:
                scale_word, scale = SCALES[tokens[index][1]]
                index += 1
            figures.append((figure + Fraction(1, 2), scale_word, scale))
        elif token in PERCENT_WORDS or (
            token == "per" and index < len(tokens) and tokens[index][1] == "cent"
        ):
            percent = True
            if token == "per":
                index += 1
        elif token in CURRENCY_WORDS:
            found = CURRENCY_WORDS[token]
            country = CURRENCY_COUNTRIES.get(tokens[index - 2][1]) if index > 1 else None
            if country is not None and country in CURRENCY_FAMILIES.get(found, ()):
                found = country  # "Canadian dollars"
            if currency and not currencies_agree(currency, found):
                return NumberReading(None, "two different currencies")
            # Of two that agree, the narrower says more: "KSh 5bn shillings" is Kenyan.
            currency = currency if currency and currency not in CURRENCY_FAMILIES else found
    if not figures:
        return NumberReading(None, "no number found")
    if len(figures) > 1:
        return NumberReading(None, "more than one number")
    figure, scale_word, scale = figures[0]
    bound, basis_points = _bound(tokens), _in_basis_points(tokens)
    return NumberReading(
        Quantity(figure, scale_word, scale, percent, currency, whole, bound, basis_points)
    )


# Words before a figure that put the fact on one side of it, read last word first.
_BOUNDS: Final = {
    ("than", "more"): "floor",
    ("than", "greater"): "floor",
    ("than", "higher"): "floor",
    ("least", "at"): "floor",
    ("of", "upwards"): "floor",
    ("of", "excess", "in"): "floor",
    ("over",): "floor",
    ("above",): "floor",
    ("exceeding",): "floor",
    ("than", "fewer"): "ceiling",
    ("than", "less"): "ceiling",
    ("than", "lower"): "ceiling",
    ("most", "at"): "ceiling",
    ("to", "up"): "ceiling",
    ("under",): "ceiling",
    ("below",): "ceiling",
}
_OTHER_SIDE: Final = {"floor": "ceiling", "ceiling": "floor"}


def _bound(tokens: list[tuple[str, str]]) -> str | None:
    """Which side of its figure the text puts the fact, from the words just before the
    figure ("at least 12", "fewer than $40"); "no more than" turns "more than" round."""
    start = next(
        (at for at, (kind, word) in enumerate(tokens) if kind == "number" or word in NUMBER_WORDS),
        None,
    )
    if start is None:
        return None
    words = [word for kind, word in reversed(tokens[:start]) if kind != "symbol"]
    for phrase, side in _BOUNDS.items():
        if tuple(words[: len(phrase)]) == phrase:
            denied = words[len(phrase) : len(phrase) + 1] == ["no"]
            return _OTHER_SIDE[side] if denied else side
    return None


def in_percentage_points(quantity: Quantity) -> Quantity:
    """A quantity in basis points as percentage points ("50bp" is 0.5%); others as they are."""
    if not quantity.basis_points:
        return quantity
    return replace(quantity, figure=quantity.figure / 100, percent=True, basis_points=False)


def _in_basis_points(tokens: list[tuple[str, str]]) -> bool:
    words = [word for _, word in tokens]
    return (
        "bps" in words
        or "bp" in words
        or any(
            first == "basis" and second in ("point", "points") for first, second in pairwise(words)
        )
    )


def _whole_after(
    tokens: list[tuple[str, str]], index: int, part: tuple[Fraction, str | None, int]
) -> tuple[Fraction, int] | None:
    """The whole of "<part> (out) of (the) <whole>" from "of" at ``index``, and where
    reading goes on; None unless a plain whole number larger than the part follows (not a
    year: "7 of 2026" numbers a report)."""
    figure, scale_word, _ = part
    if scale_word is not None or figure.denominator != 1:
        return None
    index += 1
    if _word_at(tokens, index) in ("the", "its", "their"):
        index += 1
    if index >= len(tokens):
        return None
    kind, token = tokens[index]
    if kind == "number" and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", token):
        whole = _digits_value(token)
        if len(token) == 4 and 1800 <= whole <= 2100:
            return None
        end = index + 1
    elif token in NUMBER_WORDS:
        end = _word_run_end(tokens, index)
        read = _words_value([word for _, word in tokens[index:end]])
        if read is None or read[2] != 1:
            return None
        whole = read[0]
    else:
        return None
    return (whole, end) if whole > figure and whole.denominator == 1 else None


def _ratio_denominator(tokens: list[tuple[str, str]], index: int) -> tuple[int, int] | None:
    """The whole number right after "in" at ``index`` ("five", "every 4") and where reading
    goes on; None when no plain whole number follows."""
    if _word_at(tokens, index) == "every":
        index += 1
    if index >= len(tokens):
        return None
    kind, token = tokens[index]
    # "2 in 2024" is a count in a year, no ratio.
    if kind == "number" and token.isdigit() and int(token) > 0 and len(token) < 4:
        return int(token), index + 1
    if token in NUMBER_WORDS:
        end = _word_run_end(tokens, index)
        read = _words_value([word for _, word in tokens[index:end]])
        if read is not None and read[2] == 1 and read[0].denominator == 1 and read[0] > 0:
            return int(read[0]), end
    return None


def _word_at(tokens: list[tuple[str, str]], index: int) -> str:
    """The token at ``index``, or "" past either end."""
    return tokens[index][1] if 0 <= index < len(tokens) else ""


def _and_a_half(tokens: list[tuple[str, str]], index: int) -> bool:
    """Whether "and" at ``index - 1`` starts "and a half"."""
    return _word_at(tokens, index) in ("a", "one") and _word_at(tokens, index + 1) == "half"


@dataclass(frozen=True, slots=True)
class QuantityPair:
    """Two numbers written as one answer: a range ("4 to 6 per cent") or a tally ("six to
    two"), in the order written."""

    first: Quantity
    second: Quantity

    def show(self) -> str:
        """The pair as a person would write it."""
        return f"{self.first.show()} to {self.second.show()}"


# What joins the two numbers of a pair: "to", "and" ("between 10 and 20"), a dash.
_PAIR_JOIN = re.compile(r"\s+(?:to|and|through)\s+|\s*-\s*")


def read_pair(text: str) -> QuantityPair | None:
    """The two numbers of a range or tally in ``text``, or None when it is not one.

    The halves share a unit written once: "4 to 6 per cent" is 4% to 6%, "£2.1 to £2.3
    billion" is £2.1 billion to £2.3 billion. Halves in two currencies are not a pair.
    """
    if len(text) > MAX_NUMBER_TEXT:
        return None
    folded = fold(text)
    for join in _PAIR_JOIN.finditer(folded):
        first = read_number(folded[: join.start()]).quantity
        second = read_number(folded[join.end() :]).quantity if first else None
        if first is not None and second is not None:
            return _shared_unit(first, second)
    return None


def parse_answer(text: str) -> Quantity | QuantityPair | None:
    """A number card's answer: one number, or a pair of them (a range or a tally)."""
    reading = read_number(text)
    if reading.quantity is not None:
        return reading.quantity
    return read_pair(text) if reading.problem == "more than one number" else None


def _shared_unit(first: Quantity, second: Quantity) -> QuantityPair | None:
    if first.currency and second.currency and not currencies_agree(first.currency, second.currency):
        return None
    percent = first.percent or second.percent
    currency = first.currency or second.currency
    first = replace(first, percent=percent, currency=first.currency or currency)
    second = replace(second, percent=percent, currency=second.currency or currency)
    # "£2.1 to £2.3 billion", "£2.1bn-2.3": a scale written once belongs to both.
    if first.scale == 1 and second.scale > 1 and first.figure < 1000:
        first = replace(first, scale_word=second.scale_word, scale=second.scale)
    elif second.scale == 1 and first.scale > 1 and second.figure < 1000:
        second = replace(second, scale_word=first.scale_word, scale=first.scale)
    return QuantityPair(first, second)


def currencies_agree(first: str, second: str) -> bool:
    """True when two currencies can be the same: "rupees" matches Indian or Pakistani ones,
    "$" any dollar."""
    return (
        first == second
        or second in CURRENCY_FAMILIES.get(first, ())
        or first in CURRENCY_FAMILIES.get(second, ())
    )


def format_figure(figure: Fraction) -> str:
    """A figure in plain decimals: 5.44, 70, 0.333333."""
    if figure.denominator == 1:
        return str(figure.numerator)
    if _repeats(figure.denominator):
        return f"{figure.numerator}/{figure.denominator}"  # "a third" as 1/3, not 0.333333
    return f"{float(figure):.6f}".rstrip("0").rstrip(".")


def _repeats(denominator: int) -> bool:
    """Whether a fraction with this denominator has no finite decimal form."""
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator != 1


def _tokens(text: str) -> list[tuple[str, str]]:
    text = _DOLLAR_PREFIX.sub(lambda match: f" {_DOLLAR_PREFIXES[match[1]]} ", text)
    text = text.replace("-", " ")
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if match.group("number") is not None:
            tokens.append(("number", match.group("number")))
            if match.group("suffix"):
                tokens.append(("suffix", match.group("suffix")))
        elif kind is not None:
            tokens.append((kind, match.group(kind)))
    return tokens


def _digits_value(token: str) -> Fraction:
    if "," in token and "." not in token and len(token.rsplit(",", 1)[1]) < 3:
        return Fraction(token.replace(",", "."))
    return Fraction(token.replace(",", "").replace("'", ""))


def _word_run_end(tokens: list[tuple[str, str]], start: int) -> int:
    """The end of a run of number words ("and", "a" and "point" may join them)."""
    end = start
    while end < len(tokens):
        word = tokens[end][1]
        following = tokens[end + 1][1] if end + 1 < len(tokens) else ""
        joins = (
            word in NUMBER_WORDS
            or (word in ("a", "an") and end == start)
            or (word == "and" and following in NUMBER_WORDS)
            or (word == "point" and following in DIGIT_WORDS)
            # "twenty oh five": "oh" is a nought inside a year said in two halves.
            or (word == "oh" and end > start and following in DIGIT_WORDS)
        )
        if not joins:
            break
        end += 1
    return end


def _words_value(words: list[str]) -> tuple[Fraction, str | None, int] | None:
    """The figure and scale of number words: "seven billion" -> (7, "billion", 10**9)."""
    if words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    scale_word, scale = None, 1
    if len(words) > 1 and words[-1] in SCALES and words[-1] != "hundred":
        scale_word, scale = SCALES[words[-1]]
        words = words[:-1]
    fraction = Fraction(0)
    if "point" in words:
        at = words.index("point")
        decimals = words[at + 1 :]
        if not decimals or any(word not in DIGIT_WORDS for word in decimals):
            return None
        fraction = Fraction("0." + "".join(str(DIGIT_WORDS[word]) for word in decimals))
        words = words[:at]
    try:
        whole = text2num(" ".join(words), "en")
    except ValueError:
        year = year_in_words(words) if scale == 1 and not fraction else None
        return (Fraction(year), None, 1) if year is not None else None
    return Fraction(whole) + fraction, scale_word, scale


def year_in_words(words: list[str]) -> int | None:
    """A year said in two halves: "twenty twenty-one" is 2021, "nineteen ninety-nine" 1999.

    The first half is one word from ten to ninety-nine ("twenty", "nineteen"); the second
    is a number from ten to ninety-nine, or "oh" and a digit ("twenty oh five" is 2005).
    "two thousand twenty-one" is a plain number and needs none of this.
    """
    if len(words) < 2 or words[0] not in YEAR_HALVES:
        return None
    century, rest = YEAR_HALVES[words[0]], words[1:]
    if len(rest) == 2 and rest[0] == "oh" and DIGIT_WORDS.get(rest[1], 0) > 0:
        return century * 100 + DIGIT_WORDS[rest[1]]
    if len(rest) > 2:
        return None
    try:
        within = text2num(" ".join(rest), "en")
    except ValueError:
        return None
    return century * 100 + within if 10 <= within <= 99 else None
