"""A correction of the article itself is no fact of the story; when it was amended may be."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.draft_fixtures import drafted_cards


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the levy as £62m.",
        "An earlier version of this report misstated the levy as £62m.",
        "Clarification: the levy of £62m proposed in January was never adopted.",
    ],
)
def test_a_correction_of_the_article_asks_nothing(tmp_path: Path, note: str) -> None:
    text = f"Levy story\n\nThe council set a levy of £48m in February.\n\n{note}\n"
    cards = drafted_cards(tmp_path, text)
    assert [card.answer_text for card in cards if card.kind == "number"] == ["£48m"]
    assert not any((card.evidence or "").startswith(note[:20]) for card in cards)
