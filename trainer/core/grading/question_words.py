"""An answer's words the question already says: "She studied medicine at which university?"
answered "Medical University of Lublin" where the card's answer reads "medicine at the
Medical University of Lublin".

Authors write an answer as a whole phrase ("appeal to the Court of Appeal", "DBE in 2005",
'claim "unaffordable and unrealistic"') while the question names part of it. A careful
marker accepts the rest alone, so the response may leave out a head or a tail of the answer
when:

- it is cut off at a joining word or mark ("at", "in", "to", "by", "from", "for", "on",
  "with", a comma, a quotation mark), never inside a name ("Court" is no answer for
  "Court of Appeal": "of" joins a name);
- each word of what is left out that says anything (no "the", no "of") is in the question;
- and the response is right for what is left.
"""

from __future__ import annotations

import re

from trainer.core.grading.forms import STOPWORDS, Form, text_forms
from trainer.core.grading.matching import match_forms
from trainer.core.grading.normalize import normalize
from trainer.core.grading.result import Grade, correct
from trainer.core.grading.rivals import Rivals

# Where an answer may be cut: before or after one of these words, or at a comma or a quote.
_JOIN = re.compile(r"\s+(?:at|in|on|to|by|from|for|with)\s+|\s*,\s*|\s+(?=[\"“])|(?<=[\"”])\s+")
_JOINING_WORDS = frozenset({"from", "with"})
# A word's first letters, so "appeal" in the question stands for "appeals" in the answer.
_STEM = 5


def with_question_words(
    response: str, answers: tuple[str, ...], prompt: str, rivals: Rivals
) -> Grade | None:
    """A right grade when ``response`` is one of ``answers`` less a part ``prompt`` says."""
    asked = {word[:_STEM] for word in normalize(prompt).split()}
    text = normalize(response)
    for answer in answers:
        for kept, left_out in _cuts(answer):
            if not _said_in(left_out, asked):
                continue
            forms: tuple[Form, ...] = text_forms((kept,), ())
            if match_forms(text, forms, rivals).verdict == "correct":
                return correct(f"the question says the rest: {left_out.strip(' ,')}")
    return None


def _cuts(answer: str) -> list[tuple[str, str]]:
    """(kept, left out) for each head and tail the answer may be cut into."""
    cuts: list[tuple[str, str]] = []
    for join in _JOIN.finditer(answer):
        head, tail = answer[: join.start()], answer[join.end() :]
        if head.strip() and tail.strip():
            cuts.append((tail.strip(' "“”'), answer[: join.end()]))
            cuts.append((head.strip(' "“”'), answer[join.start() :]))
    return cuts


def _said_in(left_out: str, asked: set[str]) -> bool:
    """Whether every word of ``left_out`` that says anything is in the question."""
    words = [word for word in normalize(left_out).split() if word not in STOPWORDS | _JOINING_WORDS]
    return bool(words) and all(word[:_STEM] in asked for word in words)
