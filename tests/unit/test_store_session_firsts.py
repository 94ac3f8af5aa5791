"""A session's first tries counted when answers are folded into the tallies late, as early.

The same answers, corrections and undos go to two real stores: one reads the session's
figures after every step (each read folds the answers saved so far, tally_fold.py), the
other only at the end (corrections and undos fold what came before them). Their session
figures must agree, and match the rule counted by hand.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from trainer.core.store import Store
from trainer.core.store.records import NewReview, SessionRef

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _review(card_id: str, verdict: str, at: datetime, overrides: int | None = None) -> NewReview:
    score = {"correct": 1.0, "close": 0.5, "wrong": 0.0}[verdict]
    return NewReview(
        deck_id="deck",
        card_id=card_id,
        kind="text",
        tags=(),
        response="typed",
        verdict=verdict,
        score=score,
        rating="good" if score else "again",
        reviewed_at=at,
        overrides=overrides,
    )


def _play(store: Store, steps: list[tuple[str, str, str]], *, read_always: bool) -> list[int]:
    """Answer, correct or undo as ``steps`` say, in one session; its answered count after
    each step (``read_always``), or only after the last."""
    ref = SessionRef(START, ("deck",))
    saved: list[int] = []
    counts = []
    for number, (action, card_id, verdict) in enumerate(steps):
        at = START + timedelta(seconds=number + 1)
        if action == "undo" and saved:
            store.undo_review(saved.pop(), None, restore_schedule=False)
        elif action == "correct" and saved:
            store.record_review(ref, _review(card_id, "correct", at, overrides=saved[-1]), None)
        else:
            recorded = store.record_review(ref, _review(card_id, verdict, at), None)
            ref = ref._replace(id=recorded.session_id)
            saved.append(recorded.review_id)
        if read_always or number == len(steps) - 1:
            [row] = store.session_rows() or [None]
            counts.append(0 if row is None else row.answered)
    return counts


def test_first_tries_folded_late_agree_with_folding_after_every_answer(tmp_path: Path) -> None:
    chance = random.Random(16)
    for round_number in range(6):
        steps = [
            (
                chance.choice(["answer"] * 6 + ["undo", "correct"]),
                chance.choice(["a", "b", "c", "d"]),
                chance.choice(["correct", "close", "wrong"]),
            )
            for _ in range(30)
        ]
        figures = []
        for read_always in (False, True):
            folder = tmp_path / f"{round_number}-{read_always}"
            with Store.open(folder, backup=False) as store:
                counts = _play(store, steps, read_always=read_always)
                figures.append((counts[-1], store.session_rows(), store.verdict_counts("deck")))
        assert figures[0] == figures[1]


def test_a_card_asked_again_in_the_session_is_no_second_answer(tmp_path: Path) -> None:
    with Store.open(tmp_path, backup=False) as store:
        counts = _play(
            store,
            [("answer", "a", "wrong"), ("answer", "b", "correct"), ("answer", "a", "correct")],
            read_always=True,
        )
        assert counts == [1, 2, 2]
        # Taken back, the second try is gone and "a" stays answered once.
        store.undo_review(3, None, restore_schedule=False)
        [row] = store.session_rows()
        assert row.answered == 2
