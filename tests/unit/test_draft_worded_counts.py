"""Counts the drafter used to miss: a count in words opening its sentence, a part of a whole,
and a share in words made exact in brackets (find_facts.py, part_of_whole.py)."""

from __future__ import annotations

from pathlib import Path

from tests.draft_fixtures import card_answering, drafted_cards

_DATED = "Harbour News | Monday 9 March 2026\n\n"


def test_a_count_in_words_opening_its_sentence_is_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Twenty-three of the new claims were lodged in the past month alone.\n\n"
        "Seventeen pupils have been moved to the annexe, including three teachers' children.\n",
    )
    claims = card_answering(cards, "Twenty-three")
    assert claims.prompt == "How many of the new claims were lodged in the past month alone?"
    pupils = card_answering(cards, "Seventeen")
    assert pupils.prompt.startswith("How many pupils have been moved to the annexe")


def test_time_opening_a_sentence_is_no_count(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, _DATED + "Eleven years after the mill closed, the town reopened its quay.\n"
    )
    assert not [card for card in cards if card.answer_text == "Eleven"]


def test_a_part_is_asked_with_its_whole_shown(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Forty-two of the 130 ferries are older than the harbour wall.\n\n"
        "Inspectors passed 9 of 15 cranes at the eastern dock.\n",
    )
    ferries = card_answering(cards, "Forty-two")
    assert ferries.prompt.startswith("How many of the 130 ferries")
    cranes = card_answering(cards, "9")
    assert "how many of the 15 cranes" in cranes.prompt
    assert not [card for card in cards if card.answer_text in ("130", "15")]


def test_a_share_in_words_made_exact_in_brackets_is_asked_as_the_part(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Nearly all of the complaints (58 of 61) came from tenants of the new block.\n",
    )
    part = card_answering(cards, "58")
    assert part.prompt == "How many of the 61 complaints came from tenants of the new block?"


def test_an_age_bracket_is_no_length_of_time(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, _DATED + "The clinic treated 48 patients under five years of age last week.\n"
    )
    answers = [card.answer_text for card in cards]
    assert "48" in answers
    assert not [answer for answer in answers if "five" in answer]


def test_a_sibling_count_is_left_out_of_the_first_counts_question(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, _DATED + "Eight warning letters and two fines were issued to the ferry firm.\n"
    )
    letters = card_answering(cards, "Eight")
    assert letters.prompt == "How many warning letters were issued to the ferry firm?"


def test_an_opening_count_hidden_in_another_prompt_leaves_no_ellipsis(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "Three trawlers, the Aurora and two sister ships, landed catches at 6.5% "
        "above quota.\n",
    )
    share = card_answering(cards, "6.5%")
    assert not share.prompt.startswith("…")
