"""Calibration: how often answers given at each stated confidence were right.

An analyst who says "sure" should be right about nine times in ten (``PROBABILITY`` in
trainer.core.confidence). Each answer counts once, with its final verdict (after any "I was
right"); close counts as right (it is accepted), answers taken back do not count, and
reviews kept before confidence was asked (none stated) are left out. The Brier score is the
mean of (stated probability - outcome)², outcome 1 for right and 0 for wrong: 0 is perfect,
lower is better, and always saying "unsure" (0.6) of a coin toss scores 0.26.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, cast

from trainer.core.confidence import LEVELS, PROBABILITY, Confidence
from trainer.core.store import ReviewStore

Grouping = Literal["all", "deck", "tag", "kind"]
# How far a level's accuracy may stray from what it states before it is called over- or
# underconfident; with few answers a gap means little, so a level needs this many first.
CALIBRATED_WITHIN = 0.1
ENOUGH_ANSWERS = 5


@dataclass(frozen=True, slots=True)
class LevelCalibration:
    """The answers given at one confidence level and how many were right."""

    confidence: Confidence
    answers: int
    right: int

    @property
    def stated(self) -> float:
        """The chance of being right the level stands for."""
        return PROBABILITY[self.confidence]

    @property
    def accuracy(self) -> float | None:
        """The share right; None with no answers."""
        return self.right / self.answers if self.answers else None

    @property
    def reading(self) -> str:
        """'overconfident', 'underconfident', 'calibrated', or 'too few answers'."""
        accuracy = self.accuracy
        if accuracy is None or self.answers < ENOUGH_ANSWERS:
            return "too few answers"
        if accuracy < self.stated - CALIBRATED_WITHIN:
            return "overconfident"
        if accuracy > self.stated + CALIBRATED_WITHIN:
            return "underconfident"
        return "calibrated"


@dataclass(frozen=True, slots=True)
class Calibration:
    """Calibration of one group of answers (all of them, or one deck, tag or kind)."""

    key: str
    levels: tuple[LevelCalibration, ...]  # sure, unsure, guess, always all three
    brier: float | None  # None with no answers

    @property
    def answers(self) -> int:
        """Answers with a stated confidence in the group."""
        return sum(level.answers for level in self.levels)

    def level(self, confidence: Confidence) -> LevelCalibration:
        """The figures of one level."""
        return self.levels[LEVELS.index(confidence)]

    def as_dict(self) -> dict[str, object]:
        """Plain JSON values."""
        return {
            "key": self.key,
            "answers": self.answers,
            "brier": self.brier,
            "levels": [
                {
                    "confidence": level.confidence,
                    "stated": level.stated,
                    "answers": level.answers,
                    "right": level.right,
                    "accuracy": level.accuracy,
                    "reading": level.reading,
                }
                for level in self.levels
            ],
        }


@dataclass(frozen=True, slots=True)
class ConfidentlyWrong:
    """A card whose last answer was wrong although the analyst was sure of it."""

    deck_id: str
    card_id: str
    response: str
    reviewed_at: datetime
    times: int  # answers to it that were wrong while sure, all told


def calibration_by(
    store: ReviewStore, grouping: Grouping = "all", deck_id: str | None = None
) -> list[Calibration]:
    """Calibration overall (one group, key "all") or per deck, tag or kind, most answers first.

    Read from the running counts the store keeps with each review
    (trainer.core.store.confidence_tallies), so a long history costs no more than a short one.
    """
    if grouping not in ("all", "deck", "tag", "kind"):
        raise ValueError(f"cannot group calibration by {grouping!r}")
    counts: dict[str, dict[Confidence, list[int]]] = {}
    for row in store.confidence_counts(grouping, deck_id):
        tallies = counts.setdefault(row.key, {level: [0, 0] for level in LEVELS})
        tallies[cast(Confidence, row.confidence)] = [row.answers, row.right]
    groups = [
        _calibration(group, tallies)
        for group, tallies in counts.items()
        if any(answers for answers, _right in tallies.values())
    ]
    if grouping == "all" and not groups:
        groups = [_calibration("all", {level: [0, 0] for level in LEVELS})]
    return sorted(groups, key=lambda group: (-group.answers, group.key))


def _calibration(key: str, tallies: dict[Confidence, list[int]]) -> Calibration:
    levels = tuple(LevelCalibration(level, *tallies[level]) for level in LEVELS)
    answers = sum(level.answers for level in levels)
    if not answers:
        return Calibration(key, levels, None)
    # Each right answer at level p adds (p - 1)², each wrong one p².
    squares = sum(
        level.right * (level.stated - 1) ** 2 + (level.answers - level.right) * level.stated**2
        for level in levels
    )
    return Calibration(key, levels, squares / answers)


def confidently_wrong_cards(
    store: ReviewStore, deck_ids: Collection[str] | None = None, limit: int | None = None
) -> list[ConfidentlyWrong]:
    """Cards whose last answer (final verdict, not taken back) was wrong while sure,
    most recent first: the facts an analyst would carry wrongly into a briefing.

    A deadline session asks these first; answering one right (or saying unsure) takes it
    off the list.
    """
    return [
        ConfidentlyWrong(row.deck_id, row.card_id, row.response, row.reviewed_at, row.times)
        for row in store.sure_wrong_cards(deck_ids, limit)
    ]
