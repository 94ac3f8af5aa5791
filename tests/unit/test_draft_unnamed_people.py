"""People a draft named in no card, and dates it missed (helper e18c): each test writes its
own short article in the English form that was missed, and says what must be drafted."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, drafted_cards

_DATED = "Harbour news\nThe Weekly Ledger | Thursday 3 December 2026\n\n"


def _cards(tmp_path: Path, text: str) -> dict[str, str]:
    return {card.prompt: card.answer_text for card in drafted_cards(tmp_path, _DATED + text)}


def _asking(cards: dict[str, str], answer: str) -> list[str]:
    return [prompt for prompt, given in cards.items() if given == answer]


def test_a_title_whose_field_joins_two_is_asked_whole(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Minister of Rural Affairs and Fisheries Ilse Varga-Moreau, who toured the harbour "
        "on Tuesday, said the state would add 3 million euros to the repair fund.",
    )
    assert _asking(cards, "Ilse Varga-Moreau") == [
        "Who is the Minister of Rural Affairs and Fisheries?"
    ]


def test_a_title_word_before_a_courtesy_title_ends_the_office(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Chief Economist Dr Oren Halvik noted that the quarterly figures were noisy and urged "
        "readers to follow the yearly trend.",
    )
    assert "Oren Halvik" in cards.values()


def test_a_role_naming_a_bodys_short_form_still_names_its_holder(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Petra Ostrova-Vance, transport spokeswoman for the opposition Green Future Party "
        "(GFP), said the ministry had hidden the cost overrun from voters.",
    )
    [prompt] = _asking(cards, "Petra Ostrova-Vance")
    assert "transport spokeswoman" in prompt


def test_its_capitalised_office_is_the_body_the_sentence_before_names(
    tmp_path: Path,
) -> None:
    cards = _cards(
        tmp_path,
        "The scheme is run by the Department of Coastal Protection (DCP). Its Secretary "
        "General, Maeve Darragh-Quinn, has been the scheme's accounting officer since "
        "April 2024.",
    )
    assert _asking(cards, "Maeve Darragh-Quinn") == ["Who is DCP’s Secretary General?"]
    assert "2024-04" in cards.values()


def test_a_bare_title_after_a_preposition_asks_which_holder(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The board said a revised plan would be sent to the Governor, Tobias Renfrew-Hale, "
        "early next year.",
    )
    [prompt] = _asking(cards, "Tobias Renfrew-Hale")
    assert "which governor" in prompt
    assert "Governor, " not in " ".join(cards)


def test_a_resident_introduced_by_age_and_a_who_clause_is_asked(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Several residents spoke before the vote. Hilde Marsh, 68, who has walked her dog "
        "along the towpath every day for a decade, said the council had ignored them.",
    )
    assert _asking(cards, "Hilde Marsh") == ["Who said the council had ignored them?"]


def test_a_common_noun_opening_the_sentence_owns_no_office(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Profits at Larkspur Foods fell 9 per cent on Tuesday after the bakery chain said its "
        "finance director, Colm Brandvold, would retire. Investors sold the shares, and "
        "profits are expected to stay weak.",
    )
    [prompt] = _asking(cards, "Colm Brandvold")
    assert prompt == "Who is Larkspur Foods’s finance director?"


def test_the_end_of_an_unyeared_month_to_come_is_the_next_one(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Ann Corrigan, 61, who joined from the insurer Morrow in 2018, will leave "
        "at the end of March.",
    )
    [card] = [card for card in cards if card.answer_text == "2027-03"]
    assert card.prompt == "Ann Corrigan will leave at the end of which month?"
    assert "March 2027" in (card.note or "")


def test_a_figure_and_a_date_in_two_aims_give_two_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "At approval, the ferry link was budgeted to cost €84 million and to open to "
        "passengers in June 2025.",
    )
    prompts = {card.answer_text: card.prompt for card in cards}
    assert prompts["€84 million"] == "The ferry link was budgeted to cost how much?"
    assert prompts["2025-06"] == (
        "The ferry link was budgeted to open to passengers in what month?"
    )
    assert_no_give_aways(cards)


def test_a_role_at_a_body_named_with_a_plural_possessive(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        '"Every winter the same buses are cut," said Rhona Keel, chair of the Valley Bus '
        "Riders' Forum, who wrote to the council in October.",
    )
    assert _asking(cards, "Rhona Keel")[-1] == ("Who is the chair of the Valley Bus Riders' Forum?")


def test_a_police_rank_with_its_unit_set_off_after_the_name(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Detective Constable Ewan Drury, of Northshire Police's fraud unit, said officers "
        "had traced more than 300 payments.",
    )
    assert _asking(cards, "Ewan Drury") == [
        "Who is the Detective Constable at Northshire Police's fraud unit?"
    ]


def test_a_body_chaired_by_a_person_names_its_chair(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "I have asked the board's finance committee, chaired by Professor Ines Marlow-Dyce, "
        "to report by the end of February on who signed the contract.",
    )
    assert _asking(cards, "Ines Marlow-Dyce") == [
        "Who is the chair of the board's finance committee?"
    ]


def test_a_meeting_chaired_by_an_office_is_left_to_the_office(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Ministers met in Tartu for the Forest Fire Summit, chaired by the Minister of the "
        "Interior of Estonia, Kaia Rebane.",
    )
    assert _asking(cards, "Kaia Rebane") == ["Who is the Minister of the Interior of Estonia?"]
