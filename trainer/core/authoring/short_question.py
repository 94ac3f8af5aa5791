"""A question cut down to its own fact: the phrases that held other cards' answers go.

A drafted question starts as its article's sentence, asked in place ("The team followed how
many pupils aged 13 to 17 at 41 schools for 18 months?"). Each other figure, date or name
in it is another card's answer, hidden as "…" so the question does not give it away; left
like that, the question reads as a puzzle of blanks ("The team followed … pupils … at …
schools for how many months?") and no reader can tell whose figure is asked. Here each
phrase holding a hidden answer is left out, as a briefer would say it: a parenthesis or a
comma phrase holding one goes whole, a preposition and its hidden object go together ("from
…", "to … in January", "by … percentage points"), and a hidden count before its noun leaves
the noun ("… boreholes" reads "boreholes"). What stays is the clause's subject, its verb and
the words that make the answer unique: "The team followed pupils at secondary schools in
England for how many months?".

Only the "…" that stand for hidden answers are read: the rule works on any sentence, since
it reads the marks the finishing pass leaves rather than guessing which words are facts.
"""

from __future__ import annotations

import re

from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.letters import CAPITAL, SMALL

HIDDEN = "…"
# What the finishing pass hides another card's answer with while this module reads the
# prompt: a private character, so a quotation's own "…" or a cut's is never taken for one.
MARK = "\ue000"
# A prompt this many words or fewer is short enough to ask whole.
LIMIT = 20
QUESTION = re.compile(r"(?i)\b(?:how|what|which|who|whom|whose|when|where)\b")
# "how"/"what" ask; "which" and "who" may only join a clause ("Teenagers who used ...").
_PLAIN_QUESTION = re.compile(r"(?i)\b(?:how|what|whose|when|where)\b")


# The words that make a prompt a question, whatever else a cut leaves.
_ASKING = re.compile(r"(?i)\b(?:how\s+(?:many|much|long|old|far)|what\s+\w+)\b")


def asked_part(parts: list[str]) -> int | None:
    """Which of ``parts`` holds the question phrase."""
    # "When the pact was signed in …, its how many members ...": an opening clause of time,
    # not the question, when a later part asks "how many" or "what".
    if parts and re.match(r"(?i)(?:when|where)\s", parts[0]):
        later = next((at for at, part in enumerate(parts[1:], 1) if _ASKING.search(part)), None)
        if later is not None:
            return later
    if parts and QUESTION.match(parts[0]):
        return 0
    for pattern in (_HOW_WHAT, _PLAIN_QUESTION, QUESTION):
        for at, part in enumerate(parts):
            if pattern.search(part):
                return at
    return None


def question_in(text: str) -> re.Match[str] | None:
    """The question phrase's first word in ``text``."""
    # "At the school, where pupils ..., she was given how many dates": "where" may open a
    # clause too, so "how"/"what" ask first.
    opening = QUESTION.match(text)
    if opening and opening.group(0).casefold() in ("when", "where"):
        # "When the pact was signed, how many governments ...": a clause's "when".
        opening = _HOW_WHAT.search(text) or opening
    return (
        opening or _HOW_WHAT.search(text) or _PLAIN_QUESTION.search(text) or QUESTION.search(text)
    )


_HOW_WHAT = re.compile(r"(?i)\b(?:how|what|whose)\b")


