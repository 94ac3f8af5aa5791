"""The title of an imported deck whose file gives none, and why it was chosen.

An export's file name often says nothing ("quizlet.tsv", "notes (2).txt"): then the cards'
common subject, the proper name most of their prompts and answers share ("Japan" in "How
much will Japan invest?" and "Who is Japan's chief negotiator?"), titles the deck better.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from trainer.core.authoring.letters import CAPITAL

# A run of capitalised words ("Ryosei Akazawa", "Truth Social"), a possessive's "’s" left off.
_PROPER = re.compile(rf"(?<![\w’'])[{CAPITAL}][\w-]*(?:\s+(?:of\s+)?[{CAPITAL}][\w-]*){{0,3}}")
# Capitalised because they start a question or sentence, not because they name anything.
_NOT_SUBJECTS = frozenset(
    [
        "Who",
        "What",
        "When",
        "Where",
        "Which",
        "Why",
        "How",
        "Is",
        "Are",
        "Was",
        "Were",
        "Did",
        "Does",
        "Do",
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "Of",
        "To",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "Name",
        "Define",
        "True",
        "False",
    ]
)
# A subject must be in at least this share of the cards (and in two of them) to title them.
_SHARE = 0.3


def common_subject(texts: Sequence[str]) -> str | None:
    """The proper name most ``texts`` mention (each text counted once), if enough do."""
    counts: Counter[str] = Counter()
    for text in texts:
        names = set()
        for match in _PROPER.finditer(text):
            words = match.group(0).split()
            while words and words[0] in _NOT_SUBJECTS:
                words = words[1:]
            if words:
                names.add(" ".join(words))
        counts.update(names)
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    if count < 2 or count < _SHARE * len(texts):
        return None
    return name
