"""Briefings and readiness, pinned at fixed times with the real fsrs scheduler and store."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import fsrs
import pytest
from quiz_fixtures import START, make_deck, numbered_cards

from trainer import paths
from trainer.core import briefing
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store, to_db_time
from trainer.core.store.schema import SCHEMA_VERSION


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def test_recall_at_whole_days_is_what_fsrs_says(scheduler: Scheduler) -> None:
    for rating in ("again", "hard", "good", "easy"):
        scheduled = scheduler.review(None, rating, START)
        card = fsrs.Card.from_dict(json.loads(scheduled.memory))
        real = fsrs.Scheduler(enable_fuzzing=False)
        for days in (0, 1, 3, 10, 40):
            at = START + timedelta(days=days)
            expected = real.get_card_retrievability(card, at)
            assert briefing.recall_at(scheduler, scheduled.stability, START, at) == pytest.approx(
                expected, abs=1e-12
            )


def test_recall_between_whole_days_falls_smoothly(scheduler: Scheduler) -> None:
    stability = scheduler.review(None, "good", START).stability
    hours = [
        briefing.recall_at(scheduler, stability, START, START + timedelta(hours=h))
        for h in range(0, 49, 6)
    ]
    assert hours[0] == 1.0
    assert all(later < earlier for earlier, later in itertools.pairwise(hours))
    # fsrs floors to whole days; between day 1 and day 2 the curve lies between its values.
    one, two = (
        briefing.recall_at(scheduler, stability, START, START + timedelta(days=d)) for d in (1, 2)
    )
    assert two < hours[6] < one  # 36 h


def test_a_card_never_answered_counts_zero(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(4))
    session = QuizSession([deck], store, scheduler, clock, new_limit=2)
    session.submit("answer-0", elapsed_s=20.0)
    session.submit("answer-1", elapsed_s=20.0)
    at = START + timedelta(days=2)
    forecast = briefing.deck_readiness(store, "deck", deck.card_index().ids, at, scheduler)
    good = scheduler.review(None, "good", START).stability
    expected = briefing.recall_at(scheduler, good, START, at)
    assert [card.recall for card in forecast.cards] == pytest.approx([expected, expected, 0, 0])
    assert [card.answered for card in forecast.cards] == [True, True, False, False]
    assert forecast.mean == pytest.approx(expected / 2)
    assert forecast.ready == (2 if expected >= 0.9 else 0)
    assert [card.card_id for card in forecast.at_risk(2)] == ["c2", "c3"]


def test_the_earliest_briefing_ahead_counts(store: Store, clock: ManualClock) -> None:
    later, sooner = START + timedelta(days=5), START + timedelta(days=2)
    store.add_briefing(later, ["a", "b"])
    store.add_briefing(sooner, ["a"])
    store.add_briefing(START - timedelta(days=1), ["b"])  # past: kept, but not ahead
    assert briefing.deadlines(store, ["a", "b", "c"], START) == {"a": sooner, "b": later}
    assert store.clear_briefings(START, ["a"]) == 2
    assert briefing.deadlines(store, ["a", "b"], START) == {}
    kept = briefing.briefings(store)
    assert [(item.at, item.cleared) for item in kept] == [
        (START - timedelta(days=1), False),
        (sooner, True),
        (later, True),
    ]


def test_deadline_due_at_fixed_times(scheduler: Scheduler) -> None:
    good = scheduler.review(None, "good", START)
    # FSRS asks it again before a briefing 10 days off: its due stands.
    assert good.due < START + timedelta(days=10)
    assert briefing.deadline_due(good, START, START + timedelta(days=10), scheduler) == good.due
    # A briefing a day off: recall there is above 90%, nothing to add.
    assert briefing.recall_at(scheduler, good.stability, START, START + timedelta(days=1)) > 0.9
    # After a review whose next FSRS due falls past the briefing with recall there below
    # the target, the card comes back when its recall falls to the target.
    review = scheduler.review(good.memory, "good", good.due)
    at = review.due - timedelta(hours=1)
    left = (at - good.due).total_seconds() / 86400
    if scheduler.recall_after(review.stability, left) < 0.95:
        due = briefing.deadline_due(review, good.due, at, scheduler, target=0.95)
        expected = good.due + timedelta(days=scheduler.days_until_recall(review.stability, 0.95))
        assert due == expected < at
        assert briefing.recall_at(scheduler, review.stability, good.due, due) == pytest.approx(0.95)
    # After the briefing, plain FSRS.
    assert (
        briefing.deadline_due(review, good.due, good.due - timedelta(days=1), scheduler)
        == review.due
    )


def test_the_plan_at_fixed_times(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(5))
    ids = deck.card_index().ids
    at = START + timedelta(days=2)
    # No answer yet: one right answer now lifts each new card above 90% two days on.
    stability = scheduler.review(None, "good", START).stability
    assert scheduler.recall_after(stability, 2) >= 0.9
    result = briefing.plan(store, {"deck": ids}, at, START, scheduler)
    assert (result.reviews, result.days, result.per_day) == (5, 2, 3)
    assert result.answer_s == briefing.DEFAULT_ANSWER_S
    # The pace comes from the analyst's own answer times.
    session = QuizSession([deck], store, scheduler, clock, new_limit=2)
    session.submit("answer-0", elapsed_s=30.0)
    session.submit("answer-1", elapsed_s=50.0)
    result = briefing.plan(store, {"deck": ids}, at, START, scheduler)
    assert result.answer_s == 50.0  # the median of two is the upper one
    assert result.reviews == 3  # the two answered right are ready
    sentence = briefing.plan_sentence(result, "Sun 09:00")
    assert sentence == (
        "2 reviews a day until Sun 09:00 bring every card to 90%; at your pace that is ~2 min a day"
    )
    # A briefing 20 days off needs more than one review per card.
    far = briefing.plan(store, {"deck": ids}, START + timedelta(days=20), START, scheduler)
    assert far.reviews > 3 + 2


def test_a_version_4_database_keeps_its_reviews_and_gains_readiness_columns(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, scheduler: Scheduler
) -> None:
    from trainer.core.store import connection as store_module

    monkeypatch.setattr(
        store_module, "MIGRATIONS", {v: store_module.MIGRATIONS[v] for v in (1, 2, 3, 4)}
    )
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 4)
    with Store.open(data_dir, backup=False):
        pass
    monkeypatch.undo()
    # Reviews and schedules as the version 4 trainer wrote them, with real FSRS memories.
    first = scheduler.review(None, "good", START)
    second = scheduler.review(None, "again", START)
    at = to_db_time(START)
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 4
        connection.execute(
            "INSERT INTO sessions (id, started_at, deck_ids, answered, "
            "score_sum, last_review_at) VALUES (1, ?, 'deck', 2, 1, ?)",
            (at, at),
        )
        connection.execute(
            "INSERT INTO session_decks (deck_id, session_id, answered, "
            "score_sum) VALUES ('deck', 1, 2, 1)"
        )
        for card_id, verdict, scheduled in (("c0", "correct", first), ("c1", "wrong", second)):
            connection.execute(
                "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, "
                "verdict, score, rating, reviewed_at, due_after) VALUES (1, 'deck', ?, "
                "'text', '[]', 'x', ?, ?, 'good', ?, ?)",
                (
                    card_id,
                    verdict,
                    1.0 if verdict == "correct" else 0.0,
                    at,
                    to_db_time(scheduled.due),
                ),
            )
            connection.execute(
                "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
                "last_review_at) VALUES ('deck', ?, ?, ?, ?, ?)",
                (card_id, to_db_time(scheduled.due), scheduled.memory, at, at),
            )
    with Store.open(data_dir, backup=False) as store:
        assert store.review_count() == 2
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        states = {card_id: stability for card_id, stability, _ in store.recall_states("deck")}
        assert states == {
            "c0": pytest.approx(first.stability),
            "c1": pytest.approx(second.stability),
        }
        assert briefing.briefings(store) == []
        store.add_briefing(START + timedelta(days=1), ["deck"])
    with Store.open(data_dir, backup=False) as store:  # a briefing survives a restart
        assert [item.deck_ids for item in briefing.briefings(store)] == [("deck",)]


def test_a_deadline_session_brings_in_every_new_card_lowest_recall_first(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    first = QuizSession([deck], store, scheduler, clock, new_limit=3)
    for response in ("answer-0", "wrong", "answer-2"):
        first.submit(response, elapsed_s=20.0)
    store.add_briefing(START + timedelta(days=3), ["deck"])
    clock.advance(hours=6)
    session = QuizSession([deck], store, scheduler, clock, new_limit=3)
    assert session.deadlines == {"deck": START + timedelta(days=3)}
    asked = []
    while (card := session.current) is not None:
        asked.append(card.id)
        session.skip()
    # The new cards (recall 0) despite a new-card limit already used up today; then the due
    # ones (FSRS's learning steps), the missed card first: its recall at the briefing is lowest.
    assert asked == ["c3", "c4", "c5", "c1", "c0", "c2"]
    assert (session.due_count, session.new_count) == (3, 3)


def test_a_deadline_session_times_reviews_before_the_briefing(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    briefing_at = START + timedelta(days=8)
    store.add_briefing(briefing_at, ["deck"])
    dues = []
    for _ in range(8):
        session = QuizSession([deck], store, scheduler, clock)
        if session.current is None:
            break
        outcome = session.submit("answer-0", elapsed_s=20.0)
        dues.append(outcome.due)
        assert outcome.due is not None
        clock.now = max(clock.now, outcome.due)
    # The reviews came before the briefing, and the last one leaves recall there at 90%.
    assert len(dues) >= 2 and all(due is not None for due in dues)
    states = store.recall_states("deck")
    ((_, stability, last_review),) = states
    recall = briefing.recall_at(
        scheduler, stability, datetime.fromisoformat(last_review).astimezone(UTC), briefing_at
    )
    assert recall >= 0.9
