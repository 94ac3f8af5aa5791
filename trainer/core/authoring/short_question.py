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

HIDDEN = "…"
# What the finishing pass hides another card's answer with while this module reads the
# prompt: a private character, so a quotation's own "…" or a cut's is never taken for one.
MARK = "\ue000"
# A prompt this many words or fewer is short enough to ask whole.
_LIMIT = 20
_QUESTION = re.compile(r"(?i)\b(?:how|what|which|who|whom|whose|when|where)\b")
# "how"/"what" ask; "which" and "who" may only join a clause ("Teenagers who used ...").
_PLAIN_QUESTION = re.compile(r"(?i)\b(?:how|what|whose|when|where)\b")


def _asked_part(parts: list[str]) -> int | None:
    """Which of ``parts`` holds the question phrase."""
    if parts and _QUESTION.match(parts[0]):
        return 0
    for pattern in (_PLAIN_QUESTION, _QUESTION):
        for at, part in enumerate(parts):
            if pattern.search(part):
                return at
    return None


def _asked(text: str) -> re.Match[str] | None:
    """The question phrase's first word in ``text``."""
    return _QUESTION.match(text) or _PLAIN_QUESTION.search(text) or _QUESTION.search(text)


# Words that qualify the amount before it ("about …", "more than …", "an estimated …").
_HEDGE = (
    r"(?:(?:an\s+)?estimated|nearly|almost|about|around|roughly|approximately|some|over|"
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
_NOUN = rf"(?:\s+(?!{_JOINING}\b)(?![\w-]*ly\b)[A-Za-z][\w’'-]*){{0,3}}"
# "… nights a week", "… cubic metres of gas a day": a rate's period goes with the amount.
_RATE = r"(?:\s+(?:a|an|per|each)\s+(?:day|night|week|month|year|quarter|hour))?"
_PREPOSITION = (
    r"(?:(?:up|down)\s+)?(?:from|to|by|against|of|at|with|for|on|in|and|or|aged|"
    r"since|until|before|after|within|over|worth|totaling|totalling|compared\s+with|"
    r"compared\s+to|versus|than)"
)
# "(… miles)", "(ESRC)" holding a hidden name: a parenthesis holding a hidden answer.
_PARENTHESIS = re.compile(rf"\s*\([^()]*{MARK}[^()]*\)")
# "the … (TPP) agreement": the hidden long name goes, its abbreviation names the thing.
_NAME_AND_ABBREVIATION = re.compile(rf"{MARK}\s+\((?P<short>[A-Z][A-Za-z&.-]{{1,9}})\)")
# Before a hidden answer: the preposition that leads to it and the words qualifying it.
_LEAD = re.compile(
    rf"(?i:(?P<prep>,?\s+{_PREPOSITION}\s+(?:(?:the|a|an)\s+)?)?(?P<hedge>\b{_HEDGE}\s+)?)$"
)
# After it: the noun it counts or measures, a rate's period, and a time dating it ("from
# … in January 2025").
_TAIL = re.compile(
    rf"(?P<noun>{_NOUN})(?P<rate>{_RATE})"
    rf"(?P<dated>\s+(?:in|on|at)\s+(?:{MARK}|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b))?"
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
_DANGLING_END = re.compile(
    r"(?:,|\s+(?:and|or|but|the|a|an|of|in|on|at|to|for|by|with|from|as|than|while|"
    r"including|between|worth|totaling|totalling))+\s*(?=\?$)"
)
# "Which year's budget was?": a verb left without the words it needs.
_UNFINISHED = re.compile(r"\b(?:was|is|are|were|be|been|will|would|has|had|have)\?$")
_A_BEFORE_VOWEL = re.compile(r"\b([Aa])(?=\s+[aeiou])")
_OPENER_LEFT = re.compile(r"^(?:,|and|or|but|while|with)\s+", re.IGNORECASE)


def without_hidden(prompt: str) -> str:
    """``prompt`` with each phrase holding a hidden answer ("…") left out, so it asks its
    own fact about its own subject; the question phrase and its subject stay."""
    if MARK not in prompt:
        return prompt
    shown = prompt.replace(MARK, HIDDEN)
    text = prompt.removesuffix("?")
    ended = text != prompt
    text = _NAME_AND_ABBREVIATION.sub(lambda m: m.group("short"), text)
    text = _PARENTHESIS.sub("", text)
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
        text = text + "?" if _DANGLING_END.search(shown) else _DANGLING_END.sub("", text + "?")
    if not _asked(text) or len(text.split()) < 3 or _UNFINISHED.search(text):
        return shown  # nothing sensible is left: the question as it was
    text = _A_BEFORE_VOWEL.sub(lambda m: m.group(1) + "n", _own_clause(text))
    return (text[:1].upper() + text[1:]).replace(MARK, HIDDEN)


# A clause of its own: up to five words and an auxiliary or copula with the word after it.
_CLAUSE = re.compile(
    r"^(?:(?:more\s+than|at\s+least|about|nearly|some|over)\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?:were|was|is|are|has|have|had|will|would)\s+[a-z]\w*",
    re.IGNORECASE,
)


def _own_clause(text: str) -> str:
    """``text`` cut to its question's clause where two clauses are joined by "and" and the
    other has lost its figure ("People were injured and at least how many buildings were
    damaged?" asks "At least how many buildings were damaged?")."""
    for joined in re.finditer(r"\s+and\s+", text):
        first, second = text[: joined.start()], text[joined.end() :]
        if not (_CLAUSE.match(first) and _CLAUSE.match(second)) or "," in first:
            continue
        if _asked(first) and not _asked(second):
            return first + "?"
        if _asked(second) and not _asked(first):
            return second[:1].upper() + second[1:]
    return text


def _without_marks(text: str) -> str:
    """``text`` without each hidden answer and the words that only lead to it or measure it,
    the question phrase kept whole."""
    done = 0
    while True:
        asked = _asked(text)
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
    if not before or before.endswith(("’s", "'s")) or re.match(r"[’']s\b", after):
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
    if noun and not _UNIT.fullmatch(noun[0]) and not rate:
        return start, end  # "at … secondary schools": the things counted stay
    # "how many of the … seats": the question's own "of" stays.
    # "leaked … tonnes of fuel oil" reads "leaked fuel oil"; "after … of negotiations" goes.
    of = re.match(r"\s+of\b(?:\s+[a-z][\w-]*){0,2}", text[tail.end() :])
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
        return start, tail.end() + (len(of.group(0)) if of and not noun else 0)
    if of and not tail.group("rate"):
        return start, tail.end() + len(re.match(r"\s+of", text[tail.end() :]).group(0))  # type: ignore[union-attr]
    return start, tail.end("rate")


def _comma_phrases(text: str) -> str:
    """``text`` without its comma phrases that hold a hidden answer but not the question
    (", up from … in the 2021 runoff", ", whose tanker leaked … tonnes,"). The clause
    holding the subject stays: the first phrase, or the one after a short opening phrase
    ("Sentencing on …, the judge said"), which goes unless it holds the question."""
    parts = _split_outside_quotes(text)
    if len(parts) < 2:
        return text
    asked = _asked_part(parts)
    if asked is None:
        return text
    main = 1 if _OPENING.match(parts[0]) else 0
    kept: list[str] = []
    dropped_aside = False
    # "…, up from … in the 2021 runoff, the first regional runoff held since ...": an
    # asked appositive needs the phrase it describes.
    described = asked - 1 if asked > main and _ASIDE.match(parts[asked]) else None
    for at, part in enumerate(parts):
        if at not in (asked, main, described) and MARK in part:
            # An aside between the subject and its verb ("Cordillera's main asset, the …
            # mine, produced") goes with both its commas.
            dropped_aside = dropped_aside or 0 < at < asked
            continue
        if kept and dropped_aside and re.match(r"[a-z]", part) and not _ASIDE.match(part):
            kept[-1] = f"{kept[-1]} {part}"
        else:
            kept.append(part)
        dropped_aside = False
    return ", ".join(kept)


# A short phrase opening a sentence before its subject ("Sentencing on …", "… in Qatar").
_OPENING = re.compile(
    rf"(?i)(?:(?:in|on|at|after|before|during|[a-z]+ing)\b|{MARK}\s+(?:in|on|at)\b)"
    r"(?:\s+\S+){0,7}$"
)
# An appositive or relative phrase: what it says about the words before it.
_ASIDE = re.compile(rf"(?:the|a|an|its|their|his|her|whose|which|who|{MARK})(?:\s|$)")


_UNFINISHED_HEAD = re.compile(
    r"\b(?:be|been|is|are|was|were|will|would|has|have|had|to|and|or|the|a|an|aged|between|"
    r"of|for|with|including|than)$"
)


def _in_quotes(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _split_outside_quotes(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for comma in re.finditer(r",\s+", text):
        if _in_quotes(text[: comma.start()]):
            continue
        if re.search(r"\d$", text[: comma.start()]) and re.match(r"\d", text[comma.end() :]):
            continue
        parts.append(text[start : comma.start()])
        start = comma.end()
    parts.append(text[start:])
    return parts


# Where a clause or phrase after the question may be cut off: the question is whole before it.
# Words that start a phrase or clause after the question's own words.
_BREAK_WORDS = (
    r"and|but|while|whereas|which|who|after|before|as|when|because|with|without|including|"
    r"although|though|to|from|in|on|at|for|across|over|under|by|aged|since|until|during|into|"
    r"through|between|against|than"
)
# Where a clause or phrase after the question may be cut off: the question is whole before it.
_TAIL_BREAK = re.compile(rf",\s+|;\s+|\s+[—–]\s+|\s+(?=(?:{_BREAK_WORDS})\s)")
# A verb after a hidden answer makes it the subject ("…, … reported using").
_VERB = r"(?:was|were|is|are|will|would|has|have|had|said|[a-z]+ed)\b"
_CLAUSE_BREAK = re.compile(
    r",\s+|;\s+|\s+[—–]\s+|\s+(?:but|while|whereas|which|who)\s"
    # "and said", "and will manage": "and" before a verb starts a clause; "parks and
    # recreation" is one noun.
    r"|\s+and\s+(?:also\s+)?(?:said|told|added|says|will|would|has|had|have|is|was|are|were|"
    r"[a-z]+ed)\b"
)
# Words of the question itself: the break comes after the question word and its noun.
_QUESTION_PHRASE = re.compile(
    r"(?i)\b(?:how\s+(?:many|much|long|old|far|big)|what|which|who|whom|whose|when|where)\b"
    rf"(?:\s+(?!(?:{_BREAK_WORDS})\b)[\w'’-]+){{0,3}}"
)


def cut_after_question(prompt: str, limit: int = _LIMIT) -> str | None:
    """``prompt`` (over ``limit`` words) cut to ``limit`` words without a "…": at the last
    clause or phrase break after its question that fits, after leaving out an opening phrase
    ("According to the committee's listings, ") and the comma phrases between the subject
    and the question's clause when the words before the question alone are too many. The
    subject and verb before the question stay; None when no such cut exists."""
    text = prompt.removesuffix("?")
    shorter = text
    for shorten in (
        _without_opener,
        _without_frame,
        _without_asides,
        _without_list_items,
        _short_subject,
        _without_participle,
        _without_first_deed,
        _without_subordinate,
    ):
        shorter = shorten(shorter)
        cut = _cut_tail(shorter, limit)
        if cut is not None:
            return cut[:1].upper() + cut[1:]
    while (placed := _without_place(shorter)) != shorter:
        shorter = placed
        cut = _cut_tail(shorter, limit)
        if cut is not None:
            return cut[:1].upper() + cut[1:]
    return None


def _cut_tail(text: str, limit: int) -> str | None:
    first = _asked(text)
    asked = _QUESTION_PHRASE.search(text, first.start() if first else 0)
    if asked is None:
        return None
    if len(text.split()) <= limit:
        return text + "?"
    best = None
    clause = None
    for brk in _TAIL_BREAK.finditer(text, asked.end()):
        head = text[: brk.start()].rstrip(" ,;:")
        if len(head.split()) > limit:
            break
        if _in_quotes(head) or _UNFINISHED_HEAD.search(head):
            continue  # never inside a quotation, nor after "would be"
        if re.search(r"\bbetween\s+\S+$", head):
            continue  # "between Shanghai and Rotterdam" is one phrase
        best = head
        if clause is None and _CLAUSE_BREAK.match(text, brk.start()):
            clause = head
    # The question's own clause ends it better than a phrase: "announced how much in
    # emergency aid", not "... and said tents and container homes".
    best = clause or best
    if best is None:
        return None
    best = _DANGLING_END.sub("", best + "?")
    return best if len(best.split()) >= 4 else None


# "According to the Joint War Committee's listings, ", "In a statement, ": what opens a
# sentence before its subject.
_OPENER = re.compile(
    r"(?:According\s+to|In|On|At|After|Before|As|During|Under|Speaking|Asked)\b[^,]{0,60},\s+"
    r"(?=[A-Za-z])"
)


def _without_opener(text: str) -> str:
    opener = _OPENER.match(text)
    if opener is None or _asked(text[: opener.end()]):
        return text
    rest = text[opener.end() :]
    return rest[:1].upper() + rest[1:]


# "The Monetary Policy Committee of the National Bank of Estmark": a named subject and the
# named body it belongs to, which a question short of room can leave out.
_SUBJECT_OF = re.compile(
    r"^(?P<name>(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w'’-]*(?=\s+[a-z])"
)


# "Inflation measured by the consumer price index (CPI) was": how the subject is defined,
# between it and its verb.
_PARTICIPLE_PHRASE = re.compile(
    r"^(?P<subject>(?:\S+\s+){0,3}?\S+)\s+[a-z]+ed\s+by\s+[^,]*?"
    r"(?=\s+(?:was|is|were|are|will|would|has|had|have)\b)"
)


def _without_participle(text: str) -> str:
    phrase = _PARTICIPLE_PHRASE.match(text)
    return text if phrase is None else phrase.group("subject") + text[phrase.end() :]


# "The Vice President announced … in emergency aid and said tents ... would be": what the
# subject said is the question's; what it did first is not.
_FIRST_DEED = re.compile(
    r"^(?P<subject>(?:(?:The|A|An)\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}|(?:The|A|An)\s+"
    r"(?:[a-z][\w-]*\s+){1,3})(?:[a-z]+ed|said|told|made|took|gave)\b.*?\s+and\s+"
    r"(?P<said>(?:also\s+)?(?:said|told|added|warned|stressed|noted)\b)"
)
# "after a compressor failed", "because ...": a clause ending the subject's, before the
# question's own comma phrase.
_SUBORDINATE = re.compile(
    r"\s+(?:after|because|as|when|while|since|before|until|although|though)\s+[^,]*$"
)


def _without_first_deed(text: str) -> str:
    deed = _FIRST_DEED.match(text)
    if deed is None or _asked(text[: deed.start("said")]):
        return text
    return deed.group("subject") + text[deed.start("said") :]


def _without_subordinate(text: str) -> str:
    parts = _split_outside_quotes(text)
    asked = _asked_part(parts)
    if not asked:
        return text
    first = _SUBORDINATE.search(parts[0])
    if first is None or len(parts[0][: first.start()].split()) < 3:
        return text
    parts[0] = parts[0][: first.start()]
    return ", ".join(parts)


# "Norwegian gas producer Nordvik Energi": what the named subject is, before its name.
_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:(?!(?:at|of|in|on|for|the|a|an|to|from|with|and|by)\b)[a-z][\w-]*\s+)"
    r"{1,3}(?=[A-Z][\w'’-]*\s+[A-Z])"
)


def _short_subject(text: str) -> str:
    subject = _SUBJECT_OF.match(text)
    text = text if subject is None else subject.group("name") + text[subject.end() :]
    descriptor = _DESCRIPTOR.match(text)
    return text if descriptor is None else text[descriptor.end() :]


# "The court heard that", "Martin Greaves KC told the court that": who reported the fact,
# which the question does not need.
_FRAME = re.compile(
    r"^[^,]{0,60}?\b(?:said|says|told\s+(?:the\s+)?\w+|heard|added|noted|announced|"
    r"reported|stated|warned|found)\s+that\s+"
)
# "in the far north", "at the World Trade Organization conference": where, before the
# question, up to the verb or joining word that follows it.
_PLACE = re.compile(
    r"\s+(?:in|at)\s+the\s+(?!(?:year|month|week|day|quarter|half|period|end|start|first|"
    r"second|third|fourth|last|next|past)\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"(?=,|\s+(?:have|has|had|is|are|was|were|will|would|can|could|[a-z]+ed|after|before|for|"
    r"on|to|by)\b)"
)


def _without_frame(text: str) -> str:
    frame = _FRAME.match(text)
    if frame is None or _asked(frame.group(0)):
        return text
    rest = text[frame.end() :]
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 5 else text


def _without_place(text: str) -> str:
    """``text`` without its first "in the …"/"at the …" phrase before the question."""
    asked = _asked(text)
    place = _PLACE.search(text, 0, asked.start() if asked else len(text))
    return text if place is None else text[: place.start()] + text[place.end() :]


def _without_list_items(text: str) -> str:
    """``text`` without the items of a list before the question's: "will drill … boreholes,
    construct … dams and lay how many kilometres" reads "will drill … boreholes and lay how
    many kilometres"."""
    parts = _split_outside_quotes(text)
    asked = _asked_part(parts)
    if not asked:
        return text
    question = _asked(parts[asked])
    assert question is not None
    joined = parts[asked].rfind(" and ", 0, question.start())
    if joined < 0 or re.match(r"[A-Z]", parts[asked]):
        return text
    return f"{parts[0]}{parts[asked][joined:]}" + "".join(f", {p}" for p in parts[asked + 1 :])


def _without_asides(text: str) -> str:
    """``text`` without the comma phrases between its first and the question's: the
    subject's clause and the question's are kept, joined as one."""
    parts = _split_outside_quotes(text)
    asked = _asked_part(parts)
    if asked is None or asked < 2:
        return text
    joiner = " " if re.match(r"[a-z]", parts[asked]) and not _ASIDE.match(parts[asked]) else ", "
    return joiner.join([parts[0], ", ".join(parts[asked:])])


# A question asked in place ("The Ministry will drill and equip how many boreholes?") is put
# in the order a briefer asks it ("How many boreholes will the Ministry drill and equip?")
# where the sentence is plain: a subject without commas, an auxiliary, a verb of up to three
# words whose object is the amount asked, and after it nothing or a phrase that stands as
# well after the verb ("per Cordillera share", "to support surveillance", "annually").
_AUXILIARY = r"(?:will|would|can|could|should|must|may|might|has|have|had)"
_AMOUNT_ASKED = r"(?:how\s+many|how\s+much|what\s+percentage|what\s+share)"
_NOT_A_VERB_WORD = (
    r"(?:to|of|in|on|at|by|for|from|with|without|into|over|under|the|a|an|its|their|his|her|"
    r"than|as|how|what|which|who|that|before|after|during|since|until|while|when|if)"
)
# A word of the noun asked about: not a joining word, an adverb ("annually") or a rate's "a".
_NOUN_WORD = r"(?!" + _NOT_A_VERB_WORD + r"\b|(?:and|or|but|per|a|annually|[a-z]+ly)\b)[\w.’'-]+"
_IN_PLACE = re.compile(
    r"^(?P<subject>[A-Z][^,;:?()“”\"]*?)\s+(?P<auxiliary>" + _AUXILIARY + r")\s+"
    r"(?P<verb>(?:(?!" + _NOT_A_VERB_WORD + r"\b)[a-z][\w-]*\s+){1,3}?)"
    r"(?P<hedge>(?:about|around|roughly|nearly|almost|approximately|some|up\s+to|at\s+least|"
    r"more\s+than)\s+)?"
    r"(?P<asked>" + _AMOUNT_ASKED + r")"
    r"(?P<noun>(?:\s+"
    + _NOUN_WORD
    + r"){0,4}(?:\s+of\s+(?:the\s+)?"
    + _NOUN_WORD
    + r"(?:\s+"
    + _NOUN_WORD
    + r"){0,2})?)"
    r"(?P<rest>(?:\s+(?:per|a|an|annually|each|every|to|in|into|under|by|for|from|on|at|"
    r"during|over|within|across|without)\b[^?,;]*)?)\?$"
)
_SUBJECT_WORDS = 12
_LOWER_DETERMINER = re.compile(
    r"^(?:The|A|An|This|These|Its|Their|His|Her|Our|We|They|You|He|She|It)\b"
)


# "…, well above the Bank's target of what percentage?": the comparison is its own fact.
_COMPARED = re.compile(
    r",\s+(?:well\s+|far\s+|just\s+|still\s+)?(?:above|below|under|over|beyond|short\s+of)\s+"
    r"(?P<what>the\s+[^,?]+?)\s+of\s+(?P<asked>" + _AMOUNT_ASKED + r"(?:\s+\w+)?)\?$"
)


def asked_first(prompt: str) -> str:
    """``prompt`` with the amount it asks put first, where its sentence is plain enough;
    otherwise ``prompt`` as it is."""
    compared = _COMPARED.search(prompt)
    if compared and not _asked(prompt[: compared.start()]):
        asked = compared.group("asked")
        return f"{asked[:1].upper()}{asked[1:]} is {compared.group('what')}?"
    found = _IN_PLACE.match(prompt)
    if found is None or HIDDEN in prompt:
        return prompt
    subject = found.group("subject")
    words = subject.split()
    if (
        len(words) > _SUBJECT_WORDS
        or re.search(r"(?i)\b(?:how|what|that|which|who)\b", subject)
        or re.search(rf"\b{_AUXILIARY}\b", subject)
        or " and " in found.group("rest")
    ):
        return prompt  # a subject holding a clause, or a second verb after the question
    if _LOWER_DETERMINER.match(subject):
        subject = subject[:1].lower() + subject[1:]
    hedge = (found.group("hedge") or "").strip()
    asked = f"{hedge} {found.group('asked')}" if hedge else found.group("asked")
    parts = [
        asked + found.group("noun"),
        found.group("auxiliary"),
        subject,
        found.group("verb").strip(),
    ]
    text = " ".join(parts) + found.group("rest")
    return text[:1].upper() + text[1:] + "?"
