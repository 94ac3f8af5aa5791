"""`trainer store copy FROM TO`: one analyst's whole history from one database to another.

Either side is a SQLite data folder or a team server (trainer.core.server.copy_side).
Copied: every review (matched by its stable ``uid``, so a second run copies none), the
sessions they belong to (matched by start, decks and cram), undo marks, card schedules (the
one reviewed last wins; the first introduction is kept), and briefings (matched by time
and decks; one cleared on either side ends cleared). All of it is written in one
transaction on the destination; then, when anything was added, the running figures
(session scores, tallies) are rebuilt there from its reviews by the store's own rules
(figures.py), so history reads the same as on the source.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import NamedTuple, Protocol

from trainer.core.store.compact import (
    Progress,
    micros,
)
from trainer.core.store.figures import CountedReview, Figures, rebuild
from trainer.core.store.records import StoreError, from_db_time


class SessionCopy(NamedTuple):
    id: int
    started_at: str
    deck_ids: str  # space-separated, as stored
    cram: bool

    @property
    def key(self) -> tuple[str, str, bool]:
        return (self.started_at, self.deck_ids, self.cram)


class ReviewCopy(NamedTuple):
    """One review as stored (times as fixed-width UTC text, tags as JSON text)."""

    id: int
    uid: str  # 32 lower-case hex digits
    session_id: int
    deck_id: str
    card_id: str
    kind: str
    tags: str
    response: str
    verdict: str
    score: float
    rating: str
    reviewed_at: str
    elapsed_s: float | None
    hinted: bool
    cram: bool
    overrides: int | None
    due_after: str | None
    confidence: str | None
    undone_at: str | None

    def counted(self) -> CountedReview:
        return CountedReview(
            self.id,
            self.session_id,
            self.deck_id,
            self.card_id,
            self.kind,
            self.tags,
            self.response,
            self.verdict,
            self.score,
            self.reviewed_at,
            self.overrides,
            self.confidence,
            self.undone_at is not None,
        )


class StateCopy(NamedTuple):
    deck_id: str
    card_id: str
    due: str
    memory: str
    introduced_at: str
    last_review_at: str
    stability: float | None


class BriefingCopy(NamedTuple):
    id: int
    at: str
    created_at: str
    cleared_at: str | None
    deck_ids: tuple[str, ...]  # sorted

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        return (self.at, self.deck_ids)


class Copied(NamedTuple):
    """What a copy did."""

    reviews: int
    already: int
    sessions: int
    undo_marks: int
    schedules: int
    briefings: int


class HistoryWriter(Protocol):
    """The destination inside its one transaction."""

    def reviews(self) -> Iterator[ReviewCopy]: ...
    def sessions(self) -> list[SessionCopy]: ...
    def card_states(self) -> list[StateCopy]: ...
    def briefings(self) -> list[BriefingCopy]: ...
    def add_session(self, session: SessionCopy) -> int: ...
    def add_review(self, review: ReviewCopy, session_id: int, overrides: int | None) -> int: ...
    def add_undo_mark(self, review_id: int, undone_at: str) -> None: ...
    def merge_state(self, state: StateCopy) -> bool: ...
    def add_briefing(self, briefing: BriefingCopy) -> None: ...
    def clear_briefing(self, briefing_id: int, cleared_at: str) -> None: ...
    def replace_figures(self, figures: Figures) -> None: ...


class HistorySide(Protocol):
    """One end of a copy: its reads, and a transaction to write in."""

    name: str

    def reviews(self) -> Iterator[ReviewCopy]: ...
    def sessions(self) -> list[SessionCopy]: ...
    def card_states(self) -> list[StateCopy]: ...
    def briefings(self) -> list[BriefingCopy]: ...
    def writing(self) -> AbstractContextManager[HistoryWriter]: ...
    def close(self) -> None: ...


def copy_history(source: HistorySide, destination: HistorySide) -> Copied:
    """Copy everything of ``source`` that ``destination`` lacks; what was copied."""
    source_sessions = {session.id: session for session in source.sessions()}
    with destination.writing() as into:
        session_ids = {session.key: session.id for session in into.sessions()}
        known = {review.uid: review for review in into.reviews()}
        new_sessions = 0
        for session in source_sessions.values():
            if session.key not in session_ids:
                session_ids[session.key] = into.add_session(session)
                new_sessions += 1
        copied = already = marks = 0
        ids: dict[int, int] = {}  # the source's review ids -> the destination's
        for review in source.reviews():
            there = known.get(review.uid)
            if there is not None:
                ids[review.id] = there.id
                already += 1
                if review.undone_at is not None and there.undone_at is None:
                    into.add_undo_mark(there.id, review.undone_at)
                    marks += 1
                continue
            overrides = None
            if review.overrides is not None:
                if review.overrides not in ids:
                    raise StoreError(
                        f"{source.name}: review {review.id} corrects review "
                        f"{review.overrides}, which is not there; nothing was copied"
                    )
                overrides = ids[review.overrides]
            session = source_sessions[review.session_id]
            new_id = into.add_review(review, session_ids[session.key], overrides)
            ids[review.id] = new_id
            copied += 1
            if review.undone_at is not None:
                into.add_undo_mark(new_id, review.undone_at)
                marks += 1
        schedules = sum(into.merge_state(state) for state in source.card_states())
        briefings = merge_briefings(into, source.briefings())
        if copied or marks:
            into.replace_figures(rebuild([review.counted() for review in into.reviews()]))
    return Copied(copied, already, new_sessions, marks, schedules, briefings)


def merge_briefings(into: HistoryWriter, briefings: list[BriefingCopy]) -> int:
    """Add the briefings ``into`` lacks, clear those cleared on the source; how many added."""
    there = {briefing.key: briefing for briefing in into.briefings()}
    added = 0
    for briefing in briefings:
        found = there.get(briefing.key)
        if found is None:
            into.add_briefing(briefing)
            added += 1
        elif briefing.cleared_at is not None and found.cleared_at is None:
            into.clear_briefing(found.id, briefing.cleared_at)
    return added


# -- a SQLite data folder --------------------------------------------------------------------

# The old columns through the compact table's view (schema 10), the key as its hex text.
_REVIEWS = (
    "SELECT r.id, r.uid, r.session_id, r.deck_id, r.card_id, r.kind, r.tags, r.response, "
    "r.verdict, r.score, r.rating, r.reviewed_at, r.elapsed_s, r.hinted, r.cram, r.overrides, "
    "r.due_after, r.confidence, u.undone_at "
    "FROM review_rows AS r LEFT JOIN undone_reviews AS u ON u.review_id = r.id ORDER BY r.id"
)


class SqliteHistory:
    """A data folder's review database (opened, and migrated, as the trainer opens it)."""

    def __init__(self, data_dir: Path, progress: Progress | None = None) -> None:
        from trainer.core.store.sqlite import Store

        self.name = str(data_dir)
        self._store = Store.open(data_dir, backup=False, progress=progress)
        self._db = self._store.connection

    def close(self) -> None:
        self._store.close()

    def reviews(self) -> Iterator[ReviewCopy]:
        for row in self._db.execute(_REVIEWS):
            yield _review(row)

    def sessions(self) -> list[SessionCopy]:
        rows = self._db.execute("SELECT id, started_at, deck_ids, cram FROM sessions")
        return [SessionCopy(int(i), s, d, bool(c)) for i, s, d, c in rows]

    def card_states(self) -> list[StateCopy]:
        rows = self._db.execute(
            "SELECT deck_id, card_id, due, memory, introduced_at, last_review_at, stability "
            "FROM card_states"
        )
        return [StateCopy(*row) for row in rows]

    def briefings(self) -> list[BriefingCopy]:
        rows = self._db.execute(
            "SELECT b.id, b.at, b.created_at, b.cleared_at, group_concat(d.deck_id, ' ') "
            "FROM briefings AS b LEFT JOIN briefing_decks AS d ON d.briefing_id = b.id "
            "GROUP BY b.id ORDER BY b.id"
        )
        return [
            BriefingCopy(int(i), at, made, cleared, tuple(sorted((decks or "").split())))
            for i, at, made, cleared, decks in rows
        ]

    @contextmanager
    def writing(self) -> Iterator[HistoryWriter]:
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield _SqliteWriter(self)
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise StoreError(
                f"{self.name}: the copy stopped ({error}); nothing was copied"
            ) from None
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def _review(row: tuple[object, ...]) -> ReviewCopy:
    values = list(row)
    values[1] = str(values[1]).replace("-", "").lower()
    values[13] = bool(values[13])
    values[14] = bool(values[14])
    return ReviewCopy(*values)  # type: ignore[arg-type]


