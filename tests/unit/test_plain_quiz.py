"""`trainer quiz DECK --plain`: the line-mode quiz on stdin/stdout, through the real command."""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Iterator
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
    card("capital", "Paris", hint="The city of light.", note="Since 987."),
    card("sum", "4", kind="number"),
    card("colour", "blue", kind="choice", options=["red", "blue", "green"], tags=["colours"]),
]


@pytest.fixture
def deck_path(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "decks", "demo", CARDS, title="Demo deck")


def run_quiz(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lines: str, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    status = main(["quiz", *args, "--plain"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def saved_reviews(data_dir: Path) -> list[tuple[str, str, str, int]]:
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        return connection.execute(
            "SELECT card_id, response, verdict, overrides IS NOT NULL FROM review_rows ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def test_a_whole_session_in_line_mode(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    status, out, err = run_quiz(monkeypatch, capsys, "Paris\n5\n!\nskip\n", str(deck_path))
    assert status == 0, err
    assert "Demo deck (demo): 3 cards to ask (0 due, 3 new)." in out
    assert "[1/3] What is capital?" in out
    assert "Correct. Answer: Paris" in out
    assert "Note: Since 987." in out
    assert "Wrong. Answer: 4" in out
    assert "Counted as correct: What is sum?" in out
    # Options are shuffled per review; each is listed once under its own label.
    assert sorted(re.findall(r"\n  ([abc])\) (red|blue|green)\n", out)) != []
    assert sorted(option for _label, option in re.findall(r"\n  ([abc])\) (\w+)", out)) == [
        "blue",
        "green",
        "red",
    ]
    assert "Skipped. Answer: blue" in out
    assert "Skipped: What is colour? Answer: blue" in out
    assert "Answered 2 of 3 asked: 2 correct, 0 close, 0 wrong, 1 skipped." in out
    assert "Score: 100%." in out
    assert saved_reviews(data_dir) == [
        ("capital", "Paris", "correct", 0),
        ("sum", "5", "wrong", 0),
        ("sum", "5", "correct", 1),
    ]


def test_end_of_input_ends_cleanly_and_keeps_every_answer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    status, out, err = run_quiz(monkeypatch, capsys, "Paris\n", str(deck_path))
    assert status == 0
    assert err == ""
    assert "Session ended early." in out
    # The second card was on screen when input ended: asked, not answered, nothing saved.
    assert "[2/3] What is sum?" in out
    assert (
        "Answered 1 of 2 asked: 1 correct, 0 close, 0 wrong, "
        "1 skipped (the card left unanswered when input ended)."
    ) in out
    assert saved_reviews(data_dir) == [("capital", "Paris", "correct", 0)]


def test_end_of_input_after_a_hint_and_a_skip_counts_the_open_card_once(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "skip\n?\n", str(deck_path))
    assert status == 0
    assert "This card has no hint." in out  # asked of the second card, which has none
    assert (
        "Answered 0 of 2 asked: 0 correct, 0 close, 0 wrong, "
        "2 skipped (one of them the card left unanswered when input ended)."
    ) in out
    assert not paths.database_path(data_dir).exists() or saved_reviews(data_dir) == []


def test_end_of_input_with_no_input_at_all_counts_the_first_card_as_asked(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "", str(deck_path))
    assert status == 0
    assert "Answered 0 of 1 asked: 0 correct, 0 close, 0 wrong, 1 skipped (the card" in out


def test_a_hint_on_request_and_an_empty_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "\n?\nParis\n\n4\n", str(deck_path))
    assert status == 0
    assert out.count("Hint: The city of light.") == 2
    assert "Close. Answer: Paris" in out
    assert "This card has no hint." in out
    verdicts = [row[2] for row in saved_reviews(data_dir)]
    assert verdicts == ["close", "correct"]


def test_the_last_answer_can_still_be_corrected(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    path = write_deck(tmp_path, "single", [card("only", "yes")])
    status, out, _ = run_quiz(monkeypatch, capsys, "no\n!\n", str(path))
    assert status == 0
    # The missed card comes back; "!" at its prompt corrects the answer and ends it there.
    assert "[2/2] again (missed earlier) What is only?" in out
    assert "Counted as correct: What is only?" in out
    assert "1 correct, 0 close, 0 wrong" in out
    assert [row[2:] for row in saved_reviews(data_dir)] == [("wrong", 0), ("correct", 1)]


def test_a_second_run_has_nothing_due(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
) -> None:
    run_quiz(monkeypatch, capsys, "Paris\n4\nblue\n", str(deck_path))
    status, out, _ = run_quiz(monkeypatch, capsys, "", str(deck_path))
    assert status == 0
    assert "0 cards to ask" in out
    assert "Nothing to ask now. The next review is due in" in out
    cram_status, cram_out, _ = run_quiz(monkeypatch, capsys, "Paris\n", str(deck_path), "--cram")
    assert cram_status == 0
    assert "cram mode, 3 cards" in cram_out


def test_a_deck_by_id_with_filters(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    folder = str(deck_path.parent)
    status, out, _ = run_quiz(
        monkeypatch, capsys, "b\n", "demo", "--decks", folder, "--tag", "colours"
    )
    assert status == 0
    assert "1 card to ask" in out
    status, out, _ = run_quiz(
        monkeypatch, capsys, "4\n", "demo", "--decks", folder, "--kind", "number", "--cram"
    )
    assert "[1/1] What is sum?" in out
    assert [row[0] for row in saved_reviews(data_dir)] == ["colour", "sum"]


def test_the_new_card_limit_option(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
) -> None:
    status, out, _ = run_quiz(monkeypatch, capsys, "", str(deck_path), "--new-limit", "1")
    assert status == 0
    assert "1 card to ask (0 due, 1 new)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--tag", "colour"],
            "no card in deck 'demo' has the tag 'colour' (did you mean 'colours'?)",
        ),
        (["--data-dir", "{file}/data"], "part of that path is a file"),
    ],
)
def test_bad_input_is_one_line_and_a_nonzero_status(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    args = [arg.replace("{file}", str(blocker)) for arg in args]
    status, _, err = run_quiz(monkeypatch, capsys, "", str(deck_path), *args)
    assert status != 0
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_unknown_deck_id_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
) -> None:
    status, _, err = run_quiz(monkeypatch, capsys, "", "dmeo", "--decks", str(deck_path.parent))
    assert status != 0
    assert "no deck with id 'dmeo'" in err and "did you mean 'demo'" in err


def test_bad_option_values_are_refused_by_the_parser(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
) -> None:
    for args in (["--new-limit", "-3"], ["--new-limit", "ten"], ["--kind", "colour"]):
        with pytest.raises(SystemExit) as caught:
            run_quiz(monkeypatch, capsys, "", str(deck_path), *args)
        assert caught.value.code == 2
        assert "error:" in capsys.readouterr().err


def test_help_names_the_line_mode_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["quiz", "--help"])
    out = capsys.readouterr().out
    for expected in ("--plain", "--cram", "--new-limit", "--tag", "--kind", "skip", "?", "!"):
        assert expected in out


