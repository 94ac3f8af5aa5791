"""Prompts kept that an editor would keep (issue 15): "They" named by a subject in capitals
the sentence before, and an amount asked as the subject of a passive "has been earmarked
for". Each test writes its own short article, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_they_is_named_by_a_capitalised_plural_subject_before(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The three Governors met in Tromsø on 2 March 2026. They pledged NKr 40 million for "
        "coastal ferries.\n",
    )
    pledge = card_answering(cards, "NKr 40 million")
    assert pledge.prompt.startswith("The three Governors pledged how much")


def test_an_amount_earmarked_in_the_passive_is_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The council approved a budget on 2 March 2026. Of the total, £3.5 million has been "
        "earmarked for the repair of the harbour wall.\n",
    )
    wall = card_answering(cards, "£3.5 million")
    assert wall.prompt == (
        "Of the total, how much has been earmarked for the repair of the harbour wall?"
    )
