"""Grading text cards: a word or phrase, with synonyms and abbreviations in ``accept``."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.deck import Card
from trainer.core.grading.cardinals import cardinals_in_digits, has_cardinal
from trainer.core.grading.durations import same_duration
from trainer.core.grading.extra_words import with_extra_words
from trainer.core.grading.forms import Form, text_forms
from trainer.core.grading.matching import match_forms
from trainer.core.grading.normalize import join_hyphenated, normalize
from trainer.core.grading.question_words import with_question_words
from trainer.core.grading.ranges import same_range, same_tally
from trainer.core.grading.result import Grade, correct
from trainer.core.grading.rivals import Rivals, card_rivals

_ASIDE = re.compile(r"(.+?)\s*\(([^()]+)\)")


def grade_text(card: Card, response: str) -> Grade:
    """Grade a text card by the text rules, or by its points when it has them."""
    if card.points:
        # Imported here: only decks with points pay for loading that grader.
        from trainer.core.grading.points_kind import grade_points

        return grade_points(card, response)
    forms, own = _forms_and_own(card.answers, card.accept)
    rivals = card_rivals(card.reject, card.deck_answers, own)
    text = normalize(response)
    result = match_forms(text, forms, rivals)
    if result.verdict == "wrong" and response.rstrip().endswith(")"):
        result = _with_aside(response, forms, rivals) or result
    # Closing up hyphens shortens the text by one per hyphen: worth a try only near a form.
    longest = max((len(form.text) for form in forms), default=0)
    near = len(text) <= longest + response.count("-") + 2
    if result.verdict != "correct" and (
        has_cardinal(response) or any(has_cardinal(answer) for answer in card.answers)
    ):
        # "4 months" for "four months": a small number the same whichever way it is written.
        # Read in digits, a wrong number is also named better ("number 5 ≠ 4", not "the
        # answer has no numbers").
        other = _in_digits(card, response)
        if other.score >= result.score:
            result = other
    if result.verdict != "correct":
        # "5-2" for "five votes to two" is the same vote; "two votes to five" is the other
        # side's, however alike its words look (they would otherwise be "another order").
        tally = next(filter(None, (same_tally(response, a) for a in card.answers)), None)
        if tally is not None:
            return tally
        # "85 minutes" for "1 hour 25 minutes": a length of time is its total.
        length = next(filter(None, (same_duration(response, a) for a in card.answers)), None)
        if length is not None:
            return length
    if result.verdict != "correct" and any(same_range(response, a) for a in card.answers):
        # "22-28%" for "22 to 28 per cent": the same two ends, however the range is written.
        return correct("same range")
    if result.verdict != "correct" and near:
        # "counter-terrorism" for "counterterrorism": a hyphen is never a typo.
        closed_up = join_hyphenated(response)
        if closed_up != response:
            other = match_forms(normalize(closed_up), forms, rivals)
            if other.score > result.score:
                return other
    if result.verdict == "wrong":
        # "a shipyard in Viana do Castelo" for "Viana do Castelo": the answer, described.
        # "Medical University of Lublin" for "medicine at the Medical University of Lublin",
        # asked "She studied medicine at which university?": the rest is the question's.
        return (
            with_extra_words(response, forms)
            or with_question_words(response, card.answers, card.prompt, rivals)
            or result
        )
    return result


def _in_digits(card: Card, response: str) -> Grade:
    """The response graded with every small number in it and in the card put in digits."""
    answers = tuple(cardinals_in_digits(answer) for answer in card.answers)
    accept = tuple(cardinals_in_digits(text) for text in card.accept)
    forms, own = _forms_and_own(answers, accept)
    rivals = card_rivals(
        tuple(cardinals_in_digits(text) for text in card.reject),
        _deck_answers_in_digits(card.deck_answers),
        own,
    )
    return match_forms(normalize(cardinals_in_digits(response)), forms, rivals)


@lru_cache(maxsize=64)
def _deck_answers_in_digits(answers: frozenset[str]) -> frozenset[str]:
    # Once per deck, not per wrong answer: a deck's answers may be thousands. Unchanged, the
    # same set comes back, so the caches keyed by it compare it by identity, not item by item.
    converted = frozenset(cardinals_in_digits(text) for text in answers)
    return answers if converted == answers else converted


def _with_aside(response: str, forms: tuple[Form, ...], rivals: Rivals) -> Grade | None:
    """ "The Resistance Front (TRF)": right when the part in brackets is also a right form."""
    match = _ASIDE.fullmatch(response.strip())
    if match is None:
        return None
    outside, inside = match.group(1), normalize(match.group(2))
    if not any(inside == form.text for form in forms):
        return None
    result = match_forms(normalize(outside), forms, rivals)
    return result if result.accepted else None


@lru_cache(maxsize=16384)
def _forms_and_own(
    answers: tuple[str, ...], accept: tuple[str, ...]
) -> tuple[tuple[Form, ...], frozenset[str]]:
    forms = text_forms(answers, accept)
    return forms, frozenset(form.text for form in forms)
