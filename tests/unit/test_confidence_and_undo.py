"""Confidence with each answer, the rating it leads to, and undo, on a real store and FSRS."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from quiz_fixtures import card, make_deck, numbered_cards

from trainer import paths
from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.confidence import split_confidence
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.grading import Grade
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.core.store.schema import SCHEMA_VERSION


@pytest.fixture
def store(data_dir: Path, clock: ManualClock) -> Iterator[Store]:
    with Store.open(data_dir, clock=clock, backup=False) as opened:
        yield opened


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


@pytest.mark.parametrize(
    ("typed", "text", "confidence"),
    [
        ("Paris", "Paris", "sure"),
        ("Paris?", "Paris", "unsure"),
        ("Paris ?", "Paris", "unsure"),
        ("Paris??", "Paris", "guess"),
        ("Paris ???  ", "Paris", "guess"),
        ("  b? ", "b", "unsure"),
        ("?", "", "unsure"),
    ],
)
def test_trailing_question_marks_state_the_confidence(
    typed: str, text: str, confidence: str
) -> None:
    assert split_confidence(typed) == (text, confidence)


def test_the_rating_table(scheduler: Scheduler) -> None:
    right, close, wrong = Grade("correct", 1.0), Grade("close", 0.85), Grade("wrong", 0.0)
    rate = scheduler.rating_for
    assert [rate(right, 3.0, level) for level in ("sure", "unsure", "guess")] == [
        "easy",
        "hard",
        "hard",
    ]
    assert rate(right, 30.0, "sure") == "good"
    assert rate(right, None, "sure") == "good"
    assert rate(right, 3.0, "sure", hinted=True) == "hard"
    assert [rate(close, 3.0, level) for level in ("sure", "unsure", "guess")] == ["hard"] * 3
    assert [rate(wrong, 3.0, level) for level in ("sure", "unsure", "guess")] == ["again"] * 3


def two_card_deck(tmp_path: Path) -> Deck:
    return make_deck(tmp_path, "deck", [card("a", "Islamabad"), card("b", "Rawalpindi")])


@pytest.mark.parametrize("elapsed", [3.0, 40.0])
def test_an_unsure_right_answer_comes_back_sooner_than_a_sure_one(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock, elapsed: float
) -> None:
    session = QuizSession([two_card_deck(tmp_path)], store, scheduler, clock)
    sure = session.submit("Islamabad", elapsed)
    unsure = session.submit("Rawalpindi?", elapsed)
    assert (sure.confidence, unsure.confidence) == ("sure", "unsure")
    assert unsure.response == "Rawalpindi"  # the mark is not part of the answer
    assert unsure.grade.verdict == "correct"
    assert sure.due is not None and unsure.due is not None
    assert unsure.due < sure.due
    stored = store._db.rows("SELECT card_id, confidence, response FROM review_rows ORDER BY id")
    assert stored == [("a", "sure", "Islamabad"), ("b", "unsure", "Rawalpindi")]


def test_i_was_right_schedules_as_a_right_answer_at_that_confidence(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", [card("a", "Monday"), card("b", "Tuesday")])
    session = QuizSession([deck], store, scheduler, clock)
    right = session.submit("Monday", 3.0)
    typo = session.submit("Tusday", 3.0)
    assert typo.grade.verdict == "close"
    forgiven = session.override()
    assert forgiven.rating == right.rating == "easy"
    assert forgiven.due is not None and right.due is not None
    # Scheduled from the same moment with the same rating: a week ahead, not ten minutes.
    assert forgiven.due - typo.reviewed_at == right.due - right.reviewed_at  # type: ignore[operator]


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Everything the store keeps about schedules and tallies.

    A session whose every answer was taken back keeps its row, with nothing answered: every
    read leaves such a session out, as it does one never started.
    """
    store.fold_tallies()  # the answers saved since the last fold, counted
    return {
        table: store._db.rows(f"SELECT * FROM {table} ORDER BY 1, 2")
        for table in ("card_states", "card_tallies", "tallies", "confidence_tallies")
    } | {
        "session_decks": store._db.rows(
            "SELECT * FROM session_decks WHERE answered > 0 ORDER BY 1, 2"
        ),
        "sessions": store._db.rows(
            "SELECT id, answered, score_sum, last_review_at FROM sessions WHERE answered > 0"
        ),
    }


def test_undo_restores_the_schedule_and_tallies_exactly(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path,
        "deck",
        [card("a", "Islamabad", tags=["geo"]), card("b", "Rawalpindi", tags=["geo", "army"])],
    )
    session = QuizSession([deck], store, scheduler, clock)
    session.submit("Islamabad", 30.0)  # good: back after a learning step
    after_first_session = snapshot(store)
    clock.advance(hours=1)
    again = QuizSession([deck], store, scheduler, clock)
    assert again.current is not None and again.current.id == "a"
    again.submit("Lahore")  # wrong at first
    again.override()
    before = snapshot(store)
    summary_before = again.summary()
    clock.advance(seconds=20)
    answered = again.submit("Rawalpindi?", 12.0)
    assert answered.card.id == "b"
    assert snapshot(store) != before

    taken_back = again.undo()

    assert taken_back.id == "b"
    assert snapshot(store) == before  # a first answer undone leaves the card new
    assert store.card_state("deck", "b") is None
    assert again.current is not None and again.current.id == "b"
    assert again.summary().score == summary_before.score
    assert (again.summary().correct, again.summary().wrong) == (1, 0)
    # The history stays append-only: the review is kept and marked, and left out of reads.
    assert store.review_count() == 4
    assert store._db.rows("SELECT review_id FROM undone_reviews") == [(4,)]
    assert [record.card for record in history.reviews(store)] == ["a", "a", "a"]

    # Undo again: the overridden answer goes with its "I was right"; a's schedule is back
    # to the one its first session gave it.
    again.undo()
    assert store._db.rows("SELECT review_id FROM undone_reviews ORDER BY 1") == [(2,), (3,), (4,)]
    now = snapshot(store)
    for table in ("card_states", "card_tallies", "tallies", "confidence_tallies"):
        assert now[table] == after_first_session[table], table
    assert [record.card for record in history.reviews(store)] == ["a"]
    assert [score.answered for score in history.session_scores(store)] == [1]
    with pytest.raises(TrainerError, match="no answer to take back"):
        again.undo()


