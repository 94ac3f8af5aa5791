"""How sure the analyst said they were of an answer, and what each level stands for.

Enter alone means sure: the common case costs nothing. A trailing ``?`` on the answer says
unsure and ``??`` says guessing; both front ends read it here, so the rule lives in one
place. Punctuation never matters to the grader, so taking the marks off loses nothing.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

Confidence = Literal["sure", "unsure", "guess"]
LEVELS: Final[tuple[Confidence, ...]] = ("sure", "unsure", "guess")
# The chance of being right each level stands for, as calibration and the Brier score read
# it: "sure" is a claim of about nine in ten, "unsure" a little better than even, a guess
# about one in three (a choice among three options).
PROBABILITY: Final[dict[Confidence, float]] = {"sure": 0.9, "unsure": 0.6, "guess": 0.3}
# How each level is named on screen and in reports.
LABEL: Final[dict[Confidence, str]] = {"sure": "sure", "unsure": "unsure", "guess": "guessing"}
UNSURE_MARK: Final = "?"
GUESS_MARK: Final = "??"
# One line for placeholders, help and line mode's opening.
HOW_TO_SAY: Final = "end with ? if unsure, ?? if guessing"


class Stated(NamedTuple):
    """An answer with its confidence marks taken off."""

    text: str
    confidence: Confidence


def split_confidence(response: str) -> Stated:
    """The answer and the confidence its trailing question marks state.

    ``Paris`` is sure, ``Paris?`` unsure, ``Paris??`` (or more marks) guessing. Spaces
    between the answer and the marks do not matter.
    """
    text = response.rstrip()
    marks = len(text) - len(text.rstrip(UNSURE_MARK))
    if marks == 0:
        return Stated(text.strip(), "sure")
    return Stated(text[:-marks].strip(), "unsure" if marks == 1 else "guess")


def split_choice_confidence(response: str) -> Stated:
    """As ``split_confidence``; on a choice card the marks may also come first (``?b``,
    ``?? 2``), as the full-screen quiz takes them before the letter."""
    stated = split_confidence(response)
    text = stated.text
    marks = len(text) - len(text.lstrip(UNSURE_MARK))
    if stated.confidence != "sure" or marks == 0:
        return stated
    return Stated(text[marks:].strip(), "unsure" if marks == 1 else "guess")


def next_level(confidence: Confidence) -> Confidence:
    """The level one more ``?`` states: sure -> unsure -> guessing -> sure again."""
    return LEVELS[(LEVELS.index(confidence) + 1) % len(LEVELS)]
