"""Measures written as one phrase that a figure finder would split or miss: ranges ("10 to
14 days", "nine months to 14 years"), sizes made adjectives ("a 12-day campaign", "the
29-kilometre-wide passage"), vote counts ("voting 7-4") and multipliers ("seven times the
2023 rate"). Each is one fact, asked as one question.
"""

from __future__ import annotations

import dataclasses
import re

from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.find_facts import FoundFact
from trainer.core.authoring.find_tallies import find_tallies
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.relative_dates import WEEKDAYS
from trainer.core.authoring.verb_forms import IRREGULAR_PAST

_WORD_NUMBERS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred"
)
_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_WORD_NUMBERS}))"
_UNITS = (
    "years|months|weeks|days|hours|minutes|kilometres|kilometers|miles|metres|meters|"
    "tonnes|tons|degrees|percentage points|points|percent|per cent"
)
# "10 to 14 days", "nine months to 14 years", "between 3 and 5 years".
# "2.5 million to 3 million tonnes": each end may carry its scale.
_SCALED = rf"{_NUMBER}(?:\s+(?:million|billion))?"
_RANGE = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<low>{_SCALED})(?:\s+(?P<low_unit>{_UNITS}))?\s+(?:to|and)\s+"
    rf"(?P<high>{_SCALED})\s+(?P<unit>{_UNITS})\b"
)
# "pupils aged 13 to 17": an age range, one fact.
_AGES = re.compile(
    rf"\baged\s+(?P<low>{_NUMBER})\s+(?:to|and)\s+(?P<high>{_NUMBER})\b(?!\s+(?:{_UNITS}))"
)
_SINGULAR_UNITS = (
    "year|month|week|day|hour|minute|kilometre|kilometer|mile|metre|meter|tonne|ton|"
    "member|seat|storey|story|page"
)
# Things whose distance is their length: "the 7.4-kilometre line" is 7.4 kilometres long; a
# "10-kilometre radius" or a "5-mile zone" is no length.
_DISTANCE_UNITS = frozenset({"kilometre", "kilometer", "mile", "metre", "meter"})
_LINEAR_THINGS = frozenset(
    {"line", "road", "route", "track", "pipeline", "tunnel", "bridge", "railway", "canal",
     "wall", "fence", "cable", "corridor", "extension", "runway", "motorway", "highway",
     "trail", "bypass", "link", "viaduct", "causeway"}
)  # fmt: skip
# "a 12-day campaign", "a six-hour meeting", "the 29-kilometre-wide passage".
_HYPHENATED = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<number>{_NUMBER})-(?P<unit>{_SINGULAR_UNITS})"
    rf"(?:-(?P<dimension>long|wide|deep|high|tall|old))?\s+(?P<noun>[{SMALL}][\w-]*)\b"
)
# "voting 7-4", "voted 7-4", "a 7-4 vote", "by a vote of 7-4".
_SUSPENDED_HYPHEN = re.compile(r"\w-\s+(?:or|to|and)\s+$")
# "their biggest one-day gain", "the worst three-month run": a record, not a duration.
_SUPERLATIVE_BEFORE = re.compile(rf"\b(?:[{SMALL}]{{2,}}est|most|least|worst|best)\s+$")
# "voted six to two", "voting 9 votes to 3": the count in words too.
_VOTE_COUNT = rf"(?:\d{{1,3}}[-–]\d{{1,3}}|{_NUMBER}(?:\s+votes?)?\s+to\s+{_NUMBER})"
_VOTE = re.compile(
    # ("A five-judge bench split three to two": a bench's vote.)
    rf"\b(?:(?:voting|voted|vote\s+of|split)\s+(?:by\s+)?(?P<after>{_VOTE_COUNT})\b"
    r"|(?P<before>\d{1,3}[-–]\d{1,3})\s+(?:vote|decision|ruling|majority)\b"
    # "approved by the cabinet by seven votes to two": the word "votes" makes it a vote.
    rf"|\bby\s+(?P<by>{_NUMBER}\s+votes?\s+to\s+{_NUMBER})\b)"
)
# "seven times the 2023 rate", "three times as many".
_TIMES = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<number>{_NUMBER})\s+times\s+"
    # "2.5 times faster", "three times larger": a comparative after it too.
    rf"(?=(?:the|its|their|as|that|higher|more|[{SMALL}]{{2,}}er)\b)"
)
# "roughly one in five tonnes", "3 in 10 adults": a share told as a ratio, one fact.
_RATIO = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<low>one|[Oo]ne|\d{{1,2}})\s+in\s+(?:every\s+)?(?P<high>{_WORD_NUMBERS}|\d{{1,3}})"
    rf"\b(?=\s+[{SMALL}])"
)
# "more than double the volume of two years earlier", "nearly twice the 2024 level": a
# multiplier in words, before what it multiplies.
_DOUBLE = re.compile(
    r"(?<![\w-])(?P<multiple>(?:(?:more\s+than|less\s+than|nearly|almost|about|roughly|around|over|"
    r"well\s+over|at\s+least)\s+)?(?:double|twice|triple|treble|quadruple))"
    # What it multiplies, asked with it: "the volume of two years earlier".
    r"\s+(?P<object>(?:the|its|their|that|those)\s+[^,;.“”\"]{3,60}?)(?=\s*[,;.]|\s*$)"
)
# The figure before a multiplier: "C$845m", "Nkr 40 billion", "3.8 million tonnes".
_FIRST_FIGURE = re.compile(
    rf"\s(?:about\s+|some\s+|nearly\s+)?(?:[{CAPITAL}]{{0,3}}[$€£¥]\s?|[{CAPITAL}][{SMALL}]{{1,2}}\s?)?\d"
)


