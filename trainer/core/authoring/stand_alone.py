"""Prompts that stand alone: a question is read away from the article, so a sentence's
reporting frame ("She added that ...", "He told reporters ...") and a quotation's tail go.

A pronoun opening a reporting frame points at a person the prompt cannot name without
giving another card's answer; the reported claim is the fact, so the question asks it.
"""

from __future__ import annotations

import re

from trainer.core.authoring.clause_alone import clause_alone, from_a_subject
from trainer.core.authoring.clause_break import from_clause_break
from trainer.core.authoring.condensed import condensed
from trainer.core.authoring.cut_question import cut_after_question
from trainer.core.authoring.letters import CAPITAL, SMALL
from trainer.core.authoring.own_clause import asked_of_own_clause
from trainer.core.authoring.spare_words import shortenings

# A prompt over this many words is long for a reader drilling it (the reviewers' limit).
PROMPT_WORDS = 20
# "She added that", "He told reporters", "They also said": a frame around a reported claim.
_REPORTING_FRAME = re.compile(
    # "On the current pace, we estimate": the frame may follow a short opening phrase.
    rf"^(?:[{CAPITAL}][^,“”]{{0,60}},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\s+(?:also\s+)?"
    r"(?:said|says|added|adds|warned|noted|stressed|argued|explained|insisted|believes|"
    # "We estimate that ...": a brief's authors framing their own finding.
    r"estimate|expect|calculate|judge|assess|find|found|conclude|concluded|"
    # "They expect to cut ...": a verb with "to" after it frames nothing.
    rf"told\s+(?:the\s+)?[{SMALL}]+)\s+(?:that\s+)?(?!to\b)(?=\S)"
)
# The claim must still say what it is about once the frame goes.
_MIN_CLAIM_WORDS = 5


def opens_on_reporting_frame(prompt: str) -> bool:
    """Whether ``prompt`` opens on a "She added that"/"He told reporters" frame."""
    return _REPORTING_FRAME.match(prompt) is not None


def without_reporting_frame(prompt: str) -> str:
    """``prompt`` without an opening "She added that"/"He told reporters" frame."""
    frame = _REPORTING_FRAME.match(prompt)
    if frame is None:
        return prompt
    claim = prompt[frame.end() :]
    if len(claim.split()) < _MIN_CLAIM_WORDS:
        return prompt
    return claim[:1].upper() + claim[1:]


def quotation_opening(quote: str, words: int) -> str:
    """The first ``words`` words of ``quote``, with an ellipsis when cut: enough to know it."""
    parts = quote.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + " …"


_SPEAKER_SAID = re.compile(r"^(?P<who>[^“”]+ said:) “(?P<words>[^“”]*)”\?$")
_MIN_QUOTED_WORDS = 8
_QUESTION_WORD = re.compile(r"(?i)^(?:what|how|which|who|whom|whose|when|where)$")
_ASKING_WORD = re.compile(r"(?i)^(?:what|how|whose|when|where)$")
_PREPOSITION = re.compile(r"(?i)^(?:in|on|at|of|by|to|from|for|under|with|since|until)$")


def within_words(prompt: str, limit: int = PROMPT_WORDS) -> str:
    """``prompt`` cut to ``limit`` words around its question word, each cut marked "…".

    Hiding a name behind its role can lengthen a question cut to length before; this is the
    last cut, after every other change to the prompt."""
    words = prompt.removesuffix("?").split()
    if len(words) <= limit:
        return prompt
    quoted = _SPEAKER_SAID.match(prompt)
    if quoted and len(quoted["who"].split()) <= limit - _MIN_QUOTED_WORDS:
        # "The political scientist at … said: “…”": the speaker stays, the quotation is cut.
        inner = within_words(quoted["words"] + "?", limit - len(quoted["who"].split()))
        return f"{quoted['who']} “{inner.removesuffix('?')}”?"
    fitted = _fitted(prompt, words, limit)
    if fitted is not None:
        return fitted
    # Else the words an editor strikes first ("also", "on Tuesday", the first of two deeds)
    # struck in turn, and the question fitted again, before any cut loses its subject.
    for shorter in shortenings(prompt):
        fitted = _fitted(shorter, shorter.removesuffix("?").split(), limit)
        if fitted is not None:
            return fitted
    room = limit - 2  # the two "…" marking the cuts
    at = _question_at(words)
    start = max(0, min(at - room // 2, len(words) - room))
    kept = words[start : start + room]
    if any(_QUESTION_WORD.match(word) for word in kept[: at - start]):
        # "… who wins the round but also which finalist ... in which month?": a window
        # holding two questions is a puzzle, no card.
        return ""
    head = ["…"] if start > 0 and kept[0] != "…" else []
    tail = ["…"] if start + room < len(words) and kept[-1] != "…" else []
    text = " ".join(head + kept + tail)
    # A cut inside a quotation closes it, so the question does not run on into its "?".
    return text + ("”" if text.count("“") > text.count("”") else "") + "?"


def _fitted(prompt: str, words: list[str], limit: int) -> str | None:
    """``prompt`` within ``limit`` words as the sentence asks it, from a subject, with no
    "…"; None where no cut keeps the question whole."""
    if len(words) <= limit:
        return prompt if _reads_whole(prompt) else None
    # Best, the question as the sentence asks it up to a break after the question phrase.
    cut = cut_after_question(prompt, limit)
    if cut is not None:
        return cut
    # Next, the clause holding the question, from its own subject ("… said the hospital had
    # treated ..." asks "The hospital had treated ...").
    alone = clause_alone(prompt, limit)
    if alone is not None:
        return alone
    at = _question_at(words)
    # From the noun phrase that is the subject of the question's verb, it needs no "…".
    subject_first = from_a_subject(words, at, limit)
    if subject_first is not None:
        return subject_first
    # Else from a break between clauses before it, rather than from the middle of a phrase.
    after_break = from_clause_break(words, at, limit)
    if after_break is not None:
        return after_break
    # Else the clause with the subject it shares, follows a joining word or was said by.
    own = asked_of_own_clause(prompt, limit)
    if own is not None:
        return own
    # Else the question with its phrases that do not ask left out, its subject kept.
    shorter = condensed(prompt, limit, _reads_whole)
    if shorter is not None:
        return shorter
    return None


def _question_at(words: list[str]) -> int:
    """Where the question phrase starts among ``words``."""
    # "how"/"what" before "which"/"who", which may only join a clause ("Teenagers who ...").
    if _QUESTION_WORD.match(words[0]):
        return 0
    at = next((i for i, word in enumerate(words) if _ASKING_WORD.match(word)), None)
    if at is None:
        # "in which month": "which" after a preposition asks; "who wins" may only join.
        at = next(
            (
                i
                for i, word in enumerate(words[1:], start=1)
                if word.casefold() == "which" and _PREPOSITION.match(words[i - 1])
            ),
            None,
        )
    if at is None:
        at = next((i for i, word in enumerate(words) if _QUESTION_WORD.match(word)), 0)
    return at


def _reads_whole(prompt: str) -> bool:
    # (tidy_prompts reads this module's word limit, so it is imported where it is used.)
    from trainer.core.authoring.tidy_prompts import reads_garbled

    return not reads_garbled(prompt)
