"""A session that finds its first card before its queue (``quick_start``) asks exactly what
a session built whole asks, in the same order, with the same counts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import card, make_deck, numbered_cards

from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.first_question import LOOK_AHEAD
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def asked_ids(session: QuizSession) -> list[str]:
    """The ids of the session's cards in the order it asks them (skipping each)."""
    asked = []
    while (current := session.current) is not None:
        asked.append(current.id)
        session.skip()
    return asked


def answer_one_by_one(decks: list[Deck], store: Store, clock: ManualClock, **options) -> None:
    """Answer every card of a session, a minute apart: each falls due a minute after the
    one before it (a fixed moment would give them all one due time)."""
    session = QuizSession(decks, store, Scheduler(fuzz=False), clock, **options)
    while (current := session.current) is not None:
        session.submit(current.answer_text)
        clock.advance(minutes=1)


def assert_quick_start_agrees(
    decks: list[Deck], store: Store, clock: ManualClock, *, first_only: bool, **options
) -> None:
    """A quick-start session and a whole one over the same decks ask the same cards in the
    same order; ``first_only``: whether the quick one knew only its first card at first."""
    whole = QuizSession(decks, store, Scheduler(fuzz=False), clock, **options)
    quick = QuizSession(decks, store, Scheduler(fuzz=False), clock, quick_start=True, **options)
    assert quick.counted is not first_only
    if whole.current is None:
        assert quick.current is None
        return
    assert quick.current is not None and quick.current.id == whole.current.id
    assert (quick.total, quick.due_count, quick.new_count) == (
        whole.total,
        whole.due_count,
        whole.new_count,
    )
    assert quick.counted
    assert asked_ids(quick) == asked_ids(whole)


def test_the_most_overdue_card_comes_first_and_ties_go_by_deck_order(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Ids in reverse order of the deck: SQLite's ties (by id) are not the deck's order.
    first = make_deck(tmp_path, "first", [card(f"a{4 - n}", f"answer-{n}") for n in range(5)])
    second = make_deck(tmp_path, "second", numbered_cards(5, prefix="b"))
    answer_one_by_one([second], store, clock)
    # The first deck's cards, answered at one moment, share one due time.
    session = QuizSession([first], store, Scheduler(fuzz=False), clock)
    while (current := session.current) is not None:
        session.submit(current.answer_text)
    clock.advance(days=60)
    assert_quick_start_agrees([first, second], store, clock, first_only=True)
    assert_quick_start_agrees([second, first], store, clock, first_only=True)


def test_more_cards_due_at_one_moment_than_the_look_ahead_reads_are_ordered_whole(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Ids in reverse order of the deck: SQLite's ties (by id) are not the deck's order.
    count = LOOK_AHEAD + 4
    deck = make_deck(tmp_path, "deck", [card(f"c{count - n:03}", f"a{n}") for n in range(count)])
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock, new_limit=count)
    while (current := session.current) is not None:
        session.submit(current.answer_text)
    clock.advance(days=60)
    assert_quick_start_agrees([deck], store, clock, first_only=False)


def test_due_cards_removed_from_the_deck_are_passed_over_or_the_queue_is_built_whole(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    cards = numbered_cards(LOOK_AHEAD + 6)
    answer_one_by_one([make_deck(tmp_path, "deck", cards)], store, clock, new_limit=100)
    clock.advance(days=60)
    # The most overdue cards leave the file: a few are passed over in the look ahead...
    fewer = make_deck(tmp_path / "fewer", "deck", cards[3:])
    assert_quick_start_agrees([fewer], store, clock, first_only=True)
    # ...more than it reads, and the queue is built whole.
    most = make_deck(tmp_path / "most", "deck", cards[LOOK_AHEAD + 2 :])
    assert_quick_start_agrees([most], store, clock, first_only=False)


def test_the_tag_and_kind_filters_choose_the_first_card_too(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path,
        "deck",
        [
            card("who", "Rubio", tags=["people"]),
            card("when", "2025-07-25", kind="date", tags=["dates"]),
            card("where", "Doha", tags=["dates", "places"]),
            card("what", "talks", tags=["people"]),
        ],
    )
    answer_one_by_one([deck], store, clock)
    clock.advance(days=60)
    assert_quick_start_agrees([deck], store, clock, first_only=True, tags=["places"])
    assert_quick_start_agrees([deck], store, clock, first_only=True, kinds=["date"])
    assert_quick_start_agrees([deck], store, clock, first_only=False, tags=["nowhere"])


def test_with_nothing_due_the_first_new_card_within_the_days_limit_comes_first(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    first = make_deck(tmp_path, "first", numbered_cards(6, prefix="a"))
    second = make_deck(tmp_path, "second", numbered_cards(3, prefix="b"))
    answer_one_by_one([first], store, clock, new_limit=3)
    # The first deck's three new cards of the day are used up: the second deck's come first.
    assert_quick_start_agrees([first, second], store, clock, first_only=True, new_limit=3)
    clock.advance(days=1)  # a new day's limit (whether or not some are due by then)
    assert_quick_start_agrees([first], store, clock, first_only=True, new_limit=3)


def test_an_old_deck_whose_first_cards_are_all_scheduled_is_built_whole(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(LOOK_AHEAD + 3))
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock, new_limit=LOOK_AHEAD)
    while (current := session.current) is not None:
        session.submit(current.answer_text)
    clock.advance(minutes=2)  # none answered is due again yet; the last three are new
    assert_quick_start_agrees([deck], store, clock, first_only=False, new_limit=20)
    assert_quick_start_agrees([deck], store, clock, first_only=False, new_limit=0)


def test_cram_and_a_briefing_ahead_build_the_queue_whole(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(4))
    assert_quick_start_agrees([deck], store, clock, first_only=False, cram=True)
    store.add_briefing(clock() + timedelta(days=3), ["deck"])
    assert_quick_start_agrees([deck], store, clock, first_only=False)


def test_an_answer_before_the_rest_is_built_builds_it_and_goes_on_to_the_next_card(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(5))
    answer_one_by_one([deck], store, clock)
    clock.advance(days=60)
    whole = asked_ids(QuizSession([deck], store, Scheduler(fuzz=False), clock))
    quick = QuizSession([deck], store, Scheduler(fuzz=False), clock, quick_start=True)
    assert not quick.counted and quick.position == 1
    first = quick.current
    assert first is not None and first.id == whole[0]
    outcome = quick.submit(first.answer_text)
    assert outcome.grade.verdict == "correct"
    assert quick.counted and quick.total == 5
    assert quick.current is not None and quick.current.id == whole[1]
    assert quick.position == 2
    assert store.card_state("deck", first.id) is not None
    summary = quick.end(card_open=True)
    assert (summary.correct, summary.skipped, summary.queued) == (1, 1, 5)


def test_a_store_that_fails_before_the_rest_is_read_loses_nothing_and_shows_no_count(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    quick = QuizSession([deck], store, Scheduler(fuzz=False), clock, quick_start=True)
    assert quick.current is not None and not quick.counted
    store.close()  # as if the disk went away before the rest of the queue was read
    with pytest.raises(TrainerError):
        quick.complete()
    assert not quick.counted  # still unknown: tried again when next needed
    with pytest.raises(TrainerError):
        quick.submit(quick.current.answer_text)
    assert quick.current is not None and quick.position == 1 and not quick.counted
