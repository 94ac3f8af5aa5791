"""Draw the README's screenshots: quiz feedback, the history screen and calibration, as SVG.

Run from the repository root: ``python docs/screenshots/make_screenshots.py``. Each picture is
taken from the real app under Textual's test driver, on a throwaway data dir seeded with
reviews of the bundled decks, at a frozen time, so the output only changes when the app does.
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path

from textual.pilot import Pilot

from trainer import paths
from trainer.core.clock import ManualClock
from trainer.core.library import load_library
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.session_builder import SessionOptions
from trainer.core.store import Store
from trainer.tui.app import TrainerApp

OUT = Path(__file__).resolve().parent
SIZE = (100, 30)
# Wide enough for the calibration panel to name its readings (narrower, colours tell them).
WIDE_SIZE = (120, 32)
START = datetime(2025, 8, 1, 8, 30, tzinfo=UTC)
SEED_DAYS = 12
QUIZ_DECK = "rubio-dar-call-april-2025"


def steady_timer() -> Callable[[], float]:
    """A timer that makes every answer take six seconds."""
    ticks = iter(range(0, 10**6, 3))
    return lambda: float(next(ticks))


# How sure the analyst says they are: mostly sure when right, often sure when wrong too (an
# overconfident analyst, as calibration training usually finds one at the start).
MARKS_WHEN_RIGHT = (("", 0.7), ("?", 0.22), ("??", 0.08))
MARKS_WHEN_WRONG = (("", 0.6), ("?", 0.3), ("??", 0.1))


def confidence_mark(chance: random.Random, right: bool) -> str:
    """A trailing "", "?" or "??" drawn as the analyst above would state it."""
    marks = MARKS_WHEN_RIGHT if right else MARKS_WHEN_WRONG
    return chance.choices([mark for mark, _ in marks], [weight for _, weight in marks])[0]


def seed_reviews(store: Store, clock: ManualClock) -> None:
    """Daily sessions over every bundled deck, getting better as the days go by."""
    decks = load_library([paths.bundled_decks_dir()]).decks
    scheduler = Scheduler(fuzz=False)
    chance = random.Random(2025)
    for day in range(SEED_DAYS):
        for deck in decks:
            session = QuizSession([deck], store, scheduler, clock, new_limit=6)
            while (card := session.current) is not None:
                right = chance.random() < 0.45 + day * 0.045
                # A wrong answer is another card's: the mix-up an analyst actually makes.
                mixed_up = chance.choice(deck.cards).answer_text
                wrong = mixed_up if mixed_up != card.answer_text else "not sure"
                response = card.answer_text if right else wrong
                response += confidence_mark(chance, right)
                session.submit(response, elapsed_s=chance.uniform(4.0, 25.0))
                clock.advance(seconds=40)
        clock.advance(days=1)


async def screenshot(
    app: TrainerApp,
    steps: Callable[[Pilot[None]], Awaitable[None]],
    name: str,
    size: tuple[int, int] = SIZE,
) -> Path:
    """Run ``app``, drive it with ``steps`` and save what the terminal shows."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await steps(pilot)
        await pilot.pause()
        path = OUT / name
        path.write_text(app.export_screenshot(title="trainer"), encoding="utf-8")
    return path


async def quiz_feedback(work: Path) -> Path:
    """A wrong number answer: the verdict, the marked difference, the evidence."""
    clock = ManualClock(START)
    deck = load_library([paths.bundled_decks_dir()]).by_id(QUIZ_DECK)
    if deck is None:
        raise SystemExit(f"the bundled deck {QUIZ_DECK} is missing")
    with Store.open(work / "quiz", clock=clock, backup=False) as store:
        app = TrainerApp(
            store,
            [paths.bundled_decks_dir()],
            clock=clock,
            scheduler=Scheduler(fuzz=False),
            timer=steady_timer(),
            quiz_options=SessionOptions(tags=("tariffs",)),
            start_decks=[deck],
            poll_interval=None,
            cursor_blink=False,
        )

        async def answer(pilot: Pilot[None]) -> None:
            await pilot.press(*"19%", "enter")

        return await screenshot(app, answer, "quiz-feedback.svg")


async def history_screen(work: Path) -> Path:
    """Twelve days of sessions: scores over time, accuracy by deck."""
    clock = ManualClock(START)
    with Store.open(work / "history", clock=clock, backup=False) as store:
        seed_reviews(store, clock)
        app = TrainerApp(
            store,
            [paths.bundled_decks_dir()],
            clock=clock,
            scheduler=Scheduler(fuzz=False),
            poll_interval=None,
            cursor_blink=False,
        )

        async def open_history(pilot: Pilot[None]) -> None:
            await pilot.press("h")

        return await screenshot(app, open_history, "history.svg")


async def calibration(work: Path) -> Path:
    """The same history, on the tab of cards last answered wrong while sure."""
    clock = ManualClock(START)
    with Store.open(work / "calibration", clock=clock, backup=False) as store:
        seed_reviews(store, clock)
        app = TrainerApp(
            store,
            [paths.bundled_decks_dir()],
            clock=clock,
            scheduler=Scheduler(fuzz=False),
            poll_interval=None,
            cursor_blink=False,
        )

        async def open_confidently_wrong(pilot: Pilot[None]) -> None:
            await pilot.press("h")
            await pilot.pause()
            await pilot.press(*["right_square_bracket"] * 4)

        return await screenshot(app, open_confidently_wrong, "calibration.svg", WIDE_SIZE)


async def main() -> int:
    with tempfile.TemporaryDirectory(prefix="trainer-screenshots-") as work:
        for path in (
            await quiz_feedback(Path(work)),
            await history_screen(Path(work)),
            await calibration(Path(work)),
        ):
            print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
