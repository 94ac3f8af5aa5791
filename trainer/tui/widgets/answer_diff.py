"""Mark where a response and the correct answer differ, character by character."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from textual.content import Content

RESPONSE_MARK = "bold underline $text-error"
ANSWER_MARK = "bold underline $text-success"
# Below this similarity the two texts share little, and marking nearly every character
# would hide the answer rather than show the slip.
MIN_SIMILARITY = 0.4
# An accepted form is worth showing beside the answer only when the response is this like
# it: then the response was most likely aiming at that form, and the marks show the slip.
NEAR_SIMILARITY = 0.6


def similarity(first: str, second: str) -> float:
    """How alike two texts are, 0 to 1, ignoring case."""
    return SequenceMatcher(None, first.casefold(), second.casefold(), autojunk=False).ratio()


def closest_form(response: str, forms: Sequence[str]) -> str:
    """The form most like ``response``; the first form wins ties."""
    return max(forms, key=lambda form: similarity(response, form))


def near_accepted_form(response: str, answer: str, accepted: Sequence[str]) -> str | None:
    """The accepted form ``response`` was evidently aiming at, or None.

    None unless some accepted form is both nearer the response than the answer is and near
    enough (``NEAR_SIMILARITY``) that marking the difference shows a slip, not a guess.
    """
    if not accepted:
        return None
    nearest = closest_form(response, accepted)
    closeness = similarity(response, nearest)
    if closeness < NEAR_SIMILARITY or closeness <= similarity(response, answer):
        return None
    return nearest


def marked_pair(response: str, answer: str) -> tuple[Content, Content]:
    """The response and the answer, with the characters that differ marked in each."""
    # Compare per character so indices stay those of the original strings even when
    # case folding changes a character's length ("ß" -> "ss").
    matcher = SequenceMatcher(
        None, [c.casefold() for c in response], [c.casefold() for c in answer], autojunk=False
    )
    if matcher.ratio() < MIN_SIMILARITY:
        return Content(response), Content(answer)
    response_parts: list[str | tuple[str, str]] = []
    answer_parts: list[str | tuple[str, str]] = []
    for tag, r_start, r_end, a_start, a_end in matcher.get_opcodes():
        response_text = response[r_start:r_end]
        answer_text = answer[a_start:a_end]
        if tag == "equal":
            response_parts.append(response_text)
            answer_parts.append(answer_text)
            continue
        if response_text:
            response_parts.append((response_text, RESPONSE_MARK))
        if answer_text:
            answer_parts.append((answer_text, ANSWER_MARK))
    return Content.assemble(*response_parts), Content.assemble(*answer_parts)
