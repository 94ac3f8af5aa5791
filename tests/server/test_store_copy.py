"""`trainer store copy`: a SQLite history to a real team server and back into a fresh data
folder keeps every review and the same history figures; running it again copies nothing;
reviews added since are copied alone."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import ServerDatabase

from trainer.cli import main
from trainer.core.clock import utc_now
from trainer.core.scheduler import Scheduler
from trainer.core.server.admin import add_analyst, init_server
from trainer.core.server.connection import connect
from trainer.core.store import NewReview, SessionRef, Store


def answer(
    store: Store,
    scheduler: Scheduler,
    session: SessionRef,
    card: str,
    verdict: str,
    *,
    deck: str = "ports",
    confidence: str | None = None,
    overrides: int | None = None,
    tags: tuple[str, ...] = (),
    at_minute: int = 0,
) -> tuple[SessionRef, int]:
    """One answer recorded as the quiz records it (review, schedule, tallies)."""
    when = session.started_at + timedelta(minutes=at_minute)
    rating = {"correct": "good", "close": "hard", "wrong": "again"}[verdict]
    state = store.card_state(deck, card)
    scheduled = scheduler.review(state.memory if state else None, rating, when)  # type: ignore[arg-type]
    recorded = store.record_review(
        session,
        NewReview(
            deck_id=deck,
            card_id=card,
            kind="text",
            tags=tags,
            response=f"typed {card} {verdict}",
            verdict=verdict,
            score={"correct": 1.0, "close": 0.85, "wrong": 0.0}[verdict],
            rating=rating,
            reviewed_at=when,
            elapsed_s=4.5,
            confidence=confidence,
            overrides=overrides,
        ),
        scheduled,
    )
    return session._replace(id=recorded.session_id), recorded.review_id


def build_history(folder: Path) -> None:
    scheduler = Scheduler(fuzz=False)
    start = utc_now() - timedelta(days=3)
    with Store.open(folder, backup=False) as store:
        first = SessionRef(start, ("ports",))
        first, _ = answer(store, scheduler, first, "c0", "correct", confidence="sure", tags=("a",))
        first, _ = answer(store, scheduler, first, "c1", "wrong", confidence="sure", at_minute=1)
        first, _ = answer(
            store, scheduler, first, "c1", "correct", confidence="unsure", at_minute=2
        )
        first, missed = answer(
            store, scheduler, first, "c2", "wrong", confidence="guess", at_minute=3
        )
        first, _ = answer(store, scheduler, first, "c2", "correct", overrides=missed, at_minute=3)
        before = store.card_state("ports", "c3")
        first, taken_back = answer(store, scheduler, first, "c3", "close", at_minute=4)
        store.undo_review(taken_back, before)
        second = SessionRef(start + timedelta(days=1), ("ports", "wire"))
        second, _ = answer(store, scheduler, second, "w0", "wrong", deck="wire", confidence="sure")
        second, _ = answer(store, scheduler, second, "c0", "correct", tags=("a", "b"), at_minute=1)
        store.add_briefing(utc_now() + timedelta(days=2), ["ports", "wire"])
        store.add_briefing(utc_now() + timedelta(days=5), ["wire"])
        store.clear_briefings(utc_now() + timedelta(days=4))


def figures(folder: Path) -> dict[str, Any]:
    """Everything history and statistics read, without the ids each database gives."""
    with Store.open(folder, backup=False) as store:
        db = store.connection
        return {
            "reviews": sorted(row[:14] + row[16:] for row in store.review_rows()),
            "uids": sorted(row[0] for row in db.execute("SELECT uid FROM review_rows")),
            "undone": db.execute("SELECT count(*) FROM undone_reviews").fetchone()[0],
            "sessions": store.session_rows(),
            "ports sessions": store.session_rows("ports"),
            "verdicts": [store.verdict_counts(d) for d in ("deck", "tag", "kind")],  # type: ignore[arg-type]
            "weakest": store.weakest_cards(),
            "confidence": [
                store.confidence_counts(d)  # type: ignore[arg-type]
                for d in ("all", "deck", "tag", "kind")
            ],
            "sure wrong": store.sure_wrong_cards(),
            "per day": store.answers_per_day(),
            # The server keeps the scheduler's memory as jsonb: the same JSON, spaced its way.
            "states": {
                deck: {
                    card: state._replace(memory=json.loads(state.memory))
                    for card, state in store.card_states(deck).items()
                }
                for deck in ("ports", "wire")
            },
            "briefings": [(b.at, b.cleared_at is None, b.deck_ids) for b in store.briefing_rows()],
        }


def copy(capsys: pytest.CaptureFixture[str], source: str, target: str) -> str:
    status = main(["store", "copy", source, target])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


@pytest.fixture
def analyst_url(pg_database: ServerDatabase) -> str:
    name = pg_database.role_name("ann")
    with connect(pg_database.admin_url) as conn:
        init_server(conn)
        add_analyst(conn, name, team="desk", password=f"pw-{name}")
    pg_database.remember_password(name, f"pw-{name}")
    return pg_database.url(name)


def test_a_round_trip_through_the_server_keeps_every_review_and_figure(
    tmp_path: Path, analyst_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local, back = tmp_path / "local", tmp_path / "back"
    build_history(local)
    before = figures(local)
    assert len(before["uids"]) == 8 and len(before["reviews"]) == 7 and before["undone"] == 1

    out = copy(capsys, str(local), analyst_url)
    assert out.startswith("Copied 8 reviews, 0 already there; 2 sessions")
    assert copy(capsys, str(local), analyst_url).startswith("Copied 0 reviews, 8 already there")

    out = copy(capsys, analyst_url, str(back))
    assert out.startswith("Copied 8 reviews, 0 already there")
    assert figures(back) == before
    assert copy(capsys, analyst_url, str(back)).startswith("Copied 0 reviews, 8 already there")

    # More answers on the first machine: only they travel, and the figures still agree.
    with Store.open(local, backup=False) as store:
        session = SessionRef(utc_now() - timedelta(hours=1), ("ports",))
        session, _ = answer(store, Scheduler(fuzz=False), session, "c1", "wrong", confidence="sure")
    out = copy(capsys, str(local), analyst_url)
    assert out.startswith("Copied 1 review, 8 already there; 1 sessions")
    assert copy(capsys, analyst_url, str(back)).startswith("Copied 1 review, 8 already there")
    assert figures(back) == figures(local)


def test_copy_refuses_a_missing_source_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["store", "copy", str(tmp_path / "nothing"), str(tmp_path / "to")])
    _, err = capsys.readouterr()
    assert status != 0 and err.count("\n") == 1 and "no trainer history here" in err
