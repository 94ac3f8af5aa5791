"""The deck list: counts from the store, broken and faulty decks, reloading while editing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.containers import VerticalScroll
from textual.widgets import DataTable
from tui_support import BROKEN_DECK, DECK, SECOND_DECK, shown, wait_for, write_deck

from trainer.core.clock import ManualClock
from trainer.core.store import Store
from trainer.tui.app import TrainerApp
from trainer.tui.screens.decks import DeckListScreen
from trainer.tui.screens.quiz import QuizScreen


def table_rows(app: TrainerApp) -> list[list[str]]:
    table = app.screen.query_one("#deck-table", DataTable)
    return [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]


async def test_each_deck_shows_its_cards_due_new_and_last_score(
    make_app: Callable[..., TrainerApp], store: Store, clock: ManualClock
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert table_rows(app) == [["Harbour talks, 2025", "5", "0", "5", "—", "—", "ok"]]
        assert "The harbour meeting" in shown(app, "#deck-detail")

        await pilot.press("enter")
        await pilot.press(*"2025-07-25", "enter")
        await pilot.press("enter", *"19", "enter", "escape")
        await pilot.pause()
        clock.advance(hours=1)
        await pilot.press("enter")  # leave the summary
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        # two cards answered, so three are new; an hour on, the wrong one is due again
        assert table_rows(app) == [["Harbour talks, 2025", "5", "1", "3", "50%", "—", "ok"]]


async def test_quizzing_every_deck_sets_the_last_score_only_of_the_decks_reviewed(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")  # every deck: the harbour deck's first card comes first
        await pilot.press(*"2025-07-25", "enter", "escape")
        await pilot.pause()
        await pilot.press("enter")  # leave the summary
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)
        last_scores = {row[0]: row[4] for row in table_rows(app)}
        assert last_scores == {"Harbour talks, 2025": "100%", "Ports named": "—"}


async def test_a_broken_deck_is_listed_with_its_first_error(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "broken.yaml", BROKEN_DECK)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert len(table_rows(app)) == 1
        assert broken_panel(app).border_title == "1 deck could not be loaded"
        broken = shown(app, "#broken-list")
        assert "broken.yaml:4:5: the card has no 'answer'  (+1 more" in broken
        # the good deck still starts
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)


def broken_panel(app: TrainerApp) -> VerticalScroll:
    return app.screen.query_one("#broken-decks", VerticalScroll)


async def test_every_broken_deck_can_be_scrolled_to(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    names = [f"broken-{number}.yaml" for number in range(1, 9)]
    for name in names:
        write_deck(deck_dir, name, BROKEN_DECK)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        panel = broken_panel(app)
        assert str(panel.border_title).startswith("8 decks could not be loaded")
        listed = shown(app, "#broken-list").splitlines()
        assert [line.split(":")[0] for line in listed] == [f"✗ {name}" for name in names]
        assert all("the card has no 'answer'" in line for line in listed)
        # More than fit: Tab moves to the panel, and End shows the last of them.
        assert panel.max_scroll_y > 0
        await pilot.press("tab", "end")
        await pilot.wait_for_scheduled_animations()
        assert panel.has_focus
        assert panel.scroll_y == panel.max_scroll_y


async def test_a_validation_error_is_counted_and_shown(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    (deck_dir / "harbour-talks.yaml").write_text(
        DECK.replace('evidence: "in Islamabad"', 'evidence: "in Lahore"'), encoding="utf-8"
    )
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert table_rows(app)[0][-1] == "1 error"
        assert "harbour-talks.yaml:" in shown(app, "#deck-detail")
        assert "in Lahore" in shown(app, "#deck-detail")


LONG_TITLE = (
    "Harbour talks between the foreign ministers in Islamabad, and the steel "
    "tariff they agreed, July 2025"
)


async def test_deck_titles_use_the_width_there_is(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    (deck_dir / "harbour-talks.yaml").write_text(
        DECK.replace("title: Harbour talks, 2025", f"title: {LONG_TITLE}"), encoding="utf-8"
    )
    app = make_app()
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        assert [row[0] for row in table_rows(app)] == [LONG_TITLE, "Ports named"]
        await pilot.press("down")

        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        title = table_rows(app)[0][0]
        assert title.endswith("…") and LONG_TITLE.startswith(title[:-1].rstrip())
        table = app.screen.query_one("#deck-table", DataTable)
        # Every column still fits, and the cursor stays on the deck it was on.
        assert table.virtual_size.width <= table.size.width
        assert table.cursor_row == 1


async def test_r_reloads_after_a_deck_is_added(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        write_deck(deck_dir, "ports.yaml", SECOND_DECK)
        assert len(table_rows(app)) == 1
        await pilot.press("r")
        await pilot.pause()
        assert [row[0] for row in table_rows(app)] == ["Harbour talks, 2025", "Ports named"]


async def test_saving_a_deck_file_reloads_the_list_by_itself(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    app = make_app(poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        deck_file = deck_dir / "harbour-talks.yaml"
        deck_file.write_text(
            DECK.replace("title: Harbour talks, 2025", "title: Harbour, edited"), encoding="utf-8"
        )
        assert await wait_for(pilot, lambda: table_rows(app)[0][0] == "Harbour, edited")

        deck_file.write_text(
            DECK.replace("title: Harbour talks, 2025", "titel: oops"), encoding="utf-8"
        )
        assert await wait_for(pilot, lambda: not table_rows(app))
        assert "harbour-talks.yaml:1:1: the deck has no 'title'" in shown(app, "#broken-list")


async def test_an_empty_folder_says_where_it_looked(
    make_app: Callable[..., TrainerApp], tmp_path: Path
) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    app = make_app(deck_folders=[empty])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No decks found" in shown(app, "#deck-detail")
        assert str(empty) in shown(app, "#deck-detail")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, DeckListScreen)


async def test_enter_straight_after_a_move_starts_the_deck_moved_to(
    make_app: Callable[..., TrainerApp], deck_dir: Path
) -> None:
    write_deck(deck_dir, "ports.yaml", SECOND_DECK)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        first, second = (table.coordinate_to_cell_key((row, 0)).row_key.value for row in range(2))
        # Keys typed together: the move is still queued at the table when Enter is read.
        for key in ("down", "enter"):
            app.post_message(events.Key(key, None))
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert [str(deck.path) for deck in app.screen.decks.values()] == [second]
        assert first != second