def _multiple(match: re.Match[str], sentence: str, line: int) -> FoundFact:
    """ "Shipments reached 3.8 million tonnes, more than double the volume of 2023" asks
    "Shipments reached what multiple of the volume of 2023?": the figure before is its own
    card, the comparison this one."""
    answer = " ".join(match.group("multiple").split())
    compared = " ".join(match.group("object").split())
    fact = _fact("text", answer, sentence, match.span(), f"what multiple of {compared}", line)
    subject = _before_figure(sentence, match.start())
    if subject:
        prompt = f"{subject} what multiple of {compared}?"
        fact = dataclasses.replace(fact, prompt=prompt[:1].upper() + prompt[1:])
    return dataclasses.replace(fact, written=match.group("multiple"))


# "nearly three times": the hedge goes with the question.
_HEDGE_BEFORE = re.compile(r"\b(nearly|almost|about|roughly|around|more\s+than|over)\s+$")


def _before_figure(sentence: str, at: int) -> str | None:
    """The subject and verb before the figure a comparison at ``at`` follows ("Shipments
    reached" in "Shipments reached 3.8 million tonnes in 2025, more than double ..."), when
    a comma sets the comparison off; None otherwise."""
    clause = sentence[:at].rstrip(" ,")
    clause = _HEDGE_BEFORE.sub("", clause + " ").rstrip(" ,")
    figure = _FIRST_FIGURE.search(clause)
    if figure is None or "," not in sentence[figure.start() : at]:
        return None
    subject = clause[: figure.start()].strip().lstrip("-–•* ")
    return subject if len(subject.split()) >= 2 else None


