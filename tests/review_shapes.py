"""A history with reviews of every shape, written through the store's public API only.

Used to make ``tests/data/schema9.sqlite3`` (by a trainer of schema 9, before the compact
review table: ``python tests/review_shapes.py FOLDER``) and, in the tests of schema 10, to
write the same history into today's store and compare the two.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from quiz_fixtures import START

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store

VERDICTS = [
    ("correct", 1.0, "good"),
    ("close", 0.8571428571428571, "hard"),
    ("wrong", 0.0, "again"),
    ("correct", 1.0, "easy"),
]


def record_every_shape(data_dir: Path) -> None:
    """Three sessions over two decks (one cram): answers with every verdict, rating and
    confidence, a card asked twice in a session, "I was right" corrections, undone answers
    (one with its correction), cards whose kind and tags change, odd texts and times."""
    clock = ManualClock(START)
    scheduler = Scheduler(fuzz=False)
    with Store.open(data_dir, clock=clock, backup=False) as store:
        for number in range(3):
            cram = number == 2
            session = SessionRef(START + timedelta(days=number), ("harbour", "ports-é"), cram)
            for index in range(number * 20, number * 20 + 20):
                moment = START + timedelta(
                    days=number, minutes=3 * index, microseconds=index * 137 % 1_000_000
                )
                clock.now = moment
                verdict, score, rating = VERDICTS[index % 4]
                deck_id = ("harbour", "ports-é")[index % 2]
                # Card 0..4 per deck: most come up more than once in a session.
                card_id = f"card-{index % 5}"
                state = store.card_state(deck_id, card_id)
                scheduled = scheduler.review(
                    None if state is None else state.memory,
                    rating,  # type: ignore[arg-type]
                    moment,
                )
                review = NewReview(
                    deck_id=deck_id,
                    card_id=card_id,
                    kind=("text", "date")[index // 10 % 2],
                    tags=(("trade", 'ünï "q"') if index % 3 else ()),
                    response=["Rubio", "two\nlines", "", "東京 🙂"][index % 4],
                    verdict=verdict,
                    score=score,
                    rating=rating,
                    reviewed_at=moment,
                    elapsed_s=[None, 3.0, 12.345678901234567][index % 3],
                    hinted=index % 5 == 1,
                    confidence=[None, "sure", "unsure", "guess"][index % 4],
                )
                recorded = store.record_review(session, review, scheduled)
                session = session._replace(id=recorded.session_id)
                if verdict == "wrong" and index % 8 == 2:
                    # "I was right" on a wrong answer.
                    store.record_review(
                        session,
                        review._replace(
                            verdict="correct",
                            score=1.0,
                            rating="good",
                            reviewed_at=moment + timedelta(seconds=5),
                            overrides=recorded.review_id,
                        ),
                        scheduler.review(None if state is None else state.memory, "good", moment),
                    )
                if index in (7, 18, 46):
                    # Taken back (18: with the correction made on it).
                    clock.now = moment + timedelta(seconds=9)
                    store.undo_review(recorded.review_id, state)


if __name__ == "__main__":
    record_every_shape(Path(sys.argv[1]))
