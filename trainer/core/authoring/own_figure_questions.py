"""A figure asked on its own where its sentence holds a sibling figure.

Newswriting pairs figures in one sentence: a value and the one it moved from ("Turnout was
61%, down from 69% in 2022"), a whole and its part ("The repairs will cost £8m, of which the
state is paying £5m"), a value and its comparison ("Rent reached £900 a month, compared
with £700 across the region"), a value and a later one ("rose from £2m in 2020 to £3m in
2024"), two years' forecasts ("2% in 2026 and 3% in 2027"). Asked in place, the sibling
(another card's answer) is cut to "…" and the question is a puzzle: "Turnout was …, down
from what percentage at the previous elections in 2022?". Each is asked instead as a short
question about its subject: "What was turnout at the previous elections in 2022?".

Applied to a finished prompt (hidden answers shown as "…"); any other prompt is returned
as it is.
"""

from __future__ import annotations

import re

from trainer.core.authoring.asked_first import inside_question
from trainer.core.authoring.letters import CAPITAL, SMALL

_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|an\s+estimated|some|just|up\s+to)\s+)?"
# (A noun after "how many" is the figure's unit, never the qualifier's preposition.)
_ASKED = (
    r"(?:what\s+(?:percentage|share|proportion)|how\s+much|"
    rf"how\s+many(?:\s+(?!(?:in|at|on|by|a|an|the|for|during|over|across|among)\b)[{SMALL}]+)?|what)"
)
# A subject opening the prompt: no cut of its own, no clause break.
_SUBJECT = rf"(?P<subject>[{CAPITAL}{SMALL}][^,…?;:]*?)"
# A joining word a sentence opened on links to one not shown.
_JOIN = r"(?:(?:However|But|And|Meanwhile|Overall),?\s+)?"
# Verbs that state a value: "was", "stood at", "rose to".
_STATES = (
    r"(?P<verb>was|were|is|are|stood\s+at|stands\s+at|reached|had\s+reached|has\s+reached|"
    r"(?:had\s+|has\s+|have\s+)?(?:rose|risen|fell|fallen|climbed|dropped|grew|grown|"
    r"increased|decreased|declined|jumped)\s+to)"
)
# A qualifier of when or where the sibling figure holds ("at the previous elections in
# 2022", "a year earlier", "across Wales"), with no cut of its own.
_REST = r"(?P<rest>[^…?]+?)"

