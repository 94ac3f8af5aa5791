"""Every binding is listed in the help, and the command palette reaches decks and history."""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.pilot import Pilot

from trainer.core import history
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.decks import DeckListScreen, DeckTable
from trainer.tui.screens.help import HelpScreen
from trainer.tui.screens.history import HistoryScreen
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.summary import SummaryScreen

# The deck table binds Home and End itself (first and last deck).
SCREENS = (
    TrainerApp,
    DeckListScreen,
    DeckTable,
    QuizScreen,
    SummaryScreen,
    HistoryScreen,
    HelpScreen,
)


def declared_ids() -> set[str]:
    return {
        binding.id
        for screen in SCREENS
        for binding in screen.BINDINGS
        if isinstance(binding, Binding) and binding.id
    }


def test_every_binding_has_an_id() -> None:
    for screen in SCREENS:
        for binding in screen.BINDINGS:
            assert isinstance(binding, Binding) and binding.id, (screen.__name__, binding)


async def test_help_lists_every_binding_and_closes(make_app: Callable[..., TrainerApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert help_screen.binding_ids == declared_ids()
        # For the analyst: keys and what they do, not the ids developers remap keys by.
        from textual.widgets import DataTable

        table = help_screen.query_one(DataTable)
        assert [str(column.label) for column in table.columns.values()] == ["Key", "Action"]
        actions = [str(table.get_row_at(row)[1]) for row in range(table.row_count)]
        assert "Submit, unsure (a trailing ?)" in actions
        assert "Undo" in actions
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)


async def test_help_opens_from_inside_a_quiz(make_app: Callable[..., TrainerApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


async def run_command(pilot: Pilot[None], app: TrainerApp, words: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*words)
    # The palette searches in a worker; wait for it before choosing the top hit.
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_starts_a_quiz_on_a_deck(make_app: Callable[..., TrainerApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await run_command(pilot, app, "Quiz: Harbour")
        assert isinstance(app.screen, QuizScreen)


async def test_palette_opens_history_of_one_deck(make_app: Callable[..., TrainerApp]) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await run_command(pilot, app, "History: Harbour")
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        assert screen.deck_id == "harbour-talks"


async def test_palette_leaves_a_running_session_alone_either_way(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        await pilot.press(*"2025-07-25", "enter")
        await pilot.pause()

        await run_command(pilot, app, "Decks")
        assert app.screen is quiz
        await run_command(pilot, app, "Quiz: Harbour")
        assert app.screen is quiz
        refusal = "A session is running: end it with Esc first."
        assert [n.message for n in app._notifications] == [refusal, refusal]

        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.summary.asked == 1
    assert [(r.card, r.verdict) for r in history.reviews(store)] == [("meeting-date", "correct")]
