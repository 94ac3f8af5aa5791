"""Prices in pence or cents and "pc" for per cent (issue 15): each test writes its own short
article in the pattern, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.grading.numbers import parse_number


def test_a_price_in_pence_is_asked_with_what_it_is_charged_by(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The water company said on 2 March 2026 that its daily charge will rise to 41.5p a day.\n",
    )
    price = card_answering(cards, "41.5p")
    assert price.kind == "number"
    assert "how many pence a day" in price.prompt
    assert "41.5" not in price.prompt


def test_cents_need_a_unit_and_degrees_are_no_price(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Bus fares in the city will fall to 95c per journey from 1 July 2026. "
        "Temperatures reached 21c on Sunday.\n",
    )
    fare = card_answering(cards, "95c")
    assert "how many cents per journey" in fare.prompt
    assert not any(card.answer_text == "21c" for card in cards)


def test_pc_is_per_cent_when_drafted_and_when_graded(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, "The retailer reported on 4 May 2026 that sales fell 2.7pc in April.\n"
    )
    share = card_answering(cards, "2.7%")
    assert "percentage" in share.prompt
    written = parse_number("2.7pc")
    assert written is not None and written.percent


def test_a_prompt_opening_on_a_doubled_word_reads_garbled() -> None:
    from trainer.core.authoring.tidy_prompts import reads_garbled

    assert reads_garbled("From from £310, a rise of what percentage?")
    assert not reads_garbled("From what date will the fare rise?")
