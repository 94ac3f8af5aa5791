"""Bodies and instruments introduced by what they are (issue 15): each test writes its own
short article in the pattern, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards


def test_an_instrument_is_asked_by_what_was_done_with_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Accra, 2 March 2026\n\n"
        "The two governments signed an Agreement on Fisheries Access and Maritime Patrols, "
        "approved by both cabinets in January.\n\n"
        "They also agreed a Memorandum of Understanding on Rail Maintenance, under which "
        "Ghanaian engineers will train at depots in Lyon.\n",
    )
    fisheries = card_answering(cards, "Agreement on Fisheries Access and Maritime Patrols")
    assert fisheries.prompt == "Which agreement was approved by both cabinets in January?"
    rail = card_answering(cards, "Memorandum of Understanding on Rail Maintenance")
    assert rail.prompt == (
        "Under which memorandum of understanding will Ghanaian engineers train at depots in Lyon?"
    )
    assert_no_give_aways(cards)


def test_an_item_of_a_list_of_instruments_signed(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Accra, 2 March 2026\n\n"
        "The presidents of Ghana and Togo met in Accra for two days of talks.\n\n"
        "The following accords were signed at the summit:\n"
        "  (a) a Framework on Digital Trade for the years 2026–2028;\n"
        "  (b) a Protocol on Seed Certification.\n",
    )
    digital = card_answering(cards, "Framework on Digital Trade")
    assert digital.prompt == "Which framework for the years 2026–2028 was signed?"
    seeds = card_answering(cards, "Protocol on Seed Certification")
    assert seeds.prompt == "Which protocol was signed?"


def test_a_body_given_a_task(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The minister said on 4 May 2026 that she had asked the Office of Rail Review to "
        "examine the contract and report by June.\n",
    )
    office = card_answering(cards, "Office of Rail Review")
    assert office.prompt == "Which office was asked to examine the contract?"


def test_an_organisation_named_after_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The hospital's old records system was built in 2009. A letter from that supplier, "
        "Brackley Data Ltd, shows it warned of failures in 2024.\n\n"
        "The lead contractor is Orrin Marine plc. Work began on 3 March 2025.\n",
    )
    assert card_answering(cards, "Brackley Data Ltd").prompt == "What is the supplier called?"
    assert card_answering(cards, "Orrin Marine plc").prompt == "Who is the lead contractor?"


def test_a_person_after_a_post_is_no_named_thing(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The agency replied on Friday. Its spokesman, Daniel Oyelaran, said on 4 May 2026 "
        "that an Agreement was close.\n",
    )
    assert not any("called?" in card.prompt for card in cards)


def test_where_and_when_an_instrument_was_signed_are_no_part_of_its_name(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 3 December 2026\n\n"
        "The ministers signed a Memorandum of Understanding on Bus Ticketing in Tartu on "
        "Tuesday, under which pupils will travel free from next autumn.\n\n"
        "The operator, Lakeside Coaches Ltd, said the plan would cost €2 million a year.\n",
    )
    memorandum = card_answering(cards, "Memorandum of Understanding on Bus Ticketing")
    assert memorandum.prompt.startswith("Under which memorandum of understanding will pupils")
    # Other prompts do not call the operator "the operator" twice.
    assert not any("the operator, the operator" in card.prompt.casefold() for card in cards)
