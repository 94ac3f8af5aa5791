"""Each sentence of a draft asked its most salient facts (issue 15): the main figure before
a trailing year or ratio, the person who acts, a plain count no form-specific rule reads.
Each test writes its own short article, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.sentence_coverage import card_budget, card_weight
from trainer.core.authoring.sentence_facts import MAIN, MAIN_DATE, QUALIFIER, titled_names


def test_the_main_figure_replaces_a_trailing_year_and_ratio(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The county published its figures on 3 March 2026.\n\n"
        "Reported burglaries have reached 512 so far this year, more than three times "
        "the 150 recorded in the whole of 2019.\n",
    )
    asked = card_answering(cards, "512")
    assert asked.kind == "number"
    # "so far this year" says when, and is no noun to ask "how many" of.
    assert asked.prompt == "Reported burglaries have reached how many so far this year?"
    compared = card_answering(cards, "150")
    assert compared.prompt == "How many reported burglaries were recorded in the whole of 2019?"
    assert not any(card.answer_text in ("2019", "three times") for card in cards)
    assert_no_give_aways(cards)


def test_a_plain_count_in_words_gets_a_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The ministry reported on 3 March 2026. Only four licensed pilot boats are based "
        "at the northern harbour.\n",
    )
    count = card_answering(cards, "four")
    assert count.evidence == "Only four licensed pilot boats are based at the northern harbour."
    assert "how many licensed pilot boats" in count.prompt.casefold()


def test_the_person_who_acts_is_asked_beside_the_month(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The inquiry closed on 3 March 2026.\n\n"
        "Harbour Surveyor Ines Calloway testified during the inquiry in February that the "
        "channel had silted up because dredging stopped.\n",
    )
    who = card_answering(cards, "Ines Calloway")
    assert who.kind == "name"
    assert who.prompt.startswith("Who testified")
    assert "Calloway" not in who.prompt
    assert_no_give_aways(cards)


def test_the_leader_of_a_described_body_is_asked_by_the_body_s_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The complaint over the closure of the old slipway was lodged on 3 March 2026 by "
        "Harbour Watch, a group of divers led by retired pilot Omar Feld.\n",
    )
    # "Harbour Watch" is asked itself, so the body is named by what it is.
    assert card_answering(cards, "Omar Feld").prompt == "Who led the group of divers?"


def test_a_tally_gets_a_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The board met on 3 March 2026. The vote on the harbour levy was 6-1.\n",
    )
    assert card_answering(cards, "6-1").prompt == "The vote on the harbour levy was what?"


def test_a_short_sentence_is_asked_no_more_than_its_budget() -> None:
    assert card_budget("The levy passed.") == 1
    assert card_budget("The vote on the harbour levy was 6-1 after a long debate.") == 2
    assert card_budget(" ".join(["word"] * 30)) == 3


def test_a_year_or_a_ratio_weighs_as_a_qualifier() -> None:
    sentence = "Exports reached 40 tonnes, twice the 20 tonnes shipped in 2019."
    year = {"kind": "text", "answer": "2019", "_written": ["2019"]}
    ratio = {"kind": "text", "answer": "twice", "_written": ["twice"]}
    figure = {"kind": "number", "answer": "40 tonnes", "_written": ["40 tonnes"]}
    date = {"kind": "date", "answer": "2026-03-03", "_written": ["3 March"]}
    assert card_weight(year, sentence) == QUALIFIER
    assert card_weight(ratio, sentence) == QUALIFIER
    assert card_weight(figure, sentence) == MAIN
    assert card_weight(date, "The levy passed on 3 March.") == MAIN_DATE


def test_a_titled_name_is_read_whatever_the_title_s_wording() -> None:
    assert titled_names("City Surveyor Ana Ruiz testified on Monday.") == ["Ana Ruiz"]
    assert titled_names("Port Alder Council said it would appeal.") == []


def test_a_clause_joined_on_with_its_own_verb_is_worth_a_card_more() -> None:
    one_clause = "The peso touched a record low of 21.40 against the dollar on Monday."
    two_clauses = "The peso touched a record low of 21.40 on Monday and has lost 9% this year."
    assert card_budget(two_clauses) == card_budget(one_clause) + 1


def test_a_figure_asked_without_the_clause_joined_on_after_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The central bank met on 3 March 2026. The peso touched a record low of 21.40 on "
        "Monday and has lost about 9% against the dollar so far this year.\n",
    )
    low = card_answering(cards, "21.40")
    assert low.prompt.startswith("The peso touched a record low of how many")
    assert "lost" not in low.prompt
    # No card asks a piece of the figure ("how many.40").
    assert not any(card.answer_text == "21" for card in cards)
    assert_no_give_aways(cards)


def test_an_amount_in_a_sentence_opening_on_it_is_asked_of_its_own_noun(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "A £12m grant for harbour repairs was announced on 3 March 2026. It is separate "
        "from the £2.3bn road repair fund for 2027.\n",
    )
    fund = card_answering(cards, "£2.3bn")
    assert fund.prompt == "How much is the road repair fund for 2027?"
    assert fund.evidence == "It is separate from the £2.3bn road repair fund for 2027."


def test_a_sentence_at_its_budget_asks_its_main_facts_before_an_aside_s_count(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "The ruling came on 3 March 2026.\n\n"
        "The appeal was lodged in January 2026 by Harbour Watch Trust, a group of about 30 "
        "divers led by retired pilot Omar Feld.\n",
    )
    assert card_answering(cards, "Harbour Watch Trust").prompt.startswith("The appeal was lodged")
    assert card_answering(cards, "Omar Feld").prompt == "Who led the group of about 30 divers?"
    assert not any(card.answer_text == "30" for card in cards)
