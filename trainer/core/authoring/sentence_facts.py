"""The facts one sentence states, found in general terms and ranked as a marker would ask them.

The finders elsewhere each read one form of sentence ("N people have died", "X said"); a
sentence in a form none of them reads gets no card, or a card on its least telling fact (the
year in a trailing comparison rather than the figure the sentence is about). Here a sentence
is read for the kinds of fact any newsroom writes:

- a count: a number (in digits or words) and the noun it counts, with the words that
  describe that noun between them ("two specialist repair ships"), or a count written as an
  adjective ("a 310-seat hall");
- a bare figure a verb gives its subject ("deaths reached 212", "the tally stood at 38"),
  or one a comparison names ("the 61 recorded last year");
- a tally of a vote or a match ("the vote was 6-3");
- an age limit ("children aged up to 12");
- a person named as the one who acts ("Chief Engineer Ana Ruiz warned ...", "a panel
  chaired by historian Tom Bell", "was sentenced by Judge Ann Roe"), and the one a person
  replaced ("Ravi Patel replaces Joan Kerr", predecessors.py).

Each fact gets a weight (lower is asked first): what the main clause says comes before what
a trailing comparison or aside adds ("..., more than double the 61 recorded last year"),
and the person who acts before the month they acted in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trainer.core.authoring.find_people import HONORIFICS, ORGANISATION_WORDS, TITLE_WORDS
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.name_numbers import number_in_a_name
from trainer.core.authoring.paragraph_numbers import numbers_a_part
from trainer.core.authoring.part_of_whole import is_whole_of_a_part
from trainer.core.authoring.predecessors import predecessors
from trainer.core.authoring.questions import ask_in_place
from trainer.core.authoring.verb_forms import IRREGULAR_PAST_PATTERN

FactKind = Literal["number", "text", "name"]

# The main clause's facts, then a date in it, then a trailing clause's facts, then the
# qualifiers a marker asks last: a year a figure is counted in, a ratio of two figures.
MAIN = 0
MAIN_DATE = 1
TRAILING = 2
QUALIFIER = 3

NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_NUMBER = (
    rf"(?:{_DIGITS}|(?i:{NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_BEFORE_NUMBER = r"(?<![\w$€£¥.,:/–-])"
_AFTER_NUMBER = r"(?![\w%]|[.,:]\d|\s?(?:%|per\s?cent|pc\b|bn\b|m\b|million|billion|trillion))"
# Words that never describe the noun a number counts: a count reaches no further.
_STOP = (
    r"(?:of|to|in|on|at|for|from|by|with|and|or|but|than|as|the|a|an|that|which|who|is|are|was|"
    r"were|be|been|has|have|had|will|would|could|may|can|not|so|since|this|last|next|per|"
    r"times|years?|months?|weeks?|days?|hours?|minutes?|percent|cent)"
)
# A number, up to three words that describe what it counts, and that plural noun.
_COUNT = re.compile(
    rf"{_BEFORE_NUMBER}(?P<number>{_NUMBER}){_AFTER_NUMBER}"
    rf"(?P<noun>(?:\s+(?!{_STOP}\b)[{SMALL}][\w’'-]*){{0,3}}?"
    r"\s+(?!" + _STOP + rf"\b)(?:[{SMALL}][\w-]*[^s\W']s|people|staff|children|men|women|police"
    # "870,000 Poles", "200 Britons": a people counted by the name of their country.
    rf"|[{CAPITAL}][{SMALL}]{{2,}}[^s\W']s(?!\s+[{CAPITAL}\d])))\b"
)
# "a 310-seat hall", "the 12-member board": a count written as the noun's adjective. A
# length of time ("a two-day hearing") and an age ("five-year-olds") are read elsewhere.
_ADJECTIVE_COUNT = re.compile(
    rf"{_BEFORE_NUMBER}(?P<number>{_DIGITS}|(?i:{NUMBER_WORDS}))-(?P<unit>[{SMALL}]{{3,}})"
    rf"(?=\s+[{SMALL}])(?<!-year)(?<!-month)(?<!-week)(?<!-day)(?<!-hour)(?<!-minute)(?<!-second)"
    r"(?<!-point)(?<!-page)(?<!-strong)(?<!-old)"
)
# Measures and number words are no things counted: "a 20-foot container", "twenty-four".
_NOT_A_UNIT = re.compile(
    rf"(?:{NUMBER_WORDS}|one|foot|feet|inch|metre|meter|mile|kilometre|kilometer|gram|"
    r"kilogram|tonne|ton|litre|liter|degree|watt|volt|acre|hectare|percent|fold|digit|"
    r"odd|plus|time|member)$"
)
_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}
# The noun a count written as an adjective describes, and a place or owner it names: "hall
# on Mill Street", "board of Acme Holdings".
_HEAD = re.compile(
    # ("A five-judge bench split three to two": "split" is the verb, not the bench's name.)
    rf"\s+(?P<head>[{SMALL}][\w-]+(?:\s+(?!(?:{_STOP}|{IRREGULAR_PAST_PATTERN})\b)"
    rf"[{SMALL}][\w-]+(?<!s)(?<!ed)(?="
    rf"[\s,.;]))?"
    rf"(?:\s+(?:on|in|at|of|for)\s+(?:the\s+)?[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}][\w’'-]*)*)?)"
)
# "deaths reached 212", "the tally stood at 38 so far", "rose to 1,240 on Monday".
_BARE = re.compile(
    r"\b(?:reached|reach|reaches|hit|hits|totalled|totaled|totals|numbered|numbers|"
    r"stood\s+at|stands\s+at|rose\s+to|fell\s+to|climbed\s+to|dropped\s+to|increased\s+to|"
    r"decreased\s+to|grew\s+to|(?:record\s+)?(?:low|high|peak)\s+of)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|at\s+least|just)\s+)?"
    rf"(?P<number>{_DIGITS}){_AFTER_NUMBER}"
    r"(?=\s*[,.;]|\s*$|\s+(?:so|this|last|in|on|by|at|as|according|since|after|before|"
    r"over|during|across|among|nationally|overall|a|the)\b)"
)
# "forecast a 25-basis-point rise": a measured change written as the noun's adjective.
_MEASURED_CHANGE = re.compile(
    rf"\b(?P<det>an?)\s+(?P<number>{_DIGITS}|(?i:{NUMBER_WORDS}))-"
    r"(?P<unit>(?:basis|percentage)-point|point|mile|kilometre|kilometer|metre|meter)"
    rf"\s+(?P<noun>[{SMALL}]+)\b"
)
_SOURCE_NOUNS = frozenset(
    {"people", "sources", "officials", "diplomats", "executives", "insiders", "persons"}
)
_UNNAMED_SOURCE = re.compile(
    r"\s+(?:familiar|with\s+knowledge|close\s+to|briefed|who\s+(?:spoke|asked|declined)|"
    r"said|told)\b"
)
_FRACTIONS = frozenset({"halves", "thirds", "quarters", "fifths", "tenths"})
_ANY_NUMBER = re.compile(rf"\d|(?i:\b(?:{NUMBER_WORDS})\b)")
# "separate from the £1.6bn core budget for 2026-27": an amount naming what it is, asked
# "How much is the core budget for 2026-27?".
_NAMED_AMOUNT = re.compile(
    r"\b(?:the|its|their)\s+(?P<amount>(?:US|A|C|NZ|HK)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:bn|m|billion|million|trillion)\b)?)"
    rf"\s+(?P<noun>(?:(?!{_STOP}\b)[{SMALL}][\w-]*\s+){{0,3}}?(?!{_STOP}\b)[{SMALL}][\w-]*"
    r"(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+year)?)?)(?=\s*[,.;:]|\s*$)"
)
# "the 61 recorded last year": the figure a comparison names, counted by a participle.
_COMPARED = re.compile(
    rf"\b(?:the|with|from)\s+(?P<number>{_DIGITS}){_AFTER_NUMBER}"
    r"(?=\s+(?:recorded|reported|registered|counted|confirmed|seen|logged|identified|"
    r"diagnosed|detected|issued|received|filed)\b)"
)
# "the vote was 6-3", "won 3-1": a tally, never a range of years or a score of pages.
_TALLY = re.compile(
    r"\b(?:was|were|is|by\s+an?|won|lost|drew|finished|ended|a)\s+"
    r"(?P<number>\d{1,2}-\d{1,2})(?![\d-])(?!\s*(?:%|per|years?|months?|weeks?|days?)\b)"
)
# "children aged up to 12", "adults aged 18 and over": the age limit is the fact.
_AGE = re.compile(
    r"\baged\s+(?:(?:up\s+to|under|over|below|above|at\s+least)\s+)?"
    rf"(?P<number>\d{{1,3}}){_AFTER_NUMBER}(?!\s+to\s+\d)(?!\s*-\s*\d)"
)
# A trailing clause: a comparison or aside after a comma adds to what the main clause said.
_TRAILING = re.compile(
    r"(?:,|\s[—–-])\s+(?:more|less|fewer|up|down|compared|against|twice|double|triple|half|"
    r"nearly|almost|about|well|the\s+(?:highest|lowest|most|largest|biggest|smallest)|"
    r"which|a\s+(?:rise|fall|drop|jump|decline)|an\s+(?:increase|decrease)|"
    r"according|following|after|before|including|excluding|with|while|from)\b"
    r"|\s(?:than|compared\s+with|compared\s+to)\s"
    # "... was fined after a derailment at Hoxton in 2019": another event, told to date it.
    r"|\s(?:after|following|before)\s+(?:a|an)\s"
)
# Verbs that make the name before them the one who acts.
_ACTS = (
    r"(?:said|says|told|wrote|argued|argues|warned|warns|announced|announces|ruled|rules|"
    r"found|finds|ordered|orders|signed|signs|led|leads|chaired|chairs|founded|filed|files|"
    r"testified|confirmed|confirms|rejected|rejects|approved|approves|proposed|proposes|"
    r"won|wins|lost|resigned|resigns|denied|denies|called|calls|urged|urges|launched|"
    r"launches|unveiled|admitted|pleaded|accused|sued|appointed|named|decided|voted|"
    rf"insisted|claimed|claims|stated|added|noted|objected|described|became|[{SMALL}]{{3,}}ed)"
)
# The words after which a name is the agent of a passive or a body: "led by", "chaired by";
# and of any passive clause, whatever its verb ("was sentenced by Judge", "was heard by").
_BY_AGENT = re.compile(
    r"\b(?:(?P<verb>led|headed|chaired|founded|run|brought|filed|written|directed|organised|"
    rf"organized|signed|commissioned)|(?:was|were|is|are|be|been)\s+(?:[{SMALL}]+ly\s+)?"
    rf"(?P<passive>[{SMALL}]{{2,}}ed|heard|held|made|sent|told|given|taken|chosen|seen|shown|drawn|"
    r"won|paid|built|caught|brought|sought|bought|found|struck|hit|cut|set|read|led|run))"
    rf"\s+by\s+(?P<role>(?:(?:[{SMALL}][\w-]*|[{CAPITAL}][{SMALL}]+)\s+){{0,3}})$"
)
_ACTIVE = {"run": "ran", "written": "wrote"}
# "... by Harbour Watch, a group of 30 divers led by ...": the body an appositive describes.
_DESCRIBED_BODY = re.compile(
    rf"(?P<body>(?:[{CAPITAL}][\w’'-]*\s+)(?:(?:[{CAPITAL}][\w’'-]*|of|for|and|the)\s+)*[{CAPITAL}][\w’'-]*),"
    r"\s+(?P<description>(?:a|an)\s+[^,]+)$"
)
# Title words that may stand before a name as part of its role ("City Attorney", "Dr").
_TITLE_WORD = re.compile(rf"(?:[{CAPITAL}][\w.’'-]*|of|and|the)$")


# Verbs only a person does, after a titled name ("City Surveyor Ana Ruiz testified").
_PERSON_ACTS = (
    r"(?:said|says|told|wrote|argued|argues|warned|warns|testified|insisted|admitted|"
    r"objected|pleaded|resigned|urged|urges|denied|denies|stressed|added|noted)"
)
# A run of capitalised words: a title, then a first name and a surname, before such a verb.
_TITLED_NAME = re.compile(
    rf"(?<![\w’'-])(?P<title>(?:[{CAPITAL}][\w’'-]*\s+){{1,4}}?)"
    rf"(?P<name>[{CAPITAL}][{SMALL}][\w’'-]*\s+[{CAPITAL}][{SMALL}][\w’'-]*)(?=,?\s+"
    + _PERSON_ACTS
    + r"\b)"
)
# "a group led by retired pilot Omar Feld": a person, by a role of any wording, leads.
_LEADER = re.compile(
    rf"\b(?:led|headed|chaired|founded|directed)\s+by\s+(?:[{SMALL}][\w-]*\s+){{0,3}}"
    rf"(?P<name>[{CAPITAL}][{SMALL}][\w’'-]*\s+[{CAPITAL}][{SMALL}][\w’'-]*)(?![\w’'-]|\s+[{CAPITAL}])"
)
# "Mira Holt continued as chair of the board": a person named by the role they hold.
_ROLE_HELD = re.compile(
    rf"(?:^|[.;]\s+)(?P<name>[{CAPITAL}][{SMALL}][\w’'-]*\s+[{CAPITAL}][{SMALL}][\w’'-]*)\s+"
    r"(?:continued|served|remained|stayed|became|was\s+(?:appointed|named|elected|reappointed))"
    rf"\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?[{SMALL}]"
)
_NOT_A_NAME = ORGANISATION_WORDS | TITLE_WORDS | HONORIFICS
# Words that end a company's or a service's name, not a person's.
_BODY_WORDS = frozenset(
    {"Corp", "Corporation", "Inc", "Ltd", "Plc", "LLC", "Holdings", "Partners", "Forces",
     "Operator", "Authority", "Service", "Services", "Systems", "Energy", "Airways",
     "Airlines", "Trust", "Board", "Network", "Media", "Capital", "Health", "Police"}
)  # fmt: skip
# The last word of a title of any wording: a role's ending ("Attorney", "Surveyor",
# "Economist", "Registrar", "Historian").
_ROLE_WORD = re.compile(r"(?:or|er|ist|ey|ian|ant|ent|ar|ary|ive|ee|man|woman|ain)$")


def titled_names(sentence: str) -> list[str]:
    """The people ``sentence`` names after a title of any wording ("City Surveyor Ana Ruiz
    testified"): a first name and a surname after capitalised title words, before a verb
    only a person does; or the person a body is "led by"."""
    names = []
    for match in _TITLED_NAME.finditer(sentence):
        title = match.group("title").split()[-1]
        if (title in TITLE_WORDS or _ROLE_WORD.search(title)) and _a_name(match.group("name")):
            names.append(match.group("name"))
    names += [found.group("name") for found in _LEADER.finditer(sentence)]
    names += [found.group("name") for found in _ROLE_HELD.finditer(sentence)]
    return [name for name in names if _a_name(name)]


def _a_name(name: str) -> bool:
    """A first name and a surname: no word of a body's name, a title or a participle."""
    return not any(
        word in _NOT_A_NAME or word in _BODY_WORDS or word.endswith("ed") for word in name.split()
    )


@dataclass(frozen=True, slots=True)
class SentenceFact:
    """A fact of one sentence: its answer, the span a question replaces, and its rank."""

    kind: FactKind
    answer: str
    start: int
    end: int
    question: str
    weight: int
    # The whole question, where asking in place would not read ("a 310-seat hall").
    prompt: str | None = None
    # The question to ask where ``prompt`` holds another card's answer ("Who led the group
    # of divers?" where "Harbour Watch" is asked itself).
    alternative: str | None = None


def trailing_start(sentence: str) -> int:
    """Where the sentence's trailing comparison or aside starts (its length when none)."""
    found = _TRAILING.search(sentence)
    return found.start() if found else len(sentence)


def sentence_facts(sentence: str, names: list[str]) -> list[SentenceFact]:
    """The counts, figures, tallies, age limits and acting people of ``sentence``, most
    salient first. ``names`` are the people the article names in full."""
    facts = _figures(sentence) + _actors(sentence, names) + _companies(sentence)
    facts += _agents(sentence, names)
    facts += [
        SentenceFact("name", found.name, found.start, found.end, "whom", MAIN, found.prompt)
        for found in predecessors(sentence)
    ]
    # What a quotation says is asked as quoted (find_quotes.py), never as a figure of its own.
    quoted = [found.span() for found in _QUOTATION.finditer(sentence)]
    facts = [
        fact
        for fact in _without_overlaps(facts)
        if not any(start <= fact.start < end for start, end in quoted)
        # "Operative paragraph 4 requests ...": a part's number, not a count
        and not numbers_a_part(sentence[: fact.start])
    ]
    return sorted(facts, key=lambda fact: (fact.weight, fact.start))


_QUOTATION = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _weight(sentence: str, at: int) -> int:
    return MAIN if at < trailing_start(sentence) and not in_description(sentence, at) else TRAILING


# ", a group of about 40 residents led by ...": an aside describing the noun before it.
_DESCRIPTION = re.compile(r",\s+(?:a|an)\s+[^,;]+(?:,|$)")


def in_description(sentence: str, at: int) -> bool:
    """Whether position ``at`` is inside an aside that describes the noun before it."""
    return any(found.start() < at < found.end() for found in _DESCRIPTION.finditer(sentence))


def _figures(sentence: str) -> list[SentenceFact]:
    facts: list[SentenceFact] = []
    for match in _COUNT.finditer(sentence):
        number = match.group("number")
        if (
            _is_year(number)
            or _in_a_date_or_range(sentence, match.start(), match.end("number"))
            # "the two sides", "its three partners": a pair named, not a count to learn.
            or _PAIR.search(sentence, 0, match.start())
            # "three people familiar with the matter said": an unnamed source.
            or (
                match.group("noun").split()[-1] in _SOURCE_NOUNS
                and _UNNAMED_SOURCE.match(sentence, match.end())
            )
            # "two thirds of the vote": a fraction, no count of thirds.
            or match.group("noun").split()[-1] in _FRACTIONS
            # "61 of the 87 cases": the whole, shown in the part's question.
            or is_whole_of_a_part(sentence, match.start("number"))
            # "the FTSE 250 company": a name, no count.
            or number_in_a_name(sentence, match.start("number"), match.end("number"))
        ):
            continue
        # "Nine fines and four bans were issued" asks "How many fines were issued?": a
        # count joined to the one asked would leave the question asking both.
        sibling = _SIBLING_COUNT.match(sentence, match.end())
        prompt = None
        if sibling is not None:
            alone = sentence[: match.end()] + sentence[sibling.end() :]
            prompt = ask_in_place(alone, match.start("number"), match.end("number"), "how many")
        facts.append(
            SentenceFact(
                "number",
                number,
                match.start("number"),
                match.end("number"),
                "how many",
                _weight(sentence, match.start()),
                prompt,
            )
        )
    for match in _ADJECTIVE_COUNT.finditer(sentence):
        unit = match.group("unit")
        head = _HEAD.match(sentence, match.end())
        if head is None or _NOT_A_UNIT.fullmatch(unit.casefold()):
            continue
        plural = _plural(unit)
        facts.append(
            SentenceFact(
                "number",
                f"{match.group('number')} {plural}",
                match.start(),
                match.end(),
                "how many",
                _weight(sentence, match.start()),
                f"How many {plural} does the {' '.join(head.group('head').split())} have?",
            )
        )
    for pattern, question in ((_BARE, "how many"), (_COMPARED, "how many"), (_AGE, "what age")):
        for match in pattern.finditer(sentence):
            number = match.group("number")
            if _is_year(number):
                continue
            facts.append(
                SentenceFact(
                    "number",
                    number,
                    match.start("number"),
                    match.end("number"),
                    question,
                    _weight(sentence, match.start("number")),
                    _compared_question(sentence, match.end("number"))
                    if pattern is _COMPARED
                    else None,
                )
            )
    for match in _MEASURED_CHANGE.finditer(sentence):
        if _ANY_NUMBER.search(sentence, 0, match.start()):
            # "Nine of 12 analysts had forecast ...": with the other figures hidden, no
            # subject would be left to ask of.
            continue
        unit = match.group("unit").replace("-", " ") + "s"
        noun = match.group("noun")
        # "forecast a 25-basis-point rise" asks "forecast a rise of how many basis points".
        rewritten = sentence[: match.start()] + f"{indefinite_article(noun)} {noun} of "
        at = len(rewritten)
        rewritten += f"N {sentence[match.end() :]}"
        facts.append(
            SentenceFact(
                "number",
                f"{match.group('number')} {unit}",
                match.start("number"),
                match.end("unit"),
                "how many",
                _weight(sentence, match.start()),
                ask_in_place(rewritten, at, at + 1, f"how many {unit}"),
            )
        )
    for match in _NAMED_AMOUNT.finditer(sentence):
        noun = " ".join(match.group("noun").split())
        facts.append(
            SentenceFact(
                "number",
                " ".join(match.group("amount").split()),
                match.start("amount"),
                match.end("amount"),
                "how much",
                _weight(sentence, match.start()),
                f"How much is the {noun}?",
            )
        )
    for match in _TALLY.finditer(sentence):
        facts.append(
            SentenceFact(
                "text",
                match.group("number"),
                match.start("number"),
                match.end("number"),
                "what",
                _weight(sentence, match.start("number")),
            )
        )
    return facts


# The subject of a sentence's main clause: a few words before its first verb.
_SUBJECT = re.compile(
    rf"(?P<subject>(?:[{CAPITAL}{SMALL}][\w’'-]*\s+){{0,4}}?[{SMALL}][\w-]*s)\s+"
    r"(?:have|has|had|are|were|reached|rose|fell|hit|totalled|totaled|numbered|stood|climbed)\b"
)


def _compared_question(sentence: str, end: int) -> str | None:
    """ "Cases have reached 412, more than four times the 96 recorded in 2025" asks "How
    many cases were recorded in 2025?": the figure compared counts the main clause's
    subject, by the participle after it."""
    subject = _SUBJECT.match(sentence)
    if subject is None:
        return None
    rest = re.split(r"[,;:]|\s[—–-]\s", sentence[end:])[0].strip().rstrip(".!?")
    words = subject.group("subject")
    if not words[:1].isupper() or not words.split()[0].isalpha():
        return None
    if re.match(r"(?:The|A|An|Its|Their)\s", words):
        words = words.split(" ", 1)[1]
    elif not re.match(rf"[{CAPITAL}][{SMALL}]+\s+[{CAPITAL}]", words):
        words = words[:1].lower() + words[1:]
    return f"How many {words} were {rest}?"


def _plural(noun: str) -> str:
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if re.search(r"(?:s|x|z|ch|sh)$", noun):
        return noun + "es"
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + "s"


_PAIR = re.compile(r"(?i)\b(?:the|both|these|those|its|their|his|her|our|all)\s+$")
_SIBLING_COUNT = re.compile(
    rf"\s+and\s+{_NUMBER}(?:\s+(?!{_STOP}\b)[{SMALL}][\w’'-]*){{0,3}}?\s+[{SMALL}][\w-]*s\b"
)


def _is_year(number: str) -> bool:
    return re.fullmatch(r"(?:1[89]|20)\d\d", number) is not None


_MONTH = (
    rf"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[{SMALL}]*\.?"
    r"|January|February|March|April|June|July|August|September|October|November|December"
)


def _in_a_date_or_range(sentence: str, start: int, end: int) -> bool:
    """A day of a month ("12 May", "May 12") or one end of a range ("65 to 74")."""
    before, after = sentence[:start], sentence[end:]
    return (
        re.search(rf"(?:{_MONTH})\s+$", before) is not None
        or re.match(rf"\s+(?:{_MONTH})\b", after) is not None
        or re.match(r"\s*(?:to|-|–)\s*\d", after) is not None
        or re.search(r"\d\s*(?:to|-|–)\s*$", before) is not None
    )


def _actors(sentence: str, names: list[str]) -> list[SentenceFact]:
    """The people ``names`` holds who act in ``sentence``: the subject of its verb, or the
    agent after "led by"."""
    facts: list[SentenceFact] = []
    for name in sorted(set(names), key=len, reverse=True):
        if len(name.split()) < 2:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence):
            after = sentence[match.end() :]
            before = sentence[: match.start()]
            agent = _BY_AGENT.search(before)
            if agent is not None:
                start = agent.start("role")
            elif (
                re.match(rf",?\s+(?:also\s+|then\s+|later\s+)?{_ACTS}\b", after)
                # What they did must be said: "X said:" before a quotation asks nothing.
                and len(re.findall(r"\w+", after)) >= 4
                and not (re.match(r",?\s+said\b", after) and ("“" in sentence or '"' in sentence))
            ):
                start = _role_start(sentence, match.start())
            else:
                continue
            prompt = alternative = None
            if agent is not None and (body := _DESCRIBED_BODY.search(before[: agent.start()])):
                # "Who led Harbour Watch?": the body by its name, not its description.
                said = agent.group("verb") or agent.group("passive")
                verb = _ACTIVE.get(said, said)
                prompt = f"Who {verb} {body.group('body')}?"
                described = re.sub(r"^(?:a|an)\s", "the ", body.group("description"))
                alternative = f"Who {verb} {described.strip()}?"
            facts.append(
                SentenceFact(
                    "name",
                    name,
                    start,
                    match.end(),
                    "whom" if agent is not None else "who",
                    # Who leads the body an aside describes is no detail of it.
                    MAIN if match.start() < trailing_start(sentence) else TRAILING,
                    prompt,
                    alternative,
                )
            )
    return facts


