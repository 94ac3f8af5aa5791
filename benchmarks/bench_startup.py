"""Time to the first question, in fresh processes, against a bare Textual app.

Each measurement is a new Python process started by the parent, timed on the parent's clock
from just before the process starts until it prints a line saying the question is on
screen. The trainer's process runs ``trainer quiz DECK`` through the real command line; the
only change is that the app runs headless under ``run_test`` instead of taking over the
terminal. The baseline is an App holding just a Static and an Input, timed the same way.
After its marker line the trainer's process also opens the history screen and reports its
peak memory.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Both processes wait for the same thing: a widget with id prompt that has been laid out
# with a size and draws text. Pilot.pause lets the app process everything queued.
_SHOWN = """
def shown(app):
    found = list(app.screen.query("#prompt"))
    return bool(found) and found[0].region.area > 0 and bool(str(found[0].render()).strip())


async def wait_until_shown(app, pilot):
    import time

    give_up = time.monotonic() + 60
    while not shown(app):
        if app.return_code is not None or time.monotonic() > give_up:
            raise SystemExit("the app never showed a question")
        await pilot.pause()
    print("shown", flush=True)
"""

BASELINE_CHILD = (
    _SHOWN
    + """
import asyncio

from textual.app import App
from textual.widgets import Input, Static


class Bare(App):
    def compose(self):
        yield Static("On what date did Dar meet Rubio?", id="prompt")
        yield Input(placeholder="Your answer, then Enter", id="answer")


async def main():
    app = Bare()
    async with app.run_test(headless=True, size=(100, 30)) as pilot:
        await wait_until_shown(app, pilot)


asyncio.run(main())
"""
)

TRAINER_CHILD = (
    _SHOWN
    + """
import asyncio
import json
import resource
import sys

from trainer.cli import main
from trainer.tui.app import TrainerApp


async def measure(app):
    async with app.run_test(headless=True, size=(100, 30)) as pilot:
        await wait_until_shown(app, pilot)
        # Then the heaviest screen, so the peak memory covers the whole history too.
        from trainer.tui.screens.history import HistoryScreen

        app.open_history(None)
        while not isinstance(app.screen, HistoryScreen) or not app.screen.is_mounted:
            await pilot.pause()
        await pilot.pause()
        print(json.dumps({"peak_rss_kb": peak_rss_kb()}), flush=True)


def peak_rss_kb():
    # VmHWM is this program's own peak. ru_maxrss would also count the parent's memory,
    # which Linux carries over from the fork into the child's figure.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_headless(app, *args, **kwargs):
    asyncio.run(measure(app))


TrainerApp.run = run_headless
sys.exit(main(sys.argv[1:]))
"""
)


# A measured process that takes longer than this has hung; the run stops with its output.
CHILD_TIMEOUT_S = 300


@dataclass(frozen=True, slots=True)
class Startup:
    """Medians of the alternating runs, and the trainer's peak memory."""

    trainer_s: float
    baseline_s: float
    peak_rss_mb: float
    runs: int

    @property
    def ratio(self) -> float:
        return self.trainer_s / self.baseline_s


def _child_environment(bytecode_dir: Path) -> dict[str, str]:
    """The environment of both processes: compiled modules are kept, as an install keeps them.

    Both read and write compiled bytecode under ``bytecode_dir`` (the first, unmeasured
    pair fills it), so neither pays for compiling source that a real install compiles once.
    """
    environment = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONDONTWRITEBYTECODE" and not key.startswith("TEXTUAL")
    }
    environment["PYTHONPYCACHEPREFIX"] = str(bytecode_dir)
    return environment


def _time_child(
    code: str,
    args: list[str],
    environment: dict[str, str],
    when_shown: Callable[[], None] | None = None,
) -> tuple[float, list[str]]:
    """Seconds from starting the process to its "shown" line, and what it printed after.

    ``when_shown`` is called (untimed) as that line arrives, while the process still runs.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        # -P: "-c" would put the working folder first on the path, and run from the
        # repository that is its own source tree, never the copy a measurement names.
        [sys.executable, "-P", "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stdout is not None
    watchdog = threading.Timer(CHILD_TIMEOUT_S, process.kill)
    watchdog.start()
    try:
        first = process.stdout.readline()
        elapsed = time.perf_counter() - started
        if when_shown is not None:
            when_shown()
        rest, errors = process.communicate()
    finally:
        watchdog.cancel()
    if first.strip() != "shown" or process.returncode != 0:
        raise RuntimeError(
            f"the timed process failed ({process.returncode}): {first}{rest}{errors[-2000:]}"
        )
    return elapsed, rest.splitlines()


def measure(
    data_dir: Path, decks_dir: Path, deck_id: str, pairs: int, bytecode_dir: Path
) -> Startup:
    """Alternate baseline and trainer processes ``pairs`` times, after one unmeasured pair.

    The unmeasured pair fills the parsed-deck cache, writes the day's database backup and
    brings the files into the page cache, as any earlier use of the trainer would have.
    """
    environment = _child_environment(bytecode_dir)
    trainer_args = ["--data-dir", str(data_dir), "--decks", str(decks_dir), "quiz", deck_id]
    baseline, trainer, peaks = [], [], []
    for index in range(pairs + 1):
        base_s, _ = _time_child(BASELINE_CHILD, [], environment)
        trainer_s, lines = _time_child(TRAINER_CHILD, trainer_args, environment)
        peaks.append(json.loads(lines[-1])["peak_rss_kb"])
        if index:
            baseline.append(base_s)
            trainer.append(trainer_s)
    return Startup(
        trainer_s=statistics.median(trainer),
        baseline_s=statistics.median(baseline),
        peak_rss_mb=max(peaks) / 1024,
        runs=pairs,
    )
