"""The PostgreSQL store's life on a real server: losing it mid-session, a trainer killed
mid-answer, team briefings, and `trainer quiz --plain` end to end with TRAINER_STORE set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import ServerDatabase, new_analyst
from psycopg import sql
from quiz_fixtures import START, card, write_deck

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.server.connection import connect
from trainer.core.store import NewReview, SessionRef, StoreError
from trainer.core.store.postgres import PostgresStore

REPO = Path(__file__).resolve().parents[2]


def review(card_id: str) -> NewReview:
    return NewReview(
        deck_id="deck",
        card_id=card_id,
        kind="text",
        tags=(),
        response="an answer",
        verdict="correct",
        score=1.0,
        rating="good",
        reviewed_at=START,
    )


def save(store: PostgresStore, session: SessionRef, card_id: str) -> SessionRef:
    scheduled = Scheduler(fuzz=False).review(None, "good", START)
    return session._replace(id=store.record_review(session, review(card_id), scheduled).session_id)


def analyst_name(url: str) -> str:
    return url.rsplit("user=", 1)[1]


def end_connections(db: ServerDatabase, analyst: str) -> int:
    """Terminate the analyst's server processes, as a server restart would; how many."""
    with db.admin() as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
            (analyst,),
        ).fetchall()
    return len(rows)


def set_login(db: ServerDatabase, analyst: str, *, allowed: bool) -> None:
    with db.admin() as conn:
        conn.execute(
            sql.SQL("ALTER ROLE {} " + ("LOGIN" if allowed else "NOLOGIN")).format(
                sql.Identifier(analyst)
            )
        )


def test_a_server_schema_newer_or_older_than_the_trainer_is_refused_in_one_sentence(
    pg_database: ServerDatabase, tmp_path: Path
) -> None:
    from trainer.core.server.schema import SCHEMA_VERSION

    url = new_analyst(pg_database)
    PostgresStore.open(url, tmp_path).close()  # the current schema: opens
    with pg_database.admin() as conn:
        conn.execute(
            "INSERT INTO trainer.schema_version (version) VALUES (%s)", (SCHEMA_VERSION + 1,)
        )
    with pytest.raises(StoreError, match=f"newer than this trainer's {SCHEMA_VERSION}"):
        PostgresStore.open(url, tmp_path)
    with pg_database.admin() as conn:
        conn.execute("DELETE FROM trainer.schema_version WHERE version > 1")
        conn.execute("REVOKE SELECT ON trainer.schema_version FROM trainer_analyst")
    # A version 1 server, which let no analyst read its version: told to run init.
    with pytest.raises(StoreError, match="ask your admin to run `trainer server init`"):
        PostgresStore.open(url, tmp_path)


def test_a_connection_lost_while_idle_is_replaced_and_the_answer_kept(
    pg_database: ServerDatabase, data_dir: Path
) -> None:
    url = new_analyst(pg_database)
    with PostgresStore.open(url, data_dir) as store:
        session = save(store, SessionRef(START, ("deck",)), "c1")
        assert end_connections(pg_database, analyst_name(url)) == 1
        save(store, session, "c2")  # nothing was sent on the dead connection: sent anew
        assert store.review_count() == 2


def test_the_server_away_refuses_the_answer_in_one_sentence_then_goes_on(
    pg_database: ServerDatabase, data_dir: Path
) -> None:
    url = new_analyst(pg_database)
    analyst = analyst_name(url)
    with PostgresStore.open(url, data_dir) as store:
        session = save(store, SessionRef(START, ("deck",)), "c1")
        # The server goes away and will not take the analyst back for now.
        set_login(pg_database, analyst, allowed=False)
        end_connections(pg_database, analyst)
        with pytest.raises(StoreError) as refused:
            save(store, session, "c2")
        message = str(refused.value)
        assert "\n" not in message and "Traceback" not in message
        assert message.startswith(f"the team server at {store.where} cannot be reached (")
        assert "is not permitted to log in), so this answer was not saved;" in message
        assert "answers given before are kept" in message
        with pytest.raises(StoreError, match="cannot be reached"):
            store.review_count()
        # Back: the next answer connects again and is saved; the first was kept all along.
        set_login(pg_database, analyst, allowed=True)
        save(store, session, "c2")
        assert store.review_count() == 2
        assert [row.answered for row in store.session_rows()] == [2]


