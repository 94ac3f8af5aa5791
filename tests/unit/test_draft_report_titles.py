"""A report's title and its number in its series (issue 15): "Report No. 7 of 2026" is
asked whole, the year of a series numbered afresh each year included; a subtitle that only
names the kind of document ("Summary of Findings and Recommendations") is left out of the
title's answer. Each test writes its own short document."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

BODY = "The programme's budget rose to €3.1 billion in 2025, up from €2.2 billion in 2021."


def test_a_reports_number_with_its_year(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Renewing Rural Bridges: Summary of Findings and Recommendations\n"
        "OFFICE OF THE ROADS EXAMINER\nReport to Parliament | Report No. 12 of 2026\n"
        f"Dublin, 3 March 2026\n\n{BODY}\n",
    )
    number = card_answering(cards, "Report No. 12 of 2026")
    assert number.prompt == "What is the report's number in its series?"
    assert number.accept == ("Report No. 12", "No. 12", "12")


def test_a_subtitle_naming_the_kind_of_document_is_no_part_of_the_title(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Renewing Rural Bridges: Summary of Findings and Recommendations\n"
        f"Roads Examiner's Office\nReport to Parliament\n\n{BODY}\n",
    )
    title = card_answering(cards, "Renewing Rural Bridges")
    assert title.prompt == "What is the title of the report?"
    assert title.accept == ("Renewing Rural Bridges: Summary of Findings and Recommendations",)


def test_a_final_report_subtitle(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The Harbour Fire Inquiry: Final Report\nOffice of the Fire Commissioner\nReport\n\n"
        f"{BODY}\n",
    )
    assert card_answering(cards, "The Harbour Fire Inquiry").accept == (
        "The Harbour Fire Inquiry: Final Report",
    )


def test_a_subtitle_that_says_something_is_part_of_the_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Holding the Line: Why Coastal Towns Need Flood Barriers Now\n"
        f"Coastal Futures Institute\nPolicy Brief No. 4\n\n{BODY}\n",
    )
    title = card_answering(cards, "Holding the Line: Why Coastal Towns Need Flood Barriers Now")
    assert title.accept == ("Holding the Line",)
    assert card_answering(cards, "Policy Brief No. 4").accept == ("No. 4", "4")


def test_a_press_release_reference_number_is_filing(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Bridge repairs to start\nRoads Agency\nPress Release No. 214/2026\n\n{BODY}\n",
    )
    assert not [card for card in cards if "number in its series" in card.prompt]


def test_a_publishers_name_in_capitals_is_no_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "KESTREL INSTITUTE FOR PORT STUDIES (KIPS)\nPolicy Brief No. 31\n"
        f"Riga, 3 March 2026\n\n{BODY}\n",
    )
    assert not any(card.prompt == "What is the title of the policy brief?" for card in cards)
    assert card_answering(cards, "Policy Brief No. 31")
