"""A figure in a gapped list is asked with the clause its item leaves out written in."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.authoring.gapped_items import asked_of_gapped_item


def test_each_item_of_a_gapped_list_is_asked_as_its_whole_clause(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "In Norway rents rose by 12 per cent, in Sweden by 9 per cent and in Finland by 4 per "
        "cent.\n",
    )
    assert card_answering(cards, "9%").prompt == "In Sweden rents rose by what percentage?"
    assert card_answering(cards, "4%").prompt == "In Finland rents rose by what percentage?"


def test_a_list_that_is_not_gapped_is_left_as_it_is() -> None:
    sentence = "In Norway rents rose by 12 per cent, and in Sweden they fell by 2 per cent."
    at = sentence.index("2 per cent", 50)
    assert asked_of_gapped_item(sentence, at, at + 10) == (sentence, at, at + 10)
