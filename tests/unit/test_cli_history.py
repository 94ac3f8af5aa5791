"""`trainer history` and `trainer stats` on a database filled by real line-mode sessions."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from quiz_fixtures import card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.core.deck import load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.core.wording import NO_FIGURE

REQUIRED = {"deck", "card", "response", "verdict", "score", "rating", "reviewed_at"}


@pytest.fixture
def decks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """Two decks with a few answers saved through `trainer quiz --plain`."""
    folder = tmp_path / "decks"
    write_deck(
        folder, "alpha", [card("a1", "Paris", tags=["places"]), card("a2", "70", kind="number")]
    )
    write_deck(folder, "beta", [card("b1", "Marco Rubio", kind="name", tags=["people"])])
    for deck_id, answers in (("alpha", "Paris\n12\n!\n"), ("beta", "Hillary Clinton\n\n")):
        monkeypatch.setattr("sys.stdin", io.StringIO(answers))
        assert main(["quiz", deck_id, "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_lists_every_review_with_utc_times(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "history", "--format", "json")
    assert status == 0
    reviews = json.loads(out)
    assert [(r["deck"], r["card"], r["verdict"], r["overridden"]) for r in reviews] == [
        ("alpha", "a1", "correct", False),
        ("alpha", "a2", "wrong", False),
        ("alpha", "a2", "correct", True),
        ("beta", "b1", "wrong", False),
    ]
    for review in reviews:
        assert set(review) >= REQUIRED
        moment = datetime.fromisoformat(review["reviewed_at"])
        assert moment.utcoffset() == timedelta(0)
        assert 0.0 <= review["score"] <= 1.0
        assert review["rating"] in ("again", "hard", "good", "easy")
    assert reviews[0]["tags"] == ["places"] and reviews[1]["kind"] == "number"


def test_filters_by_deck_and_date(decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "history", "--format", "json", "--deck", "beta")
    assert [r["card"] for r in json.loads(out)] == ["b1"]
    _, out, _ = run(capsys, "history", "--format", "json", "--since", "2999-01-01")
    assert json.loads(out) == []
    _, out, _ = run(capsys, "history", "--format", "json", "--since", "2000-01-01T00:00:00")
    assert len(json.loads(out)) == 4


def test_csv_has_a_header_and_one_row_per_review(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "history", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4
    assert set(rows[0]) >= REQUIRED
    assert rows[1]["response"] == "12" and rows[1]["verdict"] == "wrong"
    assert rows[0]["tags"] == "places"


def test_table_is_the_default(decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "history")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["reviewed", "(UTC)", "deck"]
    assert len(lines) == 2 + 4
    assert "correct (I was right)" in out


def test_a_bad_date_is_one_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["history", "--since", "last tuesday"])
    assert caught.value.code == 2
    assert "'last tuesday' is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


def test_no_database_yet_means_no_reviews_and_nothing_created(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "history", "--format", "json")[1] == "[]\n"
    assert run(capsys, "history")[1] == "No reviews yet.\n"
    assert run(capsys, "history", "--format", "csv")[1].startswith("reviewed_at,deck,card")
    assert "No reviews yet" in run(capsys, "stats")[1]
    assert not data_dir.exists()


def test_a_damaged_database_is_reported_in_one_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir(parents=True)
    database = paths.database_path(data_dir)
    database.write_text("not a database at all")
    for command in (["history"], ["stats"]):
        status, out, err = run(capsys, *command)
        assert status == 3
        assert out == ""
        assert err.count("\n") == 1
        assert str(database) in err and "damaged" in err
    assert database.read_text() == "not a database at all"


def test_stats_prints_every_summary(decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "stats", "--decks", str(decks))
    assert status == 0
    for title in (
        "Decks",
        "Recent sessions",
        "Accuracy by deck",
        "Accuracy by tag",
        "Accuracy by kind",
        "Weakest cards",
        "Due in the next 14 days (UTC)",
    ):
        assert f"\n{title}\n" in f"\n{out}"
    assert "people" in out and "places" in out
    weakest = out.split("Weakest cards\n")[1].split("\n\n")[0]
    assert "b1" in weakest and "Hillary Clinton" in weakest
    assert "a2" not in weakest  # corrected, so it no longer counts as missed


def test_stats_for_one_deck(decks: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "stats", "--deck", "alpha", "--decks", str(decks))
    assert status == 0
    decks_table = out.split("Decks\n")[1].split("\n\n")[0]
    assert "alpha" in decks_table and "beta" not in decks_table
    assert "people" not in out


def test_a_table_with_no_matching_reviews_says_so(
    decks: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "history", "--deck", "beta", "--since", "2999-01-01")[1]
    assert out == "No reviews match these filters.\n"


@pytest.mark.parametrize("command", ["history", "stats"])
def test_a_mistyped_deck_id_is_an_error_naming_the_decks(
    decks: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    status, out, err = run(capsys, command, "--deck", "bta")
    assert status != 0 and out == ""
    assert "no deck 'bta'" in err and "did you mean 'beta'" in err
    status, _, _ = run(capsys, command, "--deck", "beta")
    assert status == 0


@pytest.mark.parametrize("inside", [False, True])
def test_a_file_as_the_data_folder_is_refused_as_the_quiz_refuses_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    inside: bool,
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    folder = blocker / "data" if inside else blocker
    monkeypatch.setenv("TRAINER_DATA_DIR", str(folder))
    deck = write_deck(tmp_path / "decks", "alpha", [card("a1", "Paris")])
    quiz_status, _, quiz_err = run(capsys, "quiz", str(deck), "--plain")
    assert quiz_status == 3
    for command in (["history"], ["history", "--format", "json"], ["stats"]):
        status, out, err = run(capsys, *command)
        assert (status, out) == (3, "")
        assert f"cannot use {folder} as the data folder" in err
        assert "part of that path is a file" in err if inside else err == quiz_err
        assert err.count("\n") == 1
    assert blocker.read_text() == ""


# Ids as long as the bundled decks': six of them side by side run far past 80 columns.
EVERY_DECK = [
    f"pakistan-us-{topic}-2025"
    for topic in ("tariffs", "minerals", "visits", "calls", "security", "trade")
]


def test_stats_after_a_session_over_every_deck_scores_each_deck_apart_and_fits(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    decks = [
        load_deck(write_deck(folder, deck_id, [card(f"{deck_id}-1", "Paris")]))
        for deck_id in EVERY_DECK
    ]
    with Store.open(data_dir, backup=False) as store:
        session = QuizSession(decks, store, Scheduler(fuzz=False))
        session.submit("Paris")  # one card of the first deck, then the session ends
    status, out, _ = run(capsys, "stats", "--decks", str(folder))
    assert status == 0
    decks_table = out.split("Decks\n")[1].split("\n\n")[0].splitlines()[2:]
    last_scores = {line.split()[0]: line.split()[-1] for line in decks_table}
    assert last_scores == {
        deck_id: "100%" if deck_id == EVERY_DECK[0] else NO_FIGURE for deck_id in EVERY_DECK
    }
    recent = out.split("Recent sessions\n")[1].split("\n\n")[0].splitlines()
    assert "6 decks" in recent[2]
    assert max(len(line) for line in recent) <= 80
