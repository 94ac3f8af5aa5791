"""A long question cut at a break between clauses, not in the middle of a phrase.

The last resort for a question over the word limit was a window of words around its
question word, opened on "…": "… dedicated Programme Delivery Unit in September, average
approval times ... have fallen from how many weeks?" cuts a name in two and asks nothing an
editor would keep. Where the sentence has a comma, semicolon or colon before the question
and what follows it is a clause of its own within the limit ("Average approval times for
design changes have fallen from how many weeks?"), the question is asked from there.
"""

from __future__ import annotations

import re

from trainer.core.authoring.letters import SMALL

# What may open the clause after the break and be left out: a joining word.
_JOINING = re.compile(r"(?i)^(?:and|but|so|yet|while|whereas)$")
# Words that open a part of the sentence that is no clause of its own: a relative or a
# subordinate clause, a phrase with a preposition, a pronoun pointing back, a participle,
# a verb.
_NOT_A_CLAUSE_START = re.compile(
    r"(?i)^(?:which|who|whom|whose|where|when|that|if|as|because|since|after|before|"
    r"including|such|with|without|from|to|in|on|at|by|for|of|about|around|roughly|nearly|"
    r"up|down|compared|according|it|they|he|she|this|these|those|there|its|their|his|her|"
    rf"or|than|then|not|also|both|either|[{SMALL}]+ing|[{SMALL}]+ed|"
    # A verb with no subject before it: "…, had been allowed to ..." lost its subject.
    r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do)$"
)
# The clause keeps a subject and its verb: this many words before the question word.
_MIN_WORDS_BEFORE_QUESTION = 3


def from_clause_break(words: list[str], at: int, limit: int) -> str | None:
    """The question in ``words`` (its question word at ``at``) asked from the last break
    between clauses before it that leaves a clause of its own within ``limit`` words, or
    None where none does."""
    for index in range(at - 1, 0, -1):
        if not words[index - 1].endswith((",", ";", ":")):
            continue
        start = index + 1 if _JOINING.match(words[index]) else index
        rest = words[start:]
        if len(rest) > limit or at - start < _MIN_WORDS_BEFORE_QUESTION:
            continue
        if _NOT_A_CLAUSE_START.match(rest[0].strip("“”\"'(")) or "…" in rest:
            return None
        if any(word.count("“") != word.count("”") for word in rest):
            return None
        text = " ".join(rest)
        if text.count("“") != text.count("”") or text.count('"') % 2:
            return None
        return text[:1].upper() + text[1:] + "?"
    return None
