"""Line mode: confidence marks, undo, echoed answers, shuffled options and list item marks."""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from quiz_fixtures import START, card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.cli.plain_quiz import PlainQuiz
from trainer.core.clock import ManualClock
from trainer.core.deck import load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store

CARDS = [
    card("capital", "Islamabad"),
    card(
        "army",
        "Asim Munir",
        kind="choice",
        options=["Munir Akram", "Asim Munir", "Shehbaz Sharif", "Ishaq Dar"],
    ),
    card("sectors", ["trade", "energy", "agriculture"], kind="list"),
]


@pytest.fixture
def parts(tmp_path: Path, data_dir: Path) -> Iterator[tuple[QuizSession, Store]]:
    deck = load_deck(write_deck(tmp_path, "demo", CARDS))
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock, backup=False) as store:
        yield QuizSession([deck], store, Scheduler(fuzz=False), clock), store


def scripted(out: io.StringIO, answers: list[str | Callable[[str], str]]) -> Callable[[str], str]:
    """Answers in turn; a callable answer is given what has been printed so far."""
    pending = iter(answers)

    def read_line(_prompt: str) -> str:
        answer = next(pending)  # StopIteration ends the list: treated as end of input below
        return answer(out.getvalue()) if callable(answer) else answer

    def reader(prompt: str) -> str:
        try:
            return read_line(prompt)
        except StopIteration:
            raise EOFError from None

    return reader


def label_of(option: str) -> Callable[[str], str]:
    """The label the last listing printed for ``option``."""
    return lambda printed: re.findall(rf"\n  ([a-z])\) {re.escape(option)}\n", printed)[-1]


def test_a_label_is_read_in_the_order_shown_and_stored_as_the_option(
    parts: tuple[QuizSession, Store],
) -> None:
    session, store = parts
    out = io.StringIO()
    quiz = PlainQuiz(
        session, scripted(out, ["Islamabad?", label_of("Asim Munir")]), out, clock=lambda: START
    )
    quiz.run("Demo")
    text = out.getvalue()
    assert "Correct (you were unsure). Answer: Islamabad" in text
    assert store._db.rows("SELECT card_id, response, verdict, confidence FROM review_rows") == [
        ("capital", "Islamabad", "correct", "unsure"),
        ("army", "Asim Munir", "correct", "sure"),
    ]


def test_free_text_on_a_choice_card_is_graded(parts: tuple[QuizSession, Store]) -> None:
    session, store = parts
    out = io.StringIO()
    PlainQuiz(session, scripted(out, ["skip", "Munir Akram??"]), out, clock=lambda: START).run(
        "Demo"
    )
    assert "Wrong (you were guessing). Answer: Asim Munir" in out.getvalue()
    assert "There is no option" not in out.getvalue()
    assert store._db.rows("SELECT response, verdict, confidence FROM review_rows") == [
        ("Munir Akram", "wrong", "guess")
    ]


def test_shuffled_orders_differ_across_reviews(tmp_path: Path, data_dir: Path) -> None:
    deck = load_deck(write_deck(tmp_path, "demo", CARDS))
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock, backup=False) as store:
        orders = set()
        for _ in range(12):
            session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
            session.skip()
            orders.add(session.current_options)
        assert len(orders) > 1
        assert all(sorted(order) == sorted(CARDS[1]["options"]) for order in orders)


def test_a_list_answer_marks_each_item_and_shows_the_partial_score(
    parts: tuple[QuizSession, Store],
) -> None:
    session, _store = parts
    out = io.StringIO()
    PlainQuiz(
        session, scripted(out, ["skip", "skip", "trade, energy, mining"]), out, clock=lambda: START
    ).run("Demo")
    assert (
        "Items: ✓ trade  ✓ energy  · agriculture (missing)  ✗ mining (not on the list); score 33%"
    ) in out.getvalue()


def test_undo_takes_back_the_last_answer_and_asks_it_again(
    parts: tuple[QuizSession, Store],
) -> None:
    session, store = parts
    out = io.StringIO()
    PlainQuiz(
        session, scripted(out, ["Lahore", "undo", "Islamabad"]), out, clock=lambda: START
    ).run("Demo")
    text = out.getvalue()
    assert "Took back your answer to: What is capital?" in text
    assert text.count("[1/3] What is capital?") == 2
    assert store._db.rows(
        "SELECT r.response, u.review_id IS NOT NULL FROM reviews AS r "
        "LEFT JOIN undone_reviews AS u ON u.review_id = r.id ORDER BY r.id"
    ) == [("Lahore", 1), ("Islamabad", 0)]
    assert "Answered 1 of 2 asked: 1 correct, 0 close, 0 wrong, 1 skipped" in text


def test_undo_with_nothing_answered_says_so(parts: tuple[QuizSession, Store]) -> None:
    session, store = parts
    out = io.StringIO()
    PlainQuiz(session, scripted(out, ["undo"]), out, clock=lambda: START).run("Demo")
    assert "There is no answer to take back in this session." in out.getvalue()
    assert store.review_count() == 0


def test_piped_answers_are_echoed_after_the_prompt(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    deck = write_deck(tmp_path / "decks", "demo", CARDS[:1])
    monkeypatch.setattr("sys.stdin", io.StringIO("Lahore\n"))
    assert main(["quiz", str(deck), "--plain"]) == 0
    out = capsys.readouterr().out
    assert "> Lahore\nWrong. Answer: Islamabad" in out
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        assert connection.execute("SELECT response FROM reviews").fetchall() == [("Lahore",)]


def test_an_option_that_reads_as_a_label_is_graded_as_the_option_picked(
    tmp_path: Path, data_dir: Path
) -> None:
    # Read as a label in the deck's order, "3" would name option C, which is "5".
    numbers = card("count", "3", kind="choice", options=["3", "4", "5"])
    deck = load_deck(write_deck(tmp_path, "numbers", [numbers]))
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock, backup=False) as store:
        for _ in range(6):
            session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
            shown = session.current_options
            picked = "abc"[shown.index("3")]
            outcome = session.submit(picked)
            assert (outcome.response, outcome.grade.verdict) == ("3", "correct"), shown
            wrong = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
            label = "abc"[wrong.current_options.index("5")]
            assert wrong.submit(label).grade.verdict == "wrong"


def test_marks_before_a_choice_label_state_confidence_as_in_the_full_screen_quiz(
    parts: tuple[QuizSession, Store],
) -> None:
    # The full-screen quiz takes "?" then the letter on a choice card; typed the same way
    # in line mode it is the same answer, not the text "?b" graded wrong.
    session, store = parts
    out = io.StringIO()
    unsure_label = label_of("Asim Munir")
    PlainQuiz(
        session,
        scripted(out, ["Islamabad", "?e", lambda shown: "?" + unsure_label(shown)]),
        out,
        clock=lambda: START,
    ).run("Demo")
    assert "There is no option E." in out.getvalue()
    assert "Correct (you were unsure). Answer: Asim Munir" in out.getvalue()
    assert store._db.rows("SELECT card_id, response, verdict, confidence FROM review_rows") == [
        ("capital", "Islamabad", "correct", "sure"),
        ("army", "Asim Munir", "correct", "unsure"),
    ]
