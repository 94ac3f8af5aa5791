"""Grading choice cards: the option's letter, its number, or its text."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.forms import Form, text_forms
from trainer.core.grading.matching import match_forms
from trainer.core.grading.normalize import fold, normalize
from trainer.core.grading.result import Grade, correct, wrong
from trainer.core.grading.rivals import EMPTY, KnownTexts, Rivals, index_texts

# "b", "B)", "(b)", "b.", "option b", "2", "#2": a label, read before anything else.
_LABEL = re.compile(r"\s*(?:option\s+|#)?\(?([a-z]|\d{1,2})[).:]?\s*\Z")


def option_label(index: int) -> str:
    """The letter shown before an option: A, B, C, ..."""
    return chr(ord("A") + index)


def grade_choice(card: Card, response: str) -> Grade:
    """Grade a choice card: by label first, else by the option's text."""
    options = card.options
    right = options.index(card.answer_text) if card.answer_text in options else -1
    label = _LABEL.match(fold(response)) if len(response) < 16 else None
    if label is not None:
        chosen = _chosen_index(label.group(1), len(options))
        if chosen is not None:
            if chosen == right:
                return correct(f"option {option_label(chosen)}")
            return wrong(f"option {option_label(chosen)} is {options[chosen]}")
        if label.group(1).isalpha():
            return wrong(f"there is no option {label.group(1).upper()}")
    forms, own, others = _setup(card.answers, card.accept, options)
    rivals = Rivals(others, EMPTY, own, reject_is="that is {}", reject_near="looks like {}")
    return match_forms(normalize(response), forms, rivals)


def _chosen_index(label: str, count: int) -> int | None:
    index = ord(label) - ord("a") if label.isalpha() else int(label) - 1
    return index if 0 <= index < count else None


@lru_cache(maxsize=16384)
def _setup(
    answers: tuple[str, ...], accept: tuple[str, ...], options: tuple[str, ...]
) -> tuple[tuple[Form, ...], frozenset[str], KnownTexts]:
    forms = text_forms(answers, accept)
    own = frozenset(form.text for form in forms)
    others = {
        text: f"option {option_label(index)} ({option})"
        for index, option in enumerate(options)
        if (text := normalize(option)) and text not in own
    }
    return forms, own, index_texts(others)
