"""The deck list: every deck with its cards, what is due, and what is wrong with it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.coordinate import Coordinate
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from trainer.core import briefing
from trainer.core.briefing import DeckReadiness
from trainer.core.clock import Clock
from trainer.core.deck import Deck, Problem
from trainer.core.deck_cache import DeckCache
from trainer.core.errors import TrainerError
from trainer.core.history import DeckStatus, deck_statuses
from trainer.core.library import Library, load_library
from trainer.core.scheduler import Scheduler
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.store import ReviewStore
from trainer.core.terminal_text import safe_text
from trainer.core.validate import validate_library
from trainer.core.when import countdown, show_when
from trainer.core.wording import percent, plural, shorten
from trainer.tui import cells
from trainer.tui.deck_watch import Fingerprint, deck_fingerprint
from trainer.tui.widgets.title_bar import TitleBar

COLUMNS = ("Deck", "Cards", "Due", "New", "Last", "Ready", "Check")
# Deck titles are cut to the room the other columns leave, but never below this.
TITLE_WIDTH_MIN = 24
# The cut before the table has a width (the first fill, ahead of layout).
TITLE_WIDTH_UNLAID = 40
# Decks larger than this have their plan worked out in a thread (it plays cards forward).
PLAN_IN_BACKGROUND_CARDS = 5000
# Broken decks shown at once; the panel scrolls (Tab to it, then the arrows) for the rest.
BROKEN_ROWS = 5


def _where(problem: Problem) -> str:
    """A problem with its file name only: the full path rarely fits on screen."""
    name = Path(problem.path).name
    where = f"{name}:{problem.line}:{problem.column}" if problem.line else name
    label = "warning: " if problem.severity == "warning" else ""
    return safe_text(f"{where}: {label}{problem.message}")


class DeckTable(DataTable[Text]):
    """The table of decks, where Enter starts a quiz on the row under the cursor."""

    # Bound here rather than as a priority key of the screen: a priority key is acted on the
    # moment it is typed, ahead of a Down typed just before it, and would start the deck
    # the cursor was leaving. A binding of the table runs in turn with the keys before it.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.start_quiz", "Start quiz", id="decks.start"),
        # DataTable's Home and End scroll sideways; in a list of decks they mean first, last.
        Binding("home", "scroll_top", "First deck", show=False, id="decks.first"),
        Binding("end", "scroll_bottom", "Last deck", show=False, id="decks.last"),
    ]

    def on_resize(self) -> None:
        # Titles take the room the other columns leave, which a new width changes.
        screen = self.screen
        if isinstance(screen, DeckListScreen):
            screen.fit_titles()


class DeckListScreen(Screen[None]):
    """Lists the decks in the deck folders and reloads them when their files change."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The table binds Enter to the same action (see DeckTable); this one serves when the
        # table does not have focus, and lists the key in the help.
        Binding("enter", "start_quiz", "Start quiz", id="decks.start"),
        Binding("a", "quiz_all", "Quiz all decks", id="decks.all"),
        Binding("c", "cram", "Cram deck", id="decks.cram"),
        Binding("b", "briefing", "Briefing", id="decks.briefing"),
        Binding("h", "history", "History", id="decks.history"),
        Binding("r", "reload", "Reload", id="decks.reload"),
    ]

    @dataclass
    class QuizRequested(Message):
        """The user asked to be quizzed on these decks."""

        decks: tuple[Deck, ...]
        cram: bool = False  # every card, whatever its schedule

    @dataclass
    class HistoryRequested(Message):
        """The user asked for the history, of one deck or (None) of all."""

        deck_id: str | None

    # Due counts move with the clock (a card falls due) and with reviews made elsewhere (line
    # mode beside this app); the list re-reads them this often while it is shown.
    due_refresh_s: ClassVar[float] = 15.0

    def __init__(
        self,
        folders: Sequence[Path],
        store: ReviewStore,
        clock: Clock,
        *,
        poll_interval: float | None = 2.0,
        deck_cache: DeckCache | None = None,
    ) -> None:
        super().__init__()
        self.folders = list(folders)
        self.store = store
        self.clock = clock
        self.poll_interval = poll_interval
        self.deck_cache = deck_cache
        self.library = Library()
        # Decks are read when this screen is first shown or asked for, not before, so a
        # session opened from the command line asks its first question without waiting.
        self.loaded = False
        # Content checks (the Check column) run only once the list itself is shown.
        self.checked = False
        self.problems: dict[Path, list[Problem]] = {}
        self.statuses: dict[str, DeckStatus] = {}
        # Each deck's forecast at its briefing ahead, for the decks one covers.
        self.readiness: dict[str, DeckReadiness] = {}
        # The plan of each deck shown since the forecasts were last read.
        self._plans: dict[str, briefing.Plan] = {}
        self._fingerprint: Fingerprint = ()
        self._title_width = TITLE_WIDTH_UNLAID

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="decks-body"):
            yield DeckTable(id="deck-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="deck-detail")
            with VerticalScroll(id="broken-decks"):
                yield Static(id="broken-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self._add_columns(table)
        # Screen.is_current also holds for the screen just under the top one.
        if self.app.screen is self:
            self.reload()
        # The Check column is coloured from the theme, so a new theme redraws it.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_statuses())
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.check_for_changes)
            # The countdown to a briefing moves on by itself.
            self.set_interval(60, self._tick_countdown)
        self.set_interval(self.due_refresh_s, self.refresh_due_counts)
        table.focus()

    def on_screen_resume(self) -> None:
        # Coming back from a quiz: due counts and last scores have moved.
        if not self.is_mounted:
            return
        if self.checked:
            self.refresh_statuses()
            self._show_broken()
        elif self.app.screen is self:
            self.reload()

    # -- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Load and check every deck again."""
        self._load()
        self.problems = {}
        for problem in validate_library(self.library).problems:
            self.problems.setdefault(Path(problem.path).resolve(), []).append(problem)
        self.checked = True
        if self.is_mounted:
            self.refresh_statuses()
            self._show_broken()

    def ensure_loaded(self) -> Library:
        """The decks, read now (their checks left for later) if not needed before."""
        if not self.loaded:
            self._load()
        return self.library

    def _load(self) -> None:
        self._fingerprint = deck_fingerprint(self.folders)
        self.library = load_library(self.folders, self.deck_cache)
        self.loaded = True

    def check_for_changes(self) -> bool:
        """Reload when a deck file was added, removed or saved; True when it did."""
        if not self.loaded or deck_fingerprint(self.folders) == self._fingerprint:
            return False
        self.reload()
        self.notify("Decks reloaded: a deck file changed.", timeout=2)
        return True

    def refresh_statuses(self) -> None:
        """Re-read due counts and last scores from the store and redraw the table."""
        decks = self.library.decks
        now = self.clock()
        self.statuses = {s.deck_id: s for s in deck_statuses(self.store, decks, now)}
        self.readiness = self._forecasts(decks, now)
        self._plans = {}
        self._fill_table()

    def refresh_due_counts(self) -> bool:
        """Redraw the table if due counts or scores have moved while it was shown; True if so."""
        if not self.checked or self.app.screen is not self:
            return False
        statuses = {
            s.deck_id: s for s in deck_statuses(self.store, self.library.decks, self.clock())
        }
        if statuses == self.statuses:
            return False
        self.statuses = statuses
        self._fill_table()
        return True

    def _forecasts(self, decks: Sequence[Deck], now: datetime) -> dict[str, DeckReadiness]:
        """Each deck's readiness at its briefing ahead (one query per such deck, no JSON)."""
        times = briefing.deadlines(self.store, [deck.id for deck in decks], now)
        scheduler, target = self._scheduler_and_target()
        return {
            deck.id: briefing.deck_readiness(
                self.store, deck.id, deck.card_index().ids, times[deck.id], scheduler, target
            )
            for deck in decks
            if deck.id in times
        }

    def _scheduler_and_target(self) -> tuple[Scheduler, float]:
        app = self.app
        scheduler = getattr(app, "scheduler", None) or Scheduler()
        settings = getattr(app, "settings", None)
        return scheduler, settings.target if settings is not None else DEFAULT_TARGET

    def _tick_countdown(self) -> None:
        if self.readiness and self.is_current:
            self.refresh_statuses()

    def fit_titles(self) -> None:
        """Redraw the table when the room for the titles has changed (the table was resized)."""
        if self.checked and self._title_room(self._fitting_rows()) != self._title_width:
            self._fill_table()

    def _fill_table(self) -> None:
        decks = self.library.decks
        table = self.query_one(DataTable)
        selected = self.selected_deck()
        # The columns go too: a column never narrows by itself once it has grown.
        table.clear(columns=True)
        self._add_columns(table)
        rows = self._fitting_rows()
        self._title_width = self._title_room(rows)
        for deck, row in zip(decks, rows, strict=True):
            table.add_row(
                cells.plain(shorten(deck.title, self._title_width)), *row, key=str(deck.path)
            )
        if selected is not None and str(selected.path) in {str(d.path) for d in decks}:
            table.move_cursor(row=table.get_row_index(str(selected.path)))
        self._show_detail()

    @staticmethod
    def _add_columns(table: DataTable[Text]) -> None:
        for label in COLUMNS:
            table.add_column(label, key=label.lower())

    def _fitting_rows(self) -> list[tuple[Text, ...]]:
        """The rows, with the Ready column cut to its countdown when the titles would
        otherwise be squeezed below their least width (an 80-column terminal)."""
        rows = self._row_cells()
        if self.readiness and self._title_room(rows, least=0) < TITLE_WIDTH_MIN:
            return self._row_cells(compact=True)
        return rows

    def _row_cells(self, *, compact: bool = False) -> list[tuple[Text, ...]]:
        """Each deck's cells after its title: cards, due, new, last score, ready and check."""
        variables = self.app.theme_variables
        rows: list[tuple[Text, ...]] = []
        for deck in self.library.decks:
            status = self.statuses.get(deck.id)
            rows.append(
                (
                    cells.number(len(deck.cards)),
                    cells.number(status.due if status else 0),
                    cells.number(status.new if status else len(deck.cards)),
                    cells.number(percent(status.last_score if status else None)),
                    cells.plain(self.readiness_text(deck.id, compact=compact)),
                    self._check_cell(deck, variables),
                )
            )
        return rows

    def readiness_text(self, deck_id: str, *, compact: bool = False) -> str:
        """ "71% · Fri 09:00, 2 d 19 h" for a deck with a briefing ahead; a dash otherwise.

        ``compact``: "71% · 2 d 19 h", for a narrow terminal (the detail line has the time).
        """
        forecast = self.readiness.get(deck_id)
        if forecast is None:
            return "—"
        now = self.clock()
        if compact:
            return f"{percent(forecast.mean)} · {countdown(forecast.at, now)}"
        return (
            f"{percent(forecast.mean)} · {show_when(forecast.at, now)}, "
            f"{countdown(forecast.at, now)}"
        )

    def _title_room(self, rows: Sequence[Sequence[Text]], least: int = TITLE_WIDTH_MIN) -> int:
        """The widest title that fits beside the other columns at the table's width."""
        table = self.query_one(DataTable)
        if not table.size.width:
            return TITLE_WIDTH_UNLAID
        widths = [
            max([len(label), *(row[index].cell_len for row in rows)])
            for index, label in enumerate(COLUMNS[1:])
        ]
        padding = 2 * table.cell_padding * (len(widths) + 1)
        # Room is kept for a scrollbar, which joins when the rows outgrow the table.
        room = table.size.width - sum(widths) - padding - table.styles.scrollbar_size_vertical
        return max(least, room)

    def _check_cell(self, deck: Deck, variables: Mapping[str, str]) -> Text:
        problems = self.problems.get(deck.path.resolve(), [])
        errors = sum(problem.severity == "error" for problem in problems)
        warnings = len(problems) - errors
        if errors:
            return cells.styled(plural(errors, "error"), variables.get("text-error", ""))
        if warnings:
            return cells.styled(plural(warnings, "warning"), variables.get("text-warning", ""))
        return cells.styled("ok", variables.get("text-success", ""))

    def _show_broken(self) -> None:
        panel = self.query_one("#broken-decks", VerticalScroll)
        broken = self.library.broken
        panel.display = bool(broken)
        if not broken:
            return
        heading = f"{plural(len(broken), 'deck')} could not be loaded"
        if len(broken) > BROKEN_ROWS:
            heading += " · Tab here, then ↑↓ for all of them"
        panel.border_title = heading
        parts: list[str | tuple[str, str]] = []
        for item in broken:
            more = len(item.error.problems) - 1
            extra = f"  (+{more} more: trainer validate)" if more > 0 else ""
            first = _where(item.error.problems[0]) if item.error.problems else item.path.name
            if parts:
                parts.append("\n")
            parts.extend([("✗ ", "$text-error"), first, (extra, "$text-muted")])
        self.query_one("#broken-list", Static).update(Content.assemble(*parts))

    def _show_detail(self) -> None:
        detail = self.query_one("#deck-detail", Static)
        deck = self.selected_deck()
        if deck is None:
            where = ", ".join(str(folder) for folder in self.folders) or "no folders"
            detail.update(
                Content.assemble(
                    ("No decks found. ", "bold"),
                    f"Looked in {where}. Write one with `trainer new`, or pass --decks DIR.",
                )
            )
            return
        parts: list[str | tuple[str, str]] = [(safe_text(deck.title), "bold")]
        status = self.statuses.get(deck.id)
        if status is not None:
            parts.append((f"  {plural(status.due, 'card')} due, {status.new} new", "$text-muted"))
        forecast = self.readiness.get(deck.id)
        if forecast is not None:
            parts.extend(["\n", self._plan_line(deck, forecast)])
        if deck.description:
            parts.extend(["\n", (safe_text(deck.description), "$text-muted")])
        problems = self.problems.get(deck.path.resolve(), [])
        for problem in problems[:3]:
            style = "$text-error" if problem.severity == "error" else "$text-warning"
            parts.extend(["\n", (_where(problem), style)])
        if len(problems) > 3:
            parts.extend(
                ["\n", (f"… {len(problems) - 3} more: run trainer validate", "$text-muted")]
            )
        detail.update(Content.assemble(*parts))

    def _plan_line(self, deck: Deck, forecast: DeckReadiness) -> str:
        """Readiness now and what it takes, for the highlighted deck's briefing."""
        now = self.clock()
        scheduler, target = self._scheduler_and_target()
        ready = (
            f"{forecast.ready} of {len(forecast.cards)} cards at {target:.0%} or more "
            f"for the briefing {show_when(forecast.at, now)}. "
        )
        result = self._plans.get(deck.id)
        if result is None and len(forecast.cards) > PLAN_IN_BACKGROUND_CARDS:
            # A large deck's plan is worked out beside the screen, which never waits for it.
            self._plan_in_background(deck, forecast, now, scheduler, target)
            return ready + "Working out the plan…"
        if result is None:  # read once per refresh, not at every move of the cursor
            result = briefing.plan(
                self.store, {deck.id: deck.card_index().ids}, forecast.at, now, scheduler, target
            )
            self._plans[deck.id] = result
        return ready + briefing.plan_sentence(result, show_when(forecast.at, now)) + "."

    def _plan_in_background(
        self,
        deck: Deck,
        forecast: DeckReadiness,
        now: datetime,
        scheduler: Scheduler,
        target: float,
    ) -> None:
        ids = deck.card_index().ids

        def work() -> None:
            result = briefing.plan(self.store, {deck.id: ids}, forecast.at, now, scheduler, target)
            self.app.call_from_thread(self._plan_ready, deck.id, result)

        self.run_worker(work, thread=True, group="plan", exclusive=True, exit_on_error=False)

    def _plan_ready(self, deck_id: str, result: briefing.Plan) -> None:
        self._plans[deck_id] = result
        if self.is_mounted:
            self._show_detail()

    # -- selection ------------------------------------------------------------------------

    def selected_deck(self) -> Deck | None:
        """The deck under the cursor, if any."""
        table = self.query_one(DataTable)
        if not self.library.decks or table.row_count == 0:
            return None
        row = table.cursor_row
        if not 0 <= row < table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value
        return next((deck for deck in self.library.decks if str(deck.path) == key), None)

    @on(DataTable.RowHighlighted, "#deck-table")
    def _row_highlighted(self) -> None:
        self._show_detail()

    def action_start_quiz(self) -> None:
        """Quiz on the highlighted deck."""
        deck = self.selected_deck()
        if deck is None:
            self.notify("No deck to start: add a deck file first.", severity="warning")
            return
        self.post_message(self.QuizRequested((deck,)))

    def action_cram(self) -> None:
        """Drill every card of the highlighted deck, whatever its schedule."""
        deck = self.selected_deck()
        if deck is None:
            self.notify("No deck to cram: add a deck file first.", severity="warning")
            return
        self.post_message(self.QuizRequested((deck,), cram=True))

    def action_briefing(self) -> None:
        """Open the briefing form for the highlighted deck (others can be ticked too)."""
        if not self.library.decks:
            self.notify("No deck for a briefing: add a deck file first.", severity="warning")
            return
        from trainer.tui.screens.briefing_form import BriefingForm, BriefingRequest

        deck = self.selected_deck()
        chosen = [deck.id] if deck is not None else []

        def keep(request: BriefingRequest | None) -> None:
            if request is None:
                return
            try:
                self.store.add_briefing(request.at, request.deck_ids)
            except TrainerError as error:
                self.notify(str(error), title="Not saved", severity="error", timeout=10)
                return
            now = self.clock()
            self.notify(
                f"Briefing {show_when(request.at, now)}, in "
                f"{countdown(request.at, now)}: {plural(len(request.deck_ids), 'deck')}.",
                timeout=4,
            )
            self.refresh_statuses()

        self.app.push_screen(BriefingForm(self.library.decks, chosen, self.clock), keep)

    def action_quiz_all(self) -> None:
        """Quiz on what is due across every deck."""
        if not self.library.decks:
            self.notify("No deck to start: add a deck file first.", severity="warning")
            return
        self.post_message(self.QuizRequested(tuple(self.library.decks)))

    def action_history(self) -> None:
        """Show the history of every deck (the screen filters by deck)."""
        self.post_message(self.HistoryRequested(None))

    def action_reload(self) -> None:
        """Reload every deck now."""
        self.reload()
        count = len(self.library.decks)
        broken = len(self.library.broken)
        message = f"Loaded {plural(count, 'deck')}"
        if broken:
            message += f"; {broken} could not be loaded"
        self.notify(message + ".", timeout=2)
