"""The outcome of grading one response: a verdict, a score and the reason in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["correct", "close", "wrong"]


@dataclass(frozen=True, slots=True)
class Grade:
    """How a response was graded, and why in words the UI can show."""

    verdict: Verdict
    score: float
    detail: str = ""

    @property
    def accepted(self) -> bool:
        """True for correct and close: the response counts as knowing the fact."""
        return self.verdict != "wrong"


def correct(detail: str) -> Grade:
    """A fully right response."""
    return Grade("correct", 1.0, detail)


def close(score: float, detail: str) -> Grade:
    """An accepted response with a flaw; the score stays strictly between wrong and correct."""
    return Grade("close", min(0.95, max(0.5, score)), detail)


def wrong(detail: str, score: float = 0.0) -> Grade:
    """A response that does not count; ``score`` gives partial credit (list cards)."""
    return Grade("wrong", min(0.49, max(0.0, score)), detail)