# "grew almost fivefold", "a 10-fold rise": a multiplier in one word.
_FOLD = re.compile(
    r"(?<![\w-])(?:(?:almost|nearly|about|roughly|more\s+than)\s+)?"
    rf"(?P<fold>(?:{_WORD_NUMBERS}|\d+)-?fold)\b(?!-)"
)
# "two-thirds of shareholders", "a third", "three-quarters of the seats".
_FRACTION = re.compile(
    r"(?<![\w-])(?P<fraction>(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)"
    r"|(?:a|one)\s+(?:third|quarter|fifth))(?![\w-])"
    # "fell by about a quarter over the past decade": a share, then when.
    r"(?=\s+(?:of|in|by|from|to|for|over|since|during|between|within|compared|than)\b|[,.;]|$"
    # "roughly a fifth lower than a year ago": a share a comparison moved by.
    rf"|\s+(?:[{SMALL}]{{2,}}er|more|less|fewer)\s+than\b)"
)
# "in the third quarter of 2026", "the first half of 2025": a period, not a year.
_PERIOD = re.compile(
    r"\b(?P<period>the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)"
    r"\s+of\s+(?:19|20)\d{2})\b"
)
# "against 72 a day": a rate whose noun the sentence gave before ("38 vessels a day").
_BARE_RATE = re.compile(
    r"(?<![\w$€£¥.,-])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?:a|per)\s+"
    r"(?:day|week|month|year)\b"
)
# "142 mL", "61mm", "a 300 mg injection", "12km": a figure with a unit's symbol, which no
# count reads (it is no plural noun). Not "m", which is as often millions as metres.
_UNIT_SYMBOL = re.compile(
    r"(?<![\w$€£¥.,/-])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(?P<unit>mL|ml|mg|kg|km|mm|cm|µg|mcg|ha|kW|MW|GW|kWh|MWh|GWh|TWh|mph|km/h|°C|°F|C)"
    r"(?![\w/$])"
)
_AN_ADJECTIVE = re.compile(r"\b(?P<article>[Aa]n?|[Tt]he)\s+$")
_NOUN = re.compile(rf"\s+(?P<noun>[{SMALL}][\w-]*)\b")
_DIMENSIONS = {
    "long": "long",
    "wide": "wide",
    "deep": "deep",
    "high": "high",
    "tall": "tall",
    "old": "old",
}
# Words that only qualify the noun after them: "the former" is no one.
_QUALIFYING = frozenset({"former", "retired", "veteran", "local", "young", "senior", "new"})
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# "Ayse Korkmaz, a 54-year-old teacher", "an 81-year-old widow": a person's age, which no
# briefing asks of someone met in passing (a profile's own subject is find_profiles').
_NAMED_BEFORE = re.compile(
    rf"(?P<name>(?:[{CAPITAL}][\w’'-]*\s+){{0,3}}[{CAPITAL}][\w’'-]*),\s+(?:a|an|the)\s+$"
)
_PEOPLE = frozenset(
    {"man", "woman", "boy", "girl", "widow", "widower", "mother", "father", "pensioner",
     "resident", "student", "teacher", "driver", "worker"}
)  # fmt: skip
# A rate, bond or loan named by its term: "one-week repo rate", "10-year local-currency
# government bond", "two-year fixed mortgage". The term is its name, not a length to learn.
_TERM_OF_AN_INSTRUMENT = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:rates?|bonds?|yields?|notes|bills|mortgages?|loans?|deposits?|"
    r"gilts?|Treasury|Treasuries|securities|swaps?|facility)\b"
)
_FUTURE_OR_PRESENT = re.compile(rf"\b(?:will|is|are|remains?|has|have|[{SMALL}]+s)\b")


# "1 hour 25 minutes", "three hours and 20 minutes", "two years and six months": one length
# of time in two units; as two figures each half would be a wrong answer.
_DURATION = re.compile(
    rf"(?<![\w$€£¥.,-])(?:{_NUMBER}|an?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)"
    rf",?\s+(?:and\s+)?{_NUMBER}\s+(?:months?|weeks?|days?|hours?|minutes?|seconds?)\b"
)


def _durations(sentence: str, line: int) -> list[FoundFact]:
    """Each length of time told in two units, asked "how long": only one the grader reads as
    a single total (not "two years and three days"), so its answer is graded as one."""
    # Imported here so the drafter follows whichever reading the grader uses today.
    from trainer.core.grading.durations import read_duration

    return [
        _fact("text", match.group(0), sentence, match.span(), "how long", line)
        for match in _DURATION.finditer(sentence)
        if read_duration(match.group(0)) is not None
    ]


def _is_a_person(sentence: str, match: re.Match[str]) -> bool:
    """Whether the "N-year-old" of ``match`` describes a person: one named just before it,
    or a noun only people are ("widow", "a former ...")."""
    noun = match.group("noun")
    named = _NAMED_BEFORE.search(sentence, 0, match.start())
    return (
        noun in _QUALIFYING
        or noun in _PEOPLE
        or (named is not None and named.group("name").split()[0] != "The")
    )


