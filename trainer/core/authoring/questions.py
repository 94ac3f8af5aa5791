"""Short questions made from an article's sentence: the fact's words replaced in place by a
question phrase ("… was in what year?"), cut down to the clause that holds it.

Asking in place keeps the question about the fact's own subject without rewriting the
sentence's grammar, which no rule does reliably for every newsroom's style.
"""

from __future__ import annotations

import re

from trainer.core.authoring.find_people import COURTESY_TITLE
from trainer.core.authoring.gapped_items import asked_of_gapped_item
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.labelled_numbers import is_labelled
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.list_siblings import asked_alone
from trainer.core.authoring.trim_question import trim_question

# Longer than this many words, a question is cut down to the clause holding the fact.
MAX_WORDS = 20
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[—–]\s+|,\s+(?=(?:which|while|whereas|but|although)\b)"
    rf"|^[^{SMALL}]{{6,}}:\s+"
)
_ARTICLE_BEFORE = re.compile(r"(?i)\b(an?|the)\s+$")
# "the 22 April Pahalgam terror attack": a date used as an adjective.
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|last)\s+$")
# The noun phrase after an amount: its first word, and up to two more that are not a
# preposition, a joining word or a participle ("a $1.2 billion bridge loan from ...",
# "a $412 million operating budget for ..."), so the question follows the whole noun.
_NOUN_AFTER = re.compile(
    rf"\s+([{SMALL}][\w-]*(?:\s+(?!(?:from|to|of|in|for|with|by|at|on|and|or|that|which|who|"
    r"was|is|are|were|will|would|has|had|have|as|than|over|under|per|a|an|the)\b)"
    rf"[{SMALL}][\w-]*(?<!ed)(?<!ly)){{0,2}})(?![\w-])"
)
# "the 95% needed to halt transmission": the amount is the noun; a participle follows it.
_PARTICIPLE_AFTER = re.compile(rf"\s+((?:[{SMALL}]+ed|set|held|paid|spent|owned)\b[^,;]*)")
_TRAILING = " ,;:-—–"
# A time set before its clause ("Shortly before midnight on Sunday, staff found ..."): a few
# words and no verb, then a comma.
_TIME_QUESTION = re.compile(r"(?:on|in|by|at|from|until|since)\s+(?:what|which)\b")
_FRONTED_WORDS = 7
_CLAUSE_WORDS = 4
# ("Sentencing on Wednesday, the judge said ...": a participle's clause, no time alone.)
_VERB_IN_OPENING = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|[a-z]{3,}ed"
    r"|(?!(?:[Mm]orning|[Ee]vening)\b)[A-Za-z]{3,}ing)\b"
)


def ask_in_place(sentence: str, start: int, end: int, question: str) -> str:
    """``sentence`` with ``sentence[start:end]`` replaced by ``question``, as a question."""
    # Imported here: relative_clauses is a small helper only this question needs.
    from trainer.core.authoring.relative_clauses import in_relative_clause

    clause = in_relative_clause(sentence, start, end)
    if clause is not None:
        sentence, start, end = clause
    fronted = _asked_after_clause(sentence, start, end, question)
    if fronted is not None:
        return fronted
    # "- Some 214,600 people have been displaced": a list's bullet is no part of the question.
    bullet = re.match(r"\s*[-–•*]\s+", sentence)
    if bullet and bullet.end() <= start:
        sentence, start, end = sentence[bullet.end() :], start - bullet.end(), end - bullet.end()
    # "with £9.2 million of borrowing, a £3.1 million grant and …": one item, with its head.
    sentence, start, end = asked_alone(sentence, start, end, question)
    # "In Poland prices rose by 37%, in Romania by 41% ...": an item with its clause written in.
    sentence, start, end = asked_of_gapped_item(sentence, start, end)
    before, after = sentence[:start], sentence[end:]
    # "its five signatory governments presented it": "how many signatory governments".
    if question.startswith("how many"):
        before = re.sub(r"\b(?:[Ii]ts|[Tt]heir)\s+$", "", before)
    # "a $96 billion agreement" asks best as "an agreement worth how much".
    article = _ARTICLE_BEFORE.search(before)
    noun = _NOUN_AFTER.match(after)
    trailing = ""
    participle = _PARTICIPLE_AFTER.match(after)
    amount = question.startswith(("how much", "what percentage"))
    if article and article.group(1).casefold() == "the" and participle and amount:
        # "well below the 95% needed to halt transmission" asks "What share is needed to
        # halt transmission?": the amount's own clause, as a question of its own.
        what = "What share is" if question.startswith("what percentage") else "How much is"
        return f"{what} {participle.group(1).strip().rstrip('.!?:;,')}?"
    if article and noun and amount:
        word = " ".join(noun.group(1).split())
        determiner = article.group(1).casefold()
        if determiner != "the":
            determiner = indefinite_article(word)
        before = before[: article.start()] + f"{determiner} {word} "
        after = after[noun.end() :]
        question = f"{'worth' if question.startswith('how much') else 'of'} {question}"
    elif question.startswith(("on what date", "in what month")) and _DETERMINER_BEFORE.search(
        before
    ):
        # "in the 22 April Pahalgam attack" asks "in the Pahalgam attack, on what date?"
        after = after.lstrip()
        trailing, question = f", {question}", ""
    text = before + question + after
    at = len(before)
    text, at = _own_clause(text, at)
    text, at = _second_reported_clause(text, at)
    text, at = trim_question(text, at, len(question))
    text, at = _clause_holding(text, at)
    # Still long, the question is cut when it is finished: after other cards' answers and
    # the phrases holding them go (short_question), most questions are short enough whole.
    text = text.strip().rstrip(".!?:;,").rstrip(_TRAILING).strip()
    cut = text.endswith(" …")
    # A cut never ends on a word that leads into what was cut ("… said in a").
    text = re.sub(
        r"(?:\s+(?:a|an|the|in|of|to|and|or|for|with|on|at|by|from|as|that|which|while|when|"
        r"including|this|next|last|its|their|his|her|our))+$",
        "",
        text.removesuffix(" …"),
    ) + (" …" if cut else "")
    text = " ".join(text.strip("\"“”'‘’ ").split()) + trailing
    return text[:1].upper() + text[1:] + "?"


