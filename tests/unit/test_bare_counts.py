"""A bare count told in two sentences is two facts; an amount told twice is one (issue 15).
Each test writes its own sentences, never a benchmark article's."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.authoring.bare_counts import is_bare_count, same_count_fact


def test_a_bare_count_has_no_unit() -> None:
    assert is_bare_count("two")
    assert is_bare_count("1,240")
    assert is_bare_count("Twenty-two")
    assert not is_bare_count("$1.2 billion")
    assert not is_bare_count("8,500 km")
    assert not is_bare_count("14%")


def test_a_bare_count_opening_its_sentence_is_a_fact_of_its_own() -> None:
    first = "only two ferries still sail to the island."
    assert not same_count_fact("two", first, "the council has two depots.")
    assert not same_count_fact("two", "the council has two depots.", first)
    assert same_count_fact("two", "two ferries", first)
    assert same_count_fact("$4m", first, "the council has two depots.")


def test_a_bare_count_inside_two_sentences_is_asked_once() -> None:
    assert same_count_fact("two", "the port has two cranes.", "the board owns two tugs.")


def test_the_same_small_count_of_two_things_gets_two_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The review was published on 3 March 2026. The harbour board owns two floating "
        "cranes. Only two licensed ferries still sail to the outer islands.\n",
    )
    twos = [card for card in cards if card.answer_text == "two"]
    assert {card.evidence for card in twos} == {
        "Only two licensed ferries still sail to the outer islands.",
        "The harbour board owns two floating cranes.",
    }
