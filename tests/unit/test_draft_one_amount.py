"""One card per amount however it is written (issue 15): a report's key facts box repeats
its text's figures in short form ("£1.2bn", "2 of 9"). The test writes its own report, never
a benchmark article's text."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards


def test_a_key_facts_box_and_the_text_give_one_card_per_amount(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "Key facts\n\n"
        "£1.2bn estimated cost of the flood barrier 2 of 9 sluice gates fitted on time\n\n"
        "Summary\n\n"
        "The flood barrier's cost is now put at £1.2 billion. Only two of the barrier's "
        "nine sluice gates were fitted on time.\n",
    )
    costs = [card for card in cards if card.answer_text in ("£1.2bn", "£1.2 billion")]
    assert [card.answer_text for card in costs] == ["£1.2 billion"]
    gates = [card for card in cards if card.answer_text in ("2", "two")]
    assert [card.answer_text for card in gates] == ["two"]
