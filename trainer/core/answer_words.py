"""A card's answer as the quiz shows it to a person, rather than as the deck stores it."""

from __future__ import annotations

from typing import Final

from trainer.core.calendar_words import MONTH_NAMES
from trainer.core.deck import ISO_DAY, ISO_MONTH, Card

_MONTHS: Final = MONTH_NAMES


def answer_in_words(card: Card) -> str:
    """The answer to show: a date card's ISO answer in words (25 July 2025, July 2025).

    Decks store dates as ISO text so they sort and validate; an analyst reads them, and a
    wrong day or month is easier to see against the form they typed.
    """
    if card.kind == "date":
        if day := ISO_DAY.match(card.answer_text):
            return f"{int(day[3])} {_MONTHS[int(day[2]) - 1]} {day[1]}"
        if month := ISO_MONTH.match(card.answer_text):
            return f"{_MONTHS[int(month[2]) - 1]} {month[1]}"
    return card.answer_text
