"""A list an article names whole is asked as one answer (issue 15, find_lists.py,
unasked_lists.py, find_document_lines.py): each test writes its own short article in the
pattern, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_lists import find_counted_lists, object_list


def test_a_list_after_a_count_of_the_same_things(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 March 2026\n\n"
        "The report compares six regions - Kent, Essex, Surrey, Devon, Dorset and Cornwall - "
        "and finds that rents rose fastest in Kent.\n\n"
        "The ministers visited three cities: Lyon, Lille and Nantes.\n",
    )
    regions = card_answering(cards, "Kent, Essex, Surrey, Devon, Dorset and Cornwall")
    assert regions.prompt == "The report compares which six regions?"
    assert card_answering(cards, "Lyon, Lille and Nantes").prompt == (
        "The ministers visited which three cities?"
    )
    # The count is asked with its list, not alone.
    assert not any(card.answer_text in ("six", "three") for card in cards)
    assert_no_give_aways(cards)


def test_a_count_not_matching_the_list_or_things_told_are_no_list() -> None:
    # Four players, three names: the list is not what was counted.
    assert not find_counted_lists("He named four players, Smith, Jones and Evans, on Monday.", 1)
    # "a boy and a girl" are no names to learn.
    assert not find_counted_lists("The couple have two children, a boy and a girl.", 1)


def test_a_list_in_object_position_is_asked_whole(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 March 2026\n\n"
        "Most of the stolen money was moved through a shell company, Harlow Estates, and "
        "spent on a villa near Valencia, two boats and a racehorse, the court heard.\n",
    )
    listed = card_answering(cards, "a villa near Valencia, two boats and a racehorse")
    assert listed.prompt.endswith("and spent on what?")


def test_names_after_in_or_to_are_places() -> None:
    found = object_list("The charity already sends aid to Chad, Niger and Mali.")
    assert found is not None
    answer, question, _, _ = found
    assert (answer, question) == ("Chad, Niger and Mali", "which places")


def test_what_an_and_joins_that_is_no_list() -> None:
    # A second clause's verb, an adverb, a preposition, a figure or a pronoun.
    for sentence in (
        "He spoke with reporters and left quickly.",
        "The minister met with unions and promised action.",
        "The effect has not yet passed through to lending and demand.",
        "The bank targets inflation of 3%, plus or minus one point.",
        "Most are sheltering in schools, the majority of them schools and churches.",
        "Parents are urged to bring children to the nearest clinic or school.",
        "The firm said higher costs, a weak autumn for clothing and heavy discounting hurt.",
        # Names after "of" say whose the noun is: no kind to ask them by.
        "The ministers of France, Italy and Spain signed the pact.",
        # A list inside a quotation is the speaker's.
        'She said: "We will fund roads, schools and hospitals with it."',
    ):
        assert object_list(sentence) is None, sentence


def test_a_list_of_figures_is_left_to_the_figures() -> None:
    assert (
        object_list(
            "It was paid for with £4 million of loans, £2 million of grants and "
            "£1 million of sales."
        )
        is None
    )


def test_a_mastheads_three_authors_are_one_answer(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "NORTHGATE INSTITUTE | Policy Brief No. 9\n\n"
        "Rivers Under Strain: Water in the Upper Basin Authors: Dr Ana Ruiz, Prof. Tom Vale "
        "and Sue Kim\n\n"
        "Published 3 December 2026\n\n"
        "The basin's rivers carried 20 per cent less water in 2026 than in 2016.\n",
    )
    authors = card_answering(cards, "Ana Ruiz, Tom Vale and Sue Kim")
    assert authors.prompt.startswith("Who are the authors of the")


def test_one_author_and_a_role_is_no_list(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "NORTHGATE INSTITUTE | Policy Brief No. 9\n\n"
        "Rivers Under Strain Author: Dr Ana Ruiz, Senior Fellow, Water Programme\n\n"
        "Published 3 December 2026\n\n"
        "The basin's rivers carried 20 per cent less water in 2026 than in 2016.\n",
    )
    assert not any(card.prompt.startswith("Who are the authors") for card in cards)