@pytest.fixture
def session_parts(tmp_path: Path, data_dir: Path) -> Iterator[tuple[QuizSession, Store]]:
    deck = load_deck(write_deck(tmp_path, "demo", CARDS))
    clock = ManualClock(START)
    with Store.open(data_dir, clock=clock) as store:
        yield QuizSession([deck], store, Scheduler(fuzz=False), clock), store


def test_ctrl_c_at_the_prompt_ends_with_a_summary(
    session_parts: tuple[QuizSession, Store],
) -> None:
    session, store = session_parts
    answers = iter(["Paris"])

    def read_line(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    out = io.StringIO()
    summary = PlainQuiz(session, read_line, out, clock=lambda: START).run("Demo")
    assert summary.correct == 1
    assert (summary.asked, summary.skipped) == (2, 1)
    assert "Session ended early." in out.getvalue()
    assert "1 skipped (the card left unanswered when the session was stopped)." in out.getvalue()
    assert "Next review in 10 min (2025-07-25 09:10 UTC)" in out.getvalue()
    assert store.review_count() == 1


def test_a_full_disk_refuses_the_answer_in_one_line_and_keeps_earlier_answers(
    session_parts: tuple[QuizSession, Store],
) -> None:
    """As in the full-screen quiz (and with a team server away): the answer is not taken,
    the card stays asked, Enter sends the same answer again once the store takes it."""
    session, store = session_parts
    session.submit("Paris")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    # Longer than the free pages a new file keeps (the dropped tables' of its upgrades) hold.
    typed = iter(["5" * 60000, ""])
    out = io.StringIO()

    def read_line(prompt: str) -> str:
        try:
            return next(typed)
        except StopIteration:
            raise EOFError from None

    PlainQuiz(session, read_line, out).run("Demo")
    refusals = [line for line in out.getvalue().splitlines() if line.startswith("Not saved:")]
    assert len(refusals) == 2  # the answer, and the same answer sent again with Enter
    assert "full" in refusals[0] and refusals[0].endswith("send the same answer again.")
    assert store.review_count() == 1
    assert "Answered 1 of" in out.getvalue()  # the summary counts only the saved answer


def test_input_ending_after_the_last_card_is_a_normal_finish(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = write_deck(tmp_path, "single", [card("only", "yes")])
    status, out, _ = run_quiz(monkeypatch, capsys, "no\n", str(path))
    assert status == 0
    # Input ended while the missed card was back: every card had its first try.
    assert "Session ended early." not in out
    assert "Session ended." in out
    assert "Answered 1 of 1 asked: 0 correct, 0 close, 1 wrong" in out


def test_a_date_answer_is_shown_in_words(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    cards = [card("met", "2025-07-25", kind="date"), card("month", "2025-06", kind="date")]
    deck = write_deck(tmp_path / "decks", "dates", cards)
    status, out, err = run_quiz(monkeypatch, capsys, "24 July 2025\nJune 2025\n", str(deck))
    assert status == 0, err
    assert "Wrong. Answer: 25 July 2025" in out
    assert "Correct. Answer: June 2025" in out


def test_a_wrong_answer_says_why_and_quotes_the_evidence(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "article.txt").write_text("They agreed a tariff of 29 per cent.\n")
    deck = tmp_path / "decks" / "tariffs.yaml"
    deck.write_text(
        "id: tariffs\ntitle: Tariffs\nsources:\n  s1:\n    file: article.txt\ncards:\n"
        "  - id: tariff\n    kind: number\n    prompt: What tariff?\n    answer: 29%\n"
        "    source: s1\n    evidence: a tariff of 29 per cent\n"
    )
    status, out, err = run_quiz(monkeypatch, capsys, "19%\n", str(deck))
    assert status == 0, err
    assert "Wrong. Answer: 29% (number 19 ≠ 29)" in out
    assert "Source: “a tariff of 29 per cent”" in out


CHOICES = [
    card("colour", "blue", kind="choice", options=["red", "blue", "green", "white"]),
    card("count", "12", kind="choice", options=["7", "12", "30"]),
]


def test_a_label_naming_no_option_is_asked_again_and_saves_nothing(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    deck = write_deck(tmp_path / "decks", "choices", CHOICES[:1])
    status, out, err = run_quiz(monkeypatch, capsys, "e\n7\n(Z)\nBlue\n", str(deck))
    assert status == 0, err
    assert "There is no option E. Answer with a letter a-d, or a number 1-4." in out
    assert "There is no option 7. Answer with a letter a-d, or a number 1-4." in out
    assert "There is no option Z." in out
    assert "Correct. Answer: blue" in out
    assert "Answered 1 of 1 asked: 1 correct, 0 close, 0 wrong, 0 skipped." in out
    assert saved_reviews(data_dir) == [("colour", "Blue", "correct", 0)]


def test_an_option_whose_text_looks_like_a_label_and_free_text_are_graded(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
) -> None:
    deck = write_deck(tmp_path / "decks", "choices", CHOICES)
    status, out, err = run_quiz(monkeypatch, capsys, "purple\n7\n", str(deck))
    assert status == 0, err
    assert "There is no option" not in out
    assert saved_reviews(data_dir) == [("colour", "purple", "wrong", 0), ("count", "7", "wrong", 0)]


def test_a_hint_seen_before_an_undo_is_printed_again_with_the_card(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    deck_path: Path,
    data_dir: Path,
) -> None:
    # The hint still counts when the card is asked again, so the reader sees it again.
    status, out, _ = run_quiz(monkeypatch, capsys, "?\nParis\nundo\nParis\n4\n", str(deck_path))
    assert status == 0
    asked_again = out.split("Took back your answer to:", 1)[1]
    assert "Hint: The city of light." in asked_again.split("> ", 1)[0]
    assert [row[2] for row in saved_reviews(data_dir)] == ["close", "close", "correct"]
