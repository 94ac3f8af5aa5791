"""Where a named event is held, the names a count is told by, and no year card from a
quotation (issue 15): each test writes its own short article in the pattern, never a
benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_where_a_named_event_is_or_was_held(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Oslo, 4 March 2026\n\n"
        "The ministers agreed to attend the Fifth Nordic–Baltic Energy Forum, to be held in "
        "Riga in the autumn of 2027.\n\n"
        "The First Nordic–Baltic Energy Forum was held in Bergen in 2019.\n",
    )
    assert card_answering(cards, "Riga").prompt == (
        "Where will the Fifth Nordic–Baltic Energy Forum be held?"
    )
    assert card_answering(cards, "Bergen").prompt == (
        "Where was the First Nordic–Baltic Energy Forum held?"
    )


def test_the_names_a_count_is_told_by(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The opposition said on 4 March 2026 that it had found errors in three districts, "
        "Kisumu, Siaya and Homa Bay.\n",
    )
    listed = card_answering(cards, "Kisumu, Siaya and Homa Bay")
    # The list asks its count too: no card asks the count alone (find_lists.py).
    assert listed.prompt.endswith("in which three districts?")
    assert not any(card.answer_text == "three" for card in cards)


def test_last_year_in_a_quotation_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 4 March 2026\n\n"
        "Ana Liu, head of research at the tenants' union Fair Rent Now, said rents had "
        "risen 6% over the winter.\n\n"
        '"A family in a small flat will be paying more in rent this spring than they did '
        'last year," she said.\n',
    )
    assert not any(card.answer_text == "2025" for card in cards)
