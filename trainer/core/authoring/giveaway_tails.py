"""A prompt that names another card's answer only in a closing phrase of time or place
("... had completed work at just how many sites by the end of September?", where another
card asks a month) is kept without that phrase, rather than lost: the phrase says when,
and the question stands without it."""

from __future__ import annotations

import re
from collections.abc import Callable

from trainer.core.authoring.short_question import question_in

# A closing phrase: a preposition of time or place, or a reason's or condition's word, and
# up to eight words, at the end.
_CLOSING_PHRASE = re.compile(
    # "... because of regulatory opposition?": a reason's clause closes a question too.
    r",?\s+(?:by|in|on|at|before|after|until|since|from|during|near|because|unless|if)\s+"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?[^,;:?“”\"]{1,60}\?$"
)


def without_giveaway_tail(prompt: str, gives_away: Callable[[str], bool]) -> str | None:
    """``prompt`` without its last closing phrase, when that phrase alone gave another
    card's answer away (``gives_away``) and a question is still left; otherwise None."""
    closings = [
        found
        for at in range(len(prompt))
        if (found := _CLOSING_PHRASE.match(prompt, at)) and not question_in(found.group(0))
    ]
    if not closings:
        return None
    closing = closings[-1]  # the shortest: only the phrase that ends the prompt
    shorter = prompt[: closing.start()].rstrip(" ,") + "?"
    if question_in(shorter) is None or gives_away(shorter) or len(shorter.split()) < 4:
        return None
    return shorter
