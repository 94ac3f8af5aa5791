"""A figure asked as one item of a list of figures ("paid for with £9.2 million of
borrowing, a £3.1 million grant from the Pools Fund and £2.3 million from land sales"),
asked with the list's head alone: "The scheme will be paid for with how much from land
sales?".

Asked in place, the other items stay around the question; once another card's answer is
hidden in them, what is left reads as a fragment ("paid for with … of borrowing and how
much?", "has distributed shelter kits and how many family food rations?"). The head (the
verb or preposition before the list) governs each item alike, so each item can be asked
with it alone.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundreds|thousands|dozens)"
)
# An item that opens on a figure: "£9.2 million of council borrowing", "a £3.1 million
# grant from the fund", "11 power interconnectors", "three gas pipelines".
# (Never a year, "in September 2027, three and a half years later"; never a clause of its
# own, "61 of the 87 cases are in children, and 17 ...".)
_FIGURE_ITEM = (
    r"(?:an?\s+)?(?!(?:1[89]|20)\d\d\b)"
    rf"(?:(?:US|A|C|NZ)?[$€£¥]\s?\d|\d[\d,.]*(?!\d)|(?i:{_NUMBER_WORD})\b)"
    r"(?!\d)(?:(?!\s(?:is|are|was|were|has|have|had|will|would|be|been)\b)[^,;:()“”\"])*?"
)
# The items before the asked one, each closed by ", " or "and": the run ends where the
# question starts.
_EARLIER = re.compile(
    rf"(?<=\s)(?:{_FIGURE_ITEM}(?:,\s+and\s+|,\s+|\s+and\s+))+(?P<article>an?\s+)?$"
)
# The items after it: ", 11 power interconnectors and three gas pipelines".
_LATER = re.compile(
    rf"(?:(?:,\s+and\s+|,\s+|\s+and\s+){_FIGURE_ITEM}(?=,\s|;|\.(?!\d)|\s+and\s|$))+"
)
# "to 3.75% and 5.75% respectively": the items go together, none alone.
_TOGETHER = re.compile(r"\brespectively\b|\beach\b|\bbetween\b", re.IGNORECASE)
# The head of a list ends on a word: a verb ("carries") or a preposition ("with", "of").
_CLAUSE_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|be|been)\b"
    rf"|\b[{SMALL}]{{3,}}ed\s+(?:out|in|on|at|by|to|from|after|because|over|up|down)\b"
    # "340 patients, 65 of them in intensive care": a part of the item before.
    r"|^\s*of\s+(?:them|whom|which|those)\b"
)
# (Not a determiner, "of the 87 cases"; not a change's or comparison's word, "up from 210
# last week, and six deaths"; not a hedge, which is the first item's own, "fewer than 60
# vessels and two ports".)
_HEAD_END = re.compile(
    r"(?<!\S)(?!(?:the|its|their|of|from|to|than|by|versus|against|up|down|about|around|"
    rf"nearly|almost|some|over|under|roughly|approximately|estimated)\s$)[{SMALL}]+\s$"
)
_ASKS_AMOUNT = ("how much", "how many", "what percentage")


def asked_alone(sentence: str, start: int, end: int, question: str) -> tuple[str, int, int]:
    """``sentence`` without the other figure items of the list whose item at
    ``start``..``end`` is asked, and where that item now is; unchanged where the figure
    is in no such list."""
    if not question.startswith(_ASKS_AMOUNT) or _TOGETHER.search(sentence):
        return sentence, start, end
    before, after = sentence[:start], sentence[end:]
    earlier = _EARLIER.search(before)
    if earlier and not _HEAD_END.search(before[: earlier.start()]):
        earlier = None
    # The asked item's own words run to the next comma or "and".
    own = re.match(r"[^,;:()“”\"]*?(?=,\s|\s+and\s|;|\.(?!\d)|$)", after)
    own_end = own.end() if own else 0
    later = _LATER.match(after, own_end) if own else None
    if earlier is None and later is None:
        return sentence, start, end
    if later is not None and later.end() == own_end:
        later = None
    # "of 4.9% in 2026 and 4.2% in 2027": the items differ by their years, which other
    # cards may hide; the list is asked as it stands.
    if re.search(r"\b(?:1[89]|20)\d\d\b", after[:own_end]):
        return sentence, start, end
    # "and 17 are in infants": a clause of its own, no item of a list.
    if _CLAUSE_VERB.search(after[:own_end]):
        return sentence, start, end
    article = (earlier.group("article") or "") if earlier else ""
    cut_from = earlier.start() if earlier else start
    shift = start - cut_from - len(article)
    tail = after[later.end() :] if later else after[own_end:]
    # "and three gas pipelines since the storm": what follows the last item is the list's.
    text = before[:cut_from] + article + sentence[start:end] + after[:own_end] + tail
    return text, start - shift, end - shift
