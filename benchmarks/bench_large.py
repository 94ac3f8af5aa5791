"""The large world of ``bench.py --large``: one deck of 100,000 cards and 5,000,000 reviews.

Figures (each a median unless said otherwise), under "large" in bench.py's JSON:

- first_question_ratio: the trainer's first question over a bare Textual app's, with the
  parsed-deck cache filled (bench_startup, alternating fresh processes). Goal <= 1.25.
- first_question_cold_s: the same with no parsed-deck cache (the deck file in the OS
  cache), against yaml_csafe_s, PyYAML's CSafeLoader alone on the file. Goal <= half of it.
- first_question_backup_due_ratio: as first_question_ratio, but each trainer run finds
  today's backup not yet made (the backups folder moved aside before each pair; see
  backup_due_ratio): the backup must not be on the path to the first question, and no
  copy may have begun when the question is shown. Goal <= 1.25.
- first_question_editable_ratio: as first_question_ratio, run from a copy of the project
  just installed with ``pip install -e`` (no dependencies, into a scratch prefix), writing
  no bytecode of its own: every run is the first after the install. The install's build
  hook (hatch_build.py) compiles the package as pip compiles an installed wheel's.
  Goal <= 1.25.
- first_question_uncompiled_ratio: the same from a copy of the source never compiled at
  all (a tree Python may not write into, or PYTHONDONTWRITEBYTECODE set): every module on
  the way to the first question compiled by every run. Reported, no goal.
- validate_s: ``trainer validate`` on the deck folder, a fresh process, the deck in the
  parsed-deck cache (as after a quiz); validate_cold_s with the cache empty. Goal <= 10.
- history_screen_s: the calls the history screen makes (bench.measure_history). Goal <= 0.3.
- history_json_ratio_sqlite3: ``trainer history --format json`` over ``sqlite3 -json`` for
  the same columns and order, both fresh processes writing to /dev/null, alternating, in
  the same run. Goal <= 1.5.
- rss_mb: the highest VmHWM of the trainer processes that showed the first question and
  then the history screen (cold ones included). Goal <= 400.
- compact_migration_s: the compact review table's migration (schema 10,
  trainer.core.store.compact) as the trainer runs it: ``Store.open`` on a schema 9 copy of
  the world's database (every review, session, tally and schedule written back into the
  tables of schema 9 first, not timed), in one transaction with synchronous=FULL and
  progress reports; goal < 30. bytes_per_review is the world's database (schema 10);
  schema_9_bytes_per_review the same reviews in schema 9 before the migration, and
  migrated_bytes_per_review the file after it (the old table's pages stay free in it, for
  new rows to fill: no VACUUM).

Each first-question ratio is the median of as many alternating pairs as bench.py's own
(nine in --quick, fifteen otherwise), the backup-due one of at most five (each of its
trainer runs copies the whole database as it closes): with four pairs, one slow process of
a shared machine moved a median by 0.1-0.2.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import bench_data
import bench_startup
import yaml
from older_schema import open_as_version

from trainer import paths
from trainer.core.store import Store

# The editable copy's installer is the test suite's (tests/editable_copy.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

# The tables of schema 9 the copy fills from schema 10 (reviews apart); sessions without
# schema 10's reviews_from.
KEPT_TABLES = (
    "session_decks",
    "card_states",
    "card_tallies",
    "tallies",
    "confidence_tallies",
    "day_tallies",
    "undone_reviews",
    "briefings",
    "briefing_decks",
)
OLD_REVIEW_COLUMNS = (
    "id, session_id, deck_id, card_id, kind, tags, response, verdict, score, rating, "
    "reviewed_at, elapsed_s, hinted, cram, overrides, due_after, confidence, uid"
)

CARDS = 100_000
REVIEWS = 5_000_000
# What sqlite3 -json writes for the history JSON's comparison: the columns the export writes,
# as the same texts the store's review_rows gives (verdict, rating and time as text, tags as
# the stored JSON), in the export's order, read from the compact table (schema 10) joined
# with its card map, ordered by the time index as the export is. (The review_rows view would
# give the same texts but sort its computed times: slower for sqlite3, so not used.)
SQLITE3_QUERY = (
    "SELECT c.deck_id, c.card_id, r.response, "
    "CASE r.verdict WHEN 0 THEN 'correct' WHEN 1 THEN 'close' ELSE 'wrong' END AS verdict, "
    "r.score, CASE r.rating WHEN 1 THEN 'again' WHEN 2 THEN 'hard' WHEN 3 THEN 'good' "
    "ELSE 'easy' END AS rating, "
    "strftime('%Y-%m-%dT%H:%M:%S', r.reviewed_at / 1000000, 'unixepoch') || '.' || "
    "printf('%06d', r.reviewed_at % 1000000) || 'Z' AS reviewed_at, "
    "r.overrides IS NOT NULL AS overridden, r.elapsed_s, c.kind, c.tags, r.hinted, r.cram, "
    "r.session_id FROM reviews AS r JOIN review_cards AS c ON c.id = r.card "
    "ORDER BY r.reviewed_at, r.id"
)
# The same rows as the table keeps them (codes and microseconds, no text made): the least
# sqlite3 can do; reported beside the ratio, as history_json_ratio_sqlite3_raw.
SQLITE3_RAW_QUERY = (
    "SELECT c.deck_id, c.card_id, r.response, r.verdict, r.score, r.rating, r.reviewed_at, "
    "r.overrides IS NOT NULL AS overridden, r.elapsed_s, c.kind, c.tags, r.hinted, r.cram, "
    "r.session_id FROM reviews AS r JOIN review_cards AS c ON c.id = r.card "
    "ORDER BY r.reviewed_at, r.id"
)


def progress(message: str) -> None:
    print(f"bench: large: {message}", file=sys.stderr, flush=True)


def run(
    root: Path, *, quick: bool, pairs: int, cards: int = CARDS, reviews: int = REVIEWS
) -> dict[str, object]:
    """Build the large world under ``root`` and take its figures."""
    from bench import measure_history

    began = time.perf_counter()
    progress(f"building {cards} cards and {reviews} reviews")
    world = bench_data.build(root, cards, reviews)
    build_s = time.perf_counter() - began
    repeats = 1 if quick else 3

    progress("CSafeLoader alone on the deck file")
    yaml_s = statistics.median(_yaml_alone(world.deck_path) for _ in range(repeats))

    progress("first question, warm, alternating with a bare Textual app")
    warm = bench_startup.measure(
        world.data_dir, world.decks_dir, bench_data.DECK_ID, pairs, root / "bytecode"
    )
    environment = bench_startup._child_environment(root / "bytecode")
    trainer_args = [
        "--data-dir",
        str(world.data_dir),
        "--decks",
        str(world.decks_dir),
        "quiz",
        bench_data.DECK_ID,
    ]
    peaks = [warm.peak_rss_mb]

    progress("first question with no parsed-deck cache")
    cold = []
    for _ in range(repeats):
        shutil.rmtree(paths.cache_dir(world.data_dir), ignore_errors=True)
        seconds, lines = bench_startup._time_child(
            bench_startup.TRAINER_CHILD, trainer_args, environment
        )
        cold.append(seconds)
        peaks.append(_peak_mb(lines))

    progress("first question with today's backup due")
    backup_due = backup_due_ratio(world, root / "backups-set-aside", pairs, environment, peaks)

    progress("first question after pip install -e (its first run)")
    editable = editable_ratio(world, root / "editable", pairs, peaks)

    progress("first question from source never compiled")
    uncompiled = uncompiled_ratio(world, root / "uncompiled", pairs, peaks)

    progress("validate")
    validate_s = statistics.median(_validate(world, environment) for _ in range(repeats))
    shutil.rmtree(paths.cache_dir(world.data_dir), ignore_errors=True)
    validate_cold_s = _validate(world, environment)

    progress("history screen's data")
    history_s = measure_history(world.data_dir, 3 if quick else 5)

    progress("history --format json against sqlite3 -json")
    ours, theirs, raw = [], [], []
    for _ in range(repeats):
        theirs.append(_sqlite3_json(paths.database_path(world.data_dir), SQLITE3_QUERY))
        ours.append(_history_json(world, environment))
        raw.append(_sqlite3_json(paths.database_path(world.data_dir), SQLITE3_RAW_QUERY))

    progress("the compact review table's migration, from a schema 9 copy")
    database = paths.database_path(world.data_dir)
    bytes_now = database.stat().st_size
    old_dir = root / "schema-9"
    schema_9_copy(database, old_dir)
    old_bytes = paths.database_path(old_dir).stat().st_size
    reports: list[tuple[int, int]] = []
    began_migration = time.perf_counter()
    Store.open(
        old_dir, backup=False, progress=lambda done, total: reports.append((done, total))
    ).close()
    migration_s = time.perf_counter() - began_migration
    migrated_bytes = paths.database_path(old_dir).stat().st_size
    shutil.rmtree(old_dir)

    return {
        "first_question_ratio": round(warm.ratio, 3),
        "first_question_s": round(warm.trainer_s, 3),
        "first_question_baseline_s": round(warm.baseline_s, 3),
        "first_question_cold_s": round(statistics.median(cold), 3),
        "yaml_csafe_s": round(yaml_s, 3),
        "first_question_backup_due_ratio": round(backup_due, 3),
        "first_question_editable_ratio": round(editable, 3),
        "first_question_uncompiled_ratio": round(uncompiled, 3),
        "validate_s": round(validate_s, 2),
        "validate_cold_s": round(validate_cold_s, 2),
        "history_screen_s": round(history_s, 4),
        "history_json_s": round(statistics.median(ours), 2),
        "sqlite3_json_s": round(statistics.median(theirs), 2),
        "history_json_ratio_sqlite3": round(statistics.median(ours) / statistics.median(theirs), 3),
        "sqlite3_json_raw_s": round(statistics.median(raw), 2),
        "history_json_ratio_sqlite3_raw": round(
            statistics.median(ours) / statistics.median(raw), 3
        ),
        "rss_mb": round(max(peaks), 1),
        "bytes_per_review": round(bytes_now / reviews, 1),
        "schema_9_bytes_per_review": round(old_bytes / reviews, 1),
        "migrated_bytes_per_review": round(migrated_bytes / reviews, 1),
        "compact_migration_s": round(migration_s, 2),
        "compact_migration_progress_reports": len(reports),
        "cards": cards,
        "reviews": reviews,
        "build_s": round(build_s, 1),
        "total_s": round(time.perf_counter() - began, 1),
    }


def goals(large: dict[str, object]) -> dict[str, bool]:
    figures = {key: float(value) for key, value in large.items() if isinstance(value, int | float)}
    return {
        "first_question_ratio": figures["first_question_ratio"] <= 1.25,
        "first_question_cold_s": figures["first_question_cold_s"] <= 0.5 * figures["yaml_csafe_s"],
        "first_question_backup_due_ratio": figures["first_question_backup_due_ratio"] <= 1.25,
        "first_question_editable_ratio": figures["first_question_editable_ratio"] <= 1.25,
        "validate_s": figures["validate_s"] <= 10,
        "history_screen_s": figures["history_screen_s"] <= 0.3,
        "history_json_ratio_sqlite3": figures["history_json_ratio_sqlite3"] <= 1.5,
        "rss_mb": figures["rss_mb"] <= 400,
        "compact_migration_s": figures["compact_migration_s"] < 30,
    }


def _yaml_alone(path: Path) -> float:
    csafe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    began = time.perf_counter()
    with path.open("rb") as handle:
        yaml.load(handle, Loader=csafe)
    return time.perf_counter() - began


def _peak_mb(lines: list[str]) -> float:
    import json

    peak_kb: int = json.loads(lines[-1])["peak_rss_kb"]
    return peak_kb / 1024


def backup_due_ratio(
    world: bench_data.Library,
    set_aside: Path,
    pairs: int,
    environment: dict[str, str],
    peaks: list[float],
) -> float:
    """The first question's ratio when today's backup is not made yet (each trainer run
    then checks and copies the whole database as it closes, after its figure).

    Before each pair the backups folder is moved aside (a rename), not deleted: deleting
    the previous run's copy, hundreds of megabytes, right before a timed process slowed
    that process on this disk (mounted with ``discard``: the freed blocks are trimmed at
    the next journal commit), and the trainer run after it took the whole of it. The
    folders moved aside are deleted once every pair is over. As each trainer run shows
    its first question, no copy of today's may have been started yet.
    """
    backups = paths.backups_dir(world.data_dir)
    trainer_args = _trainer_args(world)

    def make_backup_due() -> None:
        set_aside.mkdir(parents=True, exist_ok=True)
        if backups.exists():
            backups.rename(set_aside / f"backups-{len(list(set_aside.iterdir()))}")

    def no_copy_started() -> None:
        started = list(backups.glob("*")) if backups.exists() else []
        if started:
            raise RuntimeError(f"today's backup began before the first question: {started}")

    try:
        return _alternate(
            min(pairs, 5),
            environment,
            trainer_args,
            peaks,
            before_pair=make_backup_due,
            when_trainer_shown=no_copy_started,
        )
    finally:
        shutil.rmtree(set_aside, ignore_errors=True)


def _trainer_args(world: bench_data.Library) -> list[str]:
    return [
        "--data-dir",
        str(world.data_dir),
        "--decks",
        str(world.decks_dir),
        "quiz",
        bench_data.DECK_ID,
    ]


def _alternate(
    pairs: int,
    environment: dict[str, str],
    trainer_args: list[str],
    peaks: list[float],
    before_pair: Callable[[], None] | None = None,
    when_trainer_shown: Callable[[], None] | None = None,
) -> float:
    """Ratio of medians, trainer over bare app, alternating fresh processes."""
    baseline, trainer = [], []
    for _ in range(pairs):
        if before_pair is not None:
            before_pair()
        base_s, _ = bench_startup._time_child(bench_startup.BASELINE_CHILD, [], environment)
        trainer_s, lines = bench_startup._time_child(
            bench_startup.TRAINER_CHILD, trainer_args, environment, when_trainer_shown
        )
        peaks.append(_peak_mb(lines))
        baseline.append(base_s)
        trainer.append(trainer_s)
    return statistics.median(trainer) / statistics.median(baseline)


def uncompiled_ratio(
    world: bench_data.Library, folder: Path, pairs: int, peaks: list[float] | None = None
) -> float:
    """The first question's ratio to a bare app's when no trainer module is compiled."""
    import editable_copy

    shutil.rmtree(folder, ignore_errors=True)
    editable_copy.copy_project(folder, ("trainer",))
    return _ratio_from_copy(world, folder, pairs, peaks, remove=folder)


def editable_ratio(
    world: bench_data.Library, folder: Path, pairs: int, peaks: list[float] | None = None
) -> float:
    """The first question's ratio to a bare app's on the first run after ``pip install -e``
    of a copy of the project (tests/editable_copy.py): its build hook compiles what it
    compiles, and the runs import the copy."""
    import editable_copy

    shutil.rmtree(folder, ignore_errors=True)
    # As a user's shell would have it: bytecode may be written by the install.
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    package = editable_copy.install_editable_copy(folder, environment)
    return _ratio_from_copy(world, package.parent, pairs, peaks, remove=folder)


def _ratio_from_copy(
    world: bench_data.Library,
    folder: Path,
    pairs: int,
    peaks: list[float] | None,
    *,
    remove: Path,
) -> float:
    """Alternate the bare app with the trainer imported from ``folder``, which writes no
    bytecode: each run finds the copy as the first run would. Textual stays as installed."""
    trainer_args = [
        "--data-dir",
        str(world.data_dir),
        "--decks",
        str(world.decks_dir),
        "quiz",
        bench_data.DECK_ID,
    ]
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPYCACHEPREFIX",) and not key.startswith("TEXTUAL")
    }
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(folder), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    ratio = _alternate(pairs, environment, trainer_args, [] if peaks is None else peaks)
    shutil.rmtree(remove, ignore_errors=True)
    return ratio


def _timed(command: Sequence[str], environment: dict[str, str] | None = None) -> float:
    began = time.perf_counter()
    with open(os.devnull, "w") as sink:
        subprocess.run(command, stdout=sink, check=True, env=environment)
    return time.perf_counter() - began


def _validate(world: bench_data.Library, environment: dict[str, str]) -> float:
    return _timed(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(world.data_dir),
            "validate",
            str(world.decks_dir),
        ],
        environment,
    )


def _history_json(world: bench_data.Library, environment: dict[str, str]) -> float:
    return _timed(
        [
            sys.executable,
            "-m",
            "trainer",
            "--data-dir",
            str(world.data_dir),
            "history",
            "--format",
            "json",
        ],
        environment,
    )


def _sqlite3_json(database: Path, query: str) -> float:
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        raise SystemExit("bench --large needs the sqlite3 command (apt-get install sqlite3)")
    return _timed(
        [
            sqlite3,
            "-readonly",
            "-json",
            str(database),
            query,
        ]
    )


def schema_9_copy(database: Path, data_dir: Path) -> None:
    """A database of schema 9 in ``data_dir`` holding everything ``database`` (schema 10)
    holds: the tables of schema 9 made by the store's own migrations up to 9, the reviews
    written back through the review_rows view (the old columns exactly), indexes built after."""
    open_as_version(data_dir, 9)
    connection = sqlite3.connect(paths.database_path(data_dir), isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -262144")
        connection.execute("ATTACH DATABASE ? AS new", (str(database),))
        connection.execute("BEGIN")
        indexes = connection.execute(
            "SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'reviews' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            connection.execute(f'DROP INDEX main."{name}"')
        connection.execute(
            f"INSERT INTO main.reviews ({OLD_REVIEW_COLUMNS}) "
            f"SELECT {OLD_REVIEW_COLUMNS} FROM new.review_rows ORDER BY id"
        )
        connection.execute(
            "INSERT INTO main.sessions SELECT id, started_at, deck_ids, cram, answered, "
            "score_sum, last_review_at FROM new.sessions"
        )
        for table in KEPT_TABLES:
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM new.{table}")
        for _name, sql in indexes:
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE new")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
