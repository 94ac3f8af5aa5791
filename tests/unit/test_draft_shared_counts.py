"""Counts told without their noun after a count that gave it, and a body's size written as
an adjective (issue 15): each test writes its own short article in the pattern, never a
benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_shares_of_a_count_borrow_its_noun(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Counting ended on 9 May 2026. The Greens were projected to win 22 seats, while the "
        "NDA took 19. Regional lists won the remaining 8, the commission said.\n",
    )
    assert card_answering(cards, "19").prompt == "How many seats did the NDA take?"
    assert card_answering(cards, "8").prompt == "How many seats did regional lists win?"


def test_a_bare_number_with_no_count_before_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The striker scored on 9 May 2026. Her club won 3, the league said.\n",
    )
    assert not any(card.answer_text == "3" for card in cards)


def test_a_body_s_size_written_as_an_adjective(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Elections to the 120-seat Grand Assembly of Norland will be held on 9 May 2026.\n",
    )
    size = card_answering(cards, "120")
    assert size.prompt == "How many seats does the Grand Assembly of Norland have?"
    assert not any("-seat" in card.prompt for card in cards)


def test_the_first_share_is_asked_without_the_second_s_clause(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Counting ended on 9 May 2026. The Greens won 22 seats while the NDA took 19.\n",
    )
    greens = card_answering(cards, "22")
    assert greens.prompt.endswith("won how many seats?")


def test_a_part_of_a_whole_is_asked_with_the_whole_shown(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The hospital said on 9 May 2026 that about 340 of its 2,100 nurses had been "
        "moved to other wards.\n",
    )
    part = card_answering(cards, "340")
    assert "how many of its 2,100 nurses" in part.prompt
    # The whole sets the part in scale: it is shown, and asked on its own nowhere.
    assert not [card for card in cards if card.answer_text == "2,100"]
