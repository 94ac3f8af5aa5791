"""A number that is part of a proper name ("the FTSE 250 company", "its Torvik 9 scanner",
"Route 12") is no count (issue 15); a rank ("a Category 4 storm") still is. Each test
writes its own short article, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_a_number_in_a_name_is_no_count(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Halvex said on 2 March 2026 that it would cut 140 jobs. The FTSE 250 company said "
        "costs had risen, and its Torvik 9 scanner sold well. The storm struck as a Category 4 "
        "storm near Route 12.\n",
    )
    assert card_answering(cards, "140")
    assert not [card for card in cards if card.answer_text in ("250", "9", "12")]
    assert card_answering(cards, "4")  # a storm's category is a fact of its own
