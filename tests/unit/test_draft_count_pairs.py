"""Counts and votes that QA found asked in halves (issue 15): each test writes its own short
article in the pattern, never a benchmark article's sentence."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards


def test_a_count_split_between_two_makes_is_one_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The airline will lease three Airbus and two Embraer jets for the summer.\n",
    )
    [pair] = [card for card in cards if "jets" in card.answer_text]
    assert pair.answer_text == "three Airbus and two Embraer jets"
    assert pair.prompt == "How many jets will the airline lease for the summer?"
    # Neither half is a card of its own.
    assert not any(card.answer_text in ("three", "two") for card in cards)


def test_counts_each_with_their_own_noun_stay_two_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The brigade will send 20 Boxer armoured vehicles and 8 Foxhound patrol vehicles.\n",
    )
    answers = {card.answer_text for card in cards}
    assert {"20", "8"} <= answers


def test_a_vote_told_as_a_share_of_members_is_asked_as_the_vote(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Six of the nine judges voted against the appeal, the court said on 3 March 2026.\n",
    )
    [vote] = [card for card in cards if "vote" in card.prompt]
    assert vote.answer_text == "six votes to three"
    assert vote.prompt == "How did the nine judges vote on the appeal?"
    assert "6-3" in vote.accept
    # No "Six of the how many judges ...?" beside it.
    assert not any(card.answer_text == "nine" for card in cards)


def test_a_share_that_is_everyone_or_in_digits(tmp_path: Path) -> None:
    everyone = drafted_cards(
        tmp_path, "Seven of the seven members voted for the motion on 4 May 2026.\n"
    )
    assert not any("votes to" in card.answer_text for card in everyone)
    digits = drafted_cards(tmp_path, "12 of the 15 directors voted in favour of the merger.\n")
    assert [card.answer_text for card in digits if "votes to" in card.answer_text] == [
        "12 votes to 3"
    ]


def test_a_rate_s_starting_point_and_an_amount_s_are_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The operating margin widened to 8.2% from 6.9%, the company said on 2 May 2026.\n\n"
        "Operating profit rose to £96 million from £71 million a year earlier.\n",
    )
    answers = {card.answer_text for card in cards}
    # The rate it started from is a figure a briefing quotes too, asked on its own.
    assert {"8.2%", "6.9%"} <= answers
    assert [card.prompt for card in cards if card.answer_text == "6.9%"] == [
        "The operating margin widened from what percentage?"
    ]
    assert {"£96 million", "£71 million"} <= answers


def test_a_span_of_years_gives_no_card_on_its_first_year(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "The average grant rose from £4,000 in 2018-2020 to £5,500 in 2022-2024.\n",
    )
    answers = {card.answer_text for card in cards}
    assert "2018" not in answers
    assert "2022" not in answers
    assert "£5,500" in answers
