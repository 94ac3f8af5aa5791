"""Key claims said in quotes (issue 15): what someone called a thing, asked of who said it
about what, the answer the quoted words. Invented sentences in several newsroom styles: a
ministry readout, a City desk, a consumer story, a court report, a regulator's release."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_characterisations import characterisations_in


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # Described as / called: the thing described is asked of.
        (
            'Minister Okafor described the treaty as "a lifeline for two coastal nations", '
            "according to a summary released by her office.",
            "How did Okafor describe the treaty?",
            "a lifeline for two coastal nations",
        ),
        (
            'The opposition leader called the budget "a betrayal of working families".',
            "What did the opposition leader call the budget?",
            "a betrayal of working families",
        ),
        (
            'The Treasury dismissed the report as "politically motivated".',
            "What did the Treasury dismiss the report as?",
            "politically motivated",
        ),
        (
            'Meanwhile, campaign group Clean Rivers Now branded the fine "pocket change".',
            "What did Clean Rivers Now call the fine?",
            "pocket change",
        ),
        # What a thing is, would do or has, in reported speech.
        (
            "Tom Reyes, head of research at the charity Warm Homes, said the rise in fixed "
            'fees was "deeply unfair" on pensioners.',
            "What did Tom Reyes say the rise in fixed fees was?",
            "deeply unfair",
        ),
        (
            "Speaking to analysts on Monday, chief executive Ana Lind said the merger would "
            'create "a European leader in rail signalling with the reach to win abroad".',
            "What did Ana Lind say the merger would create?",
            "a European leader in rail signalling",
        ),
        (
            'Sato stressed that both countries "have a shared duty as guardians of the '
            'northern sea".',
            "What did Sato stress both countries have?",
            "a shared duty as guardians of the northern sea",
        ),
        (
            "Analysts at Brook & Hale said the bid \"undervalues the group's property "
            'portfolio" and suggested a higher price.',
            "What did analysts at Brook & Hale say of the bid?",
            "undervalues the group's property portfolio",
        ),
        # The speaker's own stance on a thing.
        (
            'The board said it was "minded to recommend" the proposal if a firm offer is made.',
            "What did the board say of the proposal?",
            "minded to recommend",
        ),
        (
            'The union said it was "deeply disappointed" by the ruling.',
            "What did the union say of the ruling?",
            "deeply disappointed",
        ),
    ],
)
def test_a_quoted_characterisation_is_asked_of_its_subject(
    sentence: str, prompt: str, answer: str
) -> None:
    found = characterisations_in(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]
    # The evidence is the sentence, and the answer the article's own words.
    assert found[0].evidence == sentence
    assert answer in sentence


def test_he_or_she_is_the_person_last_named() -> None:
    [fact] = characterisations_in(
        'Addressing supporters, she called the result "a clear message that voters want change".',
        1,
        named="Grace Mensah",
    )
    assert fact.prompt == "What did Mensah call the result?"
    # A "that" clause is what the phrase says: it stays whole.
    assert fact.answer == "a clear message that voters want change"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will appeal," the company said.',  # a quoted sentence: a quote card's
        'Its "right to buy" scheme was dropped.',  # a name in quotes, said by no one
        'It described the plan as "unworkable".',  # "it" names no speaker
        'The minister described it as "a good start".',  # "it" names no thing
        # Too long to recall as said: the quote card asks who said it.
        'Lee said the board had "carefully weighed the long-term prospects of the company '
        'as an independent business".',
        'She said they were "very happy".',  # no one named for "she", no thing the stance is of
    ],
)
def test_nothing_is_asked_without_a_speaker_and_a_thing(sentence: str) -> None:
    assert characterisations_in(sentence, 1) == []


def test_drafted_from_a_readout_one_card_per_quote(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 4 December 2026\n\n"
        "Foreign Minister Rita Campos held a call with Japan's Minister for Foreign Affairs, "
        "Kenji Sato.\n\n"
        'Sato described the agreement as "a bridge across two oceans", according to a '
        "summary shared by the Japanese side.\n",
    )
    card = card_answering(cards, "a bridge across two oceans")
    assert card.prompt == "How did Japan's Minister for Foreign Affairs describe the agreement?"
    # The speaker is asked where the article brings him in, not again of the quote, and
    # the count in his words is no card of its own.
    assert not any("bridge" in other.prompt for other in cards)
    assert "two" not in [other.answer_text for other in cards]
    assert_no_give_aways(cards)


def test_a_speaker_brought_in_by_the_quote_is_asked_who_said_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "A chemicals firm was fined £4m on Tuesday for polluting the River Ouse. Local MP "
        'Sarah Whitby called the fine "a step in the right direction".\n',
    )
    # Who said it is the fact: the quote card stays, and no second card asks the words.
    asked = [card.prompt for card in cards if card.answer_text == "Sarah Whitby"]
    assert "Who called the fine “a step in the right direction”?" in asked
    assert not any(card.answer_text == "a step in the right direction" for card in cards)
    assert_no_give_aways(cards)


def test_words_another_speaker_says_in_full_are_no_second_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        '"A fall of a few pounds a month is a drop in the ocean for families," said Priya '
        "Raman, director of the charity Fuel Aid.\n\n"
        "The regulator cut the cap by 3.8pc, although campaigners said the reduction was "
        '"a drop in the ocean" for families in debt.\n',
    )
    # Her quote card is asked whole; the campaigners' phrase would hide part of it.
    assert not any(card.answer_text == "a drop in the ocean" for card in cards)
    asked = [card.prompt for card in cards if card.answer_text == "Priya Raman"]
    assert (
        "Who said this? “A fall of a few pounds a month is a drop in the ocean for families”"
        in (asked)
    )
    assert_no_give_aways(cards)


def test_a_speaker_named_by_the_first_of_two_surnames_is_asked_by_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Oslo, 3 December 2026\n\n"
        "Foreign Minister Ingrid Berg spoke with Chile's Minister of Foreign Affairs, Tomás "
        "Ibarra Cuevas.\n\n"
        'Minister Ibarra described the agreement as "a bridge between two ends of the '
        'world", according to a summary.\n',
    )
    assert card_answering(cards, "a bridge between two ends of the world").prompt == (
        "How did Chile's Minister of Foreign Affairs describe the agreement?"
    )
    assert_no_give_aways(cards)


def test_she_is_a_person_never_a_body_named_before(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 4 December 2026\n\n"
        "The Commission fined Telvio €320 million. Commissioner Anja Richter said the fine "
        "was deserved.\n\n"
        'Analysts at Kepler said the penalty "barely dents the cash pile".\n\n'
        '"This sends a clear message," Richter told reporters. She said the Commission was '
        '"watching the sector closely".\n',
    )
    # "She" is Richter, not Kepler, the name the sentence before opened on.
    assert not any("Kepler say the Commission" in card.prompt for card in cards)
    assert card_answering(cards, "watching the sector closely").prompt == (
        "What did the Commissioner say the Commission was?"
    )
