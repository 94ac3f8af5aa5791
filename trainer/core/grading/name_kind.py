"""Grading name cards: a person's name, by surname, initials or in full, titles ignored."""

from __future__ import annotations

from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.matching import match_forms
from trainer.core.grading.names import card_name_forms, name_text, split_name
from trainer.core.grading.result import Grade, wrong
from trainer.core.grading.rivals import KnownTexts, Rivals, index_texts


def grade_name(card: Card, response: str) -> Grade:
    """Grade a name card: the text rules over every accepted way of writing the name."""
    text = name_text(response)
    if not text:
        return wrong("only a title" if response.strip(" .,") else "no answer")
    rejects = _reject_names(card.reject)
    forms, given_names = card_name_forms(card.answers, card.accept, rejects.keys)
    own = frozenset(form.text for form in forms)
    rivals = Rivals(rejects, deck_names(card.deck_answers), own)
    result = match_forms(text, forms, rivals)
    if result.verdict == "wrong":
        if text in given_names:
            return wrong("a first name alone is not enough")
        if _other_first_name(text, card.answers):
            return wrong("a different first name or initial")
    return result


def _other_first_name(text: str, answers: tuple[str, ...]) -> bool:
    """True when the response ends in the surname but names none of the given names."""
    given_words = text.split(" ")
    for answer in answers:
        name = split_name(name_text(answer))
        surname = " ".join(name.surname)
        if name.given and text.endswith(" " + surname):
            mine = given_words[: len(given_words) - len(name.surname)]
            initials = {word[0] for word in name.given}
            if not any(word in name.given or word in initials for word in mine):
                return True
    return False


@lru_cache(maxsize=16384)
def _reject_names(rejects: tuple[str, ...]) -> KnownTexts:
    return index_texts({text: entry for entry in rejects if (text := name_text(entry))})


@lru_cache(maxsize=64)
def deck_names(deck_answers: frozenset[str]) -> KnownTexts:
    """Every answer of a deck read as a name, with its surname, so no one is taken for another."""
    names: dict[str, str] = {}
    for answer in deck_answers:
        if len(answer) > 200:
            continue
        text = name_text(answer)
        if not text:
            continue
        names.setdefault(text, answer)
        name = split_name(text)
        if name.given:
            names.setdefault(" ".join(name.surname), answer)
    return index_texts(names)