# A verb after a hidden answer makes it the subject ("…, … reported using").
_VERB = rf"(?:was|were|is|are|will|would|has|have|had|said|[{SMALL}]+ed)\b"
# Words that qualify the amount before it ("about …", "more than …", "an estimated …",
# "an expected …"; never "larger-than-expected").
_HEDGE = (
    r"(?:(?:an\s+)?(?<!-)(?:estimated|expected)|nearly|almost|about|around|roughly|approximately|"
    r"some|over|"
    r"under|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|close\s+to|"
    r"just|only|a\s+further|another|a\s+total\s+of)"
)
# Words that join or lead to what follows: a hidden amount's noun never reaches past them.
_JOINING = (
    r"(?:from|to|of|in|for|with|by|at|on|and|or|but|that|which|who|whose|was|is|are|were|"
    r"will|would|has|had|have|be|been|as|than|over|under|per|a|an|the|its|their|his|her|"
    r"since|until|after|before|within|into|across|against|while|when|if|this|these|those|"
    r"said|says|can|could|should|must|may|might|do|does|did|not|also|now|then|so)"
)
# The noun a hidden amount counts or measures: up to three words that join nothing
# ("… percentage points", "… Norwegian crowns", "… long-range fixed radars").
_NOUN = rf"(?:\s+(?!{_JOINING}\b)(?![\w-]*ly\b)[{CAPITAL}{SMALL}][\w’'-]*){{0,3}}"
# A lower-case noun right after a hidden answer: what it counts ("… main gauging stations"),
# never a verb ("…’s … made the holiday": a word before a determiner is one).
_COUNTED_NOUN = re.compile(
    rf"\s+(?!{_JOINING}\b)(?!{_VERB})[{SMALL}][\w-]*\b(?![’']s\b)"
    r"(?!\s+(?:the|a|an|its|his|her|their|this|that|these|those)\b)"
)
# "… nights a week", "… cubic metres of gas a day": a rate's period goes with the amount.
_RATE = (
    r"(?:\s+(?:a|an|per|each)\s+(?:day|night|week|month|year|quarter|hour|share|barrel|tonne|"
    r"head|person|household|passenger|litre|gallon|kilo|kilogram|unit))?"
)
_PREPOSITION = (
    r"(?:(?:up|down)\s+)?(?:from|to|by|against|of|at|with|for|on|in|and|or|aged|"
    r"since|until|before|after|within|over|worth|totaling|totalling|compared\s+with|"
    r"compared\s+to|versus|than)"
)
# "(… miles)", "(ESRC)" holding a hidden name: a parenthesis holding a hidden answer.
_PARENTHESIS = re.compile(rf"\s*\([^()]*{MARK}[^()]*\)")
# "the … (TPP) agreement": the hidden long name goes, its abbreviation names the thing.
_NAME_AND_ABBREVIATION = re.compile(
    rf"{MARK}\s+\((?P<short>[{CAPITAL}]"
    rf"[{CAPITAL}{SMALL}&.-]{{1,9}})\)"
)
# Before a hidden answer: the preposition that leads to it and the words qualifying it.
_LEAD = re.compile(
    rf"(?i:(?P<prep>,?\s+{_PREPOSITION}\s+(?:(?:the|a|an)\s+)?)?(?P<hedge>\b{_HEDGE}\s+)?)$"
)
# After it: the noun it counts or measures, a rate's period, and a time dating it ("from
# … in January 2025").
_TAIL = re.compile(
    rf"(?P<noun>{_NOUN})(?P<rate>{_RATE})"
    # "in 2023-2025", "in 2025/26": a span of years goes whole with its figure.
    rf"(?P<dated>\s+(?:in|on|at)\s+(?:{MARK}|(?:[{CAPITAL}][{SMALL}]+\s+)?(?:19|20)\d\d\b"
    r"(?:[-–/](?:19|20)?\d\d\b)?))?"
)
# A measure's unit: a phrase whose noun is one goes whole ("by … percentage points"); a
# thing counted stays, without its count ("at … secondary schools" reads "at secondary
# schools").
_UNIT = re.compile(
    r"(?i)(?:per|percent|cent|percentage|points?|basis|bps|times|fold|years?|months?|weeks?|"
    r"days?|hours?|minutes?|seconds|kilometres|kilometers|km|metres|meters|miles?|tonnes|tons|"
    r"barrels|litres|liters|degrees|dollars|euros|pounds|crowns|lira|pesos|rupees|yen|yuan|"
    r"francs|thousand|million|billion|trillion|bn)"
)
# "in Toronto … afternoon": a hidden weekday goes with its time of day.
_DAY_TIME = re.compile(rf"\s*{MARK}\s+(?:morning|afternoon|evening|night)\b")
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
    rf"November|December)\s+{MARK}"
)
DANGLING_END = re.compile(
    r"(?:,|\s+(?:and|or|but|the|a|an|of|in|on|at|to|for|by|with|from|as|than|while|"
    # ("On what date is the high tide if?": a condition cut after its "if".)
    r"including|between|worth|totaling|totalling|if|unless))+\s*(?=\?$)"
)
# "Which year's budget was?": a verb left without the words it needs.
_UNFINISHED = re.compile(r"\b(?:was|is|are|were|be|been|will|would|has|had|have)\?$")
_A_BEFORE_WORD = re.compile(r"\b([Aa])\s+(?=(\w+))")
_OPENER_LEFT = re.compile(r"^(?:,|and|or|but|while|with)\s+", re.IGNORECASE)


