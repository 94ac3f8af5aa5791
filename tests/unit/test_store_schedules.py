"""The lean schedule read that quiz queues use agrees with the full card states."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quiz_fixtures import START, make_deck, numbered_cards

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store, from_db_time, to_db_time


def test_schedules_match_card_states_and_order_the_queue(tmp_path: Path, data_dir: Path) -> None:
    clock = ManualClock(START)
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    with Store.open(data_dir, clock=clock, backup=False) as store:
        first = QuizSession([deck], store, Scheduler(fuzz=False), clock)
        # Right, wrong, right...: the wrong ones fall due again first.
        while (current := first.current) is not None:
            if first.asked_again:
                first.skip()
                continue
            right = current.id not in {"c1", "c4"}
            first.submit(current.answer_text if right else "no idea at all", elapsed_s=20.0)
        schedules = store.schedules("deck")
        states = store.card_states("deck")
        assert schedules.keys() == states.keys()
        for card_id, (due, memory) in schedules.items():
            assert from_db_time(due) == states[card_id].due
            assert memory == states[card_id].memory
        clock.advance(days=30)
        second = QuizSession([deck], store, Scheduler(fuzz=False), clock)
        summary = second.summary()
        assert summary.next_due == min(state.due for state in states.values())
        assert summary.due_tomorrow == sum(
            state.due <= clock() + timedelta(hours=24) for state in states.values()
        )
        asked = []
        while (current := second.current) is not None:
            asked.append(current.id)
            second.skip()
        assert asked == sorted(states, key=lambda card_id: (states[card_id].due, card_id))
        assert asked[:2] == ["c1", "c4"]


def test_reviewed_since_is_one_primary_key_lookup(tmp_path: Path, data_dir: Path) -> None:
    clock = ManualClock(START)
    deck = make_deck(tmp_path, "deck", numbered_cards(2))
    with Store.open(data_dir, clock=clock, backup=False) as store:
        started = to_db_time(START)
        session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
        clock.advance(seconds=5)
        session.submit("answer-0", elapsed_s=5.0)
        now = to_db_time(clock())
        assert store.reviewed_since("deck", "c0", started, now)
        assert not store.reviewed_since("deck", "c1", started, now)  # never answered
        later = to_db_time(clock() + timedelta(seconds=1))
        assert not store.reviewed_since("deck", "c0", later, now)  # answered before that
        long_after = to_db_time(clock() + timedelta(days=365))
        assert not store.reviewed_since("deck", "c0", started, long_after)  # due again
        plan = store._db.rows(
            "EXPLAIN QUERY PLAN SELECT 1 FROM card_states WHERE deck_id = ? AND card_id = ? "
            "AND last_review_at >= ? AND due > ?",
            ("deck", "c0", started, now),
        )
        assert [row[3] for row in plan] == [
            "SEARCH card_states USING PRIMARY KEY (deck_id=? AND card_id=?)"
        ]
