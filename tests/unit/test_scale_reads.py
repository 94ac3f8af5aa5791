"""The bounded reads that replace a row per session or per review: the score chart's trend,
the latest sessions, the per-day tallies, and `trainer stats --format json`."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from quiz_fixtures import START, card, write_deck

from trainer import paths
from trainer.cli import main
from trainer.core import history
from trainer.core.daily import per_day
from trainer.core.score_trend import score_trend
from trainer.core.store import NewReview, SessionRef, Store
from trainer.tui.widgets.score_chart import bucket_means


def fill(store: Store, sessions: int) -> None:
    """``sessions`` sessions over several days, scores varying, one correction among them."""
    for number in range(sessions):
        started = START + timedelta(hours=9 * number)
        session = SessionRef(started, ("facts",))
        for answer in range(1 + number % 3):
            verdict, score = [("correct", 1.0), ("close", 0.625), ("wrong", 0.0)][
                (number + answer) % 3
            ]
            recorded = store.record_review(
                session,
                NewReview(
                    deck_id="facts",
                    card_id=f"c{answer}",
                    kind="text",
                    tags=(),
                    response="r",
                    verdict=verdict,
                    score=score,
                    rating="good",
                    reviewed_at=started + timedelta(minutes=answer),
                ),
                None,
            )
            session = SessionRef(started, ("facts",), id=recorded.session_id)
            if number == 4 and verdict != "correct":  # an "I was right"
                store.record_review(
                    session,
                    NewReview(
                        deck_id="facts",
                        card_id=f"c{answer}",
                        kind="text",
                        tags=(),
                        response="r",
                        verdict="correct",
                        score=1.0,
                        rating="good",
                        reviewed_at=started + timedelta(minutes=answer, seconds=5),
                        overrides=recorded.review_id,
                    ),
                    None,
                )


@pytest.mark.parametrize("most_points", [400, 7, 3])
def test_the_trend_is_what_the_chart_drew_from_every_session(
    store: Store, most_points: int
) -> None:
    fill(store, 40)
    scores = history.session_scores(store)
    trend = score_trend(store, most_points=most_points)
    assert trend.sessions == len(scores) == 40
    # Each session's score is rounded to a whole percent (SQLite rounds halves up, so
    # 62.5 is 63) before a run of them is averaged, as the chart drew them.
    percents = [round(s.score * 100 + 1e-9) for s in scores]
    positions, values = bucket_means(range(1, 41), percents, most_points)
    assert len(trend.points) <= most_points
    assert [p for p, _ in trend.points] == pytest.approx(positions)
    assert [v for _, v in trend.points] == pytest.approx(values)
    step = -(-40 // 6)
    assert trend.ticks == [(n, scores[n - 1].started_at) for n in range(1, 41, step)]
    assert trend.last == pytest.approx(scores[-1].score)
    assert not trend.one_day


def test_no_sessions_make_an_empty_trend(store: Store) -> None:
    trend = score_trend(store)
    assert (trend.sessions, trend.points, trend.ticks, trend.last) == (0, [], [], None)


def test_the_latest_sessions_are_the_last_of_all(store: Store) -> None:
    fill(store, 15)
    assert history.session_scores(store, latest=4) == history.session_scores(store)[-4:]
    assert history.session_scores(store, "facts", latest=100) == history.session_scores(store)


def test_per_day_counts_answers_and_final_verdicts(store: Store) -> None:
    fill(store, 12)
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for review in history.reviews(store):
        day = expected[review.reviewed_at.date().isoformat()]
        day[0] += not review.overridden
        day[1] += review.verdict == "correct"
    assert [(d.day.isoformat(), d.answered, d.correct) for d in per_day(store)] == [
        (day, *counts) for day, counts in sorted(expected.items())
    ]
    assert per_day(store, "elsewhere") == []


def test_stats_as_json_holds_every_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    write_deck(
        folder, "alpha", [card("a1", "Paris", tags=["places"]), card("a2", "70", kind="number")]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("Paris\n12\n"))
    assert main(["quiz", "alpha", "--plain", "--decks", str(folder)]) == 0
    capsys.readouterr()
    assert main(["stats", "--format", "json", "--decks", str(folder)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {
        "decks",
        "sessions",
        "accuracy",
        "calibration",
        "confidently_wrong",
        "weakest",
        "due",
    }
    assert figures["decks"][0]["deck"] == "alpha" and figures["decks"][0]["cards"] == 2
    assert figures["sessions"][0]["answered"] == 2
    assert figures["accuracy"]["deck"][0] == {
        "key": "alpha",
        "reviews": 2,
        "correct": 1,
        "close": 0,
        "wrong": 1,
        "rate": 0.5,
    }
    assert figures["weakest"][0]["card"] == "a2"
    assert len(figures["due"]) == 14
    # Read through the parsed-deck cache, as a quiz reads decks.
    data = paths.data_dir(None)
    assert any(paths.cache_dir(data).iterdir())
