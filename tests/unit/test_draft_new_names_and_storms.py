"""Named things a story introduces or turns on (issue 15): a storm by its title ("Storm
Karsten"), a service or fund introduced as new ("a new alert service, RiverWatch Now", "a
new Coastal Path Fund worth ..."), and a month said as "next September" or "last March".
Each test writes its own short article, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.authoring.find_named_storms import find_named_storms


def test_a_storm_named_by_its_title_is_asked_by_what_it_did() -> None:
    (storm,) = find_named_storms(
        "It is a fortnight since Storm Karsten pushed the River Wendle over its banks, "
        "and some families are still not home.",
        1,
    )
    assert storm.answer == "Storm Karsten"
    assert storm.prompt == "Which storm pushed the River Wendle over its banks?"
    (hurricane,) = find_named_storms("Residents braced for Hurricane Odalys on Sunday.", 1)
    assert hurricane.prompt == "Residents braced for which hurricane on Sunday?"


def test_a_storm_title_inside_a_longer_name_or_a_desk_is_no_storm() -> None:
    assert not find_named_storms("The Cyclone Tavi Flash Appeal seeks $40 million.", 1)
    assert not find_named_storms("The Storm Team said gusts would ease by noon.", 1)


def test_a_service_introduced_as_new_is_asked_by_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Thursday 3 December 2026\n\n"
        "The council will switch to a new alert service, RiverWatch Now, which goes live "
        "on 1 June 2027.\n\n"
        "A new Rural Heat Pump Fund worth £40 million will pay half the cost of a pump.\n",
    )
    service = card_answering(cards, "RiverWatch Now")
    assert service.prompt == "What is the new alert service called?"
    fund = card_answering(cards, "Rural Heat Pump Fund")
    assert fund.prompt == "What is the new fund called?"
    # Other prompts call them by their kind, whole: never "a new the fund".
    assert "the new alert service" in card_answering(cards, "2027-06-01").prompt.lower()
    assert card_answering(cards, "£40 million").prompt.startswith("The new fund worth")


def test_next_and_last_with_a_month_are_that_months_coming_or_going(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Thursday 3 December 2026\n\n"
        "Engineers said the bridge will be complete by the end of next September.\n\n"
        "The mill closed its doors last March after a century of weaving.\n",
    )
    bridge = card_answering(cards, "2027-09")
    assert bridge.prompt.endswith("by the end of which month?")
    mill = card_answering(cards, "2026-03")
    assert "in which month" in mill.prompt


def test_what_a_new_thing_replaces_is_asked_by_the_thing_replacing(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Thursday 3 December 2026\n\n"
        "The programme replaces the Rural Transport Grant, which ends in March.\n\n"
        "The new scheme will replace the Home Heating Allowance.\n",
    )
    grant = card_answering(cards, "Rural Transport Grant")
    assert grant.prompt == "Which grant does the programme replace?"
    allowance = card_answering(cards, "Home Heating Allowance")
    assert allowance.prompt == "Which allowance will the new scheme replace?"
