"""`trainer validate` on a text card's ``points``: each point adds something, and the card's
own answer holds them all.

Kept apart from validate.py so that only a deck with points loads the grader.
"""

from __future__ import annotations

from typing import Literal

from trainer.core.deck import Card

Severity = Literal["error", "warning"]


def points_problems(card: Card) -> list[tuple[int | None, Severity, str]]:
    """(point index or None for the card, severity, message) for each problem found."""
    from trainer.core.grading.point_words import is_small, words_of
    from trainer.core.grading.points_kind import mark_points

    def words(text: str) -> frozenset[str]:
        return frozenset(word for word in words_of(text) if not is_small(word))

    problems: list[tuple[int | None, Severity, str]] = []
    forms = [[words(form) for form in point] for point in card.points]
    # The grader never asks for the prompt's own words: a phrase left with one word is that
    # word alone ("for India and Pakistan" under a prompt naming Pakistan is "India").
    prompt_words = words(card.prompt)
    for index, point in enumerate(card.points):
        for form, written in zip(forms[index], point, strict=True):
            left = form - prompt_words
            if len(form) >= 2 and len(left) == 1:
                problems.append(
                    (
                        index,
                        "warning",
                        f"card '{card.id}': the point form '{written}' is read as "
                        f"'{next(iter(left))}' alone, as the prompt holds its other words: "
                        "any answer naming it holds the point; reword the form",
                    )
                )
            if not words_of(written):
                problems.append(
                    (
                        index,
                        "error",
                        f"card '{card.id}': the point form '{written}' holds no word to look for",
                    )
                )
            elif not form and len(written.split()) == 1:
                problems.append(
                    (
                        index,
                        "warning",
                        f"card '{card.id}': the point form "
                        f"'{written}' is a small word, matched only word for word",
                    )
                )
        other = _implied_point(index, forms)
        if other is not None:
            problems.append(
                (
                    index,
                    "error",
                    (
                        f"card '{card.id}': point {index + 1} ({point[0]}) is a subset of point "
                        f"{other + 1} ({card.points[other][0]}): each of its forms holds a form of "
                        "that point, so one answer's words would count twice; merge them or reword"
                    ),
                )
            )
    result = mark_points(card, card.answer_text, points_only=True)
    if result.grade.verdict != "correct":
        missing = [
            mark.label for mark in result.marks if mark.status != "found" and mark.status != "given"
        ]
        problems.append(
            (
                None,
                "error",
                (
                    f"card '{card.id}': its own answer does not hold its points "
                    f"({result.grade.detail}); add the answer's words as forms"
                    + (f" of {', '.join(missing)}" if missing else "")
                ),
            )
        )
    given = [mark.label for mark in result.marks if mark.status == "given"]
    for label in given:
        index = next(i for i, point in enumerate(card.points) if point[0] == label)
        problems.append(
            (
                index,
                "warning",
                (
                    f"card '{card.id}': point {index + 1} ({label}) is in the prompt, "
                    "so every answer holds it"
                ),
            )
        )
    return problems


def _implied_point(index: int, forms: list[list[frozenset[str]]]) -> int | None:
    """Another point that every form of point ``index`` contains a form of, if any."""
    mine = [form for form in forms[index] if form]
    if not mine:
        return None
    for other_index, theirs in enumerate(forms):
        if other_index != index and all(_holds_one(form, theirs) for form in mine):
            return other_index
    return None


def _holds_one(form: frozenset[str], others: list[frozenset[str]]) -> bool:
    return any(other and other <= form for other in others)
