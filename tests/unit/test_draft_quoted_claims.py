"""What a quotation claims (issue 15): a speaker quoted again is asked what the quotation
says, in its own words, while their first quotation keeps asking who said it. Invented
sentences: a council story, a flood report, a regulator's release."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.quoted_claims import QuotedClaim, quoted_claim


@pytest.mark.parametrize(
    ("quote", "asked", "answer"),
    [
        # A noun phrase and "is": the claim stops at the second clause.
        (
            "The drainage plan is badly out of date, and the county knows it.",
            "say the drainage plan is?",
            "badly out of date",
        ),
        # An adverb of time goes before a one-word verb in the question.
        (
            "The ferry levy was always a tax on islanders.",
            "say the ferry levy always was?",
            "a tax on islanders",
        ),
        ("The grid will be tested this winter.", "say the grid will be?", "tested this winter"),
        # "and" opening a clause of its own ends the claim.
        (
            "The pumps were installed by the old board and they are failing.",
            "say the pumps were?",
            "installed by the old board",
        ),
        # A deed as the subject; what a pseudo-cleft's "What ... is" names.
        (
            "Raising fares again would do more harm than good.",
            "say raising fares again would do?",
            "more harm than good",
        ),
        (
            "What the valley needs is a second bridge, not another study.",
            "say the valley needs?",
            "a second bridge",
        ),
        # "Our" is the speaker's side, asked as "their".
        (
            "Our priority is getting every pupil back.",
            "say their priority is?",
            "getting every pupil back",
        ),
        # What a body says it will do.
        (
            "We will rebuild the harbour wall, whatever it costs.",
            "say they will rebuild?",
            "the harbour wall",
        ),
        (
            "We now want to focus on reopening the Elm Street library by spring.",
            "say they now want to focus on?",
            "reopening the Elm Street library by spring",
        ),
    ],
)
def test_a_claim_is_asked_in_its_own_words(quote: str, asked: str, answer: str) -> None:
    assert quoted_claim(quote, "", ("Rhys",)) == QuotedClaim(asked, answer)


@pytest.mark.parametrize(
    "quote",
    [
        "Is the plan dead?",  # a question
        "Thank you all for coming.",  # a greeting
        "That combination was hard to beat.",  # points back to words the question lacks
        "The lesson is simple: train the crews first.",  # a lead-in to the claim
        "The reservoir is at 40 per cent of capacity.",  # a figure, asked by its own card
        "We will not give up.",  # no deed to ask
        "Saying sorry is the start of this.",  # leans on words outside the quotation
        "What they want is not money.",  # says what is not
        "We will build the homes.",  # a bare object says too little
        "We will work with whoever wins the vote.",  # names no thing
        "The question of whether we cut is open.",  # a clause as subject
    ],
)
def test_a_quotation_making_no_claim_gives_none(quote: str) -> None:
    assert quoted_claim(quote, "", ("Rhys",)) is None


def test_this_is_names_what_the_speaker_welcomed() -> None:
    before = "Councillor Rhys Maddox welcomed the ruling. "
    assert quoted_claim("This is a fair outcome for tenants.", before, ("Maddox",)) == (
        QuotedClaim("call the ruling?", "a fair outcome for tenants")
    )
    # (not when the sentence before is about someone else)
    assert quoted_claim("This is a fair outcome.", "Ola Berg welcomed it. ", ("Maddox",)) is None


def test_a_speaker_quoted_again_is_asked_what_they_said(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Flood defences to be rebuilt in Marlow Vale\n\n"
        "Emergency Planning Minister Dora Quist visited the valley on Tuesday. "
        '"The old embankment was never built for storms like this," she said.\n\n'
        '"We will rebuild the river wall, and we will raise it," Quist added. '
        '"The new wall will be finished before the next winter floods," she said.\n',
    )
    # The first quotation still asks who said it.
    said = [card.prompt for card in cards if card.answer_text == "Dora Quist"]
    assert "Who said this? “The old embankment was never built for storms like this”" in said
    rebuilt = card_answering(cards, "the river wall")
    assert rebuilt.prompt == "What did the Emergency Planning Minister say they will rebuild?"
    finished = card_answering(cards, "finished before the next winter floods")
    assert finished.prompt == ("What did the Emergency Planning Minister say the new wall will be?")
    assert_no_give_aways(cards)


def test_a_few_quoted_words_in_reported_speech_leave_the_speaker_unasked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The college named Ines Varga as its new principal on Monday.\n\n"
        'Governor Paul Rusk said the board had seen six candidates. Varga, he said, "was the '
        'only one with a plan for the evening classes".\n\n'
        '"The labs were built by our founders, and they are falling apart," she said.\n',
    )
    # Her only quoted sentence still asks who said it.
    assert any(card.prompt.startswith("Who said this? “The labs were built") for card in cards), [
        card.prompt for card in cards
    ]
