"""A name a body sentence leaves unasked (issue 15): asked in place, its question word from
its kind word or the preposition before it. Each test drafts its own invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.unasked_names import unasked_name

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "None of the tugs is based nearby; the closest operates from Tarnholm, on the west"
            " coast.",
            "The closest operates from where?",
            "Tarnholm",
        ),
        (
            "Landlords must follow the repair rules as amended by the Tenancy Standards Act 2021.",
            "Landlords must follow the repair rules as amended by which law?",
            "Tenancy Standards Act 2021",
        ),
        (
            "Ministers said the new agency would be headquartered in Velsingrad.",
            "Ministers said the new agency would be headquartered in which place?",
            "Velsingrad",
        ),
        (
            "Aides said the prime minister would make a state visit to Orlanby.",
            "Aides said the prime minister would make a state visit to where?",
            "Orlanby",
        ),
        (
            "The complaint was brought by Ostrander Wharf RTM Company, which speaks for tenants.",
            "The complaint was brought by which company?",
            "Ostrander Wharf RTM Company",
        ),
        (
            "Ships must show valid insurance, with inspections carried out at the Brenholt"
            " anchorage.",
            "Ships must show valid insurance, with inspections carried out at which anchorage?",
            "Brenholt anchorage",
        ),
        (
            # A passive verb's doer, a name with a small word inside. (With its short form
            # in brackets, "What does FLN stand for?" asks it, as for any body so named.)
            "The tramway will be built and operated by Ferrovia Litoral do Norte, a public"
            " company.",
            "The tramway will be built and operated by whom?",
            "Ferrovia Litoral do Norte",
        ),
    ],
)
def test_an_unasked_name_is_asked_in_place(
    tmp_path: Path, sentence: str, prompt: str, answer: str
) -> None:
    cards = drafted_cards(tmp_path, _DATED + sentence + "\n")
    assert card_answering(cards, answer).prompt == prompt
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    "sentence",
    [
        # A person, the month, a short form and the sentence's own subject are no such name.
        "The award was presented to Marta Quillfeather on Friday.",
        "The scheme will be reviewed in October by the panel.",
        "The fleet will be inspected by NATO officers next year.",
        "Dunmere Logistics said profits would rise next year.",
        # "by" that names no doer of a passive verb, or one doer of several.
        "Prices had risen sharply by Christmas in every district.",
        "The plan was welcomed by Arvenholt Kestrel and several local groups.",
    ],
)
def test_no_name_card_for_people_months_short_forms_or_subjects(sentence: str) -> None:
    found = unasked_name(sentence, ["Marta Quillfeather"])
    assert found is None


def test_a_sentence_holding_two_cards_asks_no_more(tmp_path: Path) -> None:
    text = (
        _DATED + "About 4,200 households lost power for 36 hours after the storm reached"
        " Calloway Point on the northern coast.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert not any(card.answer_text.startswith("Calloway Point") for card in cards)


def test_a_place_after_a_noun_only_describes_it() -> None:
    # "a terminal in Carrowmere": the place says which terminal, no fact of its own (a place
    # inside a place phrase, "stored at a depot in Carrowmere", is asked: named_objects).
    assert unasked_name("Officials from a terminal in Carrowmere joined the talks.", []) is None


def test_a_heading_asks_no_name(tmp_path: Path) -> None:
    text = _DATED + "Recovery work in Harwelton\n\nCrews have cleared the main road north.\n"
    cards = drafted_cards(tmp_path, text)
    assert not any(card.answer_text == "Harwelton" for card in cards)
