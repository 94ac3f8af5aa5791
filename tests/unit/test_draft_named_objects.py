"""A name past a sentence's opening subject, asked by what its surroundings say it is
(named_objects.py, through unasked_names.py). Each test drafts its own invented sentences."""

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
            # a lower-case kind noun right before the name, its describing words kept
            "The ministry chose the design over a rival bid from the Danish shipbuilder Orrin"
            " Naval Systems.",
            "The ministry chose the design over a rival bid from which Danish shipbuilder?",
            "Orrin Naval Systems",
        ),
        (
            # a company's legal form, the name the object of any verb
            "Brackley ran Quillon Drainage Services Ltd from a unit near the ring road.",
            "Brackley ran which company from a unit near the ring road?",
            "Quillon Drainage Services Ltd",
        ),
        (
            # a kind noun after the name; the aside after it is left out of the question
            "The pictures have come back since the Vesper spacecraft, a probe the size of a"
            " van, reached orbit.",
            "The pictures have come back since which spacecraft reached orbit?",
            "Vesper",
        ),
        (
            # a place inside a place phrase
            "The hull sections will be built at a shipyard in Porto Lindo, the company said.",
            "The hull sections will be built at a shipyard in which place?",
            "Porto Lindo",
        ),
        (
            # a name given to the sentence's subject; "class" is part of the name
            "The boats, to be known as the Harrow class, will replace two old patrol craft.",
            "What will the boats be known as?",
            "Harrow class",
        ),
    ],
)
def test_a_named_thing_is_asked_by_what_it_is(
    tmp_path: Path, sentence: str, prompt: str, answer: str
) -> None:
    cards = drafted_cards(tmp_path, _DATED + sentence + "\n")
    assert card_answering(cards, answer).prompt == prompt
    assert_no_give_aways(cards)


def test_other_prompts_leave_the_place_out(tmp_path: Path) -> None:
    text = (
        _DATED + "The spur will branch from the main coast railway at Dunmarra and run for 9 km.\n"
    )
    cards = drafted_cards(tmp_path, text)
    assert card_answering(cards, "Dunmarra").prompt == (
        "The spur will branch from the main coast railway at which place?"
    )
    assert card_answering(cards, "9 km").prompt == (
        "The spur will branch from the main coast railway and run for how many km?"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's trade before a person's name, a nationality, a party, a compound noun
        "The firm hired the fund manager Joanna Pellow last year.",
        "Officials praised the British plan at the summit.",
        "Voters rejected the Labour scheme in the spring.",
        "The deal was agreed with the Orrin shipyard workers on Friday.",
        # an owner inside a name
        "The first ship will be finished at a yard in Spain's Galicia region.",
    ],
)
def test_no_card_where_the_name_is_no_thing(sentence: str) -> None:
    assert unasked_name(sentence, []) is None