# "73 people have died and 412 have been injured; 29 people remain missing": each clause
# a semicolon sets apart says its own fact, outside a quotation.
_SEMICOLON = re.compile(r";\s+")


# "A spokesperson said the programme had "..." and that 58 projects were on site": the
# second thing reported is a clause of its own.
_AND_THAT = re.compile(
    r"\b(?:said|says|added|told\s+\w+|warned|noted|stated|argued)\b.*\band\s+that\s+"
)


def _second_reported_clause(text: str, at: int) -> tuple[str, int]:
    """The clause after "said ... and that" holding position ``at``, when it is there."""
    reported = _AND_THAT.search(text, 0, at)
    if reported is None or re.search(r"[“”\"]", text[reported.end() : at]):
        return text, at
    rest = text[reported.end() :]
    if len(rest.split()) < 4:
        return text, at
    return rest, at - reported.end()


def _own_clause(text: str, at: int) -> tuple[str, int]:
    """The part of ``text`` between semicolons holding position ``at``."""
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return text, at
    start, end = 0, len(text)
    for brk in _SEMICOLON.finditer(text):
        if '"' in text or "“" in text:
            break  # a semicolon may stand inside a quotation: the text is left whole
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at:
            end = brk.start()
            break
    return text[start:end], at - start


def _clause_holding(text: str, at: int) -> tuple[str, int]:
    """The clause of ``text`` holding position ``at`` (and where that position now is)."""
    if len(text.split()) <= MAX_WORDS:
        return text, at
    start, end = 0, len(text)
    for brk in _CLAUSE_BREAK.finditer(text):
        if brk.end() <= at:
            start = brk.end()
        elif brk.start() >= at and brk.start() < end:
            end = brk.start()
            break
    return text[start:end], at - start


_OPENS_ON_MONTH = re.compile(
    rf"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[{SMALL}]*\.?\s+\d{{4}}\b"
)


# An adjective made of a name: "Leeds-based", "Oslo-listed", "Panama-flagged".
_NAME_COMPOUND = (
    r"(?:-(?:based|born|listed|registered|headquartered|owned|flagged|made|built|bound)(?![\w-]))?"
)


_COURTESY_TITLE = rf"{COURTESY_TITLE}?"
_DESCRIBED_PERSON = rf"(?:the\s+(?:[{SMALL}][\w-]*-[{SMALL}][\w-]*\s+){{1,2}})?{_COURTESY_TITLE}"
_PERSON_NAME = re.compile(rf"[{CAPITAL}][{SMALL}][\w’'-]*(?:\s+[{CAPITAL}][{SMALL}][\w’'-]*)+")


