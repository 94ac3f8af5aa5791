"""Values told beside the current one (issue 15): an earlier count with no noun of its own,
a planned year, a multiple of an earlier amount, a run of years, a share written "one in
five", and a list of counts sharing one noun. Each test writes its own short article, never
a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_earlier_values import find_earlier_values


def test_an_earlier_count_without_a_noun_is_a_card_beside_the_current_one(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Officials said 4,300 households were without water, up from 2,900 reported on Monday.\n",
    )
    earlier = card_answering(cards, "2,900")
    assert earlier.kind == "number" and "up from how many" in earlier.prompt
    assert card_answering(cards, "4,300").kind == "number"
    assert_no_give_aways(cards)


def test_a_planned_year_beside_the_expected_one(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Engineers now expect the tunnel to open in 2034, rather than 2030 as first planned.\n",
    )
    planned = card_answering(cards, "2030")
    assert "rather than what year as first planned" in planned.prompt
    assert "2034" not in planned.prompt
    assert card_answering(cards, "2034")
    assert_no_give_aways(cards)


def test_a_multiple_of_an_earlier_amount_is_asked_and_its_period_is_no_card(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Copper exports reached 410,000 tonnes last season, nearly triple the volume of "
        "three years earlier.\n",
    )
    multiple = card_answering(cards, "nearly triple")
    assert multiple.prompt.endswith("the volume of three years earlier?")
    assert not [card for card in cards if card.answer_text == "three years"]
    assert_no_give_aways(cards)


def test_a_multiple_of_no_earlier_amount_is_left_to_the_author() -> None:
    facts = find_earlier_values("The city spent 14 million euros, twice its budget.", 1)
    assert not facts


def test_a_run_of_years_and_a_share_in_words(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tourist arrivals in Velmora have fallen for four consecutive years.\n\n"
        "The port now handles roughly one in three containers of the region's imports.\n",
    )
    run = card_answering(cards, "four consecutive years")
    assert run.prompt.endswith("for how many consecutive years?")
    share = card_answering(cards, "one in three")
    assert share.prompt.startswith("The port now handles roughly ")
    assert share.prompt.endswith("of the region's imports?")
    assert not [card for card in cards if card.answer_text in ("three", "four")]


def test_each_count_of_a_list_is_asked_on_its_own_clause(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "At least 12 people have died and 140 have been injured; 9 remain missing, the "
        "agency said.\n",
    )
    assert card_answering(cards, "12").prompt == "At least how many people have died?"
    assert card_answering(cards, "140").prompt == "How many people have been injured?"
    assert card_answering(cards, "9").prompt == "How many people remain missing?"
    assert_no_give_aways(cards)


def test_a_lone_count_with_a_verb_is_no_list() -> None:
    assert not find_earlier_values("Some 40 were injured in the crush.", 1)


def test_a_range_of_millions_a_part_of_a_year_and_decades(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "A closure of the canal would strand 1.5 million to 2 million tonnes of grain.\n\n"
        "The new lock is due to open in mid-2029.\n\n"
        "The repair has been put off for three decades.\n",
    )
    assert card_answering(cards, "1.5 million to 2 million tonnes").prompt == (
        "How many tonnes of grain would a closure of the canal strand?"
    )
    assert card_answering(cards, "mid-2029").prompt == (
        "The new lock is due to open in which part of which year?"
    )
    assert card_answering(cards, "three decades").prompt.endswith("for how many decades?")
    assert_no_give_aways(cards)


def test_a_statement_told_second_is_asked_without_the_first(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "A ministry spokesperson said the scheme had “already helped families across the "
        "whole of the northern region” and that 37 depots were currently being rebuilt.\n",
    )
    depots = card_answering(cards, "37")
    assert depots.prompt == "How many depots were currently being rebuilt?"


def test_a_briefs_own_estimate_is_asked_without_we_estimate(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "We estimate that a closure of the pass would cut freight by 40,000 lorries a month.\n",
    )
    assert card_answering(cards, "40,000").prompt.startswith(
        "A closure of the pass would cut freight"
    )


def test_we_estimate_after_an_opening_phrase_is_a_frame_too() -> None:
    from trainer.core.authoring.stand_alone import without_reporting_frame

    assert (
        without_reporting_frame(
            "On present trends, we estimate the valley will not be connected until what year?"
        )
        == "The valley will not be connected until what year?"
    )


def test_the_dashes_of_a_span_whose_ends_were_hidden_read_broken() -> None:
    from trainer.core.authoring.cut_remains import lost_a_word

    assert lost_a_word("The subsidy per household rose from how much in 2019- -?")
    assert not lost_a_word("The subsidy rose from how much in 2019-20?")
