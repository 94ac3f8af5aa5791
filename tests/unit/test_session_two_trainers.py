"""Two trainers on one store: a card the other one answered is not asked again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from quiz_fixtures import make_deck, numbered_cards

from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


@pytest.fixture
def deck(tmp_path: Path) -> Deck:
    return make_deck(tmp_path / "decks", "five", numbered_cards(5))


@pytest.fixture
def second_store(data_dir: Path, clock: ManualClock, store: Store) -> Iterator[Store]:
    """The same database opened a second time, as a second trainer process would."""
    with Store.open(data_dir, clock=clock, backup=False) as opened:
        yield opened


def reviews_per_card(store: Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for review in history.reviews(store):
        counts[review.card] = counts.get(review.card, 0) + 1
    return counts


def test_cards_answered_by_another_trainer_are_passed_over(
    deck: Deck, store: Store, second_store: Store, clock: ManualClock
) -> None:
    full = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    plain = QuizSession([deck], second_store, Scheduler(fuzz=False), clock)
    assert (full.position, full.total) == (1, 5)

    clock.advance(seconds=10)
    plain.skip()  # c0 is the full-screen session's
    plain.submit("answer-1", elapsed_s=5.0)
    plain.submit("answer-2", elapsed_s=5.0)
    clock.advance(seconds=10)
    full.submit("answer-0", elapsed_s=5.0)

    # c1 and c2 are done for now: neither asked nor skipped, and gone from the count.
    assert full.current is not None and full.current.id == "c3"
    assert (full.position, full.total) == (2, 3)
    assert (full.due_count, full.new_count) == (0, 3)
    full.submit("answer-3", elapsed_s=5.0)
    full.submit("answer-4", elapsed_s=5.0)
    assert full.finished
    summary = full.summary()
    assert (summary.asked, summary.skipped, summary.queued) == (3, 0, 3)
    assert not summary.ended_early
    assert reviews_per_card(store) == {"c0": 1, "c1": 1, "c2": 1, "c3": 1, "c4": 1}


def test_a_card_answered_elsewhere_and_due_again_is_still_asked(
    deck: Deck, store: Store, second_store: Store, clock: ManualClock
) -> None:
    full = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    plain = QuizSession([deck], second_store, Scheduler(fuzz=False), clock)
    plain.skip()
    wrong = plain.submit("nothing like it", elapsed_s=5.0)  # c1, back in minutes
    assert wrong.due is not None
    clock.advance(seconds=(wrong.due - clock()).total_seconds() + 1)
    full.submit("answer-0", elapsed_s=5.0)
    assert full.current is not None and full.current.id == "c1"
    assert (full.position, full.total) == (2, 5)


def test_a_cram_session_asks_every_card_whatever_was_answered_elsewhere(
    deck: Deck, store: Store, second_store: Store, clock: ManualClock
) -> None:
    cram = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
    plain = QuizSession([deck], second_store, Scheduler(fuzz=False), clock)
    plain.skip()
    plain.submit("answer-1", elapsed_s=5.0)
    clock.advance(seconds=5)
    cram.submit("answer-0", elapsed_s=5.0)
    assert cram.current is not None and cram.current.id == "c1"