def without_hidden(prompt: str) -> str:
    """``prompt`` with each phrase holding a hidden answer ("…") left out, so it asks its
    own fact about its own subject; the question phrase and its subject stay."""
    if MARK not in prompt:
        return prompt
    shown = prompt.replace(MARK, HIDDEN)
    text = prompt.removesuffix("?")
    ended = text != prompt
    # The asking words ("how many"), not a "where" that opens a clause, must survive.
    asking = {word.casefold() for word in _ASKING.findall(text)}
    text = _NAME_AND_ABBREVIATION.sub(lambda m: m.group("short"), text)
    text = _PARENTHESIS.sub("", text)
    # "… people have died and <hidden> have been injured": the other clause goes whole.
    text = _own_clause(text, hidden_kept=True).removesuffix("?")
    text = _comma_phrases(text)
    text = _MONTH_YEAR.sub(lambda m: m.group("month"), text)
    text = _DAY_TIME.sub("", text)
    text = _without_marks(text)
    text = " ".join(text.split())
    text = re.sub(r"\s+([,;:)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    # "Turnout was …, up from what percentage" reads "Turnout was up from what percentage".
    text = re.sub(
        r"\b(was|is|are|were|been),\s+(?=(?:up|down|from|against|still|well)\b)", r"\1 ", text
    )
    text = _OPENER_LEFT.sub("", text).strip(" ,;:")
    if ended:
        # "rise to?" asked so stays; a preposition whose hidden object went does not.
        text = text + "?" if DANGLING_END.search(shown) else DANGLING_END.sub("", text + "?")
    if (
        not question_in(text)
        or len(text.split()) < 3
        or _UNFINISHED.search(text)
        or not asking <= {word.casefold() for word in _ASKING.findall(text)}
    ):
        return shown  # nothing sensible is left: the question as it was
    # With a word cut out, "a" may now stand before a word that takes "an" ("an outbreak").
    text = _A_BEFORE_WORD.sub(
        lambda m: m.group(1) + indefinite_article(m.group(2))[1:] + " ", _own_clause(text)
    )
    return (text[:1].upper() + text[1:]).replace(MARK, HIDDEN)


# A clause of its own: up to five words and an auxiliary or copula with the word after it.
_CLAUSE = re.compile(
    r"^(?:(?:more\s+than|at\s+least|about|nearly|some|over)\s+)?(?:[\w’'\ue000-]+\s+){0,5}?"
    rf"(?:were|was|is|are|has|have|had|will|would)\s+[{SMALL}]\w*",
    re.IGNORECASE,
)


def _own_clause(text: str, *, hidden_kept: bool = False) -> str:
    """``text`` cut to its question's clause where two clauses are joined by "and" and the
    other has lost its figure ("People were injured and at least how many buildings were
    damaged?" asks "At least how many buildings were damaged?")."""
    for joined in re.finditer(r"\s+and\s+", text):
        first, second = text[: joined.start()], text[joined.end() :]
        if not (_CLAUSE.match(first) and _CLAUSE.match(second)) or "," in first:
            continue
        if question_in(first) and not question_in(second):
            return first + "?"
        shared = re.match(_AUXILIARY, second) is not None
        if (
            question_in(second)
            and not question_in(first)
            # Before the hidden answers go, "… will take office and will manage how much"
            # is one subject's two deeds: the second has no subject to open a question.
            and not (hidden_kept and shared)
        ):
            if shared:
                # "The project was approved and has cost how much": the second deed is asked
                # of the first's subject ("The project has cost how much?").
                subject = re.match(rf"(?P<subject>.+?)\s+{_AUXILIARY}", first)
                return f"{subject.group('subject')} {second}" if subject else text
            return second[:1].upper() + second[1:]
    return text


_AUXILIARY = r"(?:were|was|is|are|has|have|had|will|would)\b"


def _without_marks(text: str) -> str:
    """``text`` without each hidden answer and the words that only lead to it or measure it,
    the question phrase kept whole."""
    done = 0
    while True:
        asked = question_in(text)
        for mark in re.finditer(MARK, text[done:]):
            at = done + mark.start()
            span = _span_to_drop(text, at, asked)
            if span is None or (asked and span[0] < asked.end() and asked.start() < span[1]):
                continue
            text = text[: span[0]] + " " + text[span[1] :]
            break
        else:
            return text


def _span_to_drop(text: str, at: int, asked: re.Match[str] | None) -> tuple[int, int] | None:
    """Where the phrase holding the hidden answer at ``at`` starts and ends, or None when
    it must stay: a hidden subject ("… will take office") or owner ("…’s spokesman") is
    what the question is about, and no phrase can stand in for it."""
    end = at + len(MARK)
    before, after = text[:at].rstrip(), text[end:]
    if not before or re.match(r"[’']s\b", after):
        return None
    # "…’s spokesman" owns; after an owner ("the basin’s … main gauging stations") a hidden
    # count before its noun is no owner or subject, and goes like any other count.
    if before.endswith(("’s", "'s")) and not _COUNTED_NOUN.match(after):
        return None
    if before.endswith(",") and re.match(rf"\s+{_VERB}", after):
        return None  # "Of the pupils, … reported": a hidden subject
    if re.match(r",\s+of\s+wh(?:ich|om)\b", after):
        return None  # "cost …, of which Gavi is providing how much": the whole it divides
    lead = _LEAD.search(text, 0, at)
    tail = _TAIL.match(text, end)
    assert lead is not None and tail is not None  # both may match nothing
    start = lead.start("hedge") if lead.group("hedge") else at
    # "an estimated …": the article goes with its hedge.
    article = re.search(r"\ban?\s+$", text[:start])
    if article and lead.group("hedge") and not lead.group("prep"):
        start = article.start()
    elif article and lead.group("hedge"):
        start = max(article.start(), lead.end("prep") - len(article.group(0)))
    noun = tail.group("noun").split()
    if re.match(r"\s+of\s+(?:the\s+)?(?:how|what|which)\b", after):
        return None  # "holds only … of the how many seats": the question needs its whole
    if not noun and not lead.group("prep") and re.match(r"\s+of\s+\w", after):
        # "leaked … of fuel oil" reads "leaked fuel oil".
        return start, end + len(re.match(r"\s+of", after).group(0))  # type: ignore[union-attr]
    prep = lead.group("prep")
    rate = bool(tail.group("rate")) and bool(prep) and prep.strip(" ,").casefold() != "of"
    # "swum … mornings a week for how many years": how often goes whole, never leaving
    # "swum mornings a week" (a count of things with no period stays: "at … schools").
    rate = rate or (bool(tail.group("rate")) and not prep)
    if noun and not _UNIT.fullmatch(noun[0]) and not rate:
        return start, end  # "at … secondary schools": the things counted stay
    # "how many of the … seats": the question's own "of" stays.
    # "leaked … tonnes of fuel oil" reads "leaked fuel oil"; "after … of negotiations" goes.
    of = re.match(rf"\s+of\b(?:\s+[{SMALL}][\w-]*){{0,2}}", text[tail.end() :])
    if prep and not (
        prep.strip(" ,").casefold().startswith("of")
        and asked is not None
        and re.search(rf"\b{asked.group(0)}(?:\s+\w+)?\s*$", text[: lead.start()])
    ):
        start = lead.start()
        # "by the end of …" goes whole: "by the end" alone says nothing.
        end_of = re.search(
            r"\s+(?:by|at|before|until|from|in|since|to)\s+the\s+(?:end|start|beginning|middle)$",
            text[:start],
        )
        if end_of and prep.strip(" ,").casefold() == "of":
            start = end_of.start()
        started = _TO_THE_ASKED.match(text, tail.end())
        if prep.strip(" ,").casefold() == "from" and started and started.end() > tail.end():
            # "dropped from … at the start of the trial to what percentage": when the hidden
            # figure was counted goes with it, or "dropped at the start ... to" is left.
            return start, started.end()
        if _COMPARING.fullmatch(prep.strip(" ,")):
            # "in May versus … in April": what the hidden figure was counted in goes with
            # it, to the clause's end, or "in May in April" is left.
            return start, _clause_end(text, tail.end(), asked)
        return start, tail.end() + (len(of.group(0)) if of and not noun else 0)
    if of and not tail.group("rate"):
        return start, tail.end() + len(re.match(r"\s+of", text[tail.end() :]).group(0))  # type: ignore[union-attr]
    return start, tail.end("rate")


_TO_THE_ASKED = re.compile(r"[^,;…]*?(?=\s+to\s+(?:what|how|which)\b)")
_COMPARING = re.compile(r"(?i)compared\s+(?:with|to)|versus|against")


def _clause_end(text: str, at: int, asked: re.Match[str] | None) -> int:
    """Where the clause going on at ``at`` ends: its next comma, semicolon or the text's
    end, never past the question phrase."""
    stop = re.compile(r"[,;]|\s+(?:and|but|while)\s").search(text, at)
    end = stop.start() if stop else len(text)
    if asked is not None and at <= asked.start() < end:
        return at
    return end


def _comma_phrases(text: str) -> str:
    """``text`` without its comma phrases that hold a hidden answer but not the question
    (", up from … in the 2021 runoff", ", whose tanker leaked … tonnes,"). The clause
    holding the subject stays: the first phrase, or the one after a short opening phrase
    ("Sentencing on …, the judge said"), which goes unless it holds the question."""
    parts = split_outside_quotes(text)
    if len(parts) < 2:
        return text
    asked = asked_part(parts)
    if asked is None:
        return text
    main = 1 if _OPENING.match(parts[0]) else 0
    kept: list[str] = []
    dropped_aside = False
    # "…, up from … in the 2021 runoff, the first regional runoff held since ...": an
    # asked appositive needs the phrase it describes.
    described = asked - 1 if asked > main and ASIDE.match(parts[asked]) else None
    for at, part in enumerate(parts):
        if at not in (asked, main, described) and MARK in part:
            # An aside between the subject and its verb ("Cordillera's main asset, the …
            # mine, produced") goes with both its commas.
            dropped_aside = dropped_aside or 0 < at < asked
            continue
        if kept and dropped_aside and re.match(rf"[{SMALL}]", part) and not ASIDE.match(part):
            kept[-1] = f"{kept[-1]} {part}"
        else:
            kept.append(part)
        dropped_aside = False
    return ", ".join(kept)


# A short phrase opening a sentence before its subject ("Sentencing on …", "… in Qatar").
_OPENING = re.compile(
    rf"(?i)(?:(?:in|on|at|after|before|during|[{SMALL}]+ing)\b|{MARK}\s+(?:in|on|at)\b)"
    r"(?:\s+\S+){0,7}$"
)
# An appositive or relative phrase: what it says about the words before it.
ASIDE = re.compile(rf"(?:the|a|an|its|their|his|her|whose|which|who|{MARK})(?:\s|$)")


def in_quotes(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def split_outside_quotes(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for comma in re.finditer(r",\s+", text):
        if in_quotes(text[: comma.start()]):
            continue
        if re.search(r"\d$", text[: comma.start()]) and re.match(r"\d", text[comma.end() :]):
            continue
        parts.append(text[start : comma.start()])
        start = comma.end()
    parts.append(text[start:])
    return parts
