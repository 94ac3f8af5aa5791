"""The FSRS wrapper: grade-to-rating mapping and due times, on a fixed UTC clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from trainer.core.grading import Grade
from trainer.core.scheduler import Scheduler

NOW = datetime(2025, 7, 25, 9, 0, tzinfo=UTC)
CORRECT = Grade("correct", 1.0)
CLOSE = Grade("close", 0.8)
WRONG = Grade("wrong", 0.0)


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def test_verdicts_map_to_ratings(scheduler: Scheduler) -> None:
    assert scheduler.rating_for(WRONG, 1.0) == "again"
    assert scheduler.rating_for(CLOSE, 1.0) == "hard"
    assert scheduler.rating_for(CORRECT, None) == "good"


def test_a_quick_correct_answer_is_easy_and_a_slow_one_good() -> None:
    scheduler = Scheduler(fast_answer_s=5.0, fuzz=False)
    assert scheduler.rating_for(CORRECT, 4.9) == "easy"
    assert scheduler.rating_for(CORRECT, 5.0) == "easy"
    assert scheduler.rating_for(CORRECT, 5.1) == "good"
    # Speed never lifts a wrong or close answer.
    assert scheduler.rating_for(WRONG, 0.5) == "again"
    assert scheduler.rating_for(CLOSE, 0.5) == "hard"


def test_a_new_card_comes_back_sooner_the_worse_the_rating(scheduler: Scheduler) -> None:
    dues = [scheduler.review(None, rating, NOW).due for rating in ("again", "hard", "good", "easy")]
    assert dues == sorted(dues)
    assert len(set(dues)) == 4
    assert all(due > NOW for due in dues)
    # "again" on a new card is the first learning step: a minute later, not a day.
    assert dues[0] - NOW < timedelta(hours=1)
    assert dues[3] - NOW >= timedelta(days=1)


def test_due_times_are_utc_whatever_zone_the_review_time_came_in(scheduler: Scheduler) -> None:
    in_karachi = NOW.astimezone(timezone(timedelta(hours=5)))
    from_karachi = scheduler.review(None, "good", in_karachi)
    from_utc = scheduler.review(None, "good", NOW)
    assert from_karachi.due.tzinfo is UTC
    assert from_karachi.due == from_utc.due


def test_a_naive_time_is_refused(scheduler: Scheduler) -> None:
    with pytest.raises(ValueError, match="no time zone"):
        scheduler.review(None, "good", datetime(2025, 7, 25, 9, 0))


def test_memory_carries_the_card_forward(scheduler: Scheduler) -> None:
    first = scheduler.review(None, "good", NOW)
    second = scheduler.review(first.memory, "good", first.due)
    third = scheduler.review(second.memory, "good", second.due)
    assert NOW < first.due < second.due < third.due
    # Successive good answers space the card out further each time.
    assert third.due - second.due > second.due - first.due
    assert json.loads(third.memory)["last_review"].startswith(second.due.date().isoformat())


def test_a_lapse_brings_a_learnt_card_back_soon(scheduler: Scheduler) -> None:
    state = scheduler.review(None, "easy", NOW)
    state = scheduler.review(state.memory, "good", state.due)
    lapsed = scheduler.review(state.memory, "again", state.due)
    assert lapsed.due - state.due < timedelta(hours=1)


def _interval_after_reviews(scheduler: Scheduler) -> timedelta:
    state = scheduler.review(None, "good", NOW)
    for _ in range(3):
        previous = state
        state = scheduler.review(state.memory, "good", state.due)
    return state.due - previous.due


def test_higher_desired_retention_asks_more_often() -> None:
    relaxed = _interval_after_reviews(Scheduler(desired_retention=0.8, fuzz=False))
    strict = _interval_after_reviews(Scheduler(desired_retention=0.97, fuzz=False))
    assert strict < relaxed


@pytest.mark.parametrize("retention", [0.0, 1.0, 1.5, -0.1])
def test_desired_retention_must_be_a_probability(retention: float) -> None:
    with pytest.raises(ValueError, match="desired retention"):
        Scheduler(desired_retention=retention)


def test_retrievability_falls_with_time(scheduler: Scheduler) -> None:
    state = scheduler.review(None, "good", NOW)
    soon = scheduler.retrievability(state.memory, NOW + timedelta(days=1))
    later = scheduler.retrievability(state.memory, NOW + timedelta(days=30))
    assert 0.0 < later < soon <= 1.0