def test_undo_of_a_repeat_answer_restores_the_previous_schedule(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(1))
    QuizSession([deck], store, scheduler, clock).submit("answer-0", 30.0)
    before = snapshot(store)
    clock.advance(days=2)
    later = QuizSession([deck], store, scheduler, clock)
    later.submit("wrong answer")
    later.undo()
    assert snapshot(store) == before
    # Asked again and answered: recorded afresh, as if the first try never happened.
    later.submit("answer-0", 30.0)
    assert [record.verdict for record in history.reviews(store)] == ["correct", "correct"]


def test_undo_after_a_skip_asks_both_cards_again(
    tmp_path: Path, store: Store, scheduler: Scheduler, clock: ManualClock
) -> None:
    session = QuizSession([make_deck(tmp_path, "deck", numbered_cards(3))], store, scheduler, clock)
    session.submit("answer-0")
    skipped = session.skip()
    assert skipped.id == "c1"
    assert [c.id for _deck, c in session.summary().skipped_cards] == ["c1"]
    session.undo()
    assert session.current is not None and session.current.id == "c0"
    assert (session.summary().skipped, session.summary().asked) == (0, 0)


def write_as_version_4(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database as a trainer of schema 4 left it: a session with a corrected answer."""
    from trainer.core.store import connection as store_module

    chain = {v: m for v, m in store_module.MIGRATIONS.items() if v <= 4}
    monkeypatch.setattr(store_module, "MIGRATIONS", chain)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 4)
    with Store.open(data_dir, backup=False):
        pass
    monkeypatch.undo()
    at = "2025-07-25T09:00:00.000000Z"
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 4
        assert "confidence" not in {
            row[1] for row in connection.execute("PRAGMA table_info(reviews)")
        }
        connection.execute(
            "INSERT INTO sessions (id, started_at, deck_ids, answered, "
            "score_sum, last_review_at) VALUES (1, ?, 'deck', 2, 2.0, ?)",
            (at, at),
        )
        connection.execute(
            "INSERT INTO session_decks (deck_id, session_id, answered, "
            "score_sum) VALUES ('deck', 1, 2, 2.0)"
        )
        connection.executemany(
            "INSERT INTO reviews (session_id, deck_id, card_id, kind, tags, response, verdict, "
            "score, rating, reviewed_at, overrides) VALUES (1, 'deck', ?, 'text', '[]', ?, ?, "
            "?, 'good', ?, ?)",
            [
                ("c0", "answer-0", "correct", 1.0, at, None),
                ("c1", "answr", "wrong", 0.0, at, None),
                ("c1", "answr", "correct", 1.0, at, 2),
            ],
        )


def test_a_version_4_database_gains_confidence_and_undo_and_keeps_every_review(
    tmp_path: Path,
    data_dir: Path,
    clock: ManualClock,
    scheduler: Scheduler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_as_version_4(data_dir, monkeypatch)
    with Store.open(data_dir, clock=clock, backup=False) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        records = list(history.reviews(store))
        assert [(r.card, r.response, r.verdict, r.overridden, r.confidence) for r in records] == [
            ("c0", "answer-0", "correct", False, None),
            ("c1", "answr", "wrong", False, None),
            ("c1", "answr", "correct", True, None),
        ]
        assert [(s.answered, s.score) for s in history.session_scores(store)] == [(2, 1.0)]
        # The new parts work on the upgraded file.
        deck = make_deck(tmp_path, "deck", numbered_cards(3))
        session = QuizSession([deck], store, scheduler, clock)
        session.submit("answer-2??")
        assert store._db.rows("SELECT confidence FROM review_rows WHERE id = 4") == [("guess",)]
        session.undo()
        assert store.review_count() == 4
        assert len(list(history.reviews(store))) == 3
        with pytest.raises(sqlite3.IntegrityError):
            store.connection.execute(
                "INSERT INTO review_rows (session_id, deck_id, card_id, kind, "
                "tags, response, verdict, score, rating, reviewed_at, "
                "confidence) VALUES (1, 'deck', 'c0', 'text', '[]', 'x', "
                "'correct', 1, 'good', '2025-07-25T09:00:00.000000Z', 'certain')"
            )


def test_the_chain_runs_a_version_5_step_in_order_when_the_merge_brings_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.core.store import connection as store_module

    write_as_version_4(data_dir, monkeypatch)
    # Another change's step 5 (briefings) joins the chain: it must run between 4 and 6.
    step_5 = (
        "CREATE TABLE step_5_ran (confidence_column_yet INTEGER)",
        "INSERT INTO step_5_ran SELECT count(*) FROM pragma_table_info('reviews') "
        "WHERE name = 'confidence'",
    )
    monkeypatch.setattr(store_module, "MIGRATIONS", {**store_module.MIGRATIONS, 5: step_5})
    with Store.open(data_dir, backup=False) as store:
        assert store._db.rows("SELECT confidence_column_yet FROM step_5_ran") == [(0,)]
        assert store.review_count() == 3
