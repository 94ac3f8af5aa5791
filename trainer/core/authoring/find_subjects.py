"""The name of the thing a story is about, where it is the subject of what the story says:
"The Harbour Safety Board announced the ban on Monday" asks "Which board announced the
ban on Monday?", "When the Lakeside Water Compact was signed in 2019, ..." asks "Which
compact was signed in 2019?", and a recommendation ("Set up a Regional Flood Office to
...") asks "Which office should be set up to ...?".

A name is asked here only when it holds a word saying what kind of thing it is
("Board", "Compact", "Cyclone"), which is the question's word, and only when the story
comes back to it (by name or as "the board") later: a body named once in passing is not
what a briefing is about. Other prompts then call it by its kind ("the board").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.article import Article, sentence_spans
from trainer.core.authoring.find_dates import MONTHS
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.relative_dates import WEEKDAYS
from trainer.core.authoring.verb_forms import IRREGULAR_PAST_PATTERN

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

# The word of a name that says what kind of thing it names, as a question asks for it.
KIND_WORDS = {
    "Committee": "committee",
    "Commission": "commission",
    "Council": "council",
    "Board": "board",
    "Agency": "agency",
    "Authority": "authority",
    "Tribunal": "tribunal",
    "Panel": "panel",
    "Ministry": "ministry",
    "Department": "department",
    "Office": "office",
    "Bureau": "bureau",
    "Service": "service",
    "Institute": "institute",
    "Centre": "centre",
    "Center": "center",
    "Foundation": "foundation",
    "Federation": "federation",
    "Association": "association",
    "Alliance": "alliance",
    "Union": "union",
    "Fund": "fund",
    "Programme": "programme",
    "Program": "program",
    "Scheme": "scheme",
    "Initiative": "initiative",
    "Project": "project",
    "Strategy": "strategy",
    "Plan": "plan",
    "Agreement": "agreement",
    "Treaty": "treaty",
    "Accord": "accord",
    "Compact": "compact",
    "Convention": "convention",
    "Protocol": "protocol",
    "Act": "act",
    "Bill": "bill",
    "Cyclone": "cyclone",
    "Hurricane": "hurricane",
    "Typhoon": "typhoon",
    "Storm": "storm",
    "Holdings": "company",
    "Group": "company",
    "Corporation": "company",
    "Company": "company",
}
_CALENDAR = frozenset({*MONTHS, *WEEKDAYS})
# A word of a name: capitalised, or a small joining word inside it ("Department for
# Education", "Centre for Maritime Security").
_WORD = rf"[{CAPITAL}][\w'’&.-]*"
_NAME = (
    rf"(?!(?:The|A|An|This|Its|Their|Our)\s){_WORD}"
    rf"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?{_WORD}){{1,7}}"
)
# What the name does: an auxiliary and a verb, or a verb in the past or present tense.
_IRREGULAR = f"{IRREGULAR_PAST_PATTERN}|says"
_VERB = (
    r"(?:(?:has|have|had|was|were|is|are|will|would|could|may|might|must|can|should)"
    rf"(?:\s+not)?(?:\s+(?:been|be))?\s+)?(?:[{SMALL}]+ly\s+)?"
    rf"(?:{_IRREGULAR}|[{SMALL}]{{2,}}ed|[{SMALL}]{{3,}}s)\b"
)
_PREDICATE = rf"(?P<rest>{_VERB}[^;:]*)"
# Where a subject stands: opening the sentence; after a short opening phrase ("In a report
# published on Thursday, the X Committee said ..."); or opening a clause of time ("When the
# X Agreement was signed in 2019, ...").
_OPENING = (
    r"(?:(?:In|On|At|After|Before|During|Under|Following|Earlier|Later|Last|This)\b"
    r"[^,;:]{0,80},\s+)"
)
_SUBJECT = re.compile(
    rf"^(?:[-–•*]\s+|\d+\.\s+)?(?P<opening>{_OPENING})?(?:[Tt]he\s+)?(?P<name>{_NAME})\s+"
    + _PREDICATE
)
_TIME_CLAUSE = re.compile(
    rf"^(?:When|After|Before|Since|Once|Until)\s+(?:the\s+)?(?P<name>{_NAME})\s+"
    rf"(?P<rest>{_VERB}[^,;:]*),"
)
# "the X Programme, launched in 2021 with a promise to ..., had": what a thing is, by when
# and how it came to be.
_PARTICIPLES = (
    "launched|founded|set up|created|established|introduced|signed|agreed|adopted|"
    "unveiled|formed|opened|built|approved|passed|enacted|announced"
)
_MADE_WHEN = re.compile(
    rf"(?:^|\b[Tt]he\s+)(?P<name>{_NAME}),\s+(?P<rest>(?:{_PARTICIPLES})\b[^,;:]*),"
)
# "Establish a Caspian Maritime Information Centre, staffed by ..., to pool ...": a
# recommendation to create a named thing, as a list item or sentence opens.
_TO_BE = {
    "Establish": "established",
    "Create": "created",
    "Set up": "set up",
    "Build": "built",
    "Launch": "launched",
    "Form": "formed",
    "Open": "opened",
    "Fund": "funded",
    "Appoint": "appointed",
    "Introduce": "introduced",
    "Adopt": "adopted",
}
_RECOMMENDED = re.compile(
    rf"^(?:[-–•*]\s+|\d+\.\s+)?(?P<verb>{'|'.join(_TO_BE)})\s+(?:a|an|the)\s+(?:new\s+)?"
    rf"(?P<name>{_NAME})(?P<rest>[^.;:]*)"
)
# "has blocked Corrie Holdings' $3.1 billion bid for Banksia": whose bid, asked without the
# figure (another card's answer): "... has blocked which company's bid for Banksia?".
_OWNER_OF_DEAL = re.compile(
    rf"^(?P<before>[{CAPITAL}][^,;:]*?\b(?:[{SMALL}]+ed|rejected|approved|blocked|cleared)\s+)"
    rf"(?P<name>{_NAME})[’'](?:s\b)?\s+(?:[$€£¥][\d.,]+\s*(?:million|billion|bn|m)?\s+)?"
    r"(?P<what>(?:takeover\s+)?(?:bid|offer|takeover|acquisition|merger|deal|proposal|"
    r"application|appeal|claim))\b(?P<rest>[^,;:.]*)"
)
# A participle phrase set off by commas ("staffed by the signatory states"): an aside the
# question does without.
_ASIDE = re.compile(rf",\s+(?:[{SMALL}]+ed|set up|built|made|run|led|held)\b[^,]*,")
# Words that end what the question asks: a clause of its own, or who said it.
_CLAUSE_END = re.compile(r",\s+|\s+[—–]\s+|\s+\(")
# Reporting verbs: what follows is the statement, asked whole.
_REPORTING = re.compile(
    r"^(?:(?:has|have|had)\s+)?(?:(?:said|says|warned|argued|concluded)\s+(?:that\s+)?"
    rf"|(?:found|finds|reported|reports)\s+that\s+)(?=[{CAPITAL}{SMALL}])"
)
# "... by the end of September", "late on Tuesday": when, at a question's end, is another
# card's fact (a date) and not what the question needs to say which body acted.
_WHEN_AT_END = re.compile(
    r"(?:\s+(?:late|early))?\s+(?:by|in|on|at|before|after|until|since|from)\s+"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
    rf"(?:{'|'.join((*MONTHS, *WEEKDAYS))}|\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|(?:19|20)\d\d)\b"
    r"(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d|morning|afternoon|evening|night)\b)*$"
)
# Verbs that are no action of the thing: "the X Group is", "the X Plan has".
_NO_ACTION = re.compile(r"^(?:is|are|was|were|has|have|had)\s+(?:a|an|the|its|their|no)\b")


def find_subjects(article: Article) -> list[FoundFact]:
    """Each named thing the story is about, asked once, where it first does something."""
    text = "\n".join(article.lines)
    found: list[FoundFact] = []
    asked: set[str] = set()
    for number, line in enumerate(article.lines, start=1):
        for begin, stop in sentence_spans(line):
            sentence = line[begin:stop]
            for fact in _in_sentence(sentence, number):
                if fact.answer in asked or not _comes_back(fact, text):
                    continue
                asked.add(fact.answer)
                found.append(fact)
    return found


def _in_sentence(sentence: str, line: int) -> list[FoundFact]:
    found: list[FoundFact] = []
    recommended = _RECOMMENDED.match(sentence)
    if recommended:
        kind = kind_of(recommended.group("name"))
        # "..., staffed by the member states, to pool data": the purpose, without the aside.
        rest = _ASIDE.sub(" ", recommended.group("rest") + ",").rstrip(", ")
        if not rest.startswith(" to "):
            rest = " " + _CLAUSE_END.split(rest.strip(), maxsplit=1)[0] if rest.strip() else ""
        if kind:
            to_be = _TO_BE[recommended.group("verb")]
            prompt = f"Which {kind} should be {to_be}{rest.rstrip('.')}?"
            found.append(_fact(recommended, sentence, line, kind, prompt))
    owner = _OWNER_OF_DEAL.match(sentence)
    if owner and kind_of(owner.group("name")):
        kind = kind_of(owner.group("name")) or ""
        prompt = f"{owner['before']}which {kind}’s {owner['what']}{owner['rest'].rstrip()}?"
        found.append(_fact(owner, sentence, line, kind, prompt))
    made = _MADE_WHEN.search(sentence)
    if made and kind_of(made.group("name")):
        kind = kind_of(made.group("name"))
        prompt = f"Which {kind} was {made.group('rest').strip()}?"
        found.append(_fact(made, sentence, line, kind or "", prompt))
    for pattern in (_TIME_CLAUSE, _SUBJECT):
        subject = pattern.match(sentence)
        if subject is None:
            continue
        name = subject.group("name")
        kind = kind_of(name)
        rest = subject.group("rest")
        if kind is None or _NO_ACTION.match(rest) or name.split()[0] in _CALENDAR:
            continue
        reported = _REPORTING.match(rest)
        if reported:
            # "said the X Programme, launched in 2021 ..., had completed ...": the statement
            # without its asides.
            rest = rest[: reported.end()] + _ASIDE.sub(" ", rest[reported.end() :])
            rest = re.split(rf"\s+[—–]\s+|;\s+|,\s+(?=[{SMALL}]+ing\b)", rest)[0]
        else:
            rest = _CLAUSE_END.split(rest, maxsplit=1)[0]
        rest = _WHEN_AT_END.sub("", rest.strip().rstrip(".!?"))
        if len(rest.split()) < 2:
            continue
        found.append(_fact(subject, sentence, line, kind, f"Which {kind} {rest}?"))
    return found


def kind_of(name: str) -> str | None:
    """What kind of thing ``name`` names, by the last of its words that says so."""
    kinds = [KIND_WORDS[word] for word in name.split() if word in KIND_WORDS]
    return kinds[-1] if kinds else None


def _comes_back(fact: FoundFact, text: str) -> bool:
    """True when the story names the thing again after this sentence, by its name or by
    its kind ("the commission"), or the sentence's main clause is about it."""
    after = text[text.find(fact.sentence) + len(fact.sentence) :]
    kind = (fact.description or "").removeprefix("the ")
    if fact.answer in after or re.search(rf"(?i)\bthe\s+{re.escape(kind)}\b", after):
        return True
    # "When the X Pact was signed in 2019, its members presented it as ...": the main
    # clause after a clause of time is about the thing.
    clause_end = fact.sentence.find(", ", fact.end)
    return (
        _TIME_CLAUSE.match(fact.sentence) is not None
        and clause_end > 0
        and re.search(r"\b(?:it|its)\b", fact.sentence[clause_end:]) is not None
    )


def _fact(match: re.Match[str], sentence: str, line: int, kind: str, prompt: str) -> FoundFact:
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    name = match.group("name")
    return FoundFact(
        "text",
        "facts",
        name,
        name,
        sentence,
        match.start("name"),
        match.end("name"),
        f"which {kind}",
        line,
        evidence=sentence,
        prompt=" ".join(prompt.split()),
        description=f"the {kind}",
    )
