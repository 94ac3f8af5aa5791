"""`trainer history --format json` written by SQLite is the same text as record by record."""

from __future__ import annotations

import io
import json
from datetime import timedelta

from quiz_fixtures import START

from trainer.cli.history import write_json, write_json_lines
from trainer.core import history
from trainer.core.history_json import review_json
from trainer.core.scheduler import Scheduler
from trainer.core.store import NewReview, SessionRef, Store

AWKWARD = [
    'say "no"',
    "back\\slash \\u00e9",
    "two\nlines\tand a tab",
    "bell \x07 and \x1f and \x7f",
    "é ü ß 東京 🙂",
    "line\u2028separator",
    "",
    "  spaced  ",
]


def fill(store: Store) -> None:
    scheduler = Scheduler(fuzz=False)
    session = SessionRef(START, ("deck-é", "d2"))
    moments = [START, START + timedelta(microseconds=1), START + timedelta(seconds=7.25)]
    scores = [1.0, 0.1 + 0.2, 0.0, 0.8571428571428571, 1e-05]
    elapsed = [None, 3.0, 1e-05, 12.345678901234567]
    first_id = None
    for index, response in enumerate(AWKWARD * 2):
        moment = moments[index % len(moments)] + timedelta(minutes=index)
        review = NewReview(
            deck_id=("deck-é", "d2")[index % 2],
            # Ids are slugs in deck files; a stored one that is not is still quoted right.
            card_id=f"card-{index % 3}" if index != 4 else 'odd "id" \\ x',
            kind=("text", "name")[index % 2],
            tags=(('tag "q"', "ünï", "a\\b") if index % 3 == 0 else ()),
            response=response,
            verdict=("correct", "close", "wrong")[index % 3],
            score=scores[index % len(scores)],
            rating=("good", "hard", "again")[index % 3],
            reviewed_at=moment,
            elapsed_s=elapsed[index % len(elapsed)],
            hinted=index % 4 == 1,
            overrides=first_id if index == 5 else None,
        )
        scheduled = scheduler.review(None, review.rating, moment)  # type: ignore[arg-type]
        recorded = store.record_review(session, review, scheduled)
        session = SessionRef(START, session.deck_ids, cram=index > 10, id=recorded.session_id)
        first_id = first_id or recorded.review_id


def both(store: Store, **filters: object) -> tuple[str, str]:
    by_record, by_sql = io.StringIO(), io.StringIO()
    write_json(history.reviews(store, **filters), by_record)  # type: ignore[arg-type]
    write_json_lines(review_json(store, **filters), by_sql)  # type: ignore[arg-type]
    return by_record.getvalue(), by_sql.getvalue()


def test_the_same_text_as_each_record_dumped(store: Store) -> None:
    fill(store)
    old, new = both(store)
    assert new == old
    reviews = json.loads(new)
    assert len(reviews) == 2 * len(AWKWARD)
    assert {review["response"] for review in reviews} == set(AWKWARD)
    assert reviews[0]["tags"] == ['tag "q"', "ünï", "a\\b"]


def test_filters_and_an_empty_history_match_too(store: Store) -> None:
    assert both(store) == ("[]\n", "[]\n")
    fill(store)
    for filters in (
        {"deck_id": "d2"},
        {"since": START + timedelta(minutes=5)},
        {"deck_id": "deck-é", "since": START + timedelta(minutes=3)},
        {"deck_id": "nowhere"},
    ):
        old, new = both(store, **filters)
        assert new == old


def test_the_list_is_whole_across_batches() -> None:
    from trainer.cli.history import JSON_BATCH

    for count in (0, 1, JSON_BATCH, JSON_BATCH + 1, 2 * JSON_BATCH + 7):
        out = io.StringIO()
        write_json_lines((json.dumps({"n": n}) for n in range(count)), out)
        assert json.loads(out.getvalue()) == [{"n": n} for n in range(count)]
        expected = "[" + ",".join(f'\n  {{"n": {n}}}' for n in range(count))
        assert out.getvalue() == expected + ("\n]\n" if count else "]\n")


def test_the_csv_from_plain_rows_is_the_text_of_each_record_written(store: Store) -> None:
    from trainer.cli.history import write_csv, write_csv_rows

    fill(store)
    for filters in ({}, {"deck_id": "d2"}, {"since": START + timedelta(minutes=5)}):
        by_record, by_row = io.StringIO(), io.StringIO()
        write_csv(history.reviews(store, **filters), by_record)  # type: ignore[arg-type]
        write_csv_rows(store.review_rows(**filters), by_row)  # type: ignore[arg-type]
        assert by_row.getvalue() == by_record.getvalue()
        assert by_row.getvalue().count("\n") > 2
