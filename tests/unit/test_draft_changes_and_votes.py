"""Figures of a change and of a vote (invented sentences): two figures of one sentence kept
apart ("3 abstentions" is no piece of "13,500"), a figure asked where it stands whole, a UN
body's recorded vote, and a weekday or a part of a month that dates an event."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

_DATED = "Published 3 December 2026\n\n"


def test_a_recorded_vote_and_the_level_a_change_reached(tmp_path: Path) -> None:
    text = (
        _DATED + "The Security Council met on Friday.\n\n"
        "Adopting resolution 2824 (2026) by a recorded vote of 12 in favour to none against,"
        " with 3 abstentions, the Council also raised the troop ceiling from 11,000 to"
        " 13,500.\n"
    )
    cards = drafted_cards(tmp_path, text)
    vote = card_answering(cards, "12 in favour to none against")
    assert vote.prompt == "What was the vote when the Council adopted the resolution?"
    # Both figures of the change are asked, neither taken for a piece of "3 abstentions".
    assert card_answering(cards, "13,500").prompt.endswith("to how many?")
    assert card_answering(cards, "11,000").prompt.endswith("from how many?")
    assert_no_give_aways(cards)


def test_a_figure_inside_another_is_no_card_but_one_beside_it_is(tmp_path: Path) -> None:
    text = (
        _DATED + "Annual consumer price inflation rose to 5.3% in October and is now more than"
        " two percentage points above the target of 3%.\n\n"
        "The Green Coast party was the other winner, climbing from 14 seats to 17 on 14.9"
        " per cent.\n\n"
        "The unemployment rate stands at a record low of 5.2%.\n"
    )
    cards = drafted_cards(tmp_path, text)
    target = card_answering(cards, "3%")
    # Asked where "3%" stands, not at the end of "5.3%" ("rose to 5.what percentage").
    assert "5." not in target.prompt and target.prompt.endswith("what percentage?")
    assert card_answering(cards, "5.3%")
    assert card_answering(cards, "14.9%")
    # "5" read out of "5.2%" is a piece of that figure, no card.
    assert not any(card.answer_text == "5" for card in cards)


def test_a_weekday_before_a_figure_and_a_part_of_a_month_date_events(tmp_path: Path) -> None:
    text = (
        _DATED + "In a ballot that closed on Tuesday, 87 per cent of those voting backed a"
        " strike.\n\n"
        "The first images are expected in mid-January 2027.\n\n"
        "Talks resume on Tuesday, 8 December.\n"
    )
    cards = drafted_cards(tmp_path, text)
    closed = card_answering(cards, "2026-12-01")
    assert "on what date" in closed.prompt
    images = card_answering(cards, "2027-01")
    assert images.prompt == "The first images are expected in what month?"
    # "Tuesday, 8 December" is one date, the one written out, not the Tuesday before.
    assert card_answering(cards, "2026-12-08")


def test_amounts_in_a_currency_s_code_and_a_share_in_words(tmp_path: Path) -> None:
    text = (
        _DATED + "The Minister of Finance presented the draft budget on Friday, setting out"
        " total expenditure of VMK 148.2 billion and total revenue of VMK 139.7 billion.\n\n"
        "Defence spending meets the government's commitment of two and a half per cent of"
        " GDP.\n\n"
        "The group now expects adjusted earnings of EUR410mn to EUR430mn.\n"
    )
    cards = drafted_cards(tmp_path, text)
    # A code no table holds, before an amount in billions, is the amount's currency.
    spending = card_answering(cards, "VMK 148.2 billion")
    assert spending.kind == "number" and "VMK" not in spending.prompt
    assert card_answering(cards, "VMK 139.7 billion").kind == "number"
    assert card_answering(cards, "2.5%").prompt.endswith("what percentage of GDP?")
    # A range in a currency's code is one answer, both ends.
    assert card_answering(cards, "EUR410mn to EUR430mn")
    assert_no_give_aways(cards)


def test_the_years_a_post_was_held_or_a_period_ran(tmp_path: Path) -> None:
    text = (
        _DATED + "The inquiry reported on Wednesday.\n\n"
        "It criticised Graham Fell, chief executive from 2011 to 2020.\n\n"
        "Anna Moss chaired the board from 1988 to 2003.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "Graham Fell").prompt == (
        "Who was the chief executive from 2011 to 2020?"
    )
    assert card_answering(cards, "1988 to 2003").prompt == (
        "Anna Moss chaired the board in which years?"
    )
    # No year alone is read out of a span.
    assert not {"2011", "1988"} & {card.answer_text for card in cards}


def test_a_month_fronted_before_a_list_of_names_is_asked_after_it(tmp_path: Path) -> None:
    text = (
        _DATED + "The brief was published on Wednesday.\n\n"
        "In March 2025 the European Union, Spain and Mauritania signed the Nouakchott"
        " Migration Partnership.\n"
    )
    signed = card_answering(drafted_cards(tmp_path, text), "2025-03")
    # The commas of the list are no clause the question could be cut at.
    assert signed.prompt == (
        "The European Union, Spain and Mauritania signed the Nouakchott Migration Partnership"
        " in what month?"
    )


def test_today_in_a_lasting_state_dates_no_event(tmp_path: Path) -> None:
    text = (
        _DATED + "The relationship she described is still used to test climate models today.\n\n"
        "The minister announced the plan today.\n"
    )
    dated = [card for card in drafted_cards(tmp_path, text) if card.kind == "date"]
    assert not any("climate models" in card.prompt for card in dated)
    assert any(card.prompt == "The minister announced the plan on what date?" for card in dated)
