"""Grading name cards: a person's name, by surname, initials or in full, titles ignored."""

from __future__ import annotations

from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.extra_words import with_extra_words
from trainer.core.grading.forms import Form
from trainer.core.grading.matching import match_forms
from trainer.core.grading.names import SUFFIXES, card_name_forms, name_text, split_name
from trainer.core.grading.normalize import normalize
from trainer.core.grading.result import Grade, correct, wrong
from trainer.core.grading.rivals import KnownTexts, Rivals, index_texts
from trainer.core.grading.typos import edit_distance, typo_budget

# A first name, one or two middle names or initials, and a surname of up to two words.
MIN_WITH_MIDDLE = 3
MAX_WITH_MIDDLE = 6
# A response this near another known name is taken for that name, not for this one.
MIDDLE_RIVAL_DISTANCE = 2


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
    if result.verdict != "correct":
        result = _with_middle_names(text, forms, rivals) or result
    if result.accepted:
        other = _other_generation(response, (*card.answers, *card.accept))
        if other is not None:
            return wrong(f"'{other}' names another person of the same name")
    if result.verdict == "wrong":
        # "the chief negotiator, Ryosei Akazawa": the name with a role around it.
        described = with_extra_words(response, forms)
        if described is not None:
            return described
        if text in given_names:
            return wrong("a first name alone is not enough")
        if _other_first_name(text, card.answers):
            return wrong("a different first name or initial")
    return result


def _with_middle_names(text: str, forms: tuple[Form, ...], rivals: Rivals) -> Grade | None:
    """ "Donald J. Trump" for Donald Trump: a name with a middle name or initial added.

    One or two words new to the name are dropped from between the first and the last, and
    what is left is graded; the first name is never dropped, so "Melania J. Trump" stays
    someone else, and a word of the name itself, or a typo of one, is never taken for a
    middle name. A response that is, or nearly is, another known name is left as graded.
    """
    words = text.split(" ")
    if not MIN_WITH_MIDDLE <= len(words) <= MAX_WITH_MIDDLE:
        return None
    if rivals.exact(text) is not None or rivals.nearer(text, MIDDLE_RIVAL_DISTANCE) is not None:
        return None
    known = {word for form in forms for word in form.text.split(" ")}
    best: Grade | None = None
    for count in (1, 2):
        for start in range(1, len(words) - count):
            if any(_is_known_word(word, known) for word in words[start : start + count]):
                continue
            shorter = " ".join(words[:start] + words[start + count :])
            found = match_forms(shorter, forms, rivals)
            if found.accepted and (best is None or found.score > best.score):
                best = found
    if best is None:
        return None
    return correct("with a middle name or initial") if best.verdict == "correct" else best


def _other_generation(response: str, accepted: tuple[str, ...]) -> str | None:
    """The response's Jr./Sr./II when no accepted form of the name carries it, else None.

    Suffixes are dropped to compare names, so "Donald Trump Jr." would match Donald Trump;
    but father and son are two people. Leaving out the answer's own "Jr." is not caught.
    """
    given = _generation(response)
    if given is None or given in {_generation(entry) for entry in accepted}:
        return None
    return given.upper() if given.startswith("i") else f"{given.capitalize()}."


def _generation(written: str) -> str | None:
    words = normalize(written).split(" ")
    return words[-1] if len(words) > 1 and words[-1] in SUFFIXES else None


def _is_known_word(word: str, known: set[str]) -> bool:
    """True when ``word`` is, or is a typo of, a word of the name: "Shamsad" is no new name."""
    if word in known:
        return True
    return any(
        edit_distance(word, other, budget) <= budget
        for other in known
        if (budget := typo_budget(other, abbreviation=False))
    )


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