def find_measures(sentence: str, line: int) -> list[FoundFact]:
    """Every range, hyphenated size, vote count, length of time in two units and multiplier
    in ``sentence``."""
    found: list[FoundFact] = _durations(sentence, line)
    taken = [(fact.start, fact.end) for fact in found]
    for match in _RANGE.finditer(sentence):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue  # "three hours and 20 minutes" is one length of time, not a range
        unit = match.group("unit")
        question = f"how many {unit}" if not match.group("low_unit") else "what range"
        if unit in ("percent", "per cent"):
            question = "what percentage"
        before = sentence[: match.start()]
        if re.search(r"\bfrom\s+$", before) or (
            re.search(r"\bby\s+$", before) and match.group("low_unit")
        ):
            # "rose from 5 to 7 per cent", "raised by 0.25 percentage points to 4.25 per
            # cent": a change, not a range.
            continue
        if match.group(0).split()[1:2] == ["and"] and not sentence[: match.start()].endswith(
            "between "
        ):
            continue  # "3 and 5 years" is a range only after "between"
        found.append(_fact("text", match.group(0), sentence, match.span(), question, line))
    # Imported here: find_ranges builds FoundFacts, as this module does, from find_facts.
    from trainer.core.authoring.find_ranges import find_ranges

    found += [
        fact
        for fact in find_ranges(sentence, line)
        if not any(fact.start < other.end and other.start < fact.end for other in found)
    ]
    for match in _AGES.finditer(sentence):
        answer = f"{match.group('low')} to {match.group('high')}"
        found.append(_fact("text", answer, sentence, match.span(), "of what ages", line))
    for match in _HYPHENATED.finditer(sentence):
        number, unit, noun = match.group("number"), match.group("unit"), match.group("noun")
        if noun in _QUALIFYING:  # "a 46-year-old former regional health director"
            noun = re.split(r"[,;.]", sentence[match.start("noun") :])[0].strip()
            noun = " ".join(noun.split()[:5])
        dimension = match.group("dimension") or (
            "long"
            if unit in _TIME_UNITS
            # "a 46-page ruling" is 46 pages long; "the 7.4-kilometre line" 7.4 kilometres.
            or unit == "page"
            or (unit in _DISTANCE_UNITS and match.group("noun") in _LINEAR_THINGS)
            else None
        )
        if dimension is None:
            continue  # "a 9-member committee" counts members, which the count finder reads
        if dimension == "old" and _is_a_person(sentence, match):
            continue
        if noun in _STATISTICS:
            continue  # "a five-year average of 780" says over what a figure was taken
        if _TERM_OF_AN_INSTRUMENT.match(sentence, match.start("noun")):
            continue  # "the one-week repo rate", "a 10-year bond": a maturity names the thing
        if _SUSPENDED_HYPHEN.search(sentence, 0, match.start()):
            continue  # "a two- or three-day outage": a range no single length answers
        if _SUPERLATIVE_BEFORE.search(sentence, 0, match.start()):
            continue  # "their steepest one-day drop since 2024" ranks a move: no length to learn
        if match.group("noun") not in _QUALIFYING:
            noun = _noun_phrase(sentence, match.start("noun"))
        head = noun
        if match.group("noun") not in _QUALIFYING:
            noun += _what_it_is_of(sentence[match.start("noun") + len(noun) :])
        plural = unit if number.casefold() in ("one", "1") else _plural(unit)
        answer = f"{number} {plural}"
        tense = "is" if _FUTURE_OR_PRESENT.search(sentence[match.end() :]) else "was"
        if _is_plural(head.split()[-1]):
            tense = "are" if tense == "is" else "were"  # "How long were the shifts?"
        prompt = f"How {_DIMENSIONS[dimension]} {tense} the {noun}?"
        if dimension == "old":
            prompt = f"How old {tense} the {noun}?"
        found.append(
            _fact(
                "number" if unit not in _TIME_UNITS else "text",
                answer,
                sentence,
                (match.start(), match.start("noun") - 1),
                "how many",
                line,
                prompt=prompt,
                written=match.group(0)[: match.start("noun") - match.start()].strip(),
            )
        )
    for match in _UNIT_SYMBOL.finditer(sentence):
        found.append(_unit_measure(match, sentence, line))
    for match in _VOTE.finditer(sentence):
        if match.group("after") and match.group(0).startswith(("voted", "split")):
            # "Members voted six to two in favour of ..." asks "... voted by what margin in
            # favour of ...?": the verb's own sentence says what the vote was on.
            count = match.group("after")
            span = match.span("after")
            found.append(
                _fact("text", count, sentence, span, "by what margin", line, written=count)
            )
        elif match.group("after"):
            # "..., voting 7-4" asks "..., by what vote?": the verb goes with the count.
            # What follows the count ("after a six-hour meeting") is another fact.
            count, clause = match.group("after"), sentence[: match.end()]
            fact = _fact("text", count, clause, match.span(), "by what vote", line, written=count)
            found.append(dataclasses.replace(fact, evidence=sentence))
        elif match.group("by"):
            count = match.group("by")
            found.append(
                _fact("text", count, sentence, match.span(), "by what vote", line, written=count)
            )
        else:
            span = match.span("before")
            found.append(_fact("text", match.group("before"), sentence, span, "what", line))
    for match in _FOLD.finditer(sentence):
        fold = match.group("fold")
        found.append(_fact("text", fold, sentence, match.span(), "by what factor", line))
    for match in _TIMES.finditer(sentence):
        answer = f"{match.group('number')} times"
        span = (match.start(), match.end() - 1)
        fact = _fact("text", answer, sentence, span, "how many times", line)
        # "reach 40,000 tonnes, nearly three times the losses of 2024": asked of the subject
        # and verb before the figure, as a multiplier in words is.
        compared = re.match(r"the\s+[^,;.“”\"]{3,60}?(?=\s*[,;.]|\s*$)", sentence[match.end() :])
        subject = _before_figure(sentence, match.start())
        if compared and subject:
            hedge = _HEDGE_BEFORE.search(sentence, 0, match.start())
            asked = f"{hedge.group(1) + ' ' if hedge else ''}how many times {compared.group(0)}"
            text = f"{subject} {asked}?"
            fact = dataclasses.replace(fact, prompt=text[:1].upper() + text[1:])
        found.append(fact)
    for match in _RATIO.finditer(sentence):
        low, high = match.group("low"), match.group("high")
        question = f"{low} in how many" if low.casefold() == "one" else f"how many in {high}"
        found.append(_fact("number", match.group(0), sentence, match.span(), question, line))
    for match in _DOUBLE.finditer(sentence):
        found.append(_multiple(match, sentence, line))
    for match in _FRACTION.finditer(sentence):
        found.append(
            _fact("text", match.group("fraction"), sentence, match.span(), "what share", line)
        )
    # "less than half the long-term average", "by around half": a share qualified in words.
    from trainer.core.authoring.find_worded_shares import find_worded_shares

    found += find_worded_shares(sentence, line)
    for match in _PERIOD.finditer(sentence):
        span = match.span("period")
        found.append(_fact("text", match.group("period"), sentence, span, "which period", line))
    for match in _BARE_RATE.finditer(sentence):
        span = match.span("number")
        found.append(_fact("number", match.group("number"), sentence, span, "how many", line))
    return found + find_tallies(sentence, line)


