"""Grading choice cards: the option's letter, its number, or its text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from trainer.core.deck import Card
from trainer.core.grading.forms import Form, text_forms
from trainer.core.grading.matching import match_forms
from trainer.core.grading.normalize import fold, normalize
from trainer.core.grading.result import Grade, correct, wrong
from trainer.core.grading.rivals import EMPTY, KnownTexts, Rivals, index_texts

# The one home of option labels: both front ends show, read and word them through these.
OPTION_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
# "b", "B)", "(b)", "b.", "option b", "2", "#2": a label, read before anything else.
_LABEL = re.compile(r"\s*(?:option\s+|#)?\(?([a-z]|\d{1,2})[).:]?\s*\Z")


class OptionLabel(NamedTuple):
    """A typed label: its letter or number, and the option it names (None: past the last)."""

    text: str
    option: int | None


def option_label(index: int) -> str:
    """The letter shown before an option: a, b, c, ... (prose names it in capitals)."""
    return OPTION_LETTERS[index]


def option_name(index: int) -> str:
    """How a sentence names an option: 'option B'."""
    return f"option {option_label(index).upper()}"


def read_option_label(response: str, count: int) -> OptionLabel | None:
    """The label a response is, among ``count`` options; None when it is not a label."""
    match = _LABEL.match(fold(response)) if len(response) < 16 else None
    if match is None:
        return None
    text = match.group(1)
    index = ord(text) - ord("a") if text.isalpha() else int(text) - 1
    return OptionLabel(text, index if 0 <= index < min(count, len(OPTION_LETTERS)) else None)


def missing_option_message(card: Card, response: str) -> str | None:
    """What to say when a choice card's answer is a letter or number naming no option.

    Such a label (``e`` among four options) is a slip of the key: both front ends say this
    and ask the card again, saving nothing. None for every other answer, including one that
    is the text of an option or of an accepted answer ("7" among options "7", "12", "30"):
    that is graded as usual.
    """
    count = min(len(card.options), len(OPTION_LETTERS))
    if card.kind != "choice" or count == 0:
        return None
    label = read_option_label(response, count)
    if label is None or label.option is not None:
        return None
    typed = normalize(response)
    if any(normalize(text) == typed for text in (*card.options, *card.answers, *card.accept)):
        return None
    letters = "a" if count == 1 else f"a-{option_label(count - 1)}"
    numbers = "1" if count == 1 else f"1-{count}"
    return (
        f"There is no option {label.text.upper()}. Answer with a letter {letters}, "
        f"or a number {numbers}."
    )


def grade_choice(card: Card, response: str) -> Grade:
    """Grade a choice card: by label first, else by the option's text."""
    options = card.options
    right = options.index(card.answer_text) if card.answer_text in options else -1
    label = read_option_label(response, len(options))
    if label is not None:
        chosen = label.option
        if chosen is not None:
            if chosen == right:
                return correct(option_name(chosen))
            return wrong(f"{option_name(chosen)} is {options[chosen]}")
        if label.text.isalpha():
            return wrong(f"there is no option {label.text.upper()}")
    forms, own, others = _setup(card.answers, card.accept, options)
    rivals = Rivals(others, EMPTY, own, reject_is="that is {}", reject_near="looks like {}")
    return match_forms(normalize(response), forms, rivals)


@lru_cache(maxsize=16384)
def _setup(
    answers: tuple[str, ...], accept: tuple[str, ...], options: tuple[str, ...]
) -> tuple[tuple[Form, ...], frozenset[str], KnownTexts]:
    forms = text_forms(answers, accept)
    own = frozenset(form.text for form in forms)
    others = {
        text: f"{option_name(index)} ({option})"
        for index, option in enumerate(options)
        if (text := normalize(option)) and text not in own
    }
    return forms, own, index_texts(others)
