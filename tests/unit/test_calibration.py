"""Calibration figures against a hand-computed example, on a real store and grader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from quiz_fixtures import card, make_deck

from trainer.core.calibration import calibration_by, confidently_wrong_cards
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store

CITIES = [
    ("c0", "Islamabad", "north"),
    ("c1", "Rawalpindi", "north"),
    ("c2", "Karachi", "south"),
    ("c3", "Peshawar", "south"),
    ("c4", "Quetta", "north"),
    ("c5", "Lahore", "south"),
    ("c6", "Multan", "south"),
    ("c7", "Sialkot", "south"),
]


@pytest.fixture
def store(data_dir: Path, clock: ManualClock, tmp_path: Path) -> Iterator[Store]:
    """Eight answers: sure 3 of 4 right (one close), unsure 2 of 2 (one by "I was right"),
    guessing 0 of 2; and one sure wrong answer taken back."""
    deck = make_deck(tmp_path, "cities", [card(i, answer, tags=[tag]) for i, answer, tag in CITIES])
    with Store.open(data_dir, clock=clock, backup=False) as opened:
        session = QuizSession([deck], opened, Scheduler(fuzz=False), clock)
        session.submit("Lahore")  # c0: sure and wrong, then taken back
        session.undo()
        # c0-c3 sure: right, right, close, wrong; c4 unsure, right; c5 unsure, wrong, then
        # "I was right"; c6 and c7 guessing, wrong.
        answers = {
            "c0": "Islamabad",
            "c1": "Rawalpindi",
            "c2": "Karachy",
            "c3": "Quetta!!",
            "c4": "Quetta?",
            "c5": "Lahor town?",
            "c6": "Karachi??",
            "c7": "Gwadar??",
        }
        while (current := session.current) is not None:
            if session.asked_again:
                # A missed card back for another go: only the first tries are this example's.
                session.skip()
                continue
            session.submit(answers[current.id])
            if current.id == "c5":
                session.override()
        yield opened


def test_figures_match_the_hand_computed_example(store: Store) -> None:
    [overall] = calibration_by(store)
    sure, unsure, guess = overall.levels
    assert (sure.answers, sure.right, sure.accuracy) == (4, 3, 0.75)
    assert (unsure.answers, unsure.right, unsure.accuracy) == (2, 2, 1.0)
    assert (guess.answers, guess.right, guess.accuracy) == (2, 0, 0.0)
    # sure: 3 x (0.9-1)² + 0.9²; unsure: 2 x (0.6-1)²; guess: 2 x 0.3²; over 8 answers.
    expected = (3 * 0.01 + 0.81 + 2 * 0.16 + 2 * 0.09) / 8
    assert overall.brier == pytest.approx(expected)
    assert overall.brier == pytest.approx(0.1675)


def test_per_tag_and_per_deck(store: Store) -> None:
    by_tag = {group.key: group for group in calibration_by(store, "tag")}
    north = by_tag["north"]
    assert [(level.answers, level.right) for level in north.levels] == [(2, 2), (1, 1), (0, 0)]
    assert north.brier == pytest.approx((0.01 + 0.01 + 0.16) / 3)
    assert by_tag["south"].answers == 5
    [deck] = calibration_by(store, "deck")
    assert (deck.key, deck.answers) == ("cities", 8)
    assert calibration_by(store, "kind")[0].key == "text"
    assert calibration_by(store, "deck", "another") == []


def test_confidently_wrong_is_the_sure_and_wrong_last_answer(
    store: Store, clock: ManualClock, tmp_path: Path
) -> None:
    wrong = confidently_wrong_cards(store)
    # c0's sure wrong answer was taken back; c6 and c7 were guesses.
    assert [(item.card_id, item.response, item.times) for item in wrong] == [("c3", "Quetta!!", 1)]
    assert confidently_wrong_cards(store, ["other"]) == []
    # Answered right later, it leaves the list.
    deck = make_deck(tmp_path, "cities", [card(i, a, tags=[t]) for i, a, t in CITIES])
    clock.advance(days=30)
    later = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    while later.current is not None and later.current.id != "c3":
        later.skip()
    later.submit("Peshawar")
    assert confidently_wrong_cards(store) == []


def test_no_answers_with_confidence_gives_empty_figures(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "empty", backup=False) as empty:
        [overall] = calibration_by(empty)
        assert (overall.answers, overall.brier) == (0, None)
        assert overall.as_dict()["levels"][0] == {  # type: ignore[index]
            "confidence": "sure",
            "stated": 0.9,
            "answers": 0,
            "right": 0,
            "accuracy": None,
            "reading": "too few answers",
        }
