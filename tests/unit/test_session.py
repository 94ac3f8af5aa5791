"""Quiz sessions on a real store and scheduler with a fixed UTC clock."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import card, make_deck, numbered_cards

from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.scheduler import Scheduler
from trainer.core.session import HINTED_SCORE_CAP, QuizSession
from trainer.core.store import Store


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def answer_all(session: QuizSession, right: bool = True) -> list[str]:
    """Answer every card (rightly or not); return the card ids in the order asked."""
    asked = []
    while not session.finished:
        current = session.current
        assert current is not None
        if session.asked_again:  # a missed card back again: these tests count first tries
            session.skip()
            continue
        asked.append(current.id)
        session.submit(current.answer_text if right else "no idea at all")
    return asked


def test_new_cards_come_in_deck_order_up_to_the_limit(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(8))
    session = QuizSession([deck], store, scheduler, clock, new_limit=5)
    assert session.total == 5
    assert (session.due_count, session.new_count) == (0, 5)
    assert session.position == 1
    assert answer_all(session) == ["c0", "c1", "c2", "c3", "c4"]
    assert session.position == 5


def test_the_new_card_limit_is_per_day(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(12))
    answer_all(QuizSession([deck], store, scheduler, clock, new_limit=4))
    clock.advance(minutes=5)  # before the first learning step brings them back
    later = QuizSession([deck], store, scheduler, clock, new_limit=6)
    # Four were introduced earlier today, so only two more new cards fit under six.
    assert answer_all(later) == ["c4", "c5"]
    clock.advance(days=1)
    tomorrow = QuizSession([deck], store, scheduler, clock, new_limit=3)
    assert tomorrow.new_count == 3


def test_due_cards_come_first_most_overdue_first(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    cards = numbered_cards(6)
    cards[1]["hint"] = "It ends in 1."
    deck = make_deck(tmp_path, "deck", cards)
    first = QuizSession([deck], store, scheduler, clock, new_limit=3)
    # New cards run through learning steps: again (1 min) < hard (5.5 min) < good (10 min).
    first.submit("wrong")
    first.hint()
    first.submit("answer-1")
    first.submit("answer-2")
    due = {card_id: state.due for card_id, state in store.card_states("deck").items()}
    assert due["c0"] < due["c1"] < due["c2"]
    clock.now = due["c2"] + timedelta(minutes=1)
    second = QuizSession([deck], store, scheduler, clock, new_limit=10)
    assert second.due_count == 3
    assert answer_all(second) == ["c0", "c1", "c2", "c3", "c4", "c5"]


def test_cards_not_yet_due_are_not_asked(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    answer_all(QuizSession([deck], store, scheduler, clock))
    clock.advance(minutes=5)
    again = QuizSession([deck], store, scheduler, clock)
    assert again.total == 0
    assert again.finished
    assert again.current is None
    assert again.summary().next_due is not None


def test_filters_by_tag_and_kind(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path,
        "deck",
        [
            card("when", "2025-07-25", kind="date", tags=["meeting"]),
            card("who", "Marco Rubio", kind="name", tags=["people"]),
            card("where", "Washington", tags=["meeting", "places"]),
        ],
    )
    by_tag = QuizSession([deck], store, scheduler, clock, tags=["meeting"])
    assert answer_all(by_tag) == ["when", "where"]
    by_kind = QuizSession([deck], store, scheduler, clock, kinds=["name"], cram=True)
    assert answer_all(by_kind) == ["who"]
    both = QuizSession([deck], store, scheduler, clock, tags=["meeting"], kinds=["text"], cram=True)
    assert answer_all(both) == ["where"]


def test_cram_asks_everything_and_leaves_the_due_times_alone(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(4))
    answer_all(QuizSession([deck], store, scheduler, clock, new_limit=2))
    before = store.card_states("deck")
    clock.advance(minutes=30)
    cram = QuizSession([deck], store, scheduler, clock, cram=True, new_limit=0)
    assert answer_all(cram, right=False) == ["c0", "c1", "c2", "c3"]
    after = store.card_states("deck")
    # Cards already scheduled keep their due times; their memory moved with the answer.
    for card_id in ("c0", "c1"):
        assert after[card_id].due == before[card_id].due
        assert after[card_id].memory != before[card_id].memory
        assert after[card_id].last_review_at == clock()
    # Cards crammed before they were ever scheduled now have a schedule of their own.
    assert {"c2", "c3"} <= after.keys()
    assert all(outcome.due is None for outcome in cram.summary().outcomes)
    kept = [record for record in history.reviews(store) if record.cram]
    assert [record.card for record in kept] == ["c0", "c1", "c2", "c3"]
    assert {record.verdict for record in kept} == {"wrong"}


def test_each_answer_is_saved_before_submit_returns(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = QuizSession([deck], store, scheduler, clock)
    outcome = session.submit("answer-0", elapsed_s=20.0)
    other = sqlite3.connect(store.path)
    try:
        rows = other.execute(
            "SELECT card_id, verdict, rating, response, elapsed_s FROM review_rows"
        ).fetchall()
        due = other.execute("SELECT due FROM card_states WHERE card_id = 'c0'").fetchone()[0]
    finally:
        other.close()
    assert rows == [("c0", "correct", "good", "answer-0", 20.0)]
    assert outcome.due is not None
    assert due == outcome.due.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert outcome.review_id is not None


def test_grades_map_to_ratings_with_answer_time(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(4))
    session = QuizSession([deck], store, scheduler, clock)
    assert session.submit("answer-0", elapsed_s=2.0).rating == "easy"
    assert session.submit("answer-1", elapsed_s=30.0).rating == "good"
    assert session.submit("answer-2").rating == "good"
    wrong = session.submit("nothing like it", elapsed_s=1.0)
    assert (wrong.grade.verdict, wrong.rating) == ("wrong", "again")


def test_a_hint_caps_a_right_answer_at_close(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path, "deck", [card("a", "Paris", hint="Starts with P"), card("b", "Rome")]
    )
    session = QuizSession([deck], store, scheduler, clock)
    assert session.hint() == "Starts with P"
    assert session.hinted
    outcome = session.submit("Paris", elapsed_s=1.0)
    assert outcome.hinted
    assert outcome.grade.verdict == "close"
    assert outcome.grade.score <= HINTED_SCORE_CAP
    assert outcome.rating == "hard"
    # The next card starts unhinted, and a card without a hint gives none.
    assert not session.hinted
    assert session.hint() is None
    assert not session.hinted


def test_override_turns_the_last_wrong_answer_into_a_good_review(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    session = QuizSession([deck], store, scheduler, clock)
    wrong = session.submit("answer nine")
    clock.advance(seconds=5)
    corrected = session.override()
    assert corrected.overridden
    assert corrected.grade.verdict == "correct"
    assert corrected.rating == "good"
    assert corrected.response == "answer nine"
    # Scheduled as if it had been rated good when answered.
    assert corrected.due == scheduler.review(None, "good", wrong.reviewed_at).due
    assert store.card_states("deck")["c0"].due == corrected.due
    assert session.last == corrected
    records = list(history.reviews(store))
    assert [(r.verdict, r.overridden) for r in records] == [("wrong", False), ("correct", True)]
    # The tallies keep the final word only.
    (accuracy,) = history.accuracy_by(store, "deck")
    assert (accuracy.reviews, accuracy.correct, accuracy.wrong) == (1, 1, 0)
    summary = session.summary()
    assert (summary.correct, summary.wrong, summary.score) == (1, 0, 1.0)
    assert summary.outcomes == (corrected,)
    (score,) = history.session_scores(store)
    assert (score.answered, score.score) == (1, 1.0)


def test_override_is_refused_when_there_is_nothing_to_correct(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = QuizSession([deck], store, scheduler, clock)
    with pytest.raises(TrainerError, match="no answer"):
        session.override()
    session.submit("answer-0")
    with pytest.raises(TrainerError, match="already counts as correct"):
        session.override()
    session.submit("nope")
    session.override()
    with pytest.raises(TrainerError, match="already counts as correct"):
        session.override()
    assert store.review_count() == 3


def test_override_after_the_last_card_still_works(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    session = QuizSession([deck], store, scheduler, clock)
    session.submit("nope")
    # The missed card is back at once (nothing else is left), until "I was right".
    assert session.asked_again and not session.finished
    assert session.override().grade.verdict == "correct"
    assert session.finished
    assert session.summary().correct == 1


def test_skip_records_nothing_and_counts_in_the_summary(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = QuizSession([deck], store, scheduler, clock)
    session.skip()
    assert session.position == 2
    session.submit("answer-1")
    session.skip()
    assert session.finished
    with pytest.raises(TrainerError, match="session is over"):
        session.skip()
    with pytest.raises(TrainerError, match="session is over"):
        session.submit("late")
    assert store.review_count() == 1
    summary = session.summary()
    assert (summary.asked, summary.skipped, summary.correct) == (3, 2, 1)
    # Skipped cards stay new for next time.
    assert sorted(store.card_states("deck")) == ["c1"]


def test_summary_counts_scores_and_what_comes_next(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", [card("a", "Paris", hint="P"), *numbered_cards(3)])
    session = QuizSession([deck], store, scheduler, clock)
    session.hint()
    close = session.submit("Paris")
    clock.advance(seconds=20)
    session.submit("answer-0")
    clock.advance(seconds=20)
    wrong = session.submit("no")
    clock.advance(seconds=20)
    session.skip()
    summary = session.summary()
    assert summary.deck_ids == ("deck",)
    assert (summary.asked, summary.correct, summary.close, summary.wrong, summary.skipped) == (
        4,
        1,
        1,
        1,
        1,
    )
    assert summary.score == pytest.approx((close.grade.score + 1.0 + 0.0) / 3)
    assert summary.elapsed_s == 60.0
    assert [outcome.card.id for outcome in summary.outcomes] == ["a", "c0", "c1"]
    assert summary.next_due == wrong.due
    # All three answered cards are still in their first learning steps: back within the hour.
    assert summary.due_tomorrow == 3


def test_progress_follows_card_ids_when_the_deck_is_edited(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    original = make_deck(tmp_path, "deck", [card("a", "one"), card("b", "two"), card("c", "three")])
    session = QuizSession([original], store, scheduler, clock)
    session.submit("one")
    session.submit("wrong")
    session.submit("three")
    due_before = {key: state.due for key, state in store.card_states("deck").items()}
    # Reword, reorder, insert one card and remove another.
    edited = make_deck(
        tmp_path,
        "deck",
        [
            card("c", "three", prompt="Reworded: what is c?"),
            card("new", "four"),
            card("a", "one"),
        ],
    )
    clock.now = due_before["b"] + timedelta(minutes=1)
    next_session = QuizSession([edited], store, scheduler, clock)
    assert answer_all(next_session) == ["new"]
    clock.now = max(due_before.values()) + timedelta(minutes=1)
    later = QuizSession([edited], store, scheduler, clock)
    # Both fell due at the same moment, so the deck's new order breaks the tie.
    assert answer_all(later) == ["c", "a"]
    # The removed card's history stays.
    assert [r.card for r in history.reviews(store) if r.card == "b"] == ["b"]
    status = history.deck_statuses(store, [edited], clock())
    assert (status[0].cards, status[0].new) == (3, 0)


def test_several_decks_in_one_session(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    first = make_deck(tmp_path, "first", numbered_cards(2, prefix="f"))
    second = make_deck(tmp_path, "second", numbered_cards(2, prefix="s"))
    session = QuizSession([first, second], store, scheduler, clock)
    seen = []
    while not session.finished:
        if session.asked_again:
            session.skip()
            continue
        seen.append((session.current_deck_id, session.current.id if session.current else ""))
        assert session.current_deck is not None
        session.submit("answer-0")
    assert seen == [("first", "f0"), ("first", "f1"), ("second", "s0"), ("second", "s1")]
    assert sorted(store.card_states("second")) == ["s0", "s1"]
    (score,) = history.session_scores(store)
    assert score.deck_ids == ("first", "second")


def test_bad_session_arguments_are_refused(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck: Deck = make_deck(tmp_path, "deck", numbered_cards(1))
    with pytest.raises(TrainerError, match="at least one deck"):
        QuizSession([], store, scheduler, clock)
    with pytest.raises(TrainerError, match="given twice"):
        QuizSession([deck, deck], store, scheduler, clock)
    with pytest.raises(TrainerError, match="new-card limit"):
        QuizSession([deck], store, scheduler, clock, new_limit=-1)