def _unit_measure(match: re.Match[str], sentence: str, line: int) -> FoundFact:
    number, unit = match.group("number"), match.group("unit")
    question = f"how many {unit}"
    answer = f"{number} {unit}"
    if unit in ("C", "°C", "°F"):  # "a record 21.1C" asks "a record how many degrees"
        question, answer = "how many degrees", f"{number}{unit}"
    fact = _fact("number", answer, sentence, match.span(), question, line)
    article = _AN_ADJECTIVE.search(sentence, 0, match.start())
    noun = _NOUN.match(sentence, match.end())
    if article and noun:
        # "a 300 mg injection" asks "an injection of how many mg", not "a how many mg
        # injection".
        word = noun.group("noun")
        determiner = article.group("article").casefold()
        if determiner != "the":
            determiner = indefinite_article(word)
        shown = (
            f"{sentence[: article.start()]}{determiner} {word} of {match.group(0)}"
            f"{sentence[noun.end() :]}"
        )
        at = article.start() + len(determiner) + len(word) + 5
        return dataclasses.replace(
            fact, prompt=ask_in_place(shown, at, at + len(match.group(0)), question)
        )
    return fact


# A period that says over what a figure was taken, not how long a thing lasts.
_STATISTICS = frozenset(
    {"average", "mean", "median", "high", "low", "record", "peak", "rate", "trend", "total",
     "bond", "yield", "window", "span", "horizon"}
)  # fmt: skip
_NOT_NOUN = frozenset(
    {"in", "of", "on", "at", "to", "for", "with", "from", "by", "and", "or", "that", "which",
     "who", "will", "would", "is", "was", "are", "were", "has", "had", "have", "as", "than",
     "after", "before", "since", "until", "into", "over", "under", "last", "this", "next",
     "between", "near", "around", "across", "through", "within", "along", "about",
     "against", "via", "per", "off", "out", "up", "down", "beyond", "behind", "toward",
     "towards"}
)  # fmt: skip


