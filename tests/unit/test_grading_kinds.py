"""Names, choices and lists: the rules each kind adds to the text rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import grade, load_deck
from trainer.core.deck import Card
from trainer.core.grading.names import name_text


def card(kind: str, answer: str | tuple[str, ...], **fields: object) -> Card:
    return Card(id="card", kind=kind, prompt="?", answer=answer, **fields)


def test_titles_possessors_and_trailing_titles_are_not_part_of_a_name() -> None:
    assert name_text("U.S. Secretary of State Marco Rubio") == "marco rubio"
    assert name_text("Field Marshal Asim Munir") == "asim munir"
    assert name_text("NBC’s Dan De Luce") == "dan de luce"
    assert name_text("Rubio, Secretary of State") == "rubio"
    assert name_text("Deputy Prime Minister") == ""


@pytest.mark.parametrize(
    "titled",
    [
        "Coun. Teresa Villeneuve",
        "Councillor Teresa Villeneuve",
        "Cllr Teresa Villeneuve",
        "Mayor Teresa Villeneuve",
        "Director Teresa Villeneuve",
        "Rt Hon Teresa Villeneuve",
        "Datuk Seri Teresa Villeneuve",
    ],
)
def test_an_office_or_honorific_before_a_name_is_no_part_of_it(titled: str) -> None:
    assert name_text(titled) == "teresa villeneuve"
    assert grade(card("name", "Teresa Villeneuve"), titled).verdict == "correct"
    assert grade(card("name", titled), "Villeneuve").verdict == "correct"
    # The title is no name of its own: another person's name with it is still wrong.
    assert grade(card("name", titled), "Teresa Valois").verdict != "correct"


def test_a_surname_alone_initials_and_titles_are_fine() -> None:
    dar = card("name", "Ishaq Dar")
    for response in ("Dar", "Mr. Dar", "I. Dar", "Foreign Minister Ishaq Dar", "Dar, Ishaq"):
        assert grade(dar, response).verdict == "correct", response
    # What plain ratio() scores 50 is the surname, the most common way to name him.
    assert grade(dar, "Dar").detail == "surname"


@pytest.mark.parametrize(
    "response",
    [
        "Donald Trump Jr.",
        "Donald Trump Jr",
        "Trump Jr.",
        "Donald J. Trump Jr.",
        "Donald Trump Sr.",
        "Donald Trump II",
    ],
)
def test_a_son_or_father_of_the_same_name_is_another_person(response: str) -> None:
    result = grade(card("name", "Donald Trump"), response)
    assert result.verdict == "wrong", response
    assert "another person" in result.detail


def test_a_suffix_the_answer_carries_is_right_and_another_one_is_not() -> None:
    king = card("name", "Martin Luther King Jr.")
    for response in ("Martin Luther King Jr.", "Martin Luther King, Jr.", "King Jr."):
        assert grade(king, response).verdict != "wrong", response
    assert grade(king, "Martin Luther King Sr.").verdict == "wrong"
    ford = card("name", "Henry Ford", accept=("Henry Ford II",))
    assert grade(ford, "Henry Ford II").verdict == "correct"


def test_letters_after_a_name_may_be_left_out_or_added() -> None:
    counsel = card("name", "Sarah Lindqvist-Moore KC")
    for response in ("Sarah Lindqvist-Moore", "Lindqvist-Moore", "Sarah Lindqvist-Moore, KC"):
        assert grade(counsel, response).verdict == "correct", response
    assert grade(counsel, "Sarah Lindqvist").verdict == "wrong"
    member = card("name", "John Smith")
    assert grade(member, "John Smith MP").verdict == "correct"
    assert grade(member, "Jane Smith MP").verdict == "wrong"


def test_a_short_surname_takes_no_typo_even_inside_a_full_name() -> None:
    dar = card("name", "Ishaq Dar")
    assert grade(dar, "Ishaq Dan").verdict == "wrong"
    assert grade(dar, "Isaq Dar").verdict == "close"
    assert grade(card("name", "Marco Rubio"), "Marco Rubi").verdict == "close"


def test_another_persons_name_is_wrong() -> None:
    rubio = card("name", "Marco Rubio", deck_answers=frozenset({"Marco Rubio", "Marco Rubin"}))
    assert grade(rubio, "Rubin").verdict == "wrong"
    assert grade(card("name", "Marco Rubio"), "Rubin").verdict == "close"
    first_name = grade(rubio, "Marco")
    assert (first_name.verdict, first_name.detail) == ("wrong", "a first name alone is not enough")
    initial = grade(rubio, "N. Rubio")
    assert (initial.verdict, initial.detail) == ("wrong", "a different first name or initial")
    assert grade(rubio, "Secretary").detail == "only a title"


DECKS = Path(__file__).resolve().parents[2] / "decks"


@pytest.mark.parametrize(
    "response",
    [
        "Donald J. Trump",
        "Donald J Trump",
        "Donald John Trump",
        "President Donald J. Trump",
        "D. J. Trump",
    ],
)
def test_a_middle_name_or_initial_added_to_the_full_name_is_right(response: str) -> None:
    trump = load_deck(DECKS / "pakistan-us-ties-2025.yaml").card("ceasefire-credit")
    result = grade(trump, response)
    assert (result.verdict, result.detail) == ("correct", "with a middle name or initial")


@pytest.mark.parametrize(
    "response", ["Melania Trump", "Melania J. Trump", "Eric Frederick Trump", "J. Trump"]
)
def test_another_first_name_with_the_surname_stays_wrong(response: str) -> None:
    trump = load_deck(DECKS / "pakistan-us-ties-2025.yaml").card("ceasefire-credit")
    assert grade(trump, response).verdict == "wrong"


def _name_card(answer: str) -> Card:
    return Card(id="n", kind="name", prompt="Who leads the talks?", answer=answer)


@pytest.mark.parametrize(
    "response",
    ["the chief negotiator, Hiro Tanabe", "Hiro Tanabe, the negotiator", "negotiator Tanabe"],
)
def test_the_name_with_its_role_around_it_is_right(response: str) -> None:
    assert grade(_name_card("Hiro Tanabe"), response).verdict == "correct"


@pytest.mark.parametrize(
    "response", ["deputy of Hiro Tanabe", "the deputy of Tanabe", "Kenji Hiro Tanabe"]
)
def test_a_post_held_under_the_person_or_another_name_is_wrong(response: str) -> None:
    assert grade(_name_card("Hiro Tanabe"), response).verdict == "wrong"


def test_a_middle_name_keeps_typos_and_other_peoples_names_as_they_were() -> None:
    rubio = card("name", "Marco Rubio", deck_answers=frozenset({"Marco Rubio", "Marco Rubin"}))
    assert grade(rubio, "Marco A. Rubio").detail == "with a middle name or initial"
    assert grade(rubio, "Marco A. Rubbio").verdict == "close"
    assert grade(rubio, "Marco A. Rubin").verdict == "wrong"
    # A misspelt word of the name itself is a typo, not a middle name.
    mirza = card("name", "Sahir Shamshad Mirza")
    assert grade(mirza, "Sahir Shamsad Mirza").verdict == "close"


def test_a_rejected_short_form_is_not_generated() -> None:
    wang = card("name", "Wang Yi", accept=("Wang",), reject=("Yi",))
    assert grade(wang, "Wang").verdict == "correct"
    assert grade(wang, "Yi").detail == "rejected: Yi"
    assert grade(card("name", "Wang Yi"), "Yi").verdict == "correct"


def test_a_lone_letter_or_number_is_a_choice_label_first() -> None:
    options = ("months", "weeks and days", "a year")
    choice = card("choice", "weeks and days", options=options)
    assert grade(choice, "B").detail == "option B"
    assert grade(choice, "2").verdict == "correct"
    assert grade(choice, "a").detail == "option A is months"
    assert grade(choice, "d").detail == "there is no option D"
    assert grade(choice, "a year").detail == "that is option C (a year)"
    assert grade(choice, "weeks and dayz").verdict == "close"


def test_numbered_options_read_a_number_as_a_label_until_it_is_out_of_range() -> None:
    counts = card("choice", "70", options=("2", "4", "70"))
    assert grade(counts, "3").verdict == "correct"  # the third option
    assert grade(counts, "2").detail == "option B is 4"
    assert grade(counts, "70").verdict == "correct"  # no option 70: read as text


def test_list_items_in_any_order_with_every_separator() -> None:
    sectors = card("list", ("trade", "energy", "minerals"))
    for response in (
        "minerals, energy and trade",
        "trade; energy; minerals",
        "trade & energy\nminerals",
    ):
        assert grade(sectors, response).verdict == "correct", response
    result = grade(sectors, "trade, energy, minrals")
    assert (result.verdict, result.detail) == ("close", "3 of 3 items; typo: 1 letter in minrals")


def test_list_subsets_supersets_and_repeats() -> None:
    sectors = card("list", ("trade", "energy", "minerals"))
    subset = grade(sectors, "trade and energy")
    assert (subset.verdict, subset.detail) == ("wrong", "2 of 3 items")
    superset = grade(sectors, "trade, energy, minerals, textiles")
    assert superset.verdict == "wrong"
    assert superset.detail == "3 of 3 items; not on the list: textiles"
    assert grade(sectors, "trade, trade, energy, minerals").verdict == "correct"
    assert grade(sectors, "trade").score < grade(sectors, "trade and energy").score < 0.5


def test_list_need_and_items_that_hold_and() -> None:
    conventional = "Conventional arms control at the regional and subregional levels"
    resolutions = card("list", ("Regional disarmament", conventional), need=1)
    assert grade(resolutions, "regional disarmament").detail == "1 of 2 items, 1 needed"
    both = grade(resolutions, f"{conventional} and regional disarmament")
    assert (both.verdict, both.detail) == ("correct", "2 of 2 items, 1 needed")


def test_list_accept_entries_stand_for_the_item_they_abbreviate_or_share_words_with() -> None:
    posts = card("list", ("Deputy Prime Minister", "Foreign Minister"), accept=("Deputy PM", "FM"))
    assert grade(posts, "FM and Deputy PM").verdict == "correct"
    assert grade(posts, "FM and Foreign Minister").verdict == "wrong"


def test_list_accept_entries_find_their_item_through_forms_accepted_before() -> None:
    # "Tehrik-i-Taliban Pakistan" spells out TTP (the "i" joins, it is no initial), and
    # "Pakistani Taliban" shares a word with it, though with "TTP" itself it shares none.
    groups = card(
        "list",
        ("TTP", "Daesh-K"),
        accept=("Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "ISIS-K"),
    )
    assert grade(groups, "Tehrik-i-Taliban Pakistan and Daesh-K").verdict == "correct"
    assert grade(groups, "Pakistani Taliban and ISIS-K").verdict == "correct"
    assert grade(groups, "Pakistani Taliban and TTP").verdict == "wrong"
