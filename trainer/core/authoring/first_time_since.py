"""A first in a long while, asked as what it says: "It is the first time since 2021 that
inflation has fallen below the 2% target".

Asked in place, such a sentence gave "It is the first time since what year that ...?",
whose "It" the sentence before was then read into ("Inflation is the first time since what
year ...?"). The year is when the thing last happened: "When had inflation last fallen
below the 2% target?" (answer 2021); a figure of the clause is asked in the clause itself:
"Inflation has fallen below the target of what percentage?".
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

_FIRST_TIME = re.compile(
    r"^(?:It|This|That)\s+(?:is|was|marks|marked)\s+the\s+first\s+time\s+"
    r"(?:(?P<since>since\s+[^,;]+?)\s+)?that\s+(?P<clause>.+)$"
)
# "inflation has fallen below", "the team had won": the clause's perfect tense.
_PERFECT = re.compile(
    rf"^(?P<subject>.+?)\s+(?:has|have|had)\s+(?P<rest>[{SMALL}]+"
    rf"(?:ed|en|n|t)\b.*)$"
)
_ASKS_SINCE = re.compile(r"^since\s+(?:what|which)\s+(?:year|month|date)$")


def first_time_asked(prompt: str) -> str | None:
    """``prompt`` asked as the first it states, when it asks inside "It is the first time
    since … that …"; None when it does not."""
    first = _FIRST_TIME.match(prompt)
    if first is None:
        return None
    clause = first.group("clause").removesuffix("?").strip()
    since = first.group("since") or ""
    if _ASKS_SINCE.match(since):
        perfect = _PERFECT.match(clause)
        if perfect is None:
            return None
        return f"When had {perfect.group('subject')} last {perfect.group('rest')}?"
    if not re.search(r"\b(?:what|how|which|who)\b", clause):
        return None
    return f"{clause[:1].upper()}{clause[1:]}?"