class _SqliteWriter:
    def __init__(self, side: SqliteHistory) -> None:
        self._side = side
        self._db = side._db

    def reviews(self) -> Iterator[ReviewCopy]:
        return self._side.reviews()

    def sessions(self) -> list[SessionCopy]:
        return self._side.sessions()

    def card_states(self) -> list[StateCopy]:
        return self._side.card_states()

    def briefings(self) -> list[BriefingCopy]:
        return self._side.briefings()

    def add_session(self, session: SessionCopy) -> int:
        from trainer.core.store.writes import insert_session

        return insert_session(
            self._db, session.started_at, session.deck_ids.split(), bool(session.cram)
        )

    def add_review(self, review: ReviewCopy, session_id: int, overrides: int | None) -> int:
        from trainer.core.store.writes import card_number, insert_review

        at = micros(from_db_time(review.reviewed_at))
        due_after = review.due_after
        return insert_review(
            self._db,
            uid=review.uid,
            session_id=session_id,
            card=card_number(self._db, review.deck_id, review.card_id, review.kind, review.tags),
            response=review.response,
            verdict=review.verdict,
            score=review.score,
            rating=review.rating,
            reviewed_at=at,
            elapsed_s=review.elapsed_s,
            hinted=bool(review.hinted),
            cram=bool(review.cram),
            overrides=overrides,
            due_after=None if due_after is None else micros(from_db_time(due_after)) - at,
            confidence=review.confidence,
        )

    def add_undo_mark(self, review_id: int, undone_at: str) -> None:
        self._db.execute(
            "INSERT INTO undone_reviews (review_id, undone_at) VALUES (?, ?)",
            (review_id, undone_at),
        )

    def merge_state(self, state: StateCopy) -> bool:
        cursor = self._db.execute(
            "INSERT INTO card_states (deck_id, card_id, due, memory, introduced_at, "
            "last_review_at, stability) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (deck_id, card_id) DO UPDATE SET due = excluded.due, "
            "memory = excluded.memory, last_review_at = excluded.last_review_at, "
            "stability = excluded.stability, "
            "introduced_at = min(card_states.introduced_at, excluded.introduced_at) "
            "WHERE excluded.last_review_at > card_states.last_review_at",
            state,
        )
        return cursor.rowcount > 0

    def add_briefing(self, briefing: BriefingCopy) -> None:
        cursor = self._db.execute(
            "INSERT INTO briefings (at, created_at, cleared_at) VALUES (?, ?, ?)",
            (briefing.at, briefing.created_at, briefing.cleared_at),
        )
        self._db.executemany(
            "INSERT INTO briefing_decks (briefing_id, deck_id) VALUES (?, ?)",
            [(cursor.lastrowid, deck_id) for deck_id in briefing.deck_ids],
        )

    def clear_briefing(self, briefing_id: int, cleared_at: str) -> None:
        self._db.execute(
            "UPDATE briefings SET cleared_at = ? WHERE id = ?", (cleared_at, briefing_id)
        )

    def replace_figures(self, figures: Figures) -> None:
        db = self._db
        db.execute("UPDATE sessions SET answered = 0, score_sum = 0, last_review_at = NULL")
        db.execute("UPDATE session_decks SET answered = 0, score_sum = 0")
        for session_id, session in figures.sessions.items():
            db.execute(
                "UPDATE sessions SET answered = ?, score_sum = ?, last_review_at = ? WHERE id = ?",
                (session.answered, session.score_sum, session.last_review_at, session_id),
            )
            db.executemany(
                "UPDATE session_decks SET answered = ?, score_sum = ? "
                "WHERE session_id = ? AND deck_id = ?",
                [
                    (count, total, session_id, deck_id)
                    for deck_id, (count, total) in session.per_deck.items()
                ],
            )
        for table in ("card_tallies", "tallies", "confidence_tallies", "day_tallies"):
            db.execute(f"DELETE FROM {table}")
        db.executemany(
            "INSERT INTO card_tallies (deck_id, card_id, reviews, correct, close, wrong, "
            "last_response, last_reviewed_at, sure_wrong, last_sure_wrong) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            figures.card_tallies,
        )
        db.executemany(
            "INSERT INTO tallies (dimension, key, deck_id, reviews, correct, close, wrong) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            figures.tallies,
        )
        db.executemany(
            "INSERT INTO confidence_tallies (dimension, key, deck_id, confidence, answers, "
            "right) VALUES (?, ?, ?, ?, ?, ?)",
            figures.confidence_tallies,
        )
        db.executemany(
            "INSERT INTO day_tallies (day, deck_id, answered, correct) VALUES (?, ?, ?, ?)",
            figures.day_tallies,
        )
        # Every review is counted now: none is left for a fold (tally_fold.py).
        db.execute("UPDATE tally_mark SET review_id = coalesce((SELECT max(id) FROM reviews), 0)")
