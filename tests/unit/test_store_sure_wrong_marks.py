"""A card's wrong-while-sure marks, kept with its tally as answers come: a sure answer that
was wrong counts, a correction takes its mark back, an unsure or guessed miss never counts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quiz_fixtures import START

from trainer.core.store import NewReview, SessionRef, Store


def answer(
    store: Store,
    session: SessionRef,
    card_id: str,
    verdict: str,
    confidence: str | None,
    minute: int,
    overrides: int | None = None,
) -> tuple[SessionRef, int]:
    recorded = store.record_review(
        session,
        NewReview(
            deck_id="deck",
            card_id=card_id,
            kind="text",
            tags=("t",),
            response="an answer",
            verdict=verdict,
            score={"correct": 1.0, "close": 0.8, "wrong": 0.0}[verdict],
            rating="again" if verdict == "wrong" else "good",
            reviewed_at=START + timedelta(minutes=minute),
            confidence=confidence,  # type: ignore[arg-type]
            overrides=overrides,
        ),
        None,
    )
    return SessionRef(START, ("deck",), id=recorded.session_id), recorded.review_id


def marks(store: Store) -> dict[str, tuple[int, int]]:
    store.fold_tallies()  # the answers saved since the last fold, counted
    return {
        card: (sure_wrong, last)
        for card, sure_wrong, last in store.connection.execute(
            "SELECT card_id, sure_wrong, last_sure_wrong FROM card_tallies ORDER BY card_id"
        )
    }


def test_marks_kept_per_answer(data_dir: Path) -> None:
    with Store.open(data_dir, backup=False) as store:
        session = SessionRef(START, ("deck",))
        session, _ = answer(store, session, "a", "wrong", "sure", 1)
        session, _ = answer(store, session, "a", "wrong", "unsure", 2)
        session, _ = answer(store, session, "a", "wrong", "sure", 3)
        session, _ = answer(store, session, "b", "wrong", "sure", 4)
        session, _ = answer(store, session, "b", "correct", "sure", 5)
        session, missed = answer(store, session, "c", "wrong", "sure", 6)
        session, _ = answer(store, session, "c", "correct", None, 7, overrides=missed)
        session, _ = answer(store, session, "d", "close", "guess", 8)
        kept = marks(store)
        assert kept == {"a": (2, 1), "b": (1, 0), "c": (0, 0), "d": (0, 0)}
