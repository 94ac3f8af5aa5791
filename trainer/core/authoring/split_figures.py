"""Prompts asking part of a figure, or a figure where a phrase was cut around it.

A figure said in words ("nine hundred and sixty million pounds", "seven and a half
thousand") is one amount; asked word by word it reads "Nine how many?" or "Up to how many
thousand pounds?" and its answer ("hundred", "seven and a half") is no fact. An opening
"Of the how many vessels linked to ...?" has lost its verb, and a scale word with nothing
counted ("How much is the million?") is no question. An editor deletes them. Inside a
sentence, "the" before the question ("thanked the how many member states") only goes.
"""

from __future__ import annotations

import re

_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_SPLIT = re.compile(
    # "Nine how many?", "Nine and how many pounds ...?": the figure's first word left.
    rf"\b{_NUMBER_WORD}\s+(?:and\s+)?how\s+(?:many|much)\b"
    # "Up to how many thousand pounds?": the figure's scale left after the question.
    rf"|\bhow\s+(?:many|much)\s+{_SCALE}s?\b(?!\s+(?:of|more|fewer)\b)"
    # "How much is the million?": a scale word as a thing.
    rf"|\bthe\s+{_SCALE}\b(?!\s+(?:mark|barrier|threshold|figure))"
    # "Of the how many vessels linked to ...?": an opening phrase and no verb after it.
    r"|^Of\s+(?:the\s+)?how\s+(?:many|much)\b(?![^?]*,)",
    re.IGNORECASE,
)
_THE_BEFORE_QUESTION = re.compile(r"(?<=\s)the\s+(?=how\s+(?:many|much)\b)")
_THE_OPENING_QUESTION = re.compile(r"^The\s+h(?=ow\s+(?:many|much)\s+[a-z])")
# An answer that is only a figure's scale word ("hundred") is part of a figure.
_SCALE_ALONE = re.compile(rf"^{_SCALE}s?$", re.IGNORECASE)


def splits_a_figure(prompt: str, answer: str = "") -> bool:
    """True when ``prompt`` asks part of a figure said in words, or a cut left "the" with
    no noun; or when ``answer`` is a scale word alone."""
    return bool(_SPLIT.search(prompt) or _SCALE_ALONE.match(answer.strip()))


def without_determiner_before_question(prompt: str) -> str:
    """``prompt`` without "the" before its "how many" inside the sentence ("The director
    thanked the how many member states ...?" asks "... thanked how many member states ...?"),
    or opening it ("The how many crew members were ...?" asks "How many crew members ...?")."""
    return _THE_OPENING_QUESTION.sub("H", _THE_BEFORE_QUESTION.sub("", prompt))