# "Turnout was …, down from what percentage at the previous elections in 2022?"
# ("Turnout was down from what percentage ...?" where the figure's phrase was cut whole.)
_MOVED_FROM = re.compile(
    rf"^{_JOIN}{_SUBJECT}\s+{_STATES}\s+(?:{_HEDGE}…(?:\s+a\s+(?:year|month|week|day))?,?\s+)?"
    rf"(?:down|up)\s+from\s+{_HEDGE}(?P<asked>{_ASKED})\s+{_REST}\?$"
)
# "The CPI rose in the 12 months to October, down from what percentage in the 12 months to
# September?": the rise's phrase cut whole; what it moved from is a level where the article
# says "rose to", else the earlier rise.
_CHANGED_FROM = re.compile(
    rf"^{_JOIN}{_SUBJECT}\s+(?P<verb>rose|fell|grew|increased|decreased|climbed|dropped|declined|"
    r"jumped)(?:\s+(?:in|over|during)\s+[^,…?]+?)?,?\s+(?:(?:down|up)\s+from|compared\s+with"
    r"(?:\s+an?\s+(?:rise|fall|increase|decrease|drop|decline)\s+of)?)\s+"
    rf"(?P<asked>what\s+percentage)\s+{_REST}\?$"
)
_BASE_FORM = {
    "rose": "rise",
    "fell": "fall",
    "grew": "grow",
    "increased": "increase",
    "decreased": "decrease",
    "climbed": "climb",
    "dropped": "drop",
    "declined": "decline",
    "jumped": "jump",
}
# "Of the cases, 45 are in children, and a further how many are in adults?" / "Most cases
# are in children, and a further one in how many are young adults?"
_A_FURTHER = re.compile(
    r"^(?:Of\s+(?P<of>[^,…?]+?)(?:,\s+|\s+(?=and\s+a\s+further\b)))?"
    r"(?:(?P<subject>[^,…?]*?)\s*(?:are|were|is|was)\b[^?]*?,?\s+)?"
    r"and\s+a\s+further\s+(?P<asked>one\s+in\s+how\s+many|how\s+many|what\s+percentage|"
    r"what\s+share|what\s+proportion)\s+(?P<rest>(?:are|were|is|was)\s+[^…?]+)\?$"
)
# "Most of the", "Many", "…": what a subject says of the whole before its noun.
_QUANTIFIER = re.compile(
    r"^(?:(?:most|many|some|half|all|the\s+majority|the\s+rest)(?:\s+of)?\s+|…\s*)+",
    re.IGNORECASE,
)
_WHOLE_DETERMINER = re.compile(r"^(?:the\s+|these\s+|its\s+|their\s+)?(?:[\d,.]+\s+|…\s+)?", re.I)
# "Over 24 months, there were 310 falls in one group, compared with 450 in the other": asked
# of the other group's count, whatever the cut left of the first ("Over 24 months compared
# with how many in the other group?").
_THERE_WERE = re.compile(
    rf"(?:^|(?<=[.;:] ))(?P<lead>(?:[{CAPITAL}][^,.;]*,\s+)?)there\s+(?:were|was)\s+(?:"
    rf"[\d,.]+|[{SMALL}]+)\s+"
    rf"(?P<noun>[{SMALL}][\w-]*)\s+(?:in|among|on)\s+[^,.;]+?,?\s+(?:compared\s+with|against|versus)\s+"
    r"[\d,.]+\s+(?P<rest>(?:in|among|on)\s+[^.,;]+)",
    re.IGNORECASE,
)
_ASKED_COMPARED = re.compile(
    r"\b(?:compared\s+with|against|versus)\s+how\s+many\s+(?P<rest>[^…?]+)\?$"
)
# "The median wait was …, compared with how many weeks across Wales?"
_COMPARED = re.compile(
    rf"^{_JOIN}{_SUBJECT}(?:\s+…)?\s+{_STATES}\s+{_HEDGE}…(?:\s+a\s+(?:year|month|week|day))?,?\s+"
    rf"(?:compared\s+(?:with|to)|against|versus)\s+{_HEDGE}(?P<asked>{_ASKED})\s+{_REST}\?$"
)
# "The rent had reached … a year, compared with a county average of how much?"
_COMPARED_WITH_KIND = re.compile(
    rf"^{_JOIN}{_SUBJECT}\s+{_STATES}\s+{_HEDGE}…(?:\s+a\s+(?:year|month|week|day))?,?\s+"
    r"(?:compared\s+(?:with|to)|against|versus)\s+(?:an?|the)\s+(?P<kind>[\w-]+(?:\s+[\w-]+)?)"
    rf"\s+of\s+{_HEDGE}(?:how\s+much|how\s+many|what)\?$"
)
# "Net profit of …, or … per share, compared with how much a year earlier?": a results
# line's label, its figure and per-share figure cut.
_LABEL_COMPARED = re.compile(
    rf"^{_SUBJECT}\s+of\s+…(?:,\s+or\s+…\s+per\s+(?:diluted\s+|basic\s+)?share)?,?\s+"
    rf"(?:compared\s+(?:with|to)|against|versus)\s+{_HEDGE}how\s+much\s+{_REST}\?$"
)
# "The campaign will cost an estimated …, of which the agency is providing how much?"
_OF_WHICH = re.compile(
    rf"^{_JOIN}(?P<whole>[{CAPITAL}][^…?;]*?)\s+{_HEDGE}…,\s+of\s+which\s+(?P<part>[^…?]+?)\s+"
    rf"(?P<aux>is|are|was|were|has|have|had|will|would|could|may)\s+(?P<verb>[{SMALL}][\w-]*)\s+"
    r"(?P<asked>how\s+much|how\s+many)\?$"
)
# The whole of an "of which": what a thing will cost, or the noun a body "puts at" a figure.
_COST_OF = re.compile(
    r"^(?P<owner>.+?)\s+(?:will\s+|would\s+|could\s+|is\s+expected\s+to\s+|is\s+set\s+to\s+)?"
    r"costs?$"
)
_PUT_AT = re.compile(r"\bputs?\s+(?P<noun>the\s+[\w\s-]+?)\s+at$")
# "The subsidy rose from how much in 2019 to … in 2023?" / "rose from … in 2019 to how much
# in 2023?"
_FROM_TO_EARLIER = re.compile(
    rf"^{_JOIN}{_SUBJECT}\s+(?P<verb>rose|fell|grew|increased|decreased|dropped|climbed|"
    r"jumped|declined|has\s+risen|had\s+risen|has\s+fallen|had\s+fallen)\s+from\s+"
    rf"(?P<asked>{_ASKED})\s+(?P<rest>(?:in|at|by)\s+[^…?]+?)\s+to\s+…(?:\s+(?:in|at|by)\s+[^?]+)?\?$"
)
_FROM_TO_LATER = re.compile(
    rf"^{_JOIN}{_SUBJECT}\s+(?P<verb>rose|fell|grew|increased|decreased|dropped|climbed|"
    r"jumped|declined|has\s+risen|had\s+risen|has\s+fallen|had\s+fallen)\s+from\s+…\s+"
    rf"(?:(?:in|at|by)\s+[^?]+?\s+)?to\s+(?P<asked>{_ASKED})\s+(?P<rest>(?:in|at|by)\s+[^…?]+)\?$"
)
# "Growth is forecast at … in 2026 and what percentage in 2027?": the first pair goes.
_PAIRED_PERIODS = re.compile(
    r"(?P<head>\s)…\s+(?:in|for)\s+[^…?,]+?\s+and\s+(?P<asked>what\s+percentage|how\s+much|"
    r"how\s+many|what)\s+(?P<rest>(?:in|for)\s+[^…?,]+)\?$"
)
# "Serious events occurred in … of patients on the drug versus what percentage on placebo?"
_SHARE_VERSUS = re.compile(
    r"(?P<head>\s)…\s+of\s+(?P<group>[\w-]+)\s+(?:on|in|with|among|taking|receiving)\s+[^…?]+?,?\s+"
    r"(?:versus|vs\.?|compared\s+with|against)\s+(?P<asked>what\s+(?:percentage|share|proportion))\s+"
    r"(?P<rest>(?:on|in|with|among|taking|receiving)\s+[^…?]+)\?$"
)
# A subject whose head word is a plural noun ("Signals passed at danger"): counted as such.
_PLURAL_HEAD = re.compile(rf"^[{CAPITAL}{SMALL}][{SMALL}]+(?<!ss)(?<!us)(?<!is)s\b")


