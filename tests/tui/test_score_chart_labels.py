"""The history chart's x axis tells sessions apart: times within a day, dates across days."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from rich.text import Text
from tui_support import FROZEN_NOW

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.history import HistoryScreen
from trainer.tui.widgets.score_chart import ScoreChart, tick_labels


def one_answer_sessions(
    store: Store, deck_dir: Path, clock: ManualClock, count: int, *, minutes_apart: int
) -> None:
    """``count`` cram sessions of one answer each, ``minutes_apart`` apart."""
    deck = load_deck(deck_dir / "harbour-talks.yaml")
    for _ in range(count):
        session = QuizSession([deck], store, Scheduler(fuzz=False), clock, cram=True)
        session.submit("2025-07-25", elapsed_s=4.0)
        clock.advance(minutes=minutes_apart)


async def chart_after_opening_history(app: TrainerApp) -> tuple[list[str], str]:
    """The chart's x-axis labels and the text it draws."""
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        chart = app.screen.query_one(ScoreChart)
        drawn = Text.from_ansi(chart.plt.build()).plain
        return chart.tick_labels, drawn


async def test_eleven_sessions_on_one_day_are_labelled_by_their_times(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    one_answer_sessions(store, deck_dir, clock, 11, minutes_apart=20)
    labels, drawn = await chart_after_opening_history(make_app())
    assert labels == ["09:00", "09:40", "10:20", "11:00", "11:40", "12:20"]
    assert "Session scores (11) · 01 Aug 2025" in drawn
    assert all(label in drawn for label in labels)


async def test_sessions_across_days_are_labelled_by_date_and_then_time(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    one_answer_sessions(store, deck_dir, clock, 2, minutes_apart=60 * 24)
    one_answer_sessions(store, deck_dir, clock, 2, minutes_apart=30)
    labels, drawn = await chart_after_opening_history(make_app())
    assert labels == ["01 Aug", "02 Aug", "03 Aug", "09:30"]
    assert all(label in drawn for label in labels)


def test_minutes_that_repeat_get_their_seconds() -> None:
    day = FROZEN_NOW.replace(tzinfo=None)
    times = [day.replace(second=5), day.replace(second=50)]
    assert tick_labels(times, day_in_title=True) == ["09:00:05", "09:00:50"]


def test_ticks_across_years_carry_the_year() -> None:
    assert tick_labels([datetime(2025, 12, 1), datetime(2026, 12, 1)]) == [
        "01 Dec 2025",
        "01 Dec 2026",
    ]
