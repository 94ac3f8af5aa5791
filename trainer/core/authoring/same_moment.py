"""A date given again as the same moment in another time zone is no fact of its own: "at
22:14 local time on 25 November (02:14 CET on 26 November)" and "at around 4:15 a.m. local
time (2015 GMT Wednesday)" each tell one moment, and a second card asking the date in the
bracket drills a conversion, not the article. The card for the date outside the bracket
stays; an editor deletes the other.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# A bracket opening on a clock time and its zone: "(02:14 CET on 26 November)",
# "(2015 GMT Wednesday)", "(9 p.m. ET Tuesday)".
_OTHER_ZONE = re.compile(
    r"\(\s*\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:GMT|UTC|CET|CEST|EET|EEST|BST|IST|JST|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|"
    r"local\s+time)\b[^()]*\)"
)


def without_other_zone_dates(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``cards`` without a date card whose date is written only inside a bracket restating
    a moment in another time zone, where another date card is drawn from the same words."""
    return [card for card in cards if not _restates_a_moment(card, cards)]


def _restates_a_moment(card: dict[str, Any], cards: list[dict[str, Any]]) -> bool:
    if card["kind"] != "date":
        return False
    evidence = str(card["evidence"])
    brackets = [found.span() for found in _OTHER_ZONE.finditer(evidence)]
    written = [str(form) for form in card.get("_written", []) if form]
    if not brackets or not written:
        return False
    inside = all(
        any(begin <= at < end for begin, end in brackets)
        for form in written
        for at in _places(evidence, form)
    ) and any(_places(evidence, form) for form in written)
    # The same moment's date in the story's own zone: a day either side at most.
    return inside and any(
        other is not card and other["kind"] == "date" and _within_a_day(card, other)
        for other in cards
    )


def _within_a_day(card: dict[str, Any], other: dict[str, Any]) -> bool:
    try:
        mine = dt.date.fromisoformat(str(card["answer"]))
        theirs = dt.date.fromisoformat(str(other["answer"]))
    except ValueError:
        return False
    return abs((mine - theirs).days) <= 1


def without_other_zone_time(prompt: str) -> str:
    """``prompt`` without a bracket restating its moment in another time zone, when the
    question is outside it ("... local time on what date (02:14 CET on 26 November)?")."""
    return _OTHER_ZONE_ASIDE.sub("", prompt)


_OTHER_ZONE_ASIDE = re.compile(
    r"\s*" + _OTHER_ZONE.pattern.replace("[^()]*", r"(?:(?!\b(?:what|which|how)\b)[^()])*")
)


def _places(text: str, form: str) -> list[int]:
    return [found.start() for found in re.finditer(re.escape(form), text)]
