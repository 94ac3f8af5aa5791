"""What `trainer quiz` reads before its first question is on screen, on a day the backup is
due: not the backup, nor the modules only a later step needs (answering, upgrading an old
database, writing the deck cache), and the backup is still made, as the app closes.

A fresh Python process runs the real command line (`trainer.cli.main`) with the real app,
headless under Pilot (as benchmarks/bench_startup.py does), so ``sys.modules`` and the
threads at the first question are exactly those of a real start.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quiz_fixtures import answer_saved_at, card, write_deck

from trainer import paths
from trainer.core.store import Store

# Runs `trainer quiz` with the app headless; at the first question it prints the trainer's
# loaded modules, the threads running and what the backups folder holds, then quits.
CHILD = """
import asyncio, json, sys, threading
from trainer.cli import main
from trainer.tui.app import TrainerApp

BACKUPS = sys.argv[1]


def shown(app):
    found = list(app.screen.query("#prompt"))
    return bool(found) and found[0].region.area > 0 and bool(str(found[0].render()).strip())


async def measure(app):
    from pathlib import Path

    async with app.run_test(headless=True, size=(100, 30)) as pilot:
        while not shown(app):
            if app.return_code is not None:
                raise SystemExit("the app closed before its first question")
            await pilot.pause()
        backups = Path(BACKUPS)
        print(json.dumps({
            "modules": sorted(name for name in sys.modules if name.startswith("trainer")),
            "threads": sorted(thread.name for thread in threading.enumerate()),
            "backups": sorted(p.name for p in backups.iterdir()) if backups.exists() else [],
        }), flush=True)


TrainerApp.run = lambda app, *args, **kwargs: asyncio.run(measure(app))
sys.exit(main(sys.argv[2:]))
"""

# Modules that a later step loads, never the first question.
LATER = (
    "trainer.core.backup",  # today's backup: two seconds after the first frame
    "trainer.core.store.compact",  # upgrading a schema 9 database
    "trainer.core.deck_cache_write",  # writing the cache after a deck is parsed
    "trainer.core.store.writes",  # saving an answer
    "trainer.core.grading",  # grading an answer
    "trainer.core.deck_parser",  # parsing a deck the cache does not hold
    "trainer.core.store.interface",  # ReviewStore, for type hints only
    "trainer.core.session_queue",  # the whole queue, built after the first frame
    "trainer.core.session_answers",  # answering, undo and the summary
    "trainer.core.session",  # the session itself, built after the first frame from
    "trainer.core.scheduler",  # the first card the screen shows (core/quiz_start.py)
    "trainer.core.relearn",
    "trainer.core.store.sqlite",  # the Store, built over the opened database after it
    "trainer.core.store.session_firsts",
    "trainer.core.store.sqlite_errors",  # the wording of a failure, loaded when one happens
    "trainer.core.store.read_only",  # the read-only opening (history, statistics)
    "trainer.core.store.report_queries",  # the history's and the statistics' reads
    "trainer.core.store.report_records",  # and their records
    "trainer.tui.screens.quiz_feedback",  # the feedback after an answer or a skip
    "trainer.tui.screens.quiz_input",  # keys, answers and actions: with the first key
    "trainer.tui.widgets.feedback",
    "trainer.tui.app_screens",  # the app's moves between screens after the first
    "trainer.tui.screens.help",  # the app's other screens, opened later
    "trainer.tui.screens.settings",
    "trainer.tui.screens.decks",
    "trainer.tui.screens.summary",
)


def first_question(data_dir: Path, decks: Path) -> dict[str, list[str]]:
    return run_child(CHILD, data_dir, decks)


def run_child(code: str, data_dir: Path, decks: Path) -> dict[str, list[str]]:
    """``trainer quiz demo`` run by ``code`` in a fresh process: the modules it reports."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            code,
            str(paths.backups_dir(data_dir)),
            "--data-dir",
            str(data_dir),
            "--decks",
            str(decks),
            "quiz",
            "demo",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen: dict[str, list[str]] = json.loads(done.stdout.splitlines()[0])
    return seen


def test_the_first_question_waits_for_no_backup_and_the_backup_is_still_made(
    tmp_path: Path, data_dir: Path
) -> None:
    decks = tmp_path / "decks"
    write_deck(decks, "demo", [card("capital", "Paris"), card("river", "Seine")], title="Demo")
    # A database worth backing up: one answer from days ago, no backup of today's.
    answer_saved_at(data_dir, datetime.now(UTC) - timedelta(days=3))
    backups = paths.backups_dir(data_dir)

    # The first run parses the deck and fills the cache; today's backup is made as it closes.
    first_question(data_dir, decks)
    today = f"trainer-{datetime.now(UTC).date().isoformat()}.sqlite3"
    assert [backup.name for backup in backups.iterdir()] == [today]

    # The day's backup due again (yesterday's run, as it were), the deck in the cache.
    (backups / today).unlink()
    seen = first_question(data_dir, decks)

    assert seen["backups"] == []  # no copy begun
    assert "daily-backup" not in seen["threads"]
    loaded = set(seen["modules"])
    assert "trainer.tui.screens.quiz" in loaded  # the question is the quiz screen's
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in LATER)
    )
    assert early == []
    # ... and made once the app closed, by the same run.
    assert [backup.name for backup in backups.iterdir()] == [today]


# Answers the first question the moment it is shown, before anything after the first frame
# (the rest of the queue, today's backup) has run, and reports what was loaded before and
# after the answer, once its feedback is up.
ANSWERING_CHILD = CHILD.replace(
    """        backups = Path(BACKUPS)""",
    """        before = sorted(name for name in sys.modules if name.startswith("trainer"))
        await pilot.press(*"Paris", "enter")
        while not list(app.screen.query("#feedback")):
            await pilot.pause()
        print(json.dumps({
            "before": before,
            "after": sorted(name for name in sys.modules if name.startswith("trainer")),
        }), flush=True)
        return
        backups = Path(BACKUPS)""",
)


def test_an_answer_given_as_the_first_question_shows_loads_what_it_needs_and_is_saved(
    tmp_path: Path, data_dir: Path
) -> None:
    decks = tmp_path / "decks"
    write_deck(decks, "demo", [card("capital", "Paris"), card("river", "Seine")], title="Demo")
    first_question(data_dir, decks)  # fills the deck cache, as a second run finds it

    seen = run_child(ANSWERING_CHILD, data_dir, decks)

    # Nor the session nor the Store existed when the answer was typed: the answer built them.
    answering = {
        "trainer.core.session_answers",
        "trainer.core.grading",
        "trainer.core.session",
        "trainer.core.store.sqlite",
    }
    assert not answering & set(seen["before"])
    assert answering <= set(seen["after"])  # loaded by the answer itself
    with Store.open(data_dir, backup=False) as store:
        assert [(row[1], row[2], row[3]) for row in store.review_rows()] == [
            ("capital", "Paris", "correct")
        ]
