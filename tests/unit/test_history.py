"""Score history and statistics read back from a real store after real sessions."""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quiz_fixtures import START, card, make_deck, numbered_cards

from trainer.core import history
from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def tagged_deck(folder: Path, deck_id: str = "facts") -> Deck:
    return make_deck(
        folder,
        deck_id,
        [
            card("when", "2025-07-25", kind="date", tags=["meeting", "dates"]),
            card("who", "Marco Rubio", kind="name", tags=["people"]),
            card("where", "Washington", tags=["meeting"]),
            card("how-many", "70", kind="number"),
        ],
    )


def run_session(
    deck: Deck, store: Store, clock: ManualClock, answers: dict[str, str], **options: object
) -> QuizSession:
    """Answer each asked card with ``answers[card id]`` (skip when missing)."""
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock, **options)
    while not session.finished:
        current = session.current
        assert current is not None
        if current.id in answers and not session.asked_again:
            session.submit(answers[current.id])
        else:
            session.skip()
        clock.advance(seconds=10)
    return session


RIGHT = {"when": "2025-07-25", "who": "Marco Rubio", "where": "Washington", "how-many": "70"}


def test_accuracy_by_deck_tag_and_kind(tmp_path: Path, store: Store, clock: ManualClock) -> None:
    deck = tagged_deck(tmp_path)
    run_session(deck, store, clock, {**RIGHT, "who": "nobody", "how-many": "12"})
    clock.advance(days=3)
    run_session(deck, store, clock, RIGHT, cram=True)
    by_tag = {row.key: row for row in history.accuracy_by(store, "tag")}
    assert set(by_tag) == {"meeting", "dates", "people"}
    assert (by_tag["meeting"].reviews, by_tag["meeting"].correct) == (4, 4)
    assert (by_tag["people"].reviews, by_tag["people"].wrong, by_tag["people"].rate) == (2, 1, 0.5)
    by_kind = {row.key: row for row in history.accuracy_by(store, "kind")}
    assert {key: row.reviews for key, row in by_kind.items()} == {
        "date": 2,
        "name": 2,
        "text": 2,
        "number": 2,
    }
    assert by_kind["number"].correct == 1
    (by_deck,) = history.accuracy_by(store, "deck")
    assert (by_deck.key, by_deck.reviews, by_deck.correct, by_deck.wrong) == ("facts", 8, 6, 2)
    assert by_deck.rate == 0.75
    # Most reviewed first.
    assert [row.reviews for row in history.accuracy_by(store, "tag")] == [4, 2, 2]