# Nouns of a measured quantity that open a sentence ("Average rent reached ..."): common
# nouns, lowered inside a question, where the article writes them nowhere in lower case.
_MEASURED = frozenset(
    {
        "average",
        "median",
        "total",
        "net",
        "gross",
        "annual",
        "overall",
        "turnout",
        "inflation",
        "unemployment",
        "growth",
        "revenue",
        "sales",
        "profit",
        "spending",
        "exports",
        "imports",
        "output",
        "rainfall",
        "attendance",
        "debt",
        "borrowing",
        "income",
        "earnings",
        "wages",
        "rents",
        "prices",
        "cases",
        "deaths",
        "admissions",
        "arrivals",
        "applications",
        "youth",
        "core",
        "headline",
        "underlying",
        "adjusted",
        "operating",
        "pre-tax",
        "retail",
        "house",
        "consumer",
        "public",
        "monthly",
        "quarterly",
        "full-year",
    }
)


def _lowered(subject: str, evidence: str, counted: bool = False) -> str:
    """``subject`` as written inside a question: see ``inside_question``; a measured
    quantity's opening word lowered too, and a plural one where ``counted`` (asked "how
    many", it is no name)."""
    inside = inside_question(subject, evidence)
    first = subject.split()[0] if subject.split() else ""
    plural = counted and _PLURAL_HEAD.match(subject) is not None
    if inside == subject and (first.lower() in _MEASURED or plural):
        return subject[:1].lower() + subject[1:]
    return inside


_PRONOUN_OPENING = re.compile(
    r"^(?:(?:However|But|And|Meanwhile|Overall),?\s+)?(?:That|This|It|They|These|Those|He|She|"
    r"We|I|Its|Their|His|Her)\b",
    re.IGNORECASE,
)


def asked_of_own_figure(prompt: str, evidence: str) -> str:
    """``prompt`` asked of its own figure where a sibling figure of its sentence was cut to
    "…" around it; any other prompt as it is."""
    # "That is up from how many a year earlier?": a pronoun stands for a subject the
    # question cannot name.
    if _PRONOUN_OPENING.match(prompt):
        return prompt
    for rewrite in (
        _moved_from,
        _changed_from,
        _a_further,
        _there_were,
        _compared,
        _compared_with_kind,
        _label_compared,
        _of_which,
        _from_to,
        _paired,
    ):
        asked = rewrite(prompt, evidence)
        if asked is not None:
            return asked
    return prompt


