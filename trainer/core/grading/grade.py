"""grade(card, response): the verdict, score and reason for one typed answer."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.choice_kind import grade_choice
from trainer.core.grading.date_kind import grade_date
from trainer.core.grading.list_kind import grade_list
from trainer.core.grading.name_kind import grade_name
from trainer.core.grading.negation import denied
from trainer.core.grading.number_kind import grade_number
from trainer.core.grading.result import Grade, Verdict, wrong
from trainer.core.grading.text_kind import grade_text

__all__ = ["Grade", "Verdict", "grade"]

GRADERS: dict[str, Callable[[Card, str], Grade]] = {
    "text": grade_text,
    "name": grade_name,
    "number": grade_number,
    "date": grade_date,
    "choice": grade_choice,
    "list": grade_list,
}
# However short the answer, a response this long may still be a sentence around it.
MIN_LENGTH_LIMIT = 256
LENGTH_FACTOR = 8


def grade(card: Card, response: str) -> Grade:
    """Grade ``response`` against ``card``: correct, close or wrong, with a score and why."""
    if len(response) > _length_limit(card.answers, card.accept, card.options):
        return wrong("far longer than the answer")
    if not response.strip():
        return wrong("no answer")
    grader = GRADERS.get(card.kind)
    if grader is None:
        return wrong(f"cards of kind '{card.kind}' cannot be graded")
    # A card with points reads a denial point by point ("not for trade but to reduce ...").
    denial = None if card.points else _denial(card, response)
    if denial is None:
        return grader(card, response)
    denied_grade = grader(card, denial)
    if denied_grade.accepted:
        # "not 29%" where 29% is right: it names the answer only to deny it.
        return wrong("that says it is not the answer")
    result = grader(card, response)
    # "not Thursday" is wrong for the reason Thursday is ("rejected: Thursday"), which says
    # more than the "no match" of the words as typed.
    return result if result.accepted else wrong(denied_grade.detail)


def _denial(card: Card, response: str) -> str | None:
    """What ``response`` denies, unless the card's own answer is worded as a denial."""
    denial = denied(response)
    if denial is None or _answer_is_a_denial(card.answers, card.accept, card.options):
        return None
    return denial


@lru_cache(maxsize=16384)
def _answer_is_a_denial(
    answers: tuple[str, ...], accept: tuple[str, ...], options: tuple[str, ...]
) -> bool:
    """True when a right form itself starts with "not" or "never" ("not guilty")."""
    return any(denied(text) is not None for text in (*answers, *accept, *options))


@lru_cache(maxsize=16384)
def _length_limit(
    answers: tuple[str, ...], accept: tuple[str, ...], options: tuple[str, ...]
) -> int:
    """The longest response worth reading: a few times the longest way of being right."""
    longest = max((len(text) for text in (*accept, *options)), default=0)
    return max(MIN_LENGTH_LIMIT, LENGTH_FACTOR * max(longest, sum(len(a) + 2 for a in answers)))