def test_accuracy_can_be_limited_to_one_deck(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    run_session(tagged_deck(tmp_path, "one"), store, clock, RIGHT)
    run_session(tagged_deck(tmp_path, "two"), store, clock, {"who": "wrong"})
    (two,) = history.accuracy_by(store, "deck", "two")
    assert (two.key, two.reviews, two.wrong) == ("two", 1, 1)
    assert [row.key for row in history.accuracy_by(store, "tag", "two")] == ["people"]
    assert [row.key for row in history.accuracy_by(store, "kind", "two")] == ["name"]
    with pytest.raises(ValueError, match="cannot group"):
        history.accuracy_by(store, "colour")  # type: ignore[arg-type]


def test_session_scores_oldest_first_with_filters(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = tagged_deck(tmp_path)
    other = make_deck(tmp_path, "other", numbered_cards(2))
    run_session(deck, store, clock, {"when": "2025-07-25", "who": "x"}, new_limit=2)
    clock.advance(days=1)
    run_session(other, store, clock, {"c0": "answer-0", "c1": "answer-1"})
    clock.advance(days=1)
    run_session(deck, store, clock, {}, cram=True)  # everything skipped: not a scored session
    scores = history.session_scores(store)
    assert [(s.deck_ids, s.answered, s.score) for s in scores] == [
        (("facts",), 2, 0.5),
        (("other",), 2, 1.0),
    ]
    assert scores[0].started_at == START
    assert [s.deck_ids for s in history.session_scores(store, "other")] == [("other",)]
    since = history.session_scores(store, since=START + timedelta(hours=1))
    assert [s.deck_ids for s in since] == [("other",)]


def test_weakest_cards_lowest_rate_first(tmp_path: Path, store: Store, clock: ManualClock) -> None:
    deck = tagged_deck(tmp_path)
    run_session(
        deck, store, clock, {**RIGHT, "who": "Hillary Clinton", "how-many": "12"}, cram=True
    )
    run_session(deck, store, clock, {**RIGHT, "how-many": "13"}, cram=True)
    weak = history.weakest_cards(store)
    assert [(w.card_id, w.reviews, w.wrong, w.rate) for w in weak] == [
        ("how-many", 2, 2, 0.0),
        ("who", 2, 1, 0.5),
    ]
    assert weak[0].last_response == "13"
    assert history.weakest_cards(store, limit=1)[0].card_id == "how-many"
    assert history.weakest_cards(store, deck_id="elsewhere") == []


def test_due_forecast_counts_each_day_ahead(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(3))
    session = run_session(
        deck, store, clock, {"c0": "answer-0", "c1": "answer-1", "c2": "answer-2"}
    )
    first_due = {o.card.id: o.due for o in session.summary().outcomes}
    # Bring each card to its review state a different number of days out.
    clock.now = max(due for due in first_due.values() if due) + timedelta(minutes=1)
    run_session(deck, store, clock, {"c0": "answer-0", "c1": "answer-1", "c2": "wrong"})
    states = store.card_states("deck")
    now = clock() + timedelta(hours=1)
    forecast = history.due_forecast(store, now, days=30)
    assert len(forecast) == 30
    assert forecast[0].day == now.date()
    assert [day.day for day in forecast] == [now.date() + timedelta(days=n) for n in range(30)]
    expected = Counter(max(state.due.date(), now.date()) for state in states.values())
    assert {day.day: day.count for day in forecast if day.count} == dict(expected)
    # The wrong card is overdue an hour later: it counts on the first day.
    assert forecast[0].count >= 1
    assert sum(day.count for day in history.due_forecast(store, now, 30, "nowhere")) == 0


def test_reviews_stream_every_answer_with_filters(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = tagged_deck(tmp_path)
    run_session(deck, store, clock, {"when": "25 July 2025", "who": "Rubio"})
    clock.advance(days=2)
    run_session(tagged_deck(tmp_path, "later"), store, clock, {"where": "Washingtn"})
    records = list(history.reviews(store))
    assert [(r.deck, r.card) for r in records] == [
        ("facts", "when"),
        ("facts", "who"),
        ("later", "where"),
    ]
    first = records[0]
    assert first.response == "25 July 2025"
    assert first.reviewed_at == START
    assert first.reviewed_at.utcoffset() == timedelta(0)
    assert first.kind == "date" and first.tags == ("meeting", "dates")
    assert first.rating in ("again", "hard", "good", "easy")
    assert not first.overridden and not first.cram
    assert [r.card for r in history.reviews(store, deck_id="later")] == ["where"]
    assert [r.deck for r in history.reviews(store, since=START + timedelta(days=1))] == ["later"]


def test_deck_statuses_count_due_new_and_last_score(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(tmp_path, "deck", numbered_cards(5))
    untouched = make_deck(tmp_path, "untouched", numbered_cards(2))
    run_session(deck, store, clock, {"c0": "answer-0", "c1": "no"}, new_limit=2)
    before = history.deck_statuses(store, [deck, untouched], clock())
    assert [(s.deck_id, s.cards, s.due, s.new, s.last_score) for s in before] == [
        ("deck", 5, 0, 3, 0.5),
        ("untouched", 2, 0, 2, None),
    ]
    clock.advance(minutes=2)  # the wrong card's one-minute step has passed
    (after,) = history.deck_statuses(store, [deck], clock())
    assert after.due == 1


def test_a_deck_s_last_score_counts_only_its_own_reviews(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    """A session over several decks scores each deck apart; a deck it never reached keeps
    the score of its own last session, or none."""
    alpha = make_deck(tmp_path, "alpha", numbered_cards(2, prefix="a"))
    beta = make_deck(tmp_path, "beta", numbered_cards(2, prefix="b"))
    never = make_deck(tmp_path, "never", numbered_cards(2, prefix="n"))
    run_session(beta, store, clock, {"b0": "answer-0", "b1": "no"})
    clock.advance(days=3)
    # Every deck in one session: alpha right and wrong, beta and never not reached.
    session = QuizSession([alpha, beta, never], store, Scheduler(fuzz=False), clock, cram=True)
    session.submit("answer-0")
    session.submit("no")
    statuses = history.deck_statuses(store, [alpha, beta, never], clock())
    assert [(s.deck_id, s.last_score) for s in statuses] == [
        ("alpha", 0.5),
        ("beta", 0.5),
        ("never", None),
    ]


def test_a_correction_counts_in_the_deck_s_last_score(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    alpha = make_deck(tmp_path, "alpha", numbered_cards(2, prefix="a"))
    beta = make_deck(tmp_path, "beta", numbered_cards(1, prefix="b"))
    session = QuizSession([alpha, beta], store, Scheduler(fuzz=False), clock)
    session.submit("no")
    session.override()
    session.submit("no")
    session.submit("answer-0")
    statuses = history.deck_statuses(store, [alpha, beta], clock())
    assert [(s.deck_id, s.last_score) for s in statuses] == [("alpha", 0.5), ("beta", 1.0)]


@st.composite
def actions(draw: st.DrawFn) -> list[str]:
    return draw(
        st.lists(
            st.sampled_from(["right", "wrong", "hint", "override", "skip"]), min_size=1, max_size=25
        )
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=actions(), cram=st.booleans())
def test_tallies_always_agree_with_the_review_rows(plan: list[str], cram: bool) -> None:
    """Whatever is answered, corrected or skipped, the summaries equal a recount of the rows."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        deck = make_deck(
            root,
            "deck",
            [
                card(
                    f"c{n}",
                    f"answer-{n}",
                    tags=["odd" if n % 2 else "even", "all"],
                    kind="text",
                    hint="a hint",
                )
                for n in range(8)
            ],
        )
        clock = ManualClock(START)
        with Store.open(root / "data", clock=clock) as store:
            for round_number in range(2):
                session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=cram)
                for step in plan:
                    if session.finished:
                        break
                    current = session.current
                    assert current is not None
                    if step == "right":
                        session.submit(current.answer_text)
                    elif step == "wrong":
                        session.submit("nothing")
                    elif step == "hint":
                        session.hint()
                    elif step == "skip":
                        session.skip()
                    else:
                        with suppress(TrainerError):
                            session.override()
                    clock.advance(minutes=3)
                clock.advance(days=round_number + 1)
            assert_tallies_match_rows(store)


def assert_tallies_match_rows(store: Store) -> None:
    columns = ("id", "session_id", "deck_id", "card_id", "kind", "tags", "verdict", "score")
    rows = [
        dict(zip((*columns, "overrides"), row, strict=True))
        for row in store._db.rows(
            f"SELECT {', '.join(columns)}, overrides FROM review_rows ORDER BY id"
        )
    ]
    final = {row["id"]: row for row in rows if row["overrides"] is None}
    for row in rows:
        if row["overrides"] is not None:
            original = final[row["overrides"]]
            final[row["overrides"]] = {
                **dict(original),
                "verdict": row["verdict"],
                "score": row["score"],
            }
    by_tag: dict[str, Counter] = defaultdict(Counter)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_card: dict[str, Counter] = defaultdict(Counter)
    sessions: dict[int, list[float]] = defaultdict(list)
    first_tries: set[tuple[int, str, str]] = set()  # a session scores each card's first try
    for row in final.values():
        for tag in json.loads(row["tags"]):
            by_tag[tag][row["verdict"]] += 1
        by_kind[row["kind"]][row["verdict"]] += 1
        by_card[row["card_id"]][row["verdict"]] += 1
        tried = (row["session_id"], row["deck_id"], row["card_id"])
        if tried not in first_tries:
            first_tries.add(tried)
            sessions[row["session_id"]].append(row["score"])

    def shape(counts: dict[str, Counter]) -> dict[str, tuple[int, int, int]]:
        return {key: (c["correct"], c["close"], c["wrong"]) for key, c in counts.items()}

    def read(dimension: str) -> dict[str, tuple[int, int, int]]:
        return {a.key: (a.correct, a.close, a.wrong) for a in history.accuracy_by(store, dimension)}  # type: ignore[arg-type]

    assert read("tag") == shape(by_tag)
    assert read("kind") == shape(by_kind)
    weak = {w.card_id: (w.reviews, w.wrong) for w in history.weakest_cards(store, limit=100)}
    expected_weak = {
        key: (sum(c.values()), c["wrong"])
        for key, c in by_card.items()
        if c["correct"] < sum(c.values())
    }
    assert weak == expected_weak
    scores = [(s.answered, round(s.score, 9)) for s in history.session_scores(store)]
    assert scores == [(len(v), round(sum(v) / len(v), 9)) for _, v in sorted(sessions.items())]


def test_a_session_over_several_decks_scores_each_deck_apart(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    first = make_deck(tmp_path, "first", numbered_cards(2, prefix="a"))
    second = make_deck(tmp_path, "second", numbered_cards(2, prefix="b"))
    third = make_deck(tmp_path, "third", numbered_cards(2, prefix="c"))
    session = QuizSession([first, second, third], store, Scheduler(fuzz=False), clock)
    session.submit("answer-0")  # a0 right
    session.submit("no idea")  # a1 wrong, then "I was right"
    session.override()
    session.submit("no idea")  # b0 wrong; the session ends before the third deck
    assert [(score.answered, score.score) for score in history.session_scores(store)] == [
        (3, 2 / 3)
    ]
    assert [(score.answered, score.score) for score in history.session_scores(store, "first")] == [
        (2, 1.0)
    ]
    assert [(score.answered, score.score) for score in history.session_scores(store, "second")] == [
        (1, 0.0)
    ]
    assert history.session_scores(store, "third") == []
    assert history.last_deck_score(store, "first") == 1.0
    assert history.last_deck_score(store, "second") == 0.0
    assert history.last_deck_score(store, "third") is None
