"""The point-by-point reading of an answer, in lines every front end shows as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.core.deck import Card

if TYPE_CHECKING:
    from trainer.core.grading.points_kind import PointMark, PointsResult

FOUND, MISSING, EXTRA = "✓", "✗", "+"


def point_lines(card: Card, response: str) -> tuple[str, ...]:
    """One line per point of ``card`` saying whether ``response`` holds it and in which
    words, then the words it adds that the card does not hold; () for a card without points.

    Each line starts with a mark (✓ held, ✗ missing or denied, + added), so a front end can
    colour it without parsing the rest.
    """
    if not card.points:
        return ()
    # Imported here: a front end showing a card without points never loads that grader.
    from trainer.core.grading.points_kind import mark_points

    return describe(mark_points(card, response))


def describe(result: PointsResult) -> tuple[str, ...]:
    """The lines for an already read response."""
    if not result.marks:
        return (
            (
                f"{MISSING if result.grade.verdict == 'wrong' else FOUND} "
                f"decided by {result.decided_by}",
            )
            if result.decided_by
            else ()
        )
    lines = [_mark_line(mark) for mark in result.marks]
    total = len(result.marks)
    if result.need < total:
        lines.append(f"  ({result.present} of {total} points held; {result.need} needed)")
    if result.unexplained:
        lines.append(f"{EXTRA} not in the answer: {' '.join(result.unexplained)}")
    if result.decided_by:
        mark = FOUND if result.grade.accepted else MISSING
        lines.append(f"{mark} decided by {result.decided_by}")
    return tuple(lines)


def _mark_line(mark: PointMark) -> str:
    if mark.status == "given":
        return f"{FOUND} {mark.label}: said by the question"
    if mark.status == "missing":
        return f"{MISSING} {mark.label}: missing"
    words = f"“{mark.found_as}”"
    if mark.status == "denied":
        return f"{MISSING} {mark.label}: {words}, but denied (not, never, without...)"
    if mark.typo:
        return f"{FOUND} {mark.label}: {words}, a typo of “{mark.form}”"
    if mark.found_as.casefold() == mark.label.casefold():
        return f"{FOUND} {mark.label}"
    return f"{FOUND} {mark.label}: {words}"
