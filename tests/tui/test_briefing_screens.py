"""Briefings on screen: the deck list's Ready column and form, cram, settings, readiness panel."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

from test_help_and_palette import run_command
from textual.widgets import DataTable
from tui_support import shown

from trainer import load_deck, paths
from trainer.core import briefing
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import Store
from trainer.core.when import countdown, parse_when, show_when
from trainer.core.wording import shorten
from trainer.tui.app import TrainerApp
from trainer.tui.screens.briefing_form import BriefingForm
from trainer.tui.screens.history import PROMPT_WIDTH, HistoryScreen
from trainer.tui.screens.quiz import QuizScreen
from trainer.tui.screens.settings import SettingsScreen

HARBOUR_IDS = ["meeting-date", "tariff", "city", "minister", "signing"]


def ready_cell(app: TrainerApp) -> str:
    table = app.screen.query_one("#deck-table", DataTable)
    return str(table.get_row_at(0)[5])


async def test_b_sets_a_briefing_and_the_ready_column_counts_down(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert ready_cell(app) == "—"
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, BriefingForm)
        await pilot.press(*"tomorrow 14:30")
        await pilot.pause()
        expected = parse_when("tomorrow 14:30", clock())
        says = shown(app, "#briefing-when-says")
        assert says == f"{show_when(expected, clock())}, in {countdown(expected, clock())}"
        await pilot.press("enter")
        await pilot.pause()
        # Kept in the store, for the highlighted deck the form ticked.
        (kept,) = briefing.upcoming(store, clock())
        assert (kept.at, kept.deck_ids) == (expected, ("harbour-talks",))
        when = f"{show_when(expected, clock())}, {countdown(expected, clock())}"
        assert ready_cell(app) == f"0% · {when}"
        detail = shown(app, "#deck-detail")
        # 5 reviews (one right answer each) over the 2 days begun before the briefing.
        assert (
            f"0 of 5 cards at 90% or more for the briefing {show_when(expected, clock())}. "
            "3 reviews a day until"
        ) in detail


async def test_on_an_80_column_terminal_the_column_keeps_the_countdown(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    at = clock() + timedelta(days=2, hours=19)
    store.add_briefing(at, ["harbour-talks"])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert ready_cell(app) == "0% · 2 d 19 h"
        table = app.screen.query_one("#deck-table", DataTable)
        assert table.virtual_size.width <= table.size.width


async def test_a_time_that_cannot_be_read_is_not_saved(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("b", *"someday", "enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingForm)
        assert "needs one time of day" in shown(app, "#briefing-when-says")
        await pilot.press("escape")
        await pilot.pause()
        assert briefing.briefings(store) == []


async def test_readiness_rises_after_a_quiz_and_matches_the_forecast(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    at = clock() + timedelta(days=2)
    store.add_briefing(at, ["harbour-talks"])
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert ready_cell(app).startswith("0% · ")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for response in ("2025-07-25", "29%", "Islamabad", "Ishaq Dar"):
            screen.submit(response)
            await pilot.press("enter")
            await pilot.pause()
        screen.submit("b")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the summary, back to the deck list
        await pilot.pause()
        forecast = briefing.deck_readiness(
            store, "harbour-talks", HARBOUR_IDS, at, Scheduler(fuzz=False)
        )
        assert forecast.mean > 0.9
        assert ready_cell(app).startswith(f"{round(forecast.mean * 100)}% · ")


async def test_c_crams_the_deck_and_the_palette_finds_cram(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen) and screen.session.cram
        assert screen.session.total == 5
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await run_command(pilot, app, "Cram: Harbour")
        assert isinstance(app.screen, QuizScreen) and app.screen.session.cram


async def test_the_new_card_limit_is_changed_in_settings(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await run_command(pilot, app, "Settings")
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("end", "backspace", "backspace", "2", "enter")
        await pilot.pause()
        stored = json.loads(paths.settings_path(store.path.parent).read_text())
        assert stored["new_limit"] == 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == 2


async def test_history_shows_readiness_with_the_cards_most_at_risk(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    store.add_briefing(clock() + timedelta(days=1), ["harbour-talks"])
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        assert "Harbour talks, 2025: 0% · " in shown(app, "#readiness-summary")
        table = app.screen.query_one("#readiness", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]
        # Named by their questions, as the other tables of the screen name cards.
        deck = load_deck(app.library.decks[0].path)
        prompts = {card.id: card.prompt for card in deck.cards}
        assert {row[0] for row in rows} == {shorten(prompts[i], PROMPT_WIDTH) for i in HARBOUR_IDS}
        assert {row[1] for row in rows} == {"never seen"}
        assert {row[2] for row in rows} == {"harbour-talks"}


async def test_what_the_form_cannot_read_is_shown_whole(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    # The sentence ends with the forms it can read: cut to one line, the reader lost them.
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("b", *"yesterday 9:00")
        await pilot.pause()
        says = app.screen.query_one("#briefing-when-says")
        text = shown(app, "#briefing-when-says")
        width = says.content_region.width
        lines_needed = -(-len(text) // width)
        assert lines_needed > 1 and says.content_region.height >= lines_needed


async def test_a_target_out_of_range_is_refused_in_the_units_of_the_field(
    make_app: Callable[..., TrainerApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await run_command(pilot, app, "Settings")
        await pilot.press("tab", "end", "backspace", "backspace", *"150", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        [message] = [n.message for n in app._notifications]
        assert "from 50% to 99%" in message and "0.99" not in message
        assert not paths.settings_path(store.path.parent).exists()
