"""The date an official document carries on its "Place, date" line (issue 15): asked as
the document's date, and kept beside a rule of the story that names the same day in full
("goods shipped before 3 March 2026"); a day the story tells only as "on Tuesday" is the
date line's own, one card. Each test writes its own short document."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards


def test_a_statements_place_and_date_line(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Cod quota cut for 2027\nMINISTRY OF FISHERIES AND OCEANS\nMedia statement\n"
        "Lisbon, 3 March 2026\n\n"
        "The quota for North Sea cod will fall by 12 per cent from 1 January 2027.\n",
    )
    dated = card_answering(cards, "2026-03-03")
    assert dated.prompt == "When was the media statement published?"
    assert dated.evidence == "Lisbon, 3 March 2026"


def test_the_date_line_and_a_cut_off_on_the_same_day_are_two_facts(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Cod quota cut for 2027\nMINISTRY OF FISHERIES AND OCEANS\nMedia statement\n"
        "Lisbon, 3 March 2026\n\n"
        "Catches landed before 3 March 2026 will be counted against the old quota of "
        "41,000 tonnes.\n",
    )
    dates = [card for card in cards if card.answer_text == "2026-03-03"]
    assert {card.evidence for card in dates} == {
        "Lisbon, 3 March 2026",
        "Catches landed before 3 March 2026 will be counted against the old quota of "
        "41,000 tonnes.",
    }
    assert_no_give_aways(cards)


def test_a_day_told_as_a_weekday_and_the_date_line_are_two_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Cod quota cut for 2027\nMINISTRY OF FISHERIES AND OCEANS\nMedia statement\n"
        "Lisbon, Tuesday 3 March 2026\n\n"
        "The Minister announced on Tuesday that the cod quota will fall by 12 per cent.\n",
    )
    # When the statement is dated and when the Minister announced the cut: an editor keeps
    # both (issue 15's answer keys ask the date line beside "announced today").
    dated = [card for card in cards if card.answer_text == "2026-03-03"]
    assert {card.evidence for card in dated} == {
        "Lisbon, Tuesday 3 March 2026",
        "The Minister announced on Tuesday that the cod quota will fall by 12 per cent.",
    }
    assert_no_give_aways(cards)