# A company's name as its clause's subject: capitalised words ending in a company's suffix,
# after an opening phrase of time at most ("In March 2026, Harrow Freight Ltd was fined").
_COMPANY_SUBJECT = re.compile(
    r"^(?:(?:In|On|By|Since|Earlier|Later|Last)\b[^,]{0,30},\s+)?(?:The\s+)?"
    rf"(?P<company>[{CAPITAL}][\w&’'.-]*(?:\s+(?:[{CAPITAL}][\w&’'.-]*|of|and|&)){{0,5}}?\s+"
    r"(?:Ltd|Limited|Inc|Pty\s+Ltd|Corp|Corporation|Plc|PLC|LLC|GmbH|AG|SA|Holdings|Group|"
    r"Constructors|Contractors|Partners|Industries)\.?)"
    rf"(?=,?\s+(?:was|were|is|are|has|had|have|will|did|[{SMALL}]{{3,}}ed)\b)"
)


def _companies(sentence: str) -> list[SentenceFact]:
    """The company a sentence is about: the subject of its main clause."""
    found = _COMPANY_SUBJECT.match(sentence)
    if found is None:
        return []
    start, end = found.span("company")
    if sentence[:start].endswith("The "):
        start -= len("The ")
    return [SentenceFact("text", found.group("company"), start, end, "which company", MAIN)]