KILLED_TRAINER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from trainer.core.scheduler import Scheduler
    from trainer.core.store import NewReview, SessionRef
    from trainer.core.store.open import open_review_store

    store = open_review_store(Path(sys.argv[1]))
    session = SessionRef(datetime.now(UTC), ("deck",))
    scheduler = Scheduler(fuzz=False)
    for index in range(100000):
        now = datetime.now(UTC)
        review = NewReview("deck", f"c{index % 7}", "text", ("t",), "x", "correct", 1.0,
                           "good", now)
        recorded = store.record_review(session, review, scheduler.review(None, "good", now))
        session = session._replace(id=recorded.session_id)
        print(index + 1, flush=True)  # committed: the verdict may show
    """
)


def test_a_trainer_killed_mid_answer_loses_no_committed_review(
    pg_database: ServerDatabase, data_dir: Path
) -> None:
    url = new_analyst(pg_database)
    environment = {**os.environ, "TRAINER_STORE": url}
    committed = 0
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_TRAINER, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            committed = int(line)
            if committed >= 40:
                break
        child.send_signal(signal.SIGKILL)
        child.wait()
    with PostgresStore.open(url, data_dir) as store:
        kept = store.review_count()
        # Every answer reported saved is there; at most the one in flight came in too.
        assert committed <= kept <= committed + 2
        # And each is whole: its tallies and session moved with it, nothing half-written.
        assert sum(v.reviews for v in store.verdict_counts("deck")) == kept
        assert sum(v.reviews for v in store.verdict_counts("tag")) == kept
        assert [row.answered for row in store.session_rows()] == [min(kept, 7)]


def test_a_team_briefing_shows_as_each_members_own(
    pg_database: ServerDatabase, data_dir: Path
) -> None:
    lead = new_analyst(pg_database, "lead", team="desk", lead=True)
    member = new_analyst(pg_database, "mem", team="desk")
    outsider = new_analyst(pg_database, "out", team="other")
    at = START + timedelta(days=2)
    with pg_database.connect_as(analyst_name(lead)) as conn:
        row = conn.execute(
            "INSERT INTO trainer.team_briefings (team, at) VALUES ('desk', %s) RETURNING id",
            (at,),
        ).fetchone()
        assert row is not None
        conn.execute(
            "INSERT INTO trainer.team_briefing_decks (team_briefing_id, deck_id) "
            "VALUES (%s, 'deck'), (%s, 'other')",
            (row[0], row[0]),
        )
    clock = ManualClock(START)
    with PostgresStore.open(member, data_dir, clock=clock) as store:
        store.add_briefing(START + timedelta(days=1), ["mine"])
        shown = store.briefing_rows()
        assert [(b.deck_ids, b.cleared_at) for b in shown] == [
            (("mine",), None),
            (("deck", "other"), None),
        ]
        assert len({b.id for b in shown}) == 2
        # A member cannot call off the lead's briefing; only their own.
        assert store.clear_briefings(START) == 1
        assert store.briefing_rows()[1].cleared_at is None
    with PostgresStore.open(outsider, data_dir) as store:
        assert store.briefing_rows() == []
    with PostgresStore.open(lead, data_dir, clock=clock) as store:
        assert store.clear_briefings(START, ["deck"]) == 1
        assert store.briefing_rows()[0].cleared_at is not None


def test_a_plain_quiz_against_the_server_end_to_end(
    pg_database: ServerDatabase, data_dir: Path, tmp_path: Path
) -> None:
    url = new_analyst(pg_database)
    decks = tmp_path / "decks"
    write_deck(decks, "capitals", [card("fr", "Paris"), card("de", "Berlin")])
    environment = {**os.environ, "TRAINER_STORE": url, "TRAINER_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "--decks", str(decks), "quiz", "capitals", "--plain"],
        input="Paris\nBerlin\n\n",
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with PostgresStore.open(url, data_dir) as store:
        assert store.review_count() == 2
        assert {card for card in store.due_times("capitals")} == {"fr", "de"}
    assert not (data_dir / "reviews.db").exists()
    # Asked again at once, both cards are scheduled later: nothing to ask.
    again = subprocess.run(
        [sys.executable, "-m", "trainer", "--decks", str(decks), "quiz", "capitals", "--plain"],
        input="",
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert "Nothing to ask now" in again.stdout
    with connect(url) as conn:  # the analyst's own login sees the two rows, RLS-scoped
        row = conn.execute("SELECT count(*) FROM trainer.reviews").fetchone()
        assert row is not None and row[0] == 2