def mask(
    prompt: str,
    written: str,
    replacement: str,
    *,
    titled: bool = False,
    named_in: str | None = None,
) -> str:
    """``prompt`` with each whole-word ``written`` replaced by ``replacement``; ``titled``
    takes the capitalised words before it too ("Foreign Minister Ishaq Dar" becomes "the
    Pakistani Foreign Minister", not "Foreign Minister the Pakistani Foreign Minister").
    With ``named_in`` (the evidence of the card whose answer ``written`` is), a number that
    names a stage or an article ("stage two", "Article 5") stays, unless that evidence
    names the same thing."""
    # "of" and "and" only inside a title ("Minister of Foreign Affairs"), never before it
    # ("she won 31.8% and Ferrada 34.1%" keeps its "and"); "headteacher Ann Lee" hidden as
    # "the headteacher" takes its lower-case role too.
    role = re.escape(replacement.split()[-1]) if replacement.split() else "/"
    title = (
        rf"(?:(?:[{CAPITAL}][\w’'.-]*|(?i:{role}))\s+(?:(?:of|and|/)\s+(?=[{CAPITAL}]))?)*"
        if titled
        # "Dr Carys Menheniot" hidden is hidden with its "Dr", "the long-serving Graham
        # Tully" with its description: left, they read "Dr retired", "replaced the
        # long-serving in April".
        else _DESCRIBED_PERSON
        if _PERSON_NAME.fullmatch(written)
        else ""
    )
    # "4" is not hidden inside "9.4", "4.5" or "1,400": a figure is masked whole or not at all.
    # An appositive ("Its chief financial officer, Elena Vukovic,") goes with its closing comma.
    closing = r"(?:,(?=\s))?" if ", " in written else ""
    # A month hidden takes its day with it: "By 31 December 2025" is hidden whole, never
    # left as "By 31" for another card's "December 2025".
    day = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" if _OPENS_ON_MONTH.match(written) else ""
    # "headteacher Ann Lee" opening a cut prompt reads "Headteacher Ann Lee".
    first = written[:1]
    if first.islower():
        escaped = f"[{first}{first.upper()}]{re.escape(written[1:])}"
    else:
        escaped = re.escape(written)
    # "Corrie Holdings' bid" named by its kind reads "the company’s bid".
    possessive = r"(?P<possessive>['’](?!\w))?" if titled else ""
    # A name is no part of a double-barrelled one: "Voss" is not hidden in "Oyelaran-Voss".
    barrel = (rf"(?<![{CAPITAL}{SMALL}]-)", rf"(?!-[{CAPITAL}])") if first.isupper() else ("", "")
    # "the Leeds-based maker" hidden reads "the maker", never "the …-based maker".
    compound = _NAME_COMPOUND if first.isupper() else ""
    pattern = re.compile(
        # Nor inside a time of day: "by 12:00" holds no count of 12.
        rf"(?<![\w$€£¥])(?<!\d[.,:]){barrel[0]}{title}{day}{escaped}{compound}(?!\w){barrel[1]}"
        # Nor a clock's hour: "three o'clock" holds no count of three.
        rf"(?![.,:]\d)(?!\s+o['’]clock){closing}" + possessive
    )

    def replaced(found: re.Match[str]) -> str:
        if named_in is not None and is_labelled(prompt, found.start(), found.end(), named_in):
            return found.group(0)  # "stage two" names the stage, unless that card asks it
        return replacement + ("’s" if titled and found.group("possessive") else "")

    return pattern.sub(replaced, prompt)


def _asked_after_clause(sentence: str, start: int, end: int, question: str) -> str | None:
    """ "Staff found they could not log in shortly before midnight on what date?" of
    "Shortly before midnight on Sunday, staff found they could not log in.": a time set
    before its clause is asked after it, where it opens the sentence; None otherwise."""
    comma = sentence.find(",", end)
    if not _TIME_QUESTION.match(question) or comma < 0 or comma - end > 20:
        return None
    opening = sentence[:start] + question + sentence[end:comma]
    if (
        sentence[:start].strip() == ""  # "On Sunday, ...": the fronted-time rules' case
        or len(opening.split()) > _FRONTED_WORDS
        or _VERB_IN_OPENING.search(opening)
        or re.search(r"\d", opening)
    ):
        return None
    clause = sentence[comma + 1 :].strip().rstrip(".!")
    if len(clause.split()) < _CLAUSE_WORDS or re.search(r"[,;:?]", clause):
        return None
    return f"{clause[:1].upper()}{clause[1:]} {opening[:1].lower()}{opening[1:]}?"
