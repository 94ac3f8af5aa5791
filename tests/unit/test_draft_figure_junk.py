"""Figures an editor would delete, or a question on a figure that reads wrongly (issue 15):
an exchange-rate note, a fraction read as a count, a rate named by its term, a percentage
read as a count, a number that names a place, and a hedge before "how many". Each test
writes its own short article, never a benchmark article's sentence, and keeps a control
that must still give its card."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.authoring.hedged_questions import without_odd_hedge
from trainer.core.authoring.rate_notes import is_rate_note


def test_an_exchange_rate_note_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The dinar closed at 3.27 per dollar on 4 May 2026, after the bank sold $200 million "
        "of reserves.\n\n(€1 = 3.55 dinars)\n",
    )
    answers = {card.answer_text for card in cards}
    assert "3.55" not in answers and "€1" not in answers
    assert "$200 million" in answers
    assert is_rate_note("($1 = 48.35 tarvas)")
    assert not is_rate_note("(about 4.7 million acres)")


def test_a_fraction_is_no_count_but_its_percentage_is_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Roughly two thirds of members (64 per cent) backed the strike in the ballot.\n",
    )
    assert not [card for card in cards if card.answer_text == "two"]
    assert card_answering(cards, "64%")


def test_a_hedge_that_reads_wrongly_before_how_many_goes(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Some 7,800 volunteers have signed up for the clean-up.\n\n"
        "Just three ferries are running on the northern route.\n\n"
        "About 40 stalls will open at the market.\n",
    )
    assert (
        card_answering(cards, "7,800").prompt
        == "How many volunteers have signed up for the clean-up?"
    )
    assert card_answering(cards, "three").prompt.startswith("How many ferries are running")
    # A hedge that still reads stays.
    assert card_answering(cards, "40").prompt.startswith("About how many stalls")
    assert without_odd_hedge("They hired some how many staff?") == "They hired how many staff?"


def test_a_rate_or_bond_named_by_its_term_is_asked_no_length(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The bank cut its overnight and two-week deposit rates to 3.1% on 4 May 2026.\n\n"
        "The yield on the 30-year government bond fell to 4.2%.\n\n"
        "A three-day strike closed the port.\n",
    )
    answers = {card.answer_text for card in cards}
    assert "two weeks" not in answers and "30 years" not in answers
    assert card_answering(cards, "three days").prompt == "How long was the strike?"


def test_a_percentage_is_no_count_and_a_numbered_place_is_no_count(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "By 6 June 2026, £12 million had been pledged, or 41 per cent of the appeal.\n\n"
        "Protesters gathered outside No 10 as 300 officers watched.\n",
    )
    answers = [card.answer_text for card in cards]
    assert "41" not in answers and "41%" in answers
    assert "10" not in answers
    assert card_answering(cards, "300").kind == "number"


def test_a_countdown_asked_alone_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "With nine days to go, 1,250 volunteers have registered for the marathon.\n",
    )
    assert not [card for card in cards if card.answer_text == "nine days"]
    assert card_answering(cards, "1,250")


def test_a_clause_whose_count_subject_went_is_asked_of_its_own_clause(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "In a sample of 80 claims, the auditors found that 31 had no supporting invoice, "
        "and in 12 cases payments worth more than €20,000 were made twice.\n",
    )
    prompts = [card.prompt for card in cards]
    assert not any(prompt.startswith("Had ") or "found that had" in prompt for prompt in prompts)
    assert card_answering(cards, "12").prompt.startswith("In how many cases")
    assert card_answering(cards, "31").prompt == "How many claims had no supporting invoice?"
