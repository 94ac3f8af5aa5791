"""Every figure a briefing needs, the second of a sentence too (issue 15): a count compared
with another, a count changed "from N to M", an earlier estimate, a count borrowing the
first count's noun, a percentage in words, the rate a change started from. Each test writes
its own short sentences in a newsroom's style, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_compared_counts import find_compared_counts
from trainer.core.authoring.find_sibling_counts import find_sibling_counts
from trainer.core.authoring.worded_percents import worded_percents


def test_a_count_compared_with_another_is_a_card_of_its_own(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "There were 640 burglaries in the pilot district, compared with 910 in the "
        "neighbouring district.\n\n"
        "The ferry carried 2,300 lorries in March, against 1,950 a year earlier.\n\n"
        "Applications reached 5,200 in May versus 4,100 in April.\n",
    )
    assert card_answering(cards, "910").prompt == (
        "How many burglaries were there in the neighbouring district?"
    )
    assert "640" not in card_answering(cards, "910").prompt
    assert (
        card_answering(cards, "640").prompt
        == "There were how many burglaries in the pilot district?"
    )
    assert card_answering(cards, "1,950").prompt.endswith("against how many a year earlier?")
    # The main figure's question leaves the compared figure's whole phrase out.
    assert card_answering(cards, "5,200").prompt == "Applications reached how many in May?"
    assert card_answering(cards, "4,100").prompt.endswith("versus how many in April?")
    assert_no_give_aways(cards)


def test_the_source_between_the_figures_is_left_out_of_the_question(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Storms have destroyed 85 homes this winter, the fire service said, compared with 31 "
        "last winter.\n",
    )
    compared = card_answering(cards, "31")
    assert "fire service said" not in compared.prompt
    assert compared.prompt.endswith("compared with how many last winter?")
    assert card_answering(cards, "85")


def test_a_count_changed_from_one_figure_to_another_asks_both(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The mayor spoke on 2 March 2026. Her plan to reduce the number of council "
        "departments from 14 to 9 has won support from business groups.\n",
    )
    assert card_answering(cards, "9").prompt.endswith("departments to how many?")
    assert card_answering(cards, "14").prompt.endswith("departments from how many?")
    assert_no_give_aways(cards)


def test_an_earlier_estimate_put_at_a_figure(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Rescuers had recovered 52 bodies by Friday. Initial reports had put the number of "
        "dead at 17.\n\n"
        "Organisers estimated the crowd at about 30,000 on Saturday.\n",
    )
    assert card_answering(cards, "17").prompt.endswith("put the number of dead at how many?")
    assert card_answering(cards, "30,000").prompt.startswith("Organisers estimated the crowd at")
    assert_no_give_aways(cards)


def test_two_counts_of_one_noun_are_asked_apart(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "In total, 23 clubs applied for the grant and eleven withdrew before the deadline.\n\n"
        "Nine schools reopened on Monday, while three remain closed.\n\n"
        "Some 600 workers accepted the offer; 45 rejected it.\n",
    )
    assert card_answering(cards, "23").prompt == "In total, how many clubs applied for the grant?"
    assert card_answering(cards, "eleven").prompt == (
        "In total, how many clubs withdrew before the deadline?"
    )
    assert card_answering(cards, "three").prompt == "How many schools remain closed?"
    assert card_answering(cards, "Nine").prompt == "How many schools reopened on Monday?"
    assert card_answering(cards, "600").prompt == "How many workers accepted the offer?"
    assert card_answering(cards, "45").prompt == "How many workers rejected it?"
    assert_no_give_aways(cards)


def test_a_count_opening_a_sentence_in_words_beside_a_date(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "GENEVA, March 4 (Wire) - The agency confirmed 12 cases on Tuesday, officials said.\n\n"
        "Three mobile clinics arrived in the district on Tuesday evening.\n",
        today=None,
    )
    clinics = card_answering(cards, "Three")
    assert clinics.prompt.startswith("How many mobile clinics arrived")


def test_a_percentage_written_in_words(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Twenty-three per cent of voters said they had not decided.\n\n"
        "Only eight percent of the loans were repaid early.\n",
    )
    assert (
        card_answering(cards, "23%").prompt
        == "What percentage of voters said they had not decided?"
    )
    assert card_answering(cards, "8%").kind == "number"


def test_the_rate_a_change_started_from_is_a_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The regulator lifted the cap on interest charges to 7.5% from 6.25%.\n\n"
        "Youth unemployment fell to 11.2% in June, down from 13.9% a year earlier.\n",
    )
    assert card_answering(cards, "6.25%").prompt.endswith("from what percentage?")
    assert "7.5%" not in card_answering(cards, "6.25%").prompt
    assert card_answering(cards, "7.5%")
    # (Asked of its own subject, not in place: "Youth unemployment fell in June, down from
    # what percentage a year earlier?")
    assert card_answering(cards, "13.9%").prompt == "What was youth unemployment a year earlier?"
    assert_no_give_aways(cards)


def test_the_year_of_a_comparison_and_a_bare_period_are_no_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Over 18 months, there were 212 collisions on the new road, compared with 340 on "
        "the old one.\n\n"
        "The port handled 4,800 ships last year, against 4,100 in 2022.\n",
    )
    answers = {card.answer_text for card in cards}
    assert "2022" not in answers
    assert "18 months" not in answers
    assert card_answering(cards, "4,100").prompt.endswith("against how many in 2022?")
    assert card_answering(cards, "340")


def test_forms_that_are_no_compared_count() -> None:
    # A year, a percentage (find_figures' own), a length of time, and a range with no change.
    assert not find_compared_counts("Revenue was up, compared with 2019 levels.", 1)
    assert not find_compared_counts("Sales rose 12%, compared with 9% a year earlier.", 1)
    assert not find_compared_counts("The wait was 40 days, against 25 days before.", 1)
    assert not find_compared_counts("The office is open from 9 to 5 on weekdays.", 1)
    assert not find_compared_counts("Output rose from 2019 to 2024 in every region.", 1)


def test_forms_that_are_no_sibling_counts() -> None:
    # A count with its own noun, and one clause with a year after "and".
    assert not find_sibling_counts("The firm hired 40 engineers in 2023 and plans more.", 1)
    assert not find_sibling_counts("Police arrested 12 men and 3 women on Friday.", 1)


def test_words_that_are_no_percentage() -> None:
    assert not worded_percents("A hundred people and twenty centres took part.")
    assert worded_percents("Ninety-nine per cent said yes.") == [(0, 20, 99)]


def test_a_figure_compared_with_a_target_or_capacity(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The hostel now houses 41 residents, against a capacity of 120, the trust said on "
        "9 June 2026.\n\nThe agency recruited 1,240 nurses, compared with a target of 1,500.\n",
    )
    assert card_answering(cards, "120").prompt.endswith("against a capacity of how many?")
    target = card_answering(cards, "1,500")
    assert target.prompt == "The agency recruited nurses, compared with a target of how many?"
    assert_no_give_aways(cards)


def test_a_highlight_states_a_share_more_fully_than_the_standfirst(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Harlow Systems reports second-quarter results\n\n"
        "Services now 38% of sales; order book passes $2 billion\n\n"
        "Highlights:\n\n"
        "- Services revenue of $96.4 million, representing 38% of total sales, compared with "
        "31% in the second quarter of 2025\n",
    )
    share = card_answering(cards, "38%")
    assert share.evidence.startswith("Services revenue of $96.4 million")
    answers = [card.answer_text for card in cards]
    # The period the compared share was counted in is no card of its own.
    assert "the second quarter of 2025" not in answers
    assert "31%" in answers


def test_a_part_of_a_group_borrows_the_group_s_noun(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Of the 48 care homes inspected, 11 were rated inadequate.\n\n"
        "In a sample of 90 contracts, the auditors found that 26 had no signed variation.\n",
    )
    assert card_answering(cards, "11").prompt == "How many care homes were rated inadequate?"
    assert card_answering(cards, "48").prompt == "How many care homes were inspected?"
    assert card_answering(cards, "26").prompt == "How many contracts had no signed variation?"
    assert card_answering(cards, "90").prompt == "How many contracts were in the sample?"
    assert_no_give_aways(cards)


def test_a_count_after_a_verb_of_evidence_is_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Satellite images indicate that 18,500 hectares of forest were cleared.\n",
    )
    assert card_answering(cards, "18,500").prompt.endswith(
        "how many hectares of forest were cleared?"
    )


def test_a_change_s_starting_figure_goes_with_when_it_was_counted(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The share of tenants who reported damp fell from 34 per cent at the first survey "
        "to 21 per cent at the second.\n",
    )
    assert card_answering(cards, "21%").prompt == (
        "The share of tenants who reported damp fell to what percentage at the second?"
    )
    assert card_answering(cards, "34%").prompt.endswith("from what percentage at the first survey?")
    assert_no_give_aways(cards)
