"""The key fact of a sentence that already has a card, but on a piece of it (issue 15): the
main clause's deed asked in place of the card on a name or a part of a whole inside its
object, and a court's tally of charges asked whole. Each test drafts its own invented
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.main_claims import main_claim

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "The Harbour Board accepted three of the five proposals in its response.",
            "What did the Harbour Board do?",
            "accepted three of the five proposals in its response",
        ),
        (
            "The Lantern Fund replaces the Coastal Towns Grant, which closes in June.",
            "What does the Lantern Fund do?",
            "replaces the Coastal Towns Grant",
        ),
        (
            "The ferry company will close two of its three ticket offices next year.",
            "What will the ferry company do?",
            "close two of its three ticket offices next year",
        ),
    ],
)
def test_a_main_clause_is_read_as_its_deed(sentence: str, prompt: str, answer: str) -> None:
    assert main_claim(sentence) == (prompt, answer)


@pytest.mark.parametrize(
    "sentence",
    [
        # What was said is a quotation's card, not a deed.
        "The harbour master said the new pier would open in the spring of next year.",
        # A plural noun followed by its verb is no verb: "prices were".
        "Fuel prices were higher in the northern districts than anywhere else.",
        # A verb whose object is a clause or a preposition's phrase.
        "The minister voted against the harbour levy in the final reading.",
        # A courtesy is no deed a marker keys.
        "The mayor thanked the volunteers for their work on the flood barrier.",
    ],
)
def test_no_deed_is_read_from_a_saying_or_a_state(sentence: str) -> None:
    assert main_claim(sentence) is None


def test_a_part_of_a_whole_is_widened_to_its_deed(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The Harbour Board accepted three of the five proposals in its response to the"
        " review of the port's finances.\n",
    )
    card = card_answering(cards, "accepted three of the five proposals")
    assert card.prompt == "What did the Harbour Board do?"
    # The card on the piece gives way: the sentence is asked no more often.
    assert not any(c.answer_text == "three of the five proposals" for c in cards)
    assert_no_give_aways(cards)


def test_a_count_keeps_its_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, _DATED + "Minister Orla Vance closed 12 rural post offices in the autumn.\n"
    )
    assert any(card.answer_text == "12" for card in cards)
    assert not any(card.answer_text.startswith("closed") for card in cards)


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        (
            "Marcus Telford, 52, of Ashby, was found guilty on Monday of three counts of"
            " assault and one count of criminal damage after a trial at Derby Crown Court.",
            "three counts of assault and one count of criminal damage",
        ),
        (
            "The former treasurer admitted four charges of theft and two of false accounting"
            " at Lincoln Crown Court on Tuesday.",
            "four charges of theft and two of false accounting",
        ),
    ],
)
def test_a_tally_of_charges_is_one_card(tmp_path: Path, sentence: str, tally: str) -> None:
    cards = drafted_cards(tmp_path, _DATED + sentence + "\n")
    card = card_answering(cards, tally)
    assert card.prompt.endswith("?") and tally not in card.prompt
    # No card asks one count with the rest of the tally left in its prompt.
    assert not any(c.kind == "number" and "of assault" in c.prompt for c in cards)
    assert_no_give_aways(cards)


def test_cases_of_two_illnesses_stay_two_counts(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, _DATED + "The clinic recorded 12 cases of measles and three of mumps in May.\n"
    )
    assert any(card.answer_text == "12" for card in cards)


def test_a_count_inside_a_list_card_gets_no_card_of_its_own(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The stolen money was moved through a shell company, Quayside Assets Ltd, and"
        " spent on a chalet near Annecy, three motorbikes and a racing yacht, the court"
        " heard.\n",
    )
    card_answering(cards, "a chalet near Annecy, three motorbikes and a racing yacht")
    assert not any(card.answer_text == "three" for card in cards)


def test_a_share_asked_as_a_count_is_widened_with_the_sentences_subject(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The Kestrel Agency said it had reviewed its rules after the sinking, and now"
        " requires an annual inspection of one in ten licensed boats on the estuary.\n",
    )
    card = card_answering(
        cards, "requires an annual inspection of one in ten licensed boats on the estuary"
    )
    assert card.prompt == "What does the Kestrel Agency do now?"
    assert not any(c.answer_text == "one in ten" for c in cards)
