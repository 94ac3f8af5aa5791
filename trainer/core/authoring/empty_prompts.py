"""Prompts that ask nothing an analyst could learn: "What is the name?", "Between which
years?", "Policy Brief No. 27 | in what month?" (a page's running header read as a
sentence). An editor deletes them. ("Who is the …'s director?" stays: the owner another
card answers is hidden there, and the role still says what is asked.)"""

from __future__ import annotations

import re

# Words of the question itself, which say nothing of what is asked about.
_QUESTION_WORDS = frozenset(
    [
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "when",
        "where",
        "is",
        "are",
        "was",
        "were",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "between",
        "and",
        "or",
        "name",
        "names",
        "called",
        "many",
        "much",
        "long",
        "date",
        "dates",
        "day",
        "days",
        "month",
        "months",
        "year",
        "years",
        "percentage",
        "share",
        "per",
        "cent",
        "it",
        "this",
        "that",
        "does",
        "do",
        "did",
        # A preposition or hedge alone: "Over how many months?", "More than how many?"
        "over",
        "within",
        "during",
        "after",
        "before",
        "since",
        "until",
        "under",
        "about",
        "around",
        "nearly",
        "almost",
        "more",
        "than",
        "least",
        # "With how many days to go?", "How many years ago?": a countdown, of nothing named.
        "with",
        "go",
        "left",
        "remaining",
        "ago",
        # A point of a period, with no event of its own: "At the end of what year?"
        "end",
        "start",
        "beginning",
        "middle",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
# A page's running header or footer: "Policy Brief No. 27 | September 2026".
_PAGE_RULE = re.compile(r"\s\|\s|^\|")
# Half of a figure whose other half another card's answer hid: "access /10 Mbps service".
_CUT_FIGURE = re.compile(r"(?:^|\s)/\d")
# "Who told the court?", "Who told reporters?": the frame of a quotation, with nothing said.
_SPEECH_FRAME = re.compile(
    r"^Who\s+(?:(?:told|addressed|briefed)\s+(?:the\s+)?(?:court|jury|hearing|tribunal|inquiry"
    r"|committee|reporters|journalists|parliament|MPs|senators|delegates|the\s+press)"
    # "Who said in a statement?"
    r"|said(?:\s+(?:in\s+(?:a|an|its|her|his|their)\s+statement|on\s+\w+))?)\?$"
)


def says_nothing(prompt: str) -> bool:
    """True when ``prompt`` holds no word of its own subject, is a page's header rather
    than a sentence, shows half of a figure cut in two, or asks only who spoke to whom."""
    if _PAGE_RULE.search(prompt) or _CUT_FIGURE.search(prompt) or _SPEECH_FRAME.match(prompt):
        return True
    words = [word.casefold() for word in _WORD.findall(prompt)]
    return all(word in _QUESTION_WORDS for word in words)
