"""The team server as one end of `trainer store copy`: the connected analyst's own rows.

Reads say ``analyst = current_user`` (a lead's connection sees the team's rows too, and a
copy is of one's own history); writes never name the analyst: the column's default is the
role logged in, and row-level security refuses any other. Times are ``timestamptz`` here
and the store's fixed-width UTC text on the other side; ``uid`` is ``uuid`` here and 32 hex
digits there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from trainer.core.server.admin import server_errors
from trainer.core.server.connection import connect
from trainer.core.store import from_db_time, to_db_time
from trainer.core.store.copy import (
    BriefingCopy,
    HistoryWriter,
    ReviewCopy,
    SessionCopy,
    StateCopy,
)

if TYPE_CHECKING:
    from trainer.core.store.figures import Figures

_MINE = "analyst = current_user"


def _text(moment: Any) -> str | None:
    return None if moment is None else to_db_time(moment)


def _time(text: str | None) -> datetime | None:
    return None if text is None else from_db_time(text)


class ServerHistory:
    """The connected analyst's history on a team server."""

    def __init__(self, url: str) -> None:
        from trainer.core.server.team_view import check_schema

        self.name = url
        self._conn = connect(url)
        check_schema(self._conn)

    def close(self) -> None:
        self._conn.close()

    def _rows(self, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        with server_errors("reading the history on the server"):
            return self._conn.execute(sql, parameters).fetchall()

    def reviews(self) -> Iterator[ReviewCopy]:
        rows = self._rows(
            "SELECT r.id, r.uid, r.session_id, r.deck_id, r.card_id, r.kind, r.tags::text, "
            "r.response, r.verdict, r.score, r.rating, r.reviewed_at, r.elapsed_s, r.hinted, "
            "r.cram, r.overrides, r.due_after, r.confidence, u.undone_at "
            "FROM trainer.reviews AS r LEFT JOIN trainer.undone_reviews AS u "
            "ON u.analyst = r.analyst AND u.review_id = r.id "
            f"WHERE r.{_MINE} ORDER BY r.id"
        )
        for row in rows:
            values = list(row)
            values[1] = values[1].hex
            values[11] = _text(values[11])
            values[16] = _text(values[16])
            values[18] = _text(values[18])
            yield ReviewCopy(*values)

    def sessions(self) -> list[SessionCopy]:
        rows = self._rows(
            f"SELECT id, started_at, deck_ids, cram FROM trainer.sessions WHERE {_MINE}"
        )
        return [SessionCopy(int(i), to_db_time(s), d, bool(c)) for i, s, d, c in rows]

    def card_states(self) -> list[StateCopy]:
        rows = self._rows(
            "SELECT deck_id, card_id, due, memory::text, introduced_at, last_review_at, "
            f"stability FROM trainer.card_states WHERE {_MINE}"
        )
        return [
            StateCopy(deck, card, to_db_time(due), memory, to_db_time(first), to_db_time(last), s)
            for deck, card, due, memory, first, last, s in rows
        ]

    def briefings(self) -> list[BriefingCopy]:
        rows = self._rows(
            "SELECT b.id, b.at, b.created_at, b.cleared_at, "
            "coalesce(array_agg(d.deck_id ORDER BY d.deck_id) "
            "FILTER (WHERE d.deck_id IS NOT NULL), '{}') "
            "FROM trainer.briefings AS b LEFT JOIN trainer.briefing_decks AS d "
            "ON d.analyst = b.analyst AND d.briefing_id = b.id "
            f"WHERE b.{_MINE} GROUP BY b.id ORDER BY b.id"
        )
        return [
            BriefingCopy(int(i), to_db_time(at), to_db_time(made), _text(cleared), tuple(decks))
            for i, at, made, cleared, decks in rows
        ]

    @contextmanager
    def writing(self) -> Iterator[HistoryWriter]:
        with server_errors("copying to the server"), self._conn.transaction():
            yield _ServerWriter(self)


class _ServerWriter:
    def __init__(self, side: ServerHistory) -> None:
        self._side = side
        self._conn = side._conn

    def reviews(self) -> Iterator[ReviewCopy]:
        return self._side.reviews()

    def sessions(self) -> list[SessionCopy]:
        return self._side.sessions()

    def card_states(self) -> list[StateCopy]:
        return self._side.card_states()

    def briefings(self) -> list[BriefingCopy]:
        return self._side.briefings()

    def _one(self, sql: str, parameters: tuple[object, ...]) -> int:
        row = self._conn.execute(sql, parameters).fetchone()
        assert row is not None
        return int(str(row[0]))

    def add_session(self, session: SessionCopy) -> int:
        session_id = self._one(
            "INSERT INTO trainer.sessions (started_at, deck_ids, cram) VALUES (%s, %s, %s) "
            "RETURNING id",
            (from_db_time(session.started_at), session.deck_ids, session.cram),
        )
        with self._conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO trainer.session_decks (deck_id, session_id) VALUES (%s, %s) "
                "ON CONFLICT DO NOTHING",
                [(deck_id, session_id) for deck_id in dict.fromkeys(session.deck_ids.split())],
            )
        return session_id

    def add_review(self, review: ReviewCopy, session_id: int, overrides: int | None) -> int:
        return self._one(
            "INSERT INTO trainer.reviews (uid, session_id, deck_id, card_id, kind, tags, "
            "response, verdict, score, rating, reviewed_at, elapsed_s, hinted, cram, "
            "overrides, due_after, confidence) VALUES (%s, %s, %s, %s, %s, %s::jsonb, %s, %s, "
            "%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (
                uuid.UUID(hex=review.uid),
                session_id,
                review.deck_id,
                review.card_id,
                review.kind,
                review.tags,
                review.response,
                review.verdict,
                review.score,
                review.rating,
                from_db_time(review.reviewed_at),
                review.elapsed_s,
                review.hinted,
                review.cram,
                overrides,
                _time(review.due_after),
                review.confidence,
            ),
        )

    def add_undo_mark(self, review_id: int, undone_at: str) -> None:
        self._conn.execute(
            "INSERT INTO trainer.undone_reviews (review_id, undone_at) VALUES (%s, %s)",
            (review_id, from_db_time(undone_at)),
        )

    def merge_state(self, state: StateCopy) -> bool:
        cursor = self._conn.execute(
            "INSERT INTO trainer.card_states (deck_id, card_id, due, memory, introduced_at, "
            "last_review_at, stability) VALUES (%s, %s, %s, %s::jsonb, %s, %s, %s) "
            "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET due = excluded.due, "
            "memory = excluded.memory, last_review_at = excluded.last_review_at, "
            "stability = excluded.stability, "
            "introduced_at = least(card_states.introduced_at, excluded.introduced_at) "
            "WHERE excluded.last_review_at > card_states.last_review_at",
            (
                state.deck_id,
                state.card_id,
                from_db_time(state.due),
                state.memory,
                from_db_time(state.introduced_at),
                from_db_time(state.last_review_at),
                state.stability,
            ),
        )
        return cursor.rowcount > 0

    def add_briefing(self, briefing: BriefingCopy) -> None:
        briefing_id = self._one(
            "INSERT INTO trainer.briefings (at, created_at, cleared_at) VALUES (%s, %s, %s) "
            "RETURNING id",
            (
                from_db_time(briefing.at),
                from_db_time(briefing.created_at),
                _time(briefing.cleared_at),
            ),
        )
        with self._conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO trainer.briefing_decks (briefing_id, deck_id) VALUES (%s, %s)",
                [(briefing_id, deck_id) for deck_id in briefing.deck_ids],
            )

    def clear_briefing(self, briefing_id: int, cleared_at: str) -> None:
        self._conn.execute(
            f"UPDATE trainer.briefings SET cleared_at = %s WHERE {_MINE} AND id = %s",
            (from_db_time(cleared_at), briefing_id),
        )

    def replace_figures(self, figures: Figures) -> None:
        conn = self._conn
        conn.execute(
            "UPDATE trainer.sessions SET answered = 0, score_sum = 0, last_review_at = NULL "
            f"WHERE {_MINE}"
        )
        conn.execute(f"UPDATE trainer.session_decks SET answered = 0, score_sum = 0 WHERE {_MINE}")
        with conn.cursor() as cursor:
            cursor.executemany(
                "UPDATE trainer.sessions SET answered = %s, score_sum = %s, last_review_at = %s "
                f"WHERE {_MINE} AND id = %s",
                [
                    (figure.answered, figure.score_sum, _time(figure.last_review_at), session_id)
                    for session_id, figure in figures.sessions.items()
                ],
            )
            cursor.executemany(
                "UPDATE trainer.session_decks SET answered = %s, score_sum = %s "
                f"WHERE {_MINE} AND session_id = %s AND deck_id = %s",
                [
                    (count, total, session_id, deck_id)
                    for session_id, figure in figures.sessions.items()
                    for deck_id, (count, total) in figure.per_deck.items()
                ],
            )
            for table in ("card_tallies", "tallies", "confidence_tallies", "day_tallies"):
                cursor.execute(f"DELETE FROM trainer.{table} WHERE {_MINE}")
            cursor.executemany(
                "INSERT INTO trainer.card_tallies (deck_id, card_id, reviews, correct, close, "
                "wrong, last_response, last_reviewed_at, sure_wrong, last_sure_wrong) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                [(*row[:7], from_db_time(row[7]), *row[8:]) for row in figures.card_tallies],
            )
            cursor.executemany(
                "INSERT INTO trainer.tallies (dimension, key, deck_id, reviews, correct, close, "
                "wrong) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                figures.tallies,
            )
            cursor.executemany(
                "INSERT INTO trainer.confidence_tallies (dimension, key, deck_id, confidence, "
                'answers, "right") VALUES (%s, %s, %s, %s, %s, %s)',
                figures.confidence_tallies,
            )
            cursor.executemany(
                "INSERT INTO trainer.day_tallies (day, deck_id, answered, correct) "
                "VALUES (%s::date, %s, %s, %s)",
                figures.day_tallies,
            )
