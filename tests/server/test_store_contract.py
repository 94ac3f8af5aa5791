"""The store's contract, on both backends: the data dir's SQLite file and a team server.

Each test runs once per backend (the ``backend``/``review_store`` fixtures of conftest.py;
the PostgreSQL runs skip, with the reason, where no server can start). The SQLite file's
own handling (its folder, backups, damage, locks) stays in tests/unit/test_store*.py.
``test_every_read_agrees_across_backends`` plays one history into both and compares every
read of the interface, so a query that drifts on one side fails here.
"""

from __future__ import annotations

import json
import threading
from datetime import timedelta
from typing import Any

import pytest
from conftest import Backend
from quiz_fixtures import START

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, ReviewRecord, SessionRef, StoreError, to_db_time

SCHEDULER = Scheduler(fuzz=False)


def review(card_id: str = "c1", verdict: str = "correct", **extra: Any) -> NewReview:
    values: dict[str, Any] = dict(
        deck_id="deck",
        card_id=card_id,
        kind="text",
        tags=("t", "u"),
        response=f"answer to {card_id}",
        verdict=verdict,
        score={"correct": 1.0, "close": 0.5, "wrong": 0.0}[verdict],
        rating={"correct": "good", "close": "hard", "wrong": "again"}[verdict],
        reviewed_at=START,
    )
    values.update(extra)
    return NewReview(**values)


def answer(store: Any, session: SessionRef, new: NewReview) -> tuple[SessionRef, int]:
    """Record ``new`` with its schedule; the session (now with its id) and the review id."""
    scheduled = SCHEDULER.review(
        store.memory(new.deck_id, new.card_id),
        new.rating,
        new.reviewed_at,  # type: ignore[arg-type]
    )
    recorded = store.record_review(session, new, scheduled)
    return session._replace(id=recorded.session_id), recorded.review_id


def play_history(store: Any, clock: ManualClock) -> None:
    """A varied history: tags, kinds, confidences, a miss asked again, an "I was right",
    an undo, a cram session, two decks, briefings set and cleared, over several days."""
    session = SessionRef(clock(), ("deck", "other"))
    session, first = answer(store, session, review("c1", "wrong", confidence="sure"))
    clock.advance(seconds=20)
    session, _ = answer(
        store, session, review("c1", "correct", reviewed_at=clock(), elapsed_s=3.5)
    )  # asked again after the miss: a review, not another answer of the session
    session, _ = answer(store, session, review("c2", "close", reviewed_at=clock(), elapsed_s=7.0))
    missed_at = clock.advance(seconds=30)
    session, missed = answer(
        store, session, review("c3", "wrong", reviewed_at=missed_at, confidence="unsure")
    )
    # "I was right" on c3: the correction overrides the miss.
    store.record_review(
        session, review("c3", "correct", reviewed_at=missed_at, overrides=missed), None
    )
    session, _ = answer(
        store,
        session,
        review("k1", "correct", deck_id="other", kind="number", tags=(), reviewed_at=clock()),
    )
    before = store.card_state("deck", "c4")
    session, taken = answer(store, session, review("c4", "wrong", reviewed_at=clock()))
    store.undo_review(taken, before)
    clock.advance(days=2)
    cram = SessionRef(clock(), ("deck",), cram=True)
    cram, _ = answer(store, cram, review("c2", "correct", reviewed_at=clock(), confidence="guess"))
    later = SessionRef(clock.advance(days=1), ("deck",))
    for index in range(5, 9):
        later, _ = answer(
            store,
            later,
            review(f"c{index}", "wrong" if index % 2 else "correct", reviewed_at=clock()),
        )
    store.add_briefing(clock() + timedelta(days=3), ["deck"])
    store.add_briefing(clock() + timedelta(days=5), ["deck", "other"])
    store.add_briefing(clock() + timedelta(days=9), ["other"])
    assert store.clear_briefings(clock() + timedelta(days=6), ["other"]) == 1
    assert first > 0


