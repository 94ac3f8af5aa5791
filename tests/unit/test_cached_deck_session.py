"""A deck served from the cache builds its cards as a quiz asks them, and quizzes the same."""

from __future__ import annotations

import copy
import pickle
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.deck_cache import CachedCards, DeckCache
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store

CARDS = [
    card(
        f"c{number}",
        f"answer {number}",
        kind="text" if number % 3 else "name",
        tags=("even",) if number % 2 == 0 else ("odd", "late"),
    )
    for number in range(12)
]


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "decks", "mixed", CARDS)


def cached(tmp_path: Path, path: Path) -> Deck:
    cache = DeckCache(tmp_path / "cache")
    cache.load(path)
    deck = cache.load(path)
    assert isinstance(deck.cards, CachedCards)
    return deck


def test_cards_are_built_one_at_a_time_and_match_the_file(tmp_path: Path, deck_path: Path) -> None:
    parsed = load_deck(deck_path)
    deck = cached(tmp_path, deck_path)
    index = deck.card_index()
    assert list(index.ids) == [c.id for c in parsed.cards]
    assert list(index.kinds) == [c.kind for c in parsed.cards]
    assert list(index.tags) == [c.tags for c in parsed.cards]
    third = deck.card_at(3)
    assert third == parsed.cards[3]
    assert deck.card_at(3) is third
    # The full list, when read, holds the cards already built and equals the parsed one.
    assert deck.cards[3] is third
    assert deck.cards == parsed.cards
    assert deck == parsed and parsed == deck
    with pytest.raises(IndexError):
        deck.card_at(len(CARDS))


def test_counting_the_cards_builds_none_of_them(tmp_path: Path, deck_path: Path) -> None:
    # The deck list counts every deck's cards: that must not build 10,000 of them.
    deck = cached(tmp_path, deck_path)
    cards = deck.cards
    assert isinstance(cards, CachedCards)
    assert len(cards) == len(CARDS) and cards[-1] == load_deck(deck_path).cards[-1]
    assert cards._list is None and list(cards._built) == [len(CARDS) - 1]


def test_a_cached_deck_copies_and_pickles_as_a_plain_deck(tmp_path: Path, deck_path: Path) -> None:
    deck = cached(tmp_path, deck_path)
    for twin in (pickle.loads(pickle.dumps(deck)), copy.deepcopy(deck)):
        assert type(twin) is Deck and type(twin.cards) is list
        assert twin == load_deck(deck_path)


@pytest.mark.parametrize(
    ("tags", "kinds", "cram"),
    [((), (), False), (("odd",), (), False), ((), ("name",), False), (("even",), (), True)],
)
def test_a_session_asks_the_same_cards_from_the_cache_as_from_the_file(
    tmp_path: Path,
    deck_path: Path,
    store: Store,
    clock: ManualClock,
    tags: tuple[str, ...],
    kinds: tuple[str, ...],
    cram: bool,
) -> None:
    scheduler = Scheduler(fuzz=False)
    # Some cards learnt on an earlier day, so the queue holds due cards before new ones.
    first = QuizSession([load_deck(deck_path)], store, scheduler, clock, new_limit=6)
    for _ in range(6):
        current = first.current
        assert current is not None
        first.submit(current.answer_text if current.id != "c2" else "wrong")
    clock.advance(days=3)

    def asked(deck: Deck) -> tuple[list[str], int, int, int]:
        session = QuizSession(
            [deck], store, scheduler, clock, new_limit=4, tags=tags, kinds=kinds, cram=cram
        )
        order = []
        while not session.finished:
            current = session.current
            assert current is not None
            order.append(current.id)
            session.skip()
        return order, session.total, session.due_count, session.new_count

    from_file = asked(load_deck(deck_path))
    from_cache = asked(cached(tmp_path, deck_path))
    assert from_cache == from_file
    assert from_file[0]


def test_answers_from_a_cached_deck_are_scheduled_from_the_stored_memory(
    tmp_path: Path,
    deck_path: Path,
    store: Store,
    clock: ManualClock,
) -> None:
    scheduler = Scheduler(fuzz=False)
    deck = cached(tmp_path, deck_path)
    session = QuizSession([deck], store, scheduler, clock, new_limit=1)
    current = session.current
    assert current is not None and current.id == "c0"
    learnt = session.submit(current.answer_text)
    assert learnt.due is not None
    clock.now = learnt.due + timedelta(hours=1)
    again = QuizSession([deck], store, scheduler, clock, new_limit=0)
    assert again.current == current
    memory = store.memory("mixed", "c0")
    assert memory is not None
    expected = scheduler.review(memory, "good", clock.now, 20.0)
    outcome = again.submit(current.answer_text, elapsed_s=20.0)
    assert outcome.due == expected.due
    assert store.memory("mixed", "c0") == expected.memory
    summary = again.summary()
    assert summary.asked == 1 and summary.next_due is not None
