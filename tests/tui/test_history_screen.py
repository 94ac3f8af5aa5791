"""The history screen over a store holding two real sessions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Select, TabbedContent
from tui_support import SECOND_DECK, seed_two_sessions, shown, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.history import FORECAST_DAYS, HistoryScreen
from trainer.tui.widgets.score_chart import ScoreChart


def column(app: TrainerApp, table_id: str, index: int) -> list[str]:
    table = app.screen.query_one(table_id, DataTable)
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def test_history_shows_scores_accuracy_weak_cards_and_forecast(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    seed_two_sessions(store, load_deck(deck_dir / "harbour-talks.yaml"), clock)
    app = make_app()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        chart = app.screen.query_one(ScoreChart)
        assert [value for _, value in chart.trend.points] == [60.0, 100.0]
        assert shown(app, "#history-totals") == "2 sessions · 7 reviews · last 100%"

        assert column(app, "#by-deck", 0) == ["harbour-talks"]
        assert column(app, "#by-deck", 1) == ["7"]
        assert sorted(column(app, "#by-kind", 0)) == ["choice", "date", "name", "number", "text"]
        # The weakest cards by their questions and answers, not their ids.
        assert set(column(app, "#weakest", 0)[:2]) == {
            "What tariff on steel did both sides agree?",
            "Where was the joint statement signed?",
        }
        assert set(column(app, "#weakest", 1)[:2]) == {"29%", "State Department"}
        assert len(column(app, "#forecast", 0)) == FORECAST_DAYS

        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.screen.query_one(TabbedContent).active == "tab-tag"

        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HistoryScreen)


async def test_filtering_by_deck_narrows_everything(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    seed_two_sessions(store, load_deck(deck_dir / "harbour-talks.yaml"), clock)
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = make_app()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("f", "enter", "down", "down", "enter")
        await pilot.pause()
        assert app.screen.query_one(Select).value == "ports"
        assert shown(app, "#history-totals") == "0 sessions · 0 reviews · last —"
        assert app.screen.query_one(ScoreChart).trend.sessions == 0
        assert column(app, "#by-deck", 0) == []


async def test_history_with_no_reviews_says_so(make_app: Callable[..., TrainerApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert shown(app, "#history-totals") == "0 sessions · 0 reviews · last —"
        assert column(app, "#weakest", 0) == []


def labels(app: TrainerApp, table_id: str) -> list[str]:
    table = app.screen.query_one(table_id, DataTable)
    return [str(column.label) for column in table.columns.values()]


async def test_the_correct_share_says_what_it_counts(
    make_app: Callable[..., TrainerApp], store: Store, deck_dir: Path, clock: ManualClock
) -> None:
    session = QuizSession(
        [load_deck(deck_dir / "harbour-talks.yaml")], store, Scheduler(fuzz=False), clock
    )
    for response in ("2025-07-25", "19%", "Islamabd", "Ishaq Dar"):  # right, wrong, close, right
        session.submit(response, elapsed_s=4.0)
    app = make_app()
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert labels(app, "#by-deck") == ["Deck", "Reviews", "✓", "≈", "✗", "Correct %"]
        assert "Correct %" in labels(app, "#weakest")
        row = app.screen.query_one("#by-deck", DataTable).get_row_at(0)
        # As docs/data.md has it: the share of final verdicts that were correct.
        assert [str(cell) for cell in row[1:]] == ["4", "2", "1", "1", "50%"]
