"""What a cut sibling figure leaves after the question: "The Lumo 20 retailed at how much
and the Lumo Mini?" (the Mini's price was another card's answer), "She stepped down in what
year and was succeeded?" (by whom was another card's). The question ends at its own figure;
the tail says nothing without what was cut, and an editor strikes it."""

from __future__ import annotations

import re

from trainer.core.authoring.letters import CAPITAL, SMALL

_ASKED = (
    rf"(?:how\s+(?:many|much)(?:\s+[{SMALL}][\w-]*)?|what\s+(?:year|date|month|percentage|share)"
    r"|which\s+season)"
)
_TAIL = re.compile(
    rf"(?P<asked>\b{_ASKED})"
    # "... and the Lumo Mini?": a second name whose figure was cut.
    rf"(?:\s+and\s+(?:the\s+)?[{CAPITAL}][\w’'-]*(?:\s+[{CAPITAL}0-9][\w’'-]*){{0,3}}"
    # "... and was succeeded?": a second verb whose complement was cut.
    rf"|\s+and\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[{SMALL}]+ed"
    # "... to cost how much and to go live nationally?", "... in which season and to take?":
    # a second aim whose complement was cut.
    rf"|\s+and\s+to\s+[{SMALL}]+(?:\s+[{SMALL}]+){{0,3}})\?$"
)
# "budgeted to cost and to go live in what month?": the first of two aims, its figure cut
# (a verb that takes an amount left with none), is struck; the second holds the question.
_CUT_FIRST_AIM = re.compile(
    r"\bto\s+(?:cost|spend|raise|pay|save|earn|employ|hire|borrow|invest|reach|cut|build"
    rf"|create|sell|buy|add)\s+and\s+(?=to\s+[{SMALL}]+\b[^?]*\b(?:what|which|how)\b)"
)


# "The Lumo 20 retailed and the Lumo Mini at how much?": the second of two sharing a verb,
# its own figure asked, the first's figure cut: asked of the second with the verb.
_SHARED_VERB = re.compile(
    rf"^(?:The\s+)?[{CAPITAL}][^?,]*?\s+(?P<verb>[{SMALL}]+ed)\s+and\s+(?P<other>(?:the\s+)?[{CAPITAL}][^?,]*?)"
    r"\s+(?P<rest>(?:at|for|to|by)\s+how\s+(?:many|much)\b[^?,]*\?)$"
)


def without_dangling_tail(prompt: str) -> str:
    """``prompt`` ending on its own question, without a sibling's name or a passive verb
    left after it; the second of two sharing a verb asked with that verb."""
    shared = _SHARED_VERB.match(prompt)
    if shared:
        other = shared["other"]
        return f"{other[:1].upper()}{other[1:]} {shared['verb']} {shared['rest']}"
    prompt = _CUT_FIRST_AIM.sub("", prompt)
    return _TAIL.sub(lambda match: f"{match['asked']}?", prompt)
