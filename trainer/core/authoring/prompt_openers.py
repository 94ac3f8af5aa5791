"""Words opening a prompt that belong to the page, not to the question.

A transcript or a parliamentary record puts its speaker before each turn ("DR MORROW: ...",
"Mrs Jane Tull (Westby) (Lab): ...", "The Minister for Roads: ..."); a ministerial list
numbers its points ("Secondly, the fare cap ..."); a notice labels its lines ("About the
author: who leads ..."). Asked as the sentence stands, the label opens the question and an
editor strikes it: the question is the clause after it.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# A speaker's title before their name in a parliamentary record.
_HONORIFICS = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Rev)"
# Lower-case words a title-cased label may hold ("The Secretary of State for Health").
_LABEL_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "de", "da", "do", "van", "von"})
# A label: up to ten words before a colon, then the turn or the line it heads.
_LABELLED = re.compile(r"^(?P<label>[^:“\"?]{2,90}?):\s+(?P<rest>\S.*)$")
# "(Westby) (Lab)", "(Adaeze Okonkwo-Lyle)": a constituency, a party, a name after a role.
_BRACKETED = re.compile(r"\s*\([^()]{1,50}\)")
_WH_WORD = re.compile(r"^(?:who|whom|whose|what|which|how|when|where)\b", re.IGNORECASE)
# "Secondly, ...", "Finally, ...": a list's sequence word, with no part in the question.
# "In my constituency, ...": a speaker's own place, which the question cannot say for them.
_SEQUENCE_OPENER = re.compile(
    r"^(?:First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?,\s+|^(?:Finally|Lastly),\s+"
    rf"|^In\s+(?:my|our)\s+(?:own\s+)?[{SMALL}]+,\s+"
)
# "We will fund ...": a turn in the first person needs its speaker to say who "we" are.
_FIRST_PERSON = re.compile(r"^(?:I|We|My|Our|Us|Me)\b", re.IGNORECASE)
# A line's heading is a few words ("About the author"); more is a sentence of its own.
_LONGEST_LINE_LABEL = 4
# Fewer words than this after a label or a sequence word say nothing alone.
_FEWEST_WORDS_LEFT = 4


def without_speaker_label(prompt: str) -> str:
    """``prompt`` without a speaker's label opening it ("DR ELLA MORROW: The Treasury has
    confirmed how much?" asks "The Treasury has confirmed how much?"), or without a line's
    label where a question follows it whole ("About the author: who leads ...?")."""
    match = _LABELLED.match(prompt)
    if match is None:
        return prompt
    label, rest = match["label"], match["rest"]
    if rest.startswith(("“", '"', "…")) or _FIRST_PERSON.match(rest):
        return prompt
    if not _is_speaker(label) and not (
        _is_line_label(label)
        and _WH_WORD.match(rest)
        and len(_BRACKETED.sub("", rest).split()) >= _FEWEST_WORDS_LEFT
    ):
        return prompt
    return rest[:1].upper() + rest[1:]


def without_sequence_word(prompt: str) -> str:
    """``prompt`` without a list's opening "Secondly," or "Finally,", or a speaker's "In my
    constituency,"."""
    rest = _SEQUENCE_OPENER.sub("", prompt, count=1)
    if rest == prompt or len(rest.split()) < _FEWEST_WORDS_LEFT or _FIRST_PERSON.match(rest):
        return prompt
    return rest[:1].upper() + rest[1:]


def _is_speaker(label: str) -> bool:
    """Whether ``label`` names who speaks: a name in capitals ("TOM HARDCASTLE", "DR NÍ
    BHRIAIN"), a member with their seat ("Mr Ian Rudd (Hexham) (Con)"), or an office
    ("The Minister for Local Transport")."""
    words = label.split()
    if len(words) >= 2 and label.isupper() and all(len(word) > 1 for word in words):
        return True
    bare = _BRACKETED.sub("", label).strip()
    if bare != label.strip() and re.match(rf"^(?:{_HONORIFICS}\s|The\s)", label, re.IGNORECASE):
        return _is_title_cased(bare)
    return label.startswith("The ") and len(words) >= 3 and _is_title_cased(label)


def _is_line_label(label: str) -> bool:
    """Whether ``label`` is a short heading of a line ("About the author", "Contact")."""
    return label[:1].isupper() and len(label.split()) <= _LONGEST_LINE_LABEL


def _is_title_cased(label: str) -> bool:
    """Whether every word of ``label`` opens on a capital, bar a title's small words."""
    words = _BRACKETED.sub("", label).split()
    return bool(words) and all(
        word[:1].isupper() or word in _LABEL_FUNCTION_WORDS for word in words
    )