# Verbs in the past that end in no "-ed": "the contract broke down" has no noun "broke".
_IRREGULAR_PAST = IRREGULAR_PAST | {"ended"}


def _noun_phrase(sentence: str, at: int) -> str:
    """The noun a hyphenated size qualifies, with up to two nouns after it that it may lead:
    "pay deal" in "a two-year pay deal in February", "gas supply agreement" in "a 15-year
    gas supply agreement", "news licensing deal", never "campaign starts"."""
    words: list[str] = re.findall(rf"[{SMALL}][\w-]*|\S+", sentence[at:])[:4]
    taken = [words[0]] if words else [""]
    end = at + len(taken[0])
    for index, word in enumerate(words[1:3], start=1):
        after = words[index + 1] if index + 1 < len(words) else ""
        if not (
            _may_lead_a_noun(word, taken[-1])
            and sentence[end : end + 1] == " "
            # "licensing" leads a noun ("a news licensing deal"), or it is a verb.
            and (not word.endswith("ing") or _may_lead_a_noun(after, word))
        ):
            break
        taken.append(word)
        end += 1 + len(word)
    return " ".join(taken)


def _may_lead_a_noun(word: str, before: str) -> bool:
    """A lower-case word that can follow ``before`` in a compound noun: no preposition,
    verb or adverb, and no plural before it ("the deal's sites", not "the sites deal")."""
    return (
        re.fullmatch(rf"[{SMALL}][\w-]*", word) is not None
        and word not in _NOT_NOUN
        and (not word.endswith(("ed", "ly")) or word in _NOUNS_IN_LY)
        and word not in _IRREGULAR_PAST
        and not _is_plural(word)
        and not _is_plural(before)
    )


# "a one-year freeze on rents for existing tenancies": what the length is of, up to a
# clause's next word ("and", "that", a verb) or its punctuation.
_OF_WHAT = re.compile(
    r"^\s+(?P<phrase>(?:for|on|of|in|over|against|between)"
    r"(?:\s+(?!(?:and|or|but|that|which|who|whose|to|was|were|is|are|has|had|have|will|would|"
    r"could|after|before|since|when|while|as|than)\b)[\w’'-]+){1,4}?)(?=\s*[,.;:?!)]|\s*$)"
)


_WHEN_WORDS = re.compile(
    rf"\b(?:{'|'.join((*MONTHS, *WEEKDAYS))}|\d{{4}}|spring|summer|autumn|winter|week|month|"
    r"year|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)


def _what_it_is_of(rest: str) -> str:
    """The phrase after a length's noun that says what it is of (" on rents for existing
    tenancies"), where it runs whole to the clause's end; else nothing: "How long was the
    wait?" says nothing of whose wait, and "How long was the wait for a cup title?" does."""
    match = _OF_WHAT.match(rest)
    if match is None or _WHEN_WORDS.search(match["phrase"]):
        return ""  # "a two-year pay deal in March": when, not what of
    return f" {match['phrase']}"


# Nouns that end as an adverb does: "a five-year supply deal", "a two-day party rally".
_NOUNS_IN_LY = frozenset({"supply", "family", "assembly", "rally", "reply", "monopoly", "tally"})
# Nouns that end in "s" and are one thing: "the gas supply", "the news blackout".
_SINGULAR_IN_S = frozenset({"gas", "news", "series", "species", "means", "lens", "bias"})


def _is_plural(word: str) -> bool:
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word.casefold() not in _SINGULAR_IN_S
    )


def _plural(unit: str) -> str:
    return unit + ("" if unit.endswith("s") else "s")


def _fact(
    kind: str,
    answer: str,
    sentence: str,
    span: tuple[int, int],
    question: str,
    line: int,
    *,
    prompt: str | None = None,
    written: str | None = None,
) -> FoundFact:
    return FoundFact(
        kind,
        "counts",
        answer,
        written or sentence[span[0] : span[1]],
        sentence,
        span[0],
        span[1],
        question,
        line,
        prompt=prompt,
    )
