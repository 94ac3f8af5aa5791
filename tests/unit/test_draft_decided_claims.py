"""A decision beside the figure a sentence's cards ask (issue 15): a step put in the
passive asked in the active, and the places of what will close asked where the card asks
only the date. Each test drafts its own invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.decided_claims import decided_claim

_DATED = "Published 2 December 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Ballots should be counted by ward, in public, within 12 hours of the close.",
            "What should be done about ballots?",
            "count ballots by ward",
        ),
        (
            "The powers of the Quarry Inspectorate must be strengthened.",
            "What must be done about the powers of the Quarry Inspectorate?",
            "strengthen the powers of the Quarry Inspectorate",
        ),
        (
            "Abuse of the lottery fund should be investigated and prosecuted.",
            "What should be done about abuse of the lottery fund?",
            "investigate and prosecute abuse of the lottery fund",
        ),
        (
            "The depots at Brora, in Sutherland, and Kelso, in the Borders, will close in May.",
            "Where are the depots that will close?",
            "Brora and Kelso",
        ),
        (
            # An Oxford-comma list is no place and its region: kept as written.
            "The stores at Ayr, Perth, and Leith will close next spring.",
            "Where are the stores that will close?",
            "Ayr, Perth, and Leith",
        ),
        (
            "The branches in Ayr, Perth and Leith closed in 2019.",
            "Where were the branches that closed?",
            "Ayr, Perth and Leith",
        ),
    ],
)
def test_a_decision_is_read_whatever_its_verb(sentence: str, prompt: str, answer: str) -> None:
    found = decided_claim(sentence, frozenset({"ballots", "abuse"}))
    assert found is not None
    assert found[:2] == (prompt, answer)


@pytest.mark.parametrize(
    "sentence",
    [
        # A passive with "to" asks what someone is made to do, not a step taken to them.
        "Parties should be required to publish their donors before polling day.",
        # What the places do to something else is no closure of theirs.
        "The plants at Ayr and Dundee will lose 300 jobs between them.",
    ],
)
def test_no_decision_is_read_where_the_form_is_another(sentence: str) -> None:
    assert decided_claim(sentence) is None


def test_a_passive_step_is_asked_beside_its_deadline(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The review panel published its findings on Monday. Ballots should be"
        " counted by ward, in public, within 12 hours of the close of polls. The ballots"
        " were kept at the town hall.\n",
    )
    card = card_answering(cards, "count ballots by ward")
    assert card.prompt == "What should be done about ballots?"
    # The deadline keeps its own card.
    assert any(c.answer_text == "12 hours" for c in cards)
    assert_no_give_aways(cards)


def test_the_places_of_a_closure_are_asked_and_left_out_of_its_dates_card(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + "The depots at Brora, in Sutherland, and Kelso, in the Borders, will close"
        " by the end of March.\n",
    )
    card = card_answering(cards, "Brora and Kelso")
    assert card.prompt == "Where are the depots that will close?"
    dated = [c for c in cards if c.kind == "date" and "close" in c.prompt]
    assert dated and all("Brora" not in c.prompt for c in dated)
    assert_no_give_aways(cards)


def test_a_quoted_step_is_the_quotations(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        _DATED + '"We accept the count, but every ballot must be checked twice," Orla Venn'
        " said on Friday.\n",
    )
    assert not any(c.prompt.startswith("What must be done") for c in cards)