# "The suit was filed in May by Harbour Watch, a group of ...": the body a passive names.
_AGENT_BODY = re.compile(
    rf"\b(?:was|were|has\s+been|had\s+been)\s+[{SMALL}]+(?:ed|en|wn)\b[^,;]{{0,40}}?\bby\s+(?:the\s+)?"
    rf"(?P<body>[{CAPITAL}][\w&’'.-]*(?:\s+(?:[{CAPITAL}][\w&’'.-]*|of|for|and|&)){{1,7}}?)(?=,|\.|;|\s*$)"
)


def _agents(sentence: str, names: list[str]) -> list[SentenceFact]:
    """The body a passive clause says did its action: "filed ... by Harbour Watch"."""
    facts = []
    for match in _AGENT_BODY.finditer(sentence):
        body = match.group("body")
        if body in names or body.split()[-1] in ("of", "for", "and", "&"):
            continue
        start, end = match.span("body")
        facts.append(
            SentenceFact("text", body, start, end, "whom", _weight(sentence, match.start("body")))
        )
    return facts


def _role_start(sentence: str, at: int) -> int:
    """Where the title before a name starts ("City Attorney Ana Ruiz"): the capitalised
    words right before it, never past a comma."""
    start = at
    words = list(re.finditer(r"\S+", sentence[:at]))
    for word in reversed(words):
        if not _TITLE_WORD.fullmatch(word.group(0)) or word.group(0).endswith(","):
            break
        start = word.start()
    # "the" and "of" only inside a title, never opening it.
    while re.match(r"(?:of|and|the)\s", sentence[start:]):
        start = sentence.index(" ", start) + 1
    return start


def _without_overlaps(facts: list[SentenceFact]) -> list[SentenceFact]:
    """One fact per span: the first found (counts before bare figures) keeps it."""
    kept: list[SentenceFact] = []
    for fact in facts:
        if any(fact.start < other.end and other.start < fact.end for other in kept):
            continue
        kept.append(fact)
    return kept
