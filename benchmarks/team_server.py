"""A team server at scale, on loopback: 200 analysts and 50 million reviews (--quick: 2M).

Starts a throwaway PostgreSQL cluster (tests/server/pg_cluster.py; or uses --admin-url, a
superuser's URL, its password in PGPASSFILE), sets it up with `trainer server init` and
`add-analyst` (20 teams of 10, each with a lead), and generates each analyst's history on
the server itself with generate_series, as the admin, one statement per analyst and table:
sessions of 100 reviews, reviews over 10 decks of 200 cards, and each card's schedule.
Generation runs with durability off (fsync, synchronous_commit); the measurements then run
with it on (the server restarted), as a real server keeps it.

Prints one JSON object:
- generate_s: the generation's time, and rows / database size;
- record_review_ms: p50, p99, max of recording one review as one analyst over their own
  login: the statements the store's record_review runs (review, card schedule, session and
  its deck, card, kind/tag and confidence tallies), in one transaction, committed;
- record_review_ms_commit_not_waiting_for_disk: the same with synchronous_commit off for
  that session (the server's work without the disk's flush, which dominates on a VM);
- record_review_ms_pipelined: the same writes (durable) in one round trip, pipeline mode,
  the first-try check folded into the session updates: what a backend can reach;
- team_view_s: `trainer team`'s work for a lead of a 10-member team (connect, roster, team
  briefing, every member's schedules of the briefing's 3 decks through row-level security,
  the readiness of each): best and median of --repeat runs; goal <= 1 s;
- settings: the server's own (shared_buffers, synchronous_commit, fsync, ...).

Usage: python benchmarks/team_server.py [--quick] [--reviews N] [--saves N] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pg_cluster
    import psycopg
    from psycopg.rows import TupleRow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "server"))

ANALYSTS = 200
TEAM_SIZE = 10
DECKS = 10
CARDS = 200
PER_SESSION = 100
BRIEFING_DECKS = ("deck-0", "deck-1", "deck-2")
SETTINGS = (
    "server_version", "shared_buffers", "synchronous_commit", "fsync", "full_page_writes",
    "wal_level", "work_mem", "effective_cache_size", "max_connections", "random_page_cost",
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 million reviews, not 50")
    parser.add_argument("--reviews", type=int, help="total reviews (overrides --quick)")
    parser.add_argument("--saves", type=int, default=500, help="reviews recorded and timed")
    parser.add_argument("--repeat", type=int, default=7, help="team view runs")
    parser.add_argument("--shared-buffers", default="1GB")
    args = parser.parse_args()
    total = args.reviews or (2_000_000 if args.quick else 50_000_000)
    import pg_cluster

    root = Path(tempfile.gettempdir()) / f"trainer-bench-pg-{os.getpid()}"
    server = pg_cluster.acquire(root)
    passfile = root / "pgpass"
    passfile.write_text(server.passfile_line(server.admin, server.password))
    passfile.chmod(0o600)
    os.environ["PGPASSFILE"] = str(passfile)
    try:
        result = run(server, root, passfile, total, args)
    finally:
        pg_cluster.release(root)
    print(json.dumps(result, indent=2))


def run(
    server: pg_cluster.Server, root: Path, passfile: Path, total: int, args: argparse.Namespace
) -> dict[str, object]:
    import psycopg

    from trainer.core.server.admin import add_analyst, init_server
    from trainer.core.server.connection import connect

    admin_url = server.url("postgres")
    names = [f"analyst_{index:03d}" for index in range(ANALYSTS)]
    with connect(admin_url) as conn:
        init_server(conn)
        for index, name in enumerate(names):
            team = f"team_{index // TEAM_SIZE:02d}"
            add_analyst(conn, name, team=team, lead=index % TEAM_SIZE == 0, password=name)
    with passfile.open("a") as file:
        for name in names:
            file.write(server.passfile_line(name, name))

    per_analyst = total // ANALYSTS
    started = time.perf_counter()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for index, name in enumerate(names):
            generate(conn, index, name, per_analyst)
        conn.execute("ANALYZE")
        for table in ("sessions", "reviews", "briefings"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('trainer.{table}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM trainer.{table}))"
            )
        size = conn.execute("SELECT pg_size_pretty(pg_database_size('postgres'))").fetchone()
        conn.execute("ALTER SYSTEM SET fsync = on")
        conn.execute("ALTER SYSTEM SET synchronous_commit = on")
        conn.execute("ALTER SYSTEM SET full_page_writes = on")
        conn.execute(f"ALTER SYSTEM SET shared_buffers = '{args.shared_buffers}'")
    generate_s = time.perf_counter() - started
    restart(root)

    lead = names[0]
    member = names[1]
    with psycopg.connect(server.url("postgres", member), autocommit=True) as conn:
        saves = record_reviews(conn, args.saves)
        # The same writes with the commit not waiting for the disk: the server's own work,
        # apart from this machine's fsync (shared with whatever else runs on it).
        conn.execute("SET synchronous_commit = off")
        unflushed = record_reviews(conn, args.saves)
        conn.execute("SET synchronous_commit = on")
        pipelined = record_reviews(conn, args.saves, pipelined=True)
        settings = {name: one_row(conn.execute(f"SHOW {name}"))[0] for name in SETTINGS}

    from trainer.core.scheduler import Scheduler
    from trainer.core.server.team_view import read_team_view, set_team_briefing
    from trainer.core.team import DeckCards

    lead_url = server.url("postgres", lead)
    now = datetime.now(UTC)
    set_team_briefing(lead_url, None, now + timedelta(days=2), list(BRIEFING_DECKS))
    card_ids = tuple(f"c{card}" for card in range(CARDS))

    def find(deck_id: str) -> DeckCards:
        return DeckCards(deck_id, deck_id, card_ids, {card: f"Q {card}" for card in card_ids})

    scheduler = Scheduler()
    times, view = [], None
    for _ in range(args.repeat):
        began = time.perf_counter()
        view = read_team_view(lead_url, None, now, find, scheduler)
        times.append(time.perf_counter() - began)
    assert view is not None and len(view.members) == TEAM_SIZE
    return {
        "analysts": ANALYSTS,
        "reviews": per_analyst * ANALYSTS,
        "generate_s": round(generate_s, 1),
        "database_size": size[0] if size else None,
        "record_review_ms": {
            "p50": round(statistics.median(saves), 2),
            "p99": round(sorted(saves)[int(len(saves) * 0.99) - 1], 2),
            "max": round(max(saves), 2),
            "saves": len(saves),
        },
        "record_review_ms_commit_not_waiting_for_disk": {
            "p50": round(statistics.median(unflushed), 2),
            "p99": round(sorted(unflushed)[int(len(unflushed) * 0.99) - 1], 2),
            "max": round(max(unflushed), 2),
        },
        "record_review_ms_pipelined": {
            "p50": round(statistics.median(pipelined), 2),
            "p99": round(sorted(pipelined)[int(len(pipelined) * 0.99) - 1], 2),
            "max": round(max(pipelined), 2),
        },
        "team_view_s": {
            "best": round(min(times), 3),
            "median": round(statistics.median(times), 3),
            "members": len(view.members),
            "cards": len(BRIEFING_DECKS) * CARDS,
            "goal": 1.0,
        },
        "settings": settings,
        "cpus": os.cpu_count(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
    }


def generate(conn: psycopg.Connection[TupleRow], index: int, name: str, reviews: int) -> None:
    """One analyst's sessions, reviews and card schedules, made by the server."""
    sessions = max(1, reviews // PER_SESSION)
    base = index * 10_000_000_000
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with conn.transaction():
        conn.execute(
            "INSERT INTO trainer.sessions (analyst, id, started_at, deck_ids, answered, "
            "score_sum, last_review_at) "
            "SELECT %s, %s + s, %s + s * interval '1 hour', 'deck-' || (s %% %s), %s, %s, "
            "%s + s * interval '1 hour' + interval '30 minutes' "
            "FROM generate_series(0, %s - 1) AS s",
            (name, base, start, DECKS, PER_SESSION, PER_SESSION * 0.8, start, sessions),
        )
        conn.execute(
            "INSERT INTO trainer.session_decks (analyst, deck_id, session_id, answered, "
            "score_sum) SELECT %s, 'deck-' || (s %% %s), %s + s, %s, %s "
            "FROM generate_series(0, %s - 1) AS s",
            (name, DECKS, base, PER_SESSION, PER_SESSION * 0.8, sessions),
        )
        # uid: time-ordered per analyst, as the store's UUID v7 keys are.
        conn.execute(
            "INSERT INTO trainer.reviews (analyst, id, uid, session_id, deck_id, card_id, kind, "
            "tags, response, verdict, score, rating, reviewed_at, elapsed_s, due_after) "
            "SELECT %s, %s + g, "
            "(lpad(to_hex(%s::bigint), 8, '0') || lpad(to_hex(g::bigint), 24, '0'))::uuid, "
            "%s + g / %s, 'deck-' || ((g / %s) %% %s), 'c' || (g %% %s), 'text', "
            "'[\"people\"]', 'typed answer', "
            "CASE WHEN g %% 5 = 0 THEN 'wrong' ELSE 'correct' END, "
            "CASE WHEN g %% 5 = 0 THEN 0 ELSE 1 END, "
            "CASE WHEN g %% 5 = 0 THEN 'again' ELSE 'good' END, "
            "%s + (g / %s) * interval '1 hour' + (g %% %s) * interval '10 seconds', "
            "4.5, %s + (g / %s) * interval '1 hour' + interval '3 days' "
            "FROM generate_series(0, %s - 1) AS g",
            (
                name, base, index, base, PER_SESSION, PER_SESSION, DECKS, CARDS,
                start, PER_SESSION, PER_SESSION, start, PER_SESSION, sessions * PER_SESSION,
            ),
        )  # fmt: skip
        conn.execute(
            "INSERT INTO trainer.card_states (analyst, deck_id, card_id, due, memory, "
            "introduced_at, last_review_at, stability) "
            "SELECT %s, 'deck-' || d, 'c' || c, now() + (c %% 9) * interval '1 day', "
            "'{\"state\": 2}', %s, now() - ((c + d + %s) %% 12) * interval '1 day', "
            "1 + ((c * 7 + d * 3 + %s) %% 40) "
            "FROM generate_series(0, %s - 1) AS d, generate_series(0, %s - 1) AS c",
            (name, start, index, index, DECKS, CARDS),
        )


def record_reviews(
    conn: psycopg.Connection[TupleRow], count: int, *, pipelined: bool = False
) -> list[float]:
    """Record ``count`` reviews as the store does; each one's time in ms, commit included.

    ``pipelined``: the same writes sent in one round trip (psycopg's pipeline mode), the
    first-try check done by the server inside the session updates instead of read back."""
    times = []
    session = one_row(
        conn.execute(
            "INSERT INTO trainer.sessions (started_at, deck_ids) VALUES (now(), 'deck-0 deck-1') "
            "RETURNING id"
        )
    )[0]
    conn.execute(
        "INSERT INTO trainer.session_decks (deck_id, session_id) "
        "VALUES ('deck-0', %s), ('deck-1', %s)",
        (session, session),
    )
    for number in range(count):
        deck, card = f"deck-{number % 2}", f"c{number % CARDS}"
        now = datetime.now(UTC)
        began = time.perf_counter()
        if pipelined:
            with conn.pipeline(), conn.transaction():
                record_one(conn, session, deck, card, now, pipelined=True)
        else:
            with conn.transaction():
                record_one(conn, session, deck, card, now, pipelined=False)
        times.append((time.perf_counter() - began) * 1000)
    return times


def one_row(cursor: psycopg.Cursor[TupleRow]) -> TupleRow:
    """The row of a statement that returns exactly one (``RETURNING`` one row, ``SHOW``)."""
    row = cursor.fetchone()
    assert row is not None, "the statement returns one row"
    return row


_FIRST_TRY = (
    "NOT EXISTS (SELECT 1 FROM trainer.reviews AS e WHERE e.analyst = current_user "
    "AND e.deck_id = %s AND e.card_id = %s AND e.session_id = %s AND e.overrides IS NULL "
    "AND e.id < (SELECT n.id FROM trainer.reviews AS n WHERE n.analyst = current_user "
    "AND n.uid = %s) AND e.id NOT IN (SELECT review_id FROM trainer.undone_reviews "
    "WHERE analyst = current_user))"
)
_MEMORY = json.dumps({"card_id": 1, "state": 2, "step": None, "stability": 3.1})


def record_one(
    conn: psycopg.Connection[TupleRow],
    session: int,
    deck: str,
    card: str,
    now: datetime,
    *,
    pipelined: bool,
) -> None:
    """The statements of one review, as writes.record_review runs them."""
    uid = uuid.uuid4()
    inserted = conn.execute(
        "INSERT INTO trainer.reviews (uid, session_id, deck_id, card_id, kind, tags, "
        "response, verdict, score, rating, reviewed_at, elapsed_s, due_after, "
        "confidence) VALUES (%s, %s, %s, %s, 'text', '[\"people\"]', 'typed', "
        "'correct', 1, 'good', %s, 4.2, %s, 'sure') RETURNING id",
        (uid, session, deck, card, now, now + timedelta(days=3)),
    )
    conn.execute(
        "INSERT INTO trainer.card_states (deck_id, card_id, due, memory, introduced_at, "
        "last_review_at, stability) VALUES (%s, %s, %s, %s, %s, %s, 3.1) "
        "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET due = excluded.due, "
        "memory = excluded.memory, last_review_at = excluded.last_review_at, "
        "stability = excluded.stability",
        (deck, card, now + timedelta(days=3), _MEMORY, now, now),
    )
    if pipelined:
        first = (deck, card, session, uid)
        conn.execute(
            f"UPDATE trainer.sessions SET answered = answered + CASE WHEN {_FIRST_TRY} "
            "THEN 1 ELSE 0 END, score_sum = score_sum + 1, last_review_at = %s "
            "WHERE analyst = current_user AND id = %s",
            (*first, now, session),
        )
        conn.execute(
            "UPDATE trainer.session_decks SET answered = answered + CASE WHEN "
            f"{_FIRST_TRY} THEN 1 ELSE 0 END, score_sum = score_sum + 1 "
            "WHERE analyst = current_user AND deck_id = %s AND session_id = %s",
            (*first, deck, session),
        )
    else:
        review_id = one_row(inserted)[0]
        conn.execute(
            "SELECT 1 FROM trainer.reviews WHERE analyst = current_user AND deck_id = %s "
            "AND card_id = %s AND session_id = %s AND overrides IS NULL AND id < %s "
            "AND id NOT IN (SELECT review_id FROM trainer.undone_reviews "
            "WHERE analyst = current_user) LIMIT 1",
            (deck, card, session, review_id),
        ).fetchone()
        conn.execute(
            "UPDATE trainer.sessions SET answered = answered + 1, score_sum = score_sum + 1, "
            "last_review_at = %s WHERE analyst = current_user AND id = %s",
            (now, session),
        )
        conn.execute(
            "UPDATE trainer.session_decks SET answered = answered + 1, "
            "score_sum = score_sum + 1 WHERE analyst = current_user AND deck_id = %s "
            "AND session_id = %s",
            (deck, session),
        )
    conn.execute(
        "INSERT INTO trainer.card_tallies (deck_id, card_id, reviews, correct, close, "
        "wrong, last_response, last_reviewed_at) VALUES (%s, %s, 1, 1, 0, 0, 'typed', %s) "
        "ON CONFLICT (analyst, deck_id, card_id) DO UPDATE SET "
        "reviews = card_tallies.reviews + 1, correct = card_tallies.correct + 1, "
        "last_response = excluded.last_response, "
        "last_reviewed_at = excluded.last_reviewed_at",
        (deck, card, now),
    )
    for dimension, key in (("kind", "text"), ("tag", "people")):
        conn.execute(
            "INSERT INTO trainer.tallies (dimension, key, deck_id, reviews, correct, "
            "close, wrong) VALUES (%s, %s, %s, 1, 1, 0, 0) "
            "ON CONFLICT (analyst, dimension, key, deck_id) DO UPDATE SET "
            "reviews = tallies.reviews + 1, correct = tallies.correct + 1",
            (dimension, key, deck),
        )
    for dimension, key in (("deck", deck), ("kind", "text"), ("tag", "people")):
        conn.execute(
            "INSERT INTO trainer.confidence_tallies (dimension, key, deck_id, "
            "confidence, answers, \"right\") VALUES (%s, %s, %s, 'sure', 1, 1) "
            "ON CONFLICT (analyst, dimension, key, deck_id, confidence) DO UPDATE SET "
            "answers = confidence_tallies.answers + 1, "
            '"right" = confidence_tallies."right" + 1',
            (dimension, key, deck),
        )
    conn.execute(
        "UPDATE trainer.card_tallies SET sure_wrong = sure_wrong + 0, "
        "last_sure_wrong = false WHERE analyst = current_user AND deck_id = %s "
        "AND card_id = %s",
        (deck, card),
    )


def restart(root: Path) -> None:
    """Restart the cluster so shared_buffers (and durability) take effect."""
    import pg_cluster

    state = json.loads((root / "state.json").read_text()) if (root / "state.json").exists() else {}
    user = state.get("run_as", pg_cluster.server_user())
    done = pg_cluster.run_as(
        user, pg_cluster.bin_dir() / "pg_ctl", "restart", "-w", "-t", "120",
        "-D", root / "data", "-l", root / "log" / "server.log",
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"the server did not restart: {done.stderr.strip()}")


if __name__ == "__main__":
    main()