def reads(store: Any, clock: ManualClock) -> dict[str, Any]:
    """Every read of the interface over the played history, ids left out (each server
    numbers its own)."""
    now = to_db_time(clock())
    since = to_db_time(START)
    rows = [ReviewRecord.from_row(row) for row in store.review_rows()]
    return {
        # The memory is the scheduler's JSON: the same document, maybe not the same spacing.
        "card_states": {
            card: state._replace(memory=json.loads(state.memory))
            for card, state in store.card_states("deck").items()
        },
        "card_state": store.card_state("deck", "c1").due,
        "no_card_state": store.card_state("deck", "c4"),
        "schedules": {
            card: (due, json.loads(memory))
            for card, (due, memory) in store.schedules("deck").items()
        },
        "due_times": store.due_times("deck"),
        "due_flags": store.due_flags("deck", now),
        "due_cards": store.due_cards("deck", to_db_time(clock() + timedelta(days=30))),
        "first_due_cards": store.due_cards(
            "deck", to_db_time(clock() + timedelta(days=30)), limit=2
        ),
        "scheduled_later": store.scheduled_later("deck", now),
        "memory": json.loads(store.memory("deck", "c2")),
        "no_memory": store.memory("deck", "nope"),
        "reviewed_since": [
            store.reviewed_since("deck", card, since, now) for card in ("c1", "c2", "c4", "x")
        ],
        "recall_states": sorted(store.recall_states("deck")),
        "recall_inputs": sorted(
            (card, stability, round(days, 6))
            for card, stability, days in store.recall_inputs("deck", now)
        ),
        "introduced_since": store.introduced_since(["deck", "other"], START + timedelta(days=1)),
        "review_count": store.review_count(),
        "reviewed_deck_ids": store.reviewed_deck_ids(),
        "review_rows": [row._replace(session=0, id=0) for row in rows],
        "review_rows_deck": len(list(store.review_rows("other"))),
        "review_rows_since": len(list(store.review_rows(None, START + timedelta(days=1)))),
        "recent_answer_times": store.recent_answer_times(3),
        "briefing_rows": [row[1:] for row in store.briefing_rows()],
        "last_deck_score": store.last_deck_score("deck"),
        "session_rows": store.session_rows(),
        "session_rows_deck": store.session_rows("other", START, latest=5),
        "verdicts": [store.verdict_counts(d) for d in ("deck", "tag", "kind")],
        "verdicts_deck": store.verdict_counts("tag", "deck"),
        "weakest_cards": store.weakest_cards(),
        "due_per_day": store.due_per_day(clock().date(), clock() + timedelta(days=40)),
        "answers_per_day": store.answers_per_day(),
        "trend_span": store.trend_span(),
        "trend_rows": store.trend_rows(None, 2, 1),
        "trend_rows_deck": store.trend_rows("deck", 1, 2),
        "confidence": [sorted(store.confidence_counts(d)) for d in ("all", "deck", "tag", "kind")],
        "sure_wrong_cards": store.sure_wrong_cards(),
        "sure_wrong_none": store.sure_wrong_cards([]),
    }


def test_every_read_agrees_across_backends(backend: Backend, data_dir: Any) -> None:
    """The same history played into SQLite and into the backend reads back the same."""
    results = []
    for chosen in (Backend("sqlite", data_dir / "reference"), backend):
        clock = ManualClock(START)
        with chosen.open(clock) as store:
            play_history(store, clock)
            results.append(reads(store, clock))
    reference, tested = results
    for name in reference:
        assert tested[name] == reference[name], name
    # And the history is the one played, not an empty one on both sides.
    assert reference["review_count"] == 12  # the undone one is kept, marked
    assert [row[1] is not None for row in reference["briefing_rows"]] == [False, False, True]


def test_lean_reads_give_the_stored_time_text(review_store: Any) -> None:
    session, _ = answer(review_store, SessionRef(START, ("deck",)), review("c1"))
    state = review_store.card_state("deck", "c1")
    due = state.due
    assert session.id is not None
    assert review_store.due_times("deck") == {"c1": to_db_time(due)}
    assert review_store.recall_states("deck") == [("c1", state.stability, to_db_time(START))]
    assert review_store.due_cards("deck", to_db_time(due)) == (["c1"], [to_db_time(due)])
    assert review_store.due_cards("deck", to_db_time(START)) == ([], [])
    assert review_store.due_cards("deck", to_db_time(due), limit=1) == (["c1"], [to_db_time(due)])
    assert review_store.due_cards("deck", to_db_time(START), limit=1) == ([], [])


def test_a_correction_of_a_missing_review_is_refused_and_keeps_nothing(review_store: Any) -> None:
    with pytest.raises(StoreError, match="no review 999"):
        review_store.record_review(SessionRef(START, ("deck",)), review("c1", overrides=999), None)
    assert review_store.review_count() == 0
    assert review_store.session_rows() == []


def test_a_card_answered_on_another_trainer_is_passed_over(backend: Backend) -> None:
    clock = ManualClock(START)
    with backend.open(clock) as desk, backend.open(clock) as laptop:
        since = to_db_time(START)
        assert not laptop.reviewed_since("deck", "c1", since, to_db_time(START))
        answer(desk, SessionRef(START, ("deck",)), review("c1"))
        assert laptop.reviewed_since("deck", "c1", since, to_db_time(START))
        assert laptop.review_count() == 1


def test_two_trainers_answering_at_once_lose_nothing(backend: Backend) -> None:
    """Two connections of one analyst, each in its own thread, answer the same cards."""
    per_trainer = 25
    errors: list[BaseException] = []

    def trainer(tag: str) -> None:
        try:
            with backend.open() as store:
                session = SessionRef(START, ("deck",))
                for index in range(per_trainer):
                    session, _ = answer(
                        store, session, review(f"c{index % 5}", response=f"{tag}{index}")
                    )
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=trainer, args=(tag,)) for tag in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with backend.open() as store:
        assert store.review_count() == 2 * per_trainer
        responses = {ReviewRecord.from_row(row).response for row in store.review_rows()}
        assert len(responses) == 2 * per_trainer
        # The running tallies saw every answer too.
        assert sum(v.reviews for v in store.verdict_counts("deck")) == 2 * per_trainer
        assert [s.answered for s in store.session_rows()] == [5, 5]
