"""How a session's queue is drawn from the store's due cards: order, removed cards, new cards."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quiz_fixtures import card, make_deck, numbered_cards

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store, to_db_time


def asked_ids(session: QuizSession) -> list[str]:
    """The ids of the session's cards in the order it asks them (skipping each)."""
    asked = []
    while (current := session.current) is not None:
        asked.append(current.id)
        session.skip()
    return asked


def answer_every_card(session: QuizSession) -> None:
    while (current := session.current) is not None:
        session.submit(current.answer_text)


def test_cards_due_at_the_same_moment_come_in_deck_order_not_id_order(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    # Answered at one frozen moment with the same rating, all four fall due together.
    cards = [card(card_id, "yes") for card_id in ("zulu", "alpha", "mike", "bravo")]
    deck = make_deck(tmp_path, "deck", cards)
    answer_every_card(QuizSession([deck], store, Scheduler(fuzz=False), clock))
    assert len(set(store.due_times("deck").values())) == 1
    clock.advance(days=60)
    again = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert again.due_count == 4
    assert asked_ids(again) == ["zulu", "alpha", "mike", "bravo"]


def test_a_due_card_since_removed_from_the_deck_is_not_asked(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    answer_every_card(QuizSession([deck], store, Scheduler(fuzz=False), clock))
    clock.advance(days=60)
    # c1 is gone from the file and c9 is new; c0 and c2 are due.
    edited = make_deck(
        tmp_path, "deck", [*numbered_cards(1), card("c2", "answer-2"), card("c9", "answer-9")]
    )
    session = QuizSession([edited], store, Scheduler(fuzz=False), clock)
    assert (session.due_count, session.new_count) == (2, 1)
    assert asked_ids(session) == ["c0", "c2", "c9"]


def test_scheduled_cards_not_yet_due_are_neither_due_nor_new(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(6))
    answer_every_card(QuizSession([deck], store, Scheduler(fuzz=False), clock, new_limit=3))
    clock.advance(minutes=2)  # not long enough for the first three to come back
    later = QuizSession([deck], store, Scheduler(fuzz=False), clock, new_limit=20)
    assert (later.due_count, later.new_count) == (0, 3)
    assert asked_ids(later) == ["c3", "c4", "c5"]


def test_each_deck_has_its_own_new_card_limit(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    first = make_deck(tmp_path, "first", numbered_cards(5, prefix="a"))
    second = make_deck(tmp_path, "second", numbered_cards(3, prefix="b"))
    answer_every_card(QuizSession([first], store, Scheduler(fuzz=False), clock, new_limit=3))
    # Three of the first deck's cards were new today: the second deck still has its own 3.
    session = QuizSession([first, second], store, Scheduler(fuzz=False), clock, new_limit=3)
    assert asked_ids(session) == ["b0", "b1", "b2"]


def test_a_tag_filter_applies_to_due_cards_too(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path,
        "deck",
        [
            card("when", "2025", tags=["dates"]),
            card("who", "Rubio", tags=["people"]),
            card("where", "Doha", tags=["dates", "places"]),
        ],
    )
    answer_every_card(QuizSession([deck], store, Scheduler(fuzz=False), clock))
    clock.advance(days=60)
    dates = QuizSession([deck], store, Scheduler(fuzz=False), clock, tags=["dates"])
    assert dates.due_count == 2
    assert asked_ids(dates) == ["when", "where"]


def test_the_store_hands_over_due_cards_with_their_times_and_the_rest_as_ids(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(4))
    assert store.due_cards("deck", to_db_time(clock())) == ([], [])
    assert store.scheduled_later("deck", to_db_time(clock())) == set()
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    for current_id in ("c0", "c1", "c2", "c3"):
        assert session.current is not None and session.current.id == current_id
        # Right answers are due later than wrong ones: c1 and c3 come back first.
        session.submit("answer-" + current_id[1] if current_id in {"c0", "c2"} else "nope")
    due = store.due_times("deck")
    # Again is due in a minute, good in ten (learning steps): five minutes splits them.
    between = to_db_time(clock() + timedelta(minutes=5))
    due_ids, due_at = store.due_cards("deck", between)
    assert sorted(due_ids) == ["c1", "c3"]
    assert due_at == [due[card_id] for card_id in due_ids]
    assert store.scheduled_later("deck", between) == {"c0", "c2"}


def test_a_new_card_is_found_when_a_removed_card_keeps_the_scheduled_count_equal(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    answer_every_card(QuizSession([deck], store, Scheduler(fuzz=False), clock))
    clock.advance(minutes=1)  # all three scheduled, none due yet
    # c1 left the file and c9 came in: three cards scheduled, three in the deck, one new.
    edited = make_deck(
        tmp_path, "deck", [*numbered_cards(1), card("c2", "answer-2"), card("c9", "answer-9")]
    )
    session = QuizSession([edited], store, Scheduler(fuzz=False), clock)
    assert (session.due_count, session.new_count) == (0, 1)
    assert asked_ids(session) == ["c9"]
