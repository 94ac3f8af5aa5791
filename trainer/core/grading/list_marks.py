"""Which items of a list answer counted: each right, wrong or missing, for the feedback.

The verdict and score stay ``grade_list``'s (docs/deck-format.md: fewer than ``need`` right
items, or any wrong one, is wrong); this only walks the response the same way, so the
feedback can mark the items the grade was made of.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from trainer.core.deck import Card
from trainer.core.grading.list_kind import _items, _pieces, match_pieces
from trainer.core.grading.rivals import card_rivals

Mark = Literal["right", "close", "wrong", "missing"]


@dataclass(frozen=True, slots=True)
class ItemMark:
    """One item of the answer (right, close or missing) or one piece of the response
    (wrong: on no item of the list)."""

    mark: Mark
    text: str  # the answer's item, or the wrong piece as typed
    said: str = ""  # the piece of the response that named the item


def list_marks(card: Card, response: str) -> list[ItemMark]:
    """Each answer item, in the answer's order, marked; then each wrong piece."""
    items = _items(card.answers, card.accept)
    rivals = card_rivals(card.reject, card.deck_answers, items.own)
    spans = _pieces(response)
    matched, strays = match_pieces(response, spans, items, rivals)
    marks = []
    for item, text in enumerate(card.answers):
        match = matched.get(item)
        if match is None:
            marks.append(ItemMark("missing", text))
        else:
            mark: Mark = "close" if match.grade.verdict == "close" else "right"
            marks.append(ItemMark(mark, text, match.piece))
    marks.extend(ItemMark("wrong", piece, piece) for piece in strays)
    return marks


SYMBOL: dict[Mark, str] = {"right": "✓", "close": "≈", "wrong": "✗", "missing": "·"}
# What each mark means, for a reader who does not know the symbols.
MEANING: dict[Mark, str] = {
    "right": "",
    "close": " (typo)",
    "wrong": " (not on the list)",
    "missing": " (missing)",
}


def describe_marks(marks: list[ItemMark]) -> str:
    """The marks on one line, as line mode prints them: '✓ trade  ✗ mining (not on the list)'."""
    parts = []
    for item in marks:
        said = f" ({item.said})" if item.mark == "close" and item.said != item.text else ""
        parts.append(f"{SYMBOL[item.mark]} {item.text}{said}{MEANING[item.mark]}")
    return "  ".join(parts)
