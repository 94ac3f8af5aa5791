"""The lean schedule read that quiz queues use agrees with the full card states."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quiz_fixtures import START, make_deck, numbered_cards

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store, from_db_time


def test_schedules_match_card_states_and_order_the_queue(tmp_path: Path, data_dir: Path) -> None:
    clock = ManualClock(START)
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    with Store.open(data_dir, clock=clock, backup=False) as store:
        first = QuizSession([deck], store, Scheduler(fuzz=False), clock)
        # Right, wrong, right...: the wrong ones fall due again first.
        while (current := first.current) is not None:
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