def _value_question(subject: str, verb: str, asked: str, rest: str, evidence: str) -> str:
    """ "What was turnout at the previous elections in 2022?": the earlier or compared value
    of ``subject`` where ``rest`` says which."""
    subject = subject.strip()
    if asked.startswith("how many") and asked == "how many" and _PLURAL_HEAD.match(subject):
        return f"How many {_lowered(subject, evidence, counted=True)} were there {rest.strip()}?"
    plural = verb in ("were", "are") or (
        _PLURAL_HEAD.match(subject) is not None and not verb.startswith(("was", "is"))
    )
    be = "were" if plural else "was"
    return f"What {be} {_lowered(subject, evidence)} {rest.strip()}?"


def _moved_from(prompt: str, evidence: str) -> str | None:
    found = _MOVED_FROM.match(prompt)
    if found is None:
        return None
    return _value_question(found["subject"], found["verb"], found["asked"], found["rest"], evidence)


def _changed_from(prompt: str, evidence: str) -> str | None:
    found = _CHANGED_FROM.match(prompt)
    if found is None or " and " in found["rest"]:
        return None
    verb = found["verb"]
    if re.search(rf"\b{verb}\s+to\b", evidence):
        return _value_question(found["subject"], "was", "what", found["rest"], evidence)
    subject = _lowered(found["subject"].strip(), evidence)
    return f"By what percentage did {subject} {_BASE_FORM[verb]} {found['rest'].strip()}?"


def _a_further(prompt: str, evidence: str) -> str | None:
    found = _A_FURTHER.match(prompt)
    if found is None:
        return None
    whole = found["of"] or _QUANTIFIER.sub("", found["subject"] or "")
    noun = _WHOLE_DETERMINER.sub("", whole.strip())
    if not noun[:1].isalpha() or "…" in noun or len(noun.split()) > 4:
        return None
    # The counted noun ("Cases") opened its sentence: a common noun inside the question.
    noun = _lowered(noun, evidence, counted=True)
    asked = found["asked"]
    rest = found["rest"].strip()
    if asked.startswith("how many"):
        return f"How many {noun} {rest}?"
    if asked.startswith("one in"):
        return f"One in how many {noun} {rest}?"
    return f"{asked.capitalize()} of {noun} {rest}?"


def _there_were(prompt: str, evidence: str) -> str | None:
    compared = _ASKED_COMPARED.search(prompt)
    found = _THERE_WERE.search(evidence)
    if compared is None or found is None or compared["rest"].strip() != found["rest"].strip():
        return None
    lead = found["lead"]
    asked = f"how many {found['noun']} were there {found['rest'].strip()}?"
    return f"{lead}{asked}" if lead else asked.capitalize()


def _compared(prompt: str, evidence: str) -> str | None:
    found = _COMPARED.match(prompt)
    if found is None:
        return None
    return _value_question(found["subject"], found["verb"], found["asked"], found["rest"], evidence)


def _compared_with_kind(prompt: str, evidence: str) -> str | None:
    found = _COMPARED_WITH_KIND.match(prompt)
    if found is None:
        return None
    subject = _lowered(found["subject"].strip(), evidence)
    return f"What was the {found['kind']} for {subject}?"


def _label_compared(prompt: str, evidence: str) -> str | None:
    found = _LABEL_COMPARED.match(prompt)
    if found is None:
        return None
    return _value_question(found["subject"], "was", "how much", found["rest"], evidence)


def _of_which(prompt: str, evidence: str) -> str | None:
    found = _OF_WHICH.match(prompt)
    if found is None:
        return None
    whole = found["whole"].strip()
    cost = _COST_OF.match(whole)
    put = _PUT_AT.search(whole)
    if cost is not None:
        noun = f"the cost of {inside_question(cost['owner'].strip(), evidence)}"
    elif put is not None:
        noun = put["noun"]
    else:
        return None
    asked = found["asked"].capitalize()
    return f"{asked} of {noun} {found['aux']} {found['part']} {found['verb']}?"


def _from_to(prompt: str, evidence: str) -> str | None:
    found = _FROM_TO_EARLIER.match(prompt) or _FROM_TO_LATER.match(prompt)
    if found is None:
        return None
    return _value_question(found["subject"], found["verb"], found["asked"], found["rest"], evidence)


def _paired(prompt: str, evidence: str) -> str | None:
    """The asked figure's own period or group kept, its sibling's pair cut out: "Growth is
    forecast at what percentage in 2027?"."""
    for pattern, keep in (
        (_PAIRED_PERIODS, "{asked} {rest}"),
        (_SHARE_VERSUS, "{asked} of {group} {rest}"),
    ):
        found = pattern.search(prompt)
        if found is not None and "…" not in prompt[: found.start()]:
            asked = keep.format(**found.groupdict())
            return f"{prompt[: found.start()]} {asked}?"
    return None
