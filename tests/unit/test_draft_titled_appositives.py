"""Offices set off by commas before a name with a courtesy title or rank (issue 15): each
test writes its own short article in the pattern, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_each_office_in_a_list_of_delegates_is_its_own_holder_s(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lima, 3 March 2026\n\n"
        "The delegation included the Minister of Trade and Industry, Hon. Marisol Quispe "
        "Huaman, and the Minister of Mines, Mr Tomas Ferrand Olarte.\n",
    )
    trade = card_answering(cards, "Marisol Quispe Huaman")
    assert trade.prompt == "Who is the Minister of Trade and Industry?"
    mines = card_answering(cards, "Tomas Ferrand Olarte")
    assert mines.prompt == "Who is the Minister of Mines?"


def test_a_role_is_not_given_to_the_name_before_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "At the invitation of the Prime Minister of Norland, H.E. Erik Sande, the President of the "
        "Republic of Vesta, H.E. Lucia Marren Okoro, paid a visit on 3 March 2026.\n",
    )
    vesta = card_answering(cards, "Lucia Marren Okoro")
    assert vesta.prompt == "Who is the President of the Republic of Vesta?"
    assert not any(
        card.kind == "name" and "Vesta" in card.prompt and card.answer_text == "Erik Sande"
        for card in cards
    )


def test_a_lower_case_role_before_a_ranked_name(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The review said on 3 March 2026 that a new programme director, Air Vice-Marshal "
        "Priya Dalton, had been appointed in February.\n",
    )
    director = card_answering(cards, "Priya Dalton")
    assert director.prompt == "Who is the new programme director?"


def test_a_bare_title_before_a_name_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The spokesman, Aled Powys, said on 3 March 2026 that the plant would reopen.\n",
    )
    assert not any(card.prompt == "Who is the spokesman?" for card in cards)


def test_a_verb_after_will_is_no_part_of_the_role_after_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Senator Ruth Okafor will challenge incumbent governor Paul Mbeki Adeyemi in a "
        "primary on 3 March 2026.\n",
    )
    governor = card_answering(cards, "Paul Mbeki Adeyemi")
    assert governor.prompt == "Who is the incumbent governor?"


def test_a_label_or_post_nominal_before_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Voting closed on 3 March 2026. Businesswoman Ruth Amadi Obi of the Unity Front came "
        "third with 8.1%.\n\n"
        "Obi, whose support is now courted by both sides, told reporters she would meet party "
        'elders "early next week" before backing anyone.\n\n'
        "Opposition MP Kwame Dade Mensah said he would ask for an inquiry.\n",
    )
    answers = {card.answer_text for card in cards if card.kind == "name"}
    assert {"Ruth Amadi Obi", "Kwame Dade Mensah"} <= answers
    assert not any(card.prompt.startswith("Businesswoman") for card in cards)


def test_a_role_at_a_body_named_after_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Dara Quinlan, head of research at the housing charity Safe Roof Trust, said on 3 "
        "March 2026 that rents had risen.\n",
    )
    assert card_answering(cards, "Dara Quinlan").prompt.startswith("Who is the head of research")


def test_two_courtesy_titles_before_a_name_ending_its_sentence(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The ruling was welcomed on 3 March 2026 by the Housing Minister, Rt Hon. Ada "
        "Bellweather MP.\n",
    )
    minister = card_answering(cards, "Ada Bellweather")
    assert minister.prompt == "Who is the Housing Minister?"
    assert not any(card.answer_text.startswith("Rt") for card in cards)
