"""Grading text cards by their points: each rule of deck-format "text with points"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from trainer import grade
from trainer.core.deck import Card
from trainer.core.grading.points_kind import mark_points

AIM = Card(
    id="aim",
    kind="text",
    prompt="What was the operation launched to do?",
    answer="dismantle terror infrastructure in Pakistan",
    points=(
        ("dismantle", "destroy", "take down", "wipe out"),
        ("terror", "terrorist", "militant"),
        ("infrastructure", "camps", "launch pads"),
        ("Pakistan", "PoK"),
    ),
)
RELIANCE = Card(
    id="reliance",
    kind="text",
    prompt="What could the minerals deal help the US do?",
    answer="reduce reliance on Chinese resources",
    points=(("reduce", "cut", "lessen"), ("reliance", "dependence"), ("Chinese", "China")),
)
STABILITY = Card(
    id="stability",
    kind="text",
    prompt="What did Rubio thank Pakistan for?",
    answer="preserving regional stability",
    points=(("preserve", "keep", "maintain"), ("stability", "peace")),
)


def verdict(card: Card, response: str) -> str:
    return grade(card, response).verdict


@pytest.mark.parametrize(
    "response",
    [
        "dismantle terror infrastructure in Pakistan",
        "Pakistan: terror infrastructure, dismantled",  # word order
        "to destroy the militants' camps in PoK",  # forms, small words, possessive
        "dismantling terrorist launch pads inside Pakistan",  # stems, phrase
        "they wiped out terror camps in Pakistan",  # phrase with its particle
    ],
)
def test_every_point_present_is_correct(response: str) -> None:
    assert verdict(AIM, response) == "correct"


def test_a_phrase_is_matched_as_a_phrase_and_a_phrasal_verb_keeps_its_particle() -> None:
    card = replace(AIM, prompt="What was the aim?")
    assert (
        mark_points(card, "pads launch, terror, in Pakistan, dismantled").marks[2].status == "found"
    )
    # "launch" and "pads" apart do not make "launch pads"; "take" is not "take down".
    assert (
        mark_points(card, "launch terror raids on pads in Pakistan, dismantled").marks[2].status
        == "missing"
    )
    assert mark_points(AIM, "take over terror camps in Pakistan").marks[0].status == "missing"


def test_a_typo_is_close_but_never_when_it_lands_on_another_word() -> None:
    result = grade(AIM, "dismantel terror infrastructure in Pakistan")
    assert result.verdict == "close" and "dismantel" in result.detail
    assert verdict(STABILITY, "preserving regional stabilty") == "close"
    assert verdict(STABILITY, "preserving regional instability") == "wrong"
    decreased = replace(RELIANCE, points=(("increased",), ("reliance",), ("China",)))
    assert verdict(decreased, "decreased reliance on China") == "wrong"


def test_one_missing_of_three_or_more_is_close_only_when_nothing_else_is_claimed() -> None:
    assert verdict(AIM, "dismantling terror infrastructure") == "close"
    assert verdict(RELIANCE, "reduce reliance") == "close"
    # The missing point replaced by something the card does not hold: wrong.
    assert verdict(AIM, "dismantling terror infrastructure in Afghanistan") == "wrong"
    assert verdict(RELIANCE, "increase reliance on Chinese resources") == "wrong"
    assert verdict(RELIANCE, "reduce reliance on Russia") == "wrong"
    # Two points: one missing is never close.
    assert verdict(STABILITY, "regional stability") == "wrong"


def test_two_missing_is_wrong_with_the_share_present_as_score() -> None:
    result = grade(AIM, "terror in Pakistan")
    assert result.verdict == "wrong"
    assert 0 < result.score < 0.5


def test_need_sets_how_many_points_make_a_right_answer() -> None:
    two = replace(RELIANCE, need=2)
    assert verdict(two, "reduce reliance") == "correct"
    assert verdict(two, "China") == "wrong"


def test_the_prompt_words_are_never_required() -> None:
    card = replace(RELIANCE, prompt="What could the minerals deal help the US reduce?")
    assert verdict(card, "reliance on China") == "correct"
    assert mark_points(card, "reliance on China").marks[0].status == "given"


@pytest.mark.parametrize(
    "response",
    [
        "not to reduce reliance on China",
        "it would never reduce reliance on China",
        "reduce reliance, but not on China",
        # Stopping or abandoning an aim denies it as "not" does.
        "to stop reducing reliance on China",
        "it abandoned reducing reliance on China",
    ],
)
def test_a_denied_point_is_wrong(response: str) -> None:
    assert verdict(RELIANCE, response) == "wrong"


def test_a_denial_that_is_a_point_or_only_a_hedge_denies_nothing() -> None:
    card = Card(
        id="m",
        kind="text",
        prompt="Why would mediation be hard?",
        answer="the absence of crisis mechanisms",
        points=(("absence", "no", "lack"), ("crisis",), ("mechanisms", "channels")),
    )
    assert verdict(card, "no crisis mechanisms") == "correct"
    assert verdict(RELIANCE, "not only to reduce reliance on China") == "correct"
    assert verdict(RELIANCE, "not for trade but to reduce reliance on China") == "correct"


def test_accept_and_reject_entries_decide_as_a_whole_and_a_held_reject_is_wrong() -> None:
    card = replace(RELIANCE, accept=("decouple from China",), reject=("increase reliance",))
    assert verdict(card, "to decouple from China") == "correct"
    assert verdict(card, "reduce and then increase reliance on China") == "wrong"


def test_digits_match_exactly_and_a_contradicting_number_is_wrong() -> None:
    card = Card(
        id="t",
        kind="text",
        prompt="Why was TRF designated?",
        answer="its involvement in the 22 April Pahalgam attack",
        points=(("Pahalgam",), ("attack", "massacre")),
    )
    assert verdict(card, "the 22 April Pahalgam attack") == "correct"
    assert verdict(card, "the Pahalgam attack of 2025") == "correct"
    assert verdict(card, "the 23 April Pahalgam attack") == "wrong"
    dated = replace(card, points=(("22 April",), ("Pahalgam",)))
    assert verdict(dated, "an attack in Pahalgam on 23 April") == "wrong"


def test_us_the_country_and_us_the_pronoun() -> None:
    card = Card(
        id="u",
        kind="text",
        prompt="Who credited Trump?",
        answer="Dar credited the US",
        points=(("US", "Washington"),),
    )
    assert verdict(card, "the U.S.") == "correct"
    assert verdict(card, "the united states") == "correct"
    assert mark_points(card, "Dar: to help us").marks[0].status == "missing"


def test_cards_without_points_keep_the_text_rules() -> None:
    card = replace(RELIANCE, points=())
    assert verdict(card, "reduce reliance on Chinese resources") == "correct"
    assert verdict(card, "reduce reliance on China") == "wrong"


def test_the_marks_say_which_points_were_found_and_in_which_words() -> None:
    result = mark_points(AIM, "destroying terror camps")
    assert [(mark.label, mark.status, mark.found_as) for mark in result.marks] == [
        ("dismantle", "found", "destroying"),
        ("terror", "found", "terror"),
        ("infrastructure", "found", "camps"),
        ("Pakistan", "missing", ""),
    ]
    assert result.grade.verdict == "close"
