"""Missed cards come back in the same session until right; the score is the first try's."""

from __future__ import annotations

from pathlib import Path

from quiz_fixtures import make_deck, numbered_cards

from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def test_a_missed_card_comes_back_after_three_others_until_right(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    asked = []
    answers = {"c1": ["wrong", "still wrong", "answer-1"]}
    while (card := session.current) is not None:
        asked.append((card.id, session.asked_again))
        replies = answers.get(card.id)
        session.submit(replies.pop(0) if replies else card.answer_text, elapsed_s=20.0)
        clock.advance(seconds=30)
    assert asked == [
        ("c0", False),
        ("c1", False),
        ("c2", False),
        ("c3", False),
        ("c4", False),
        ("c1", True),
        ("c5", False),
        ("c1", True),
    ]
    # Every attempt is a review in the store.
    assert [r.card for r in history.reviews(store) if r.card == "c1"] == ["c1"] * 3
    summary = session.summary()
    assert (summary.correct, summary.wrong, summary.attempts) == (5, 1, 8)
    assert summary.score == 5 / 6  # first tries
    assert summary.final_score == 1.0 and summary.final_correct == 6
    assert not summary.ended_early
    # The last answer set the card's schedule, and the summary's outcome is its first try.
    assert [o.card.id for o in summary.outcomes] == ["c0", "c1", "c2", "c3", "c4", "c5"]
    assert {o.card.id: o.grade.verdict for o in summary.final_outcomes}["c1"] == "correct"


def test_a_card_asked_again_is_not_taken_for_another_trainers_answer(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    outcome = session.submit("wrong", elapsed_s=20.0)
    # FSRS has it due in a minute: its review since the session started is this session's.
    assert outcome.due is not None and outcome.due > clock()
    assert session.pass_cards_answered_elsewhere() == 0
    assert session.current is not None and session.asked_again


def test_i_was_right_withdraws_the_card_from_asking_again(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    session.submit("wrong")
    session.override()
    asked = []
    while (card := session.current) is not None:
        asked.append(card.id)
        session.submit(card.answer_text)
    assert asked == ["c1", "c2"]
    assert session.summary().score == 1.0


def test_ending_during_a_second_go_does_not_count_a_skip(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    session.submit("wrong")
    session.submit("answer-1")
    assert session.asked_again
    session.skip()
    summary = session.summary()
    assert (summary.asked, summary.skipped, summary.wrong) == (2, 0, 1)
    assert session.finished and not summary.ended_early


def test_cram_asks_missed_cards_again_too(tmp_path: Path, store: Store, clock: ManualClock) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
    session.submit("wrong")
    session.submit("answer-1")
    assert session.current is not None and session.current.id == "c0"


def test_a_miss_taken_back_does_not_bring_its_card_back(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # The last card missed is put straight back (nothing else is left); undo takes the miss
    # back, so once answered right the session is over.
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    session.submit("answer-0")
    session.submit("wrong")
    assert session.asked_again
    session.undo()
    assert not session.asked_again
    session.submit("answer-1")
    assert session.current is None
    assert session.summary().attempts == 2


def test_history_scores_a_session_by_first_tries_as_its_summary_does(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Three cards missed and put right later, one only on its third go;
    # "I was right" on a second go and an undo of a second go change no first try either.
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    answers = {
        "c1": ["wrong", "still wrong", "answer-1"],
        "c2": ["wrong", "wrong again"],
        "c3": ["wrong", "answer-3"],
    }
    overridden = undone = False
    while (card := session.current) is not None:
        replies = answers.get(card.id)
        session.submit(replies.pop(0) if replies else card.answer_text, elapsed_s=20.0)
        clock.advance(seconds=30)
        if card.id == "c2" and not replies and not overridden:
            session.override()  # the second go at c2 was right after all
            overridden = True
        if card.id == "c1" and replies == ["answer-1"] and not undone:
            session.undo()  # take back the second go at c1: it is asked again at once
            answers["c1"] = ["still wrong", "answer-1"]
            undone = True
    summary = session.summary()
    assert summary.score == 3 / 6
    [scored] = history.session_scores(store)
    assert (scored.answered, scored.score) == (6, summary.score)
    [per_deck] = history.session_scores(store, deck_id="deck")
    assert (per_deck.answered, per_deck.score) == (6, summary.score)
    assert history.last_deck_score(store, "deck") == summary.score


def test_undoing_a_second_go_keeps_the_other_cards_back_for_another_go_marked(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # c1's second go is taken back while c2's second go already waits next in the queue;
    # then c3 comes back in front of it. c2's second go is still a second go: one first
    # try per card in the summary.
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    answers = {
        "c1": ["wrong", "still wrong", "still wrong", "answer-1"],
        "c2": ["wrong", "answer-2"],
        "c3": ["wrong", "answer-3"],
    }
    asked, undone = [], False
    while (card := session.current) is not None:
        again = session.asked_again
        asked.append((card.id, again))
        session.submit(answers[card.id].pop(0) if card.id in answers else card.answer_text)
        clock.advance(seconds=30)
        if card.id == "c1" and again and not undone:
            session.undo()
            undone = True
    assert [card_id for card_id, again in asked if not again] == [f"c{i}" for i in range(6)]
    summary = session.summary()
    assert [o.card.id for o in summary.outcomes] == [f"c{i}" for i in range(6)]
    assert (summary.asked, summary.correct, summary.wrong) == (6, 3, 3)
    assert summary.final_correct == 6


def test_a_quick_right_answer_to_a_card_asked_again_is_good_not_easy(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Its answer was on screen moments ago: a fast recall then says little of memory.
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert session.submit("wrong", 1.0).rating == "again"
    assert session.asked_again
    assert session.submit("answer-0", 1.0).rating == "good"


def test_a_quick_right_first_answer_is_easy(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert session.submit("answer-0", 1.0).rating == "easy"


def test_i_was_right_is_off_once_a_card_is_skipped_after_the_answer(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Both front ends ask the session: a correction after a skip would land on a card no
    # longer in view.
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    session.submit("wrong")
    assert session.can_override
    session.skip()
    assert not session.can_override
