"""Comparing a normalised response with a card's accepted forms: the text rules.

In order: an exact form is correct; a known wrong answer is wrong; digits must match; the
same words in another order are close; a typo within a form's budget is close unless the
response is as near a known wrong answer; anything else is wrong, with the reason named.
"""

from __future__ import annotations

import re

from trainer.core.grading.forms import STOPWORDS, Form, content_words
from trainer.core.grading.normalize import normalize
from trainer.core.grading.point_words import is_known_word, same_word
from trainer.core.grading.result import Grade, close, correct, wrong
from trainer.core.grading.rivals import Rivals
from trainer.core.grading.typos import digit_runs, edit_distance, typo_budget, typo_detail

TYPO_PENALTY = 0.15
REORDER_SCORE = 0.8
# Where one item of a list ends and the next begins: the order of items is free, the order
# of the words inside one is the fact.
_ITEM_BREAK = re.compile(r"[,;&/]|\b(?:and|or|plus|nor)\b", re.IGNORECASE)
# Small words that point from one thing to another: swapped across one, the fact reverses.
_POINTING = frozenset(
    {"to", "from", "than", "into", "onto", "over", "against", "versus", "vs", "before", "after"}
    | {"above", "below", "under", "toward", "towards", "ahead", "behind"}
)


def match_forms(response: str, forms: tuple[Form, ...], rivals: Rivals) -> Grade:
    """Grade a normalised response against accepted forms, refusing known wrong answers."""
    if not response:
        return wrong("no answer")
    if not forms:
        return wrong("the card has no answer to compare with")
    for form in forms:
        if response == form.text:
            return correct(form.label)
    reason = rivals.exact(response)
    if reason is not None:
        return wrong(reason)

    digits = digit_runs(response)
    candidates = [form for form in forms if form.digits == digits]
    if not candidates:
        return wrong(_digits_detail(digits, forms[0].digits))

    words = content_words(response)
    for form in candidates:
        if words and words == form.content:
            if _ordered_content(response) != _ordered_content(form.text):
                if not _order_is_free(response, form.shown):
                    # "Arsenal beat Chelsea", "from Porto to Lisbon": the same words, the
                    # other way round, say the opposite.
                    return wrong("the words in another order change the fact")
                return close(REORDER_SCORE, "words in another order")
            if _after_small_words(response) == _after_small_words(form.text):
                # "in Singapore" for "Singapore": a leading preposition says nothing wrong.
                return correct(form.label)
            return close(REORDER_SCORE, "small words differ")

    best: tuple[Form, int] | None = None
    for form in candidates:
        if form.fixed_prefix and not response.startswith(form.fixed_prefix):
            continue
        distance = edit_distance(response, form.text, form.budget)
        if distance > form.budget or (best is not None and distance >= best[1]):
            continue
        if form.strict_words and not _strict_words_within_budget(response, form):
            continue
        best = (form, distance)
    if best is not None:
        form, distance = best
        reason = rivals.nearer(response, distance) or _another_word(response, form.text)
        if reason is not None:
            return wrong(reason)
        return close(1.0 - TYPO_PENALTY * distance, typo_detail(response, form.text, distance))
    return wrong(_miss_detail(response, candidates))


def _another_word(response: str, form: str) -> str | None:
    """The reason a near miss is another word, not a typo: an English word that begins
    otherwise than the right one ("decreased" for "increased", "export" for "import",
    "western" for "eastern"). A slip rarely changes a word's first letter, and one that
    makes another word there makes the opposite claim; "Minster" for "Minister" stays a
    typo."""
    given, expected = response.split(" "), form.split(" ")
    if len(given) != len(expected):
        return None
    for mine, right in zip(given, expected, strict=True):
        # A letter or two ("Lashkar-i-Taiba") is a spelling, never another word.
        begins_otherwise = len(mine) > 3 and mine[:1] != right[:1] and mine.isalpha()
        if begins_otherwise and is_known_word(mine) and not same_word(mine, right):
            return f"another word: {mine} ≠ {right}"
    return None


def _strict_words_within_budget(response: str, form: Form) -> bool:
    """False when a short strict word (a surname like "Dar") is misspelt: that is a new name."""
    given, expected = response.split(" "), form.text.split(" ")
    if len(given) != len(expected):
        # A space added or lost ("DeLuce"): the whole-answer budget alone decides.
        return True
    return all(
        given[index] == expected[index]
        for index in form.strict_words
        if typo_budget(expected[index], abbreviation=False) == 0
    )


def _after_small_words(text: str) -> str:
    words = text.split(" ")
    start = 0
    while start < len(words) - 1 and words[start] in STOPWORDS:
        start += 1
    return " ".join(words[start:])


def _order_is_free(response: str, shown: str) -> bool:
    """Whether the response only moved the answer's items (split at commas and "and"/"or"),
    or words inside one that read the same either way ("rubble pile", "pile of rubble");
    False when two words swapped across a word that points from one to the other ("beat",
    "to", "than")."""
    given = _ordered_content(response)
    for part in _ITEM_BREAK.split(shown):
        words = [word for word in normalize(part).split(" ") if word]
        if _swapped_across_a_pivot(words, given):
            return False
    return True


def _swapped_across_a_pivot(item: list[str], given: list[str]) -> bool:
    """Whether two content words of ``item`` stand the other way round in ``given`` with a
    word between them that gives the pair its direction: a content word between them in
    both ("Arsenal beat Chelsea"), or a pointing small word in the item ("from A to B")."""
    position = {word: at for at, word in enumerate(given)}
    content = [(at, word) for at, word in enumerate(item) if word in position]
    for first, (at_a, a) in enumerate(content):
        for at_b, b in content[first + 1 :]:
            if position[a] < position[b]:
                continue
            between = item[at_a + 1 : at_b]
            if any(word in _POINTING for word in between):
                return True
            if any(
                word in position and position[b] < position[word] < position[a] for word in between
            ):
                return True
    return False


def _ordered_content(text: str) -> list[str]:
    return [word for word in text.split(" ") if word not in STOPWORDS]


def _digits_detail(response: tuple[str, ...], answer: tuple[str, ...]) -> str:
    if not response:
        return f"missing {_numbers(answer)}"
    if not answer:
        return f"the answer has no numbers, but you gave {_numbers(response)}"
    for given, expected in zip(response, answer, strict=False):
        if given != expected:
            return f"number {given} ≠ {expected}"
    if len(response) > len(answer):
        return f"extra {_numbers(response[len(answer) :], article='')}"
    return f"missing {_numbers(answer[len(response) :])}"


def _numbers(values: tuple[str, ...], article: str = "the ") -> str:
    """Numbers named in a sentence: the number 25; the numbers 25 and 2025."""
    if len(values) == 1:
        return f"{article}number {values[0]}"
    return f"{article}numbers {', '.join(values[:-1])} and {values[-1]}"


def _miss_detail(response: str, forms: list[Form]) -> str:
    given = set(response.split(" "))
    for form in forms:
        expected = set(form.text.split(" "))
        if given < expected:
            return "only part of the answer"
        if expected < given:
            extra = " ".join(word for word in response.split(" ") if word not in expected)
            return f"more than the answer: {extra}"
    return "no match"
