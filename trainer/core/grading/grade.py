"""First version: exact match after case folding. Replaced by the full grader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from trainer.core.deck import Card

Verdict = Literal["correct", "close", "wrong"]


@dataclass(frozen=True, slots=True)
class Grade:
    """How a response was graded, and why in words the UI can show."""

    verdict: Verdict
    score: float
    detail: str = ""


def grade(card: Card, response: str) -> Grade:
    """Grade ``response`` against ``card``."""
    folded = response.strip().casefold()
    forms = {form.casefold() for form in (*card.answers, *card.accept)}
    if folded in forms:
        return Grade("correct", 1.0, "exact")
    return Grade("wrong", 0.0, "no match")
