"""A share told as "half" with no figure: "less than half the long-term average", "at least
half of the network", "cut waiting times by around half".

"Half" alone is as often a period ("the first half of 2027"), a length ("half an hour") or
a share with nothing said of it ("half of the pupils have been taught in huts"); a share is
asked only where the article qualifies it, with a bound ("less than", "at least", "more
than") or an approximation ("around", "nearly"), or as a change ("by half"). The bound is
the claim and stays in the answer ("less than half"); an approximation is the article's
word too, and a bare "half" is accepted for it. The question reads "what share of the
long-term average" where the article wrote "half the long-term average", and "by how much"
where it wrote "by around half".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.core.authoring.letters import CAPITAL
from trainer.core.authoring.questions import ask_in_place

if TYPE_CHECKING:
    from trainer.core.authoring.find_facts import FoundFact

_BOUND = (
    r"(?:(?:just|well)\s+)?(?:less|more|fewer)\s+than|at\s+least|at\s+most|up\s+to"
    r"|(?:just|well)\s+(?:over|under)|over|under"
)
_ROUGHLY = r"about|around|roughly|nearly|almost|some|approximately"
_SHARE = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<by>by)\s+)?(?P<answer>(?:(?P<bound>{_BOUND})\s+|(?P<roughly>{_ROUGHLY})\s+)?"
    r"half)(?![\w-])"
    # What it is a share of: "half the long-term average", "half of the critical network".
    r"(?P<of>\s+(?:(?P<written_of>of)\s+)?(?=(?:the|its|their|all|those|these|his|her|our)\s"
    rf"|[{CAPITAL}][\w'’-]*[’']s\s))?"
)
# A period, a length, a fraction's whole: "the first half of", "half an hour", "and a half".
_NOT_A_SHARE_BEFORE = re.compile(
    r"(?:first|second|last|final|latter|former|a|and|in|the|one)\s+$", re.IGNORECASE
)
_NOT_A_SHARE_AFTER = re.compile(r"\s+(?:an?\s|(?:of\s+)?(?:the\s+)?(?:year|decade|century)\b)")


_WHOLE = re.compile(
    rf"(?:\s+of)?\s+(?:the|its|their|all|those|these|his|her|our|[{CAPITAL}][\w'’-]*[’']s)\s+"
    r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"(?=\s*[,;:.)]|\s*$|\s+(?:by|in|for|since|from|at|on|and|but|to|over|between|during)\b)"
)


def _whole_end(sentence: str, match: re.Match[str]) -> int:
    """Where the share's phrase ends: after what it is a share of, where the article says."""
    whole = _WHOLE.match(sentence, match.end("answer"))
    return whole.end() if whole else match.end("answer")


def find_worded_shares(sentence: str, line: int) -> list[FoundFact]:
    """Every qualified "half" in ``sentence``, asked as the share it is."""
    # Imported here: FoundFact lives in find_facts, which calls find_measures.
    from trainer.core.authoring.find_facts import FoundFact

    found: list[FoundFact] = []
    for match in _SHARE.finditer(sentence):
        bound, roughly, by = match.group("bound"), match.group("roughly"), match.group("by")
        if not (bound or roughly or by):
            continue  # "half of the pupils": a share nothing is said of
        if _NOT_A_SHARE_BEFORE.search(sentence, 0, match.start("answer")) and not by:
            continue
        if _NOT_A_SHARE_AFTER.match(sentence, match.end("answer")):
            continue
        before = sentence[: match.start()]
        if not before.strip(" -–•*") and re.search(r"\d", sentence):
            # "Around half of the increase is due to a decision in 2022 ...": the share is
            # the subject the year's question needs; the year is asked, the share stays.
            continue
        if re.search(r",\s*(?:where|when|in\s+which)\s[^,;]*$", before):
            # "In the village of Yesilyurt, where nearly half of the homes were flattened":
            # asked alone, the clause loses the place it is about.
            continue
        if re.search(r"\d[^,;]*,\s*$", before):
            # "recorded just 61mm of rain, less than half the usual amount": the figure's
            # card asks the amount; the share only restates it.
            continue
        answer = " ".join(match.group("answer").split())
        answer = f"{answer[:1].casefold()}{answer[1:]}"  # "Nearly half" opened its sentence
        if by:
            start, question = match.start("answer"), "how much"
        elif match.group("of"):
            start, question = match.start("answer"), "what share of"
        else:
            start, question = match.start("answer"), "what share"
        end = match.end("written_of") if match.group("written_of") else match.end("answer")
        prompt = _with_whole_list(sentence, ask_in_place(sentence, start, end, question))
        found.append(
            FoundFact(
                "text",
                "counts",
                answer,
                # Another card's prompt leaves out what the share is of with it: "to
                # extend monitoring to at least half of the critical network by what
                # year?" reads "to extend monitoring by what year?", never "monitoring
                # network".
                sentence[match.start("answer") : _whole_end(sentence, match)],
                sentence,
                start,
                end,
                question,
                line,
                prompt=prompt,
                accept=("half",) if roughly else (),
            )
        )
    return found


# ", NSW and Victoria": the rest of a list of names the question was cut inside.
_LIST_REST = re.compile(
    rf"(?:,\s+[{CAPITAL}][\w'’-]*(?:\s+[{CAPITAL}][\w'’-]*)*)*,?\s+and\s+"
    rf"[{CAPITAL}][\w'’-]*"
)


def _with_whole_list(sentence: str, prompt: str) -> str:
    """``prompt`` with a list of places or names it was cut inside given whole: "in
    Queensland?" where the article says "in Queensland, NSW and Victoria"."""
    body = prompt.removesuffix("?")
    last = body.split()[-1] if body.split() else ""
    at = sentence.rfind(f" {last}")
    if not last[:1].isupper() or at < 0:
        return prompt
    rest = _LIST_REST.match(sentence, at + 1 + len(last))
    return f"{body}{rest.group(0)}?" if rest else prompt
