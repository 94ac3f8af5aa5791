"""A level an agency assesses something at, as health, security and weather bulletins
state it: "The INVD assesses the national risk as HIGH" asks "How does the INVD assess the
national risk?"; "The regional risk is moderate because of ..." asks "What is the regional
risk assessed as?". The answer is the level's words ("high", "very high", "moderate")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.inside_quotation import inside_quotation
from trainer.core.authoring.letters import CAPITAL, SMALL

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_LEVEL = (
    r"(?P<level>(?i:(?:very\s+|extremely\s+)?(?:high|low|moderate|severe|substantial|critical"
    r"|elevated|minimal|limited)))"
)
# What is assessed: a risk, a threat or an alert level, with up to three words before it.
_ASSESSED = (
    rf"(?P<what>(?:the|its|their)\s+(?:[{SMALL}][\w-]*\s+){{0,3}}?"
    r"(?:risk|threat|threat\s+level|alert\s+level|danger|likelihood))"
)
# "The INVD assesses the national risk as high", "WHO rates the overall risk as moderate".
_AGENCY_ASSESSES = re.compile(
    rf"(?P<who>(?:[Tt]he\s+)?[{CAPITAL}][\w&.-]*(?:\s+[{CAPITAL}][\w&.-]*){{0,4}}"
    # ("The institute assesses ...": a body named by what it is.)
    rf"|[Tt]he\s+(?:[{SMALL}][\w-]*\s+){{0,2}}[{SMALL}][\w-]*)\s+"
    r"(?P<verb>assesses|assessed|rates|rated|considers|considered|judges|judged|has\s+raised"
    r"|raised|has\s+lowered|lowered|classifies|classified)\s+"
    rf"{_ASSESSED}(?:\s+(?:at\s+(?:the\s+)?[a-z]+\s+level|in\s+[\w\s-]{{1,30}}?))?\s+(?:as|to)\s+"
    rf"{_LEVEL}\b"
)
# "The regional risk is moderate because ...", "The threat level remains substantial".
_LEVEL_STATED = re.compile(
    rf"^(?P<what>[Tt]he\s+(?:[{SMALL}][\w-]*\s+){{0,3}}?"
    r"(?:risk|threat|threat\s+level|alert\s+level|danger))\s+"
    rf"(?:is|remains|was|has\s+been\s+(?:raised|lowered)\s+to|is\s+assessed\s+as)\s+{_LEVEL}\b"
)
# Each verb's plain form, and whether it is in the past.
_VERBS = {
    "assesses": ("assess", False), "rates": ("rate", False), "considers": ("consider", False),
    "judges": ("judge", False), "classifies": ("classify", False),
    "assessed": ("assess", True), "rated": ("rate", True), "considered": ("consider", True),
    "judged": ("judge", True), "classified": ("classify", True),
}  # fmt: skip


def find_assessed_levels(sentence: str, line: int) -> list[FoundFact]:
    """Each level ``sentence`` says something is assessed at."""
    # Imported here: FoundFact lives in find_facts, which calls this module.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _AGENCY_ASSESSES.finditer(sentence):
        if inside_quotation(sentence, match.start()):
            continue
        verb = " ".join(match.group("verb").split())
        who = match.group("who")
        who = who[:1].lower() + who[1:] if who.startswith("The ") else who
        what = " ".join(match.group("what").split())
        if verb in _VERBS:
            base, past = _VERBS[verb]
            prompt = f"How {'did' if past else 'does'} {who} {base} {what}?"
        else:  # "has raised the threat level to severe"
            prompt = f"To what level has {who} {verb.removeprefix('has ')} {what}?"
        found.append(_fact(FoundFact, sentence, line, match, prompt))
    for match in _LEVEL_STATED.finditer(sentence):
        what = " ".join(match.group("what").split())
        prompt = f"What is {what[:1].lower() + what[1:]} assessed as?"
        found.append(_fact(FoundFact, sentence, line, match, prompt))
    return found


def _fact(
    fact_type: type[FoundFact], sentence: str, line: int, match: re.Match[str], prompt: str
) -> FoundFact:
    level = " ".join(match.group("level").split())
    return fact_type(
        "text",
        "facts",
        level.casefold() if level.isupper() else level,
        match.group("level"),
        sentence,
        match.start("level"),
        match.end("level"),
        "what",
        line,
        evidence=sentence,
        prompt=prompt,
    )
