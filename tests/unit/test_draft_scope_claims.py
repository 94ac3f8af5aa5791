"""Key claims without a figure (issue 15): what a measure leaves out, what a rule does not
reach, "no new tariff", what must accompany a thing, what a study was not designed to do,
and a verdict. Each test drafts its own invented sentences, in several newsroom styles."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.find_scope_claims import find_scope_claims

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A government statement, numbered paragraphs.
        (
            "3.2 Wind turbine blades are not covered by this order.",
            "What is not covered by this order?",
            "Wind turbine blades",
        ),
        # A wire story: a clause after "but".
        (
            "The two sides agreed a ceasefire, but prisoner exchanges were left out of the "
            "agreement.",
            "What was left out of the agreement?",
            "prisoner exchanges",
        ),
        # Reported speech: "officials said that ...".
        (
            "Officials said that agricultural land will not be included in the new valuation.",
            "What will not be included in the new valuation?",
            "agricultural land",
        ),
        (
            "Defence spending was not part of the deal, officials said.",
            "What was not part of the deal?",
            "Defence spending",
        ),
        (
            "Charities are exempt from the levy.",
            "What is exempt from the levy?",
            "Charities",
        ),
        (
            "Small farms have been excluded from the reporting rules.",
            "What has been excluded from the reporting rules?",
            "Small farms",
        ),
        # A subordinator opens the clause; the subject is what follows it.
        (
            "She signed later that day, but only after the export clause had been dropped "
            "from the final text.",
            "What had been dropped from the final text?",
            "the export clause",
        ),
        # What a rule does not reach: the object is the answer.
        (
            "The ban does not apply to medical cannabis products.",
            "What does the ban not apply to?",
            "medical cannabis products",
        ),
        (
            "The accord does not include shipping and aviation, officials said.",
            "What does the accord not include?",
            "shipping and aviation",
        ),
        (
            "The strike did not affect flights from Heathrow.",
            "What did the strike not affect?",
            "flights from Heathrow",
        ),
        (
            "However, the new code will not cover freelance workers.",
            "What will the new code not cover?",
            "freelance workers",
        ),
        # "No new X applies": the answer says it as the article does.
        (
            "No additional duty applies to spare parts.",
            "What additional duty applies to spare parts?",
            "no additional duty",
        ),
        # A requirement, after a lead-in with a date.
        (
            "From 1 April 2027, imported e-bikes must carry a safety certificate issued by "
            "an approved laboratory.",
            "What must imported e-bikes carry?",
            "a safety certificate",
        ),
        (
            "Drone operators will be required to obtain a pilot licence before flying near "
            "airports.",
            "What will drone operators be required to obtain?",
            "a pilot licence",
        ),
        # What a study was not built to do: the thing itself, not "measure fractures".
        (
            "The survey was not designed to measure long-term effects, the authors said.",
            "What was the survey not designed to measure?",
            "long-term effects",
        ),
        # An auditor's verdict.
        (
            "But the scheme as a whole has not achieved its objectives so far.",
            "What is the verdict on the scheme as a whole so far?",
            "not achieved its objectives",
        ),
        (
            "Applicants must hold a valid passport issued in the EU.",
            "What must applicants hold?",
            "a valid passport",
        ),
    ],
)
def test_a_claim_without_a_figure_is_asked(sentence: str, prompt: str, answer: str) -> None:
    found = find_scope_claims(sentence, 1)
    assert [(fact.prompt, fact.answer) for fact in found] == [(prompt, answer)]


@pytest.mark.parametrize(
    "sentence",
    [
        # No claim about a scope: an event, a pronoun, a quotation.
        "No one was hurt in the blast.",
        "It is not covered by the insurance, she said.",
        '"Pensioners are not affected by this change," the minister said.',
        "“The rule does not apply to us,” a spokesman said.",
        # A figure is its own card's answer.
        "About 40 schools were excluded from the programme.",
        # Nothing says what is left out of what.
        "The proposal was dropped.",
        "Defence spending was left out of it.",
        "The plan was left out of the budget.",
        "The company did not say how many jobs would go.",
        # A long clause as a subject is no thing to name.
        "Households on the lowest incomes in the three northern regions that joined the "
        "scheme late are not covered by the cap.",
    ],
)
def test_nothing_is_asked_where_no_scope_is_stated(sentence: str) -> None:
    assert find_scope_claims(sentence, 1) == []


def test_drafted_cards_ask_each_claim_once_and_give_nothing_away(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The finance ministry said a 12% levy would apply to imported steel from 1 "
        "March 2027. Inverters and solar cables are not covered by this change. No new "
        "tariff applies to electric bicycles. Defence spending was left out of the deal, "
        "officials said.\n\n"
        "The trial was not designed to measure fractures, and the authors caution that "
        "longer follow-up is needed.\n\n"
        "The review found that the programme as a whole has not achieved value for money "
        "to date.\n",
    )
    assert card_answering(cards, "Inverters and solar cables").prompt == (
        "What is not covered by this change?"
    )
    assert card_answering(cards, "no new tariff").prompt == (
        "What new tariff applies to electric bicycles?"
    )
    assert card_answering(cards, "Defence spending").prompt == "What was left out of the deal?"
    assert card_answering(cards, "fractures").prompt == (
        "What was the trial not designed to measure?"
    )
    assert card_answering(cards, "not achieved value for money").prompt == (
        "What is the verdict on the programme as a whole to date?"
    )
    # The negated aim is no "why" card as well ("not designed to do what?").
    assert not [card for card in cards if card.answer_text == "measure fractures"]
    assert_no_give_aways(cards)


def test_a_requirement_keeps_the_date_it_starts(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "From 1 January 2027, imported battery packs must be accompanied by a "
        "battery passport recording their origin.\n",
    )
    assert card_answering(cards, "a battery passport").prompt == (
        "What must imported battery packs be accompanied by?"
    )
    # The date's question still says what starts then, the passport shown as "…".
    start = card_answering(cards, "2027-01-01")
    assert "battery packs" in start.prompt and "passport" not in start.prompt
    assert_no_give_aways(cards)


def test_a_dated_requirement_in_a_longer_sentence_leaves_the_date_its_question(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "From 1 March 2027, all licensed taxi operators will be required to use a "
        "certified fare meter, and the council will check compliance that summer.\n",
    )
    start = card_answering(cards, "2027-03-01")
    assert start.prompt.startswith("From what date, all licensed taxi operators will be required")
    assert not [card for card in cards if card.answer_text == "a certified fare meter"]
