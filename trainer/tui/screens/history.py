"""Score history: sessions over time, accuracy by deck, tag and kind, weak cards, what is due."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Select, Static, TabbedContent, TabPane

from trainer.core import briefing, history
from trainer.core.calibration import calibration_by, confidently_wrong_cards
from trainer.core.card_texts import CardTexts
from trainer.core.clock import Clock
from trainer.core.deck import Deck
from trainer.core.score_trend import score_trend
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.store import ReviewStore
from trainer.core.terminal_text import safe_text
from trainer.core.wording import percent, plural, shorten
from trainer.tui import cells
from trainer.tui.widgets.calibration_panel import CalibrationPanel
from trainer.tui.widgets.score_chart import MAX_POINTS, ScoreChart
from trainer.tui.widgets.title_bar import TitleBar

# Cards listed as most at risk of being forgotten by the briefing.
AT_RISK_ROWS = 15

ACCURACY_TABS = (("deck", "By deck"), ("tag", "By tag"), ("kind", "By kind"))
FORECAST_DAYS = 14
BAR_WIDTH = 30
# The share of final verdicts that were correct, as `trainer stats` names it: a close answer
# is not a correct one (docs/data.md).
CORRECT_SHARE = "Correct %"
# Questions come first and get the most room in the card tables; the deck id comes last.
PROMPT_WIDTH = 48
TEXT_WIDTH = 18


class HistoryScreen(Screen[None]):
    """What the store remembers, for all decks or one; read-only."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="history.back"),
        Binding("f", "focus_filter", "Filter by deck", id="history.filter"),
        Binding("left_square_bracket", "previous_tab", "Previous tab", id="history.previous"),
        Binding("right_square_bracket", "next_tab", "Next tab", id="history.next"),
        Binding("t", "team", "Team", id="history.team"),
    ]

    def __init__(
        self,
        store: ReviewStore,
        decks: Sequence[Deck],
        clock: Clock,
        deck_id: str | None = None,
        *,
        team_url: str | None = None,
        target: float = DEFAULT_TARGET,
    ) -> None:
        super().__init__()
        self.store = store
        self.decks = list(decks)
        self.clock = clock
        self.deck_id = deck_id
        # The team server (TRAINER_STORE or the settings file); the Team key only with one.
        self.team_url = team_url
        self.target = target

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "team":
            return self.team_url is not None
        return True

    def action_team(self) -> None:
        """The team's readiness at its next briefing (trainer team), from the server."""
        from trainer.tui.screens.team import TeamScreen

        if self.team_url is not None:
            screen = TeamScreen(self.team_url, self.decks, self.clock, self.target)
            screen.sub_title = "Team"
            self.app.push_screen(screen)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        # Content, not a string: a title is shown as written, never read as markup.
        options = [(Content(safe_text(deck.title)), deck.id) for deck in self.decks]
        known = {deck.id for deck in self.decks}
        with Horizontal(id="history-filter-row"):
            yield Select(
                options,
                prompt="All decks",
                allow_blank=True,
                id="history-deck",
                value=self.deck_id if self.deck_id in known else Select.NULL,
            )
            yield Static(id="history-totals")
        with Horizontal(id="history-top"):
            yield ScoreChart(id="history-chart")
            yield CalibrationPanel(id="history-calibration")
        with TabbedContent(id="history-tabs"):
            for dimension, title in ACCURACY_TABS:
                with TabPane(title, id=f"tab-{dimension}"):
                    yield DataTable(id=f"by-{dimension}", cursor_type="row", zebra_stripes=True)
            with TabPane("Weakest", id="tab-weakest"):
                yield DataTable(id="weakest", cursor_type="row", zebra_stripes=True)
            with TabPane("Confidently wrong", id="tab-sure-wrong"):
                yield DataTable(id="sure-wrong", cursor_type="row", zebra_stripes=True)
            with TabPane("Calibration", id="tab-calibration"):
                yield DataTable(id="calibration", cursor_type="row", zebra_stripes=True)
            with TabPane("Due", id="tab-due"):
                yield DataTable(id="forecast", cursor_type="row", zebra_stripes=True)
            with TabPane("Readiness", id="tab-readiness"):
                yield Static(id="readiness-summary")
                yield DataTable(id="readiness", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        for dimension, title in ACCURACY_TABS:
            table = self.query_one(f"#by-{dimension}", DataTable)
            table.add_column(title.removeprefix("By ").capitalize(), key="key")
            for label in ("Reviews", "✓", "≈", "✗", CORRECT_SHARE):
                table.add_column(label, key=label)
        weakest = self.query_one("#weakest", DataTable)
        for label in (
            "Question",
            "Answer",
            "Reviews",
            "Wrong",
            CORRECT_SHARE,
            "Last answer",
            "Deck",
        ):
            weakest.add_column(label, key=label)
        sure_wrong = self.query_one("#sure-wrong", DataTable)
        for label in ("Question", "You said", "Answer", "Times", "Deck"):
            sure_wrong.add_column(label, key=label)
        calibration = self.query_one("#calibration", DataTable)
        for label in ("By", "Key", "Answers", "Sure right", "Unsure right", "Guess right", "Brier"):
            calibration.add_column(label, key=label)
        forecast = self.query_one("#forecast", DataTable)
        for label in ("Day", "Due", ""):
            forecast.add_column(label, key=label or "bar")
        readiness = self.query_one("#readiness", DataTable)
        for label in ("Question", "Recall at briefing", "Deck"):
            readiness.add_column(label, key=label)
        self.refresh_data()
        self.query_one("#by-deck", DataTable).focus()

    # -- data -----------------------------------------------------------------------------

    def refresh_data(self) -> None:
        """Read everything shown from the store, for the chosen deck or all of them."""
        deck_id = self.deck_id
        trend = score_trend(self.store, deck_id, most_points=MAX_POINTS)
        self.query_one(ScoreChart).show_trend(trend)
        reviews = 0
        for dimension, _title in ACCURACY_TABS:
            rows = history.accuracy_by(self.store, dimension, deck_id)  # type: ignore[arg-type]
            table = self.query_one(f"#by-{dimension}", DataTable)
            table.clear()
            for row in rows:
                table.add_row(
                    cells.plain(row.key),
                    cells.number(row.reviews),
                    cells.number(row.correct),
                    cells.number(row.close),
                    cells.number(row.wrong),
                    cells.number(percent(row.rate)),
                )
            if dimension == "deck":
                reviews = sum(row.reviews for row in rows)
        texts = CardTexts(self.decks)
        self._fill_weakest(deck_id, texts)
        self._fill_calibration(deck_id, texts)
        self._fill_forecast(deck_id)
        self._fill_readiness(deck_id, texts)
        last = percent(trend.last) if trend.last is not None else "—"
        self.query_one("#history-totals", Static).update(
            Content.assemble(
                (plural(trend.sessions, "session"), "bold"),
                " · ",
                (plural(reviews, "review"), "bold"),
                " · last ",
                (last, "bold"),
            )
        )

    def _fill_weakest(self, deck_id: str | None, texts: CardTexts) -> None:
        table = self.query_one("#weakest", DataTable)
        table.clear()
        for card in history.weakest_cards(self.store, deck_id):
            text = texts.get(card.deck_id, card.card_id)
            table.add_row(
                cells.plain(shorten(text.prompt or card.card_id, PROMPT_WIDTH)),
                cells.plain(shorten(text.answer, TEXT_WIDTH)),
                cells.number(card.reviews),
                cells.number(card.wrong),
                cells.number(percent(card.rate)),
                cells.plain(shorten(card.last_response, TEXT_WIDTH)),
                cells.plain(shorten(card.deck_id, 18)),
            )

    def _fill_calibration(self, deck_id: str | None, texts: CardTexts) -> None:
        """The panel beside the chart, the table per deck, tag and kind, and the cards
        last answered wrong while sure."""
        self.query_one(CalibrationPanel).show(calibration_by(self.store, "all", deck_id)[0])
        table = self.query_one("#calibration", DataTable)
        table.clear()
        for grouping in ("deck", "tag", "kind"):
            for group in calibration_by(self.store, grouping, deck_id):
                table.add_row(
                    cells.plain(grouping),
                    cells.plain(shorten(group.key, 24)),
                    cells.number(group.answers),
                    *(
                        cells.number(
                            f"{level.right}/{level.answers} {percent(level.accuracy)}"
                            if level.answers
                            else "—"
                        )
                        for level in group.levels
                    ),
                    cells.number("—" if group.brier is None else f"{group.brier:.2f}"),
                )
        wrong = self.query_one("#sure-wrong", DataTable)
        wrong.clear()
        only = None if deck_id is None else [deck_id]
        for item in confidently_wrong_cards(self.store, only):
            text = texts.get(item.deck_id, item.card_id)
            wrong.add_row(
                cells.plain(shorten(text.prompt or item.card_id, PROMPT_WIDTH)),
                cells.plain(shorten(item.response, TEXT_WIDTH)),
                cells.plain(shorten(text.answer, TEXT_WIDTH)),
                cells.number(item.times),
                cells.plain(shorten(item.deck_id, 18)),
            )

    def _fill_forecast(self, deck_id: str | None) -> None:
        table = self.query_one("#forecast", DataTable)
        table.clear()
        days = history.due_forecast(self.store, self.clock(), FORECAST_DAYS, deck_id)
        most = max((day.count for day in days), default=0)
        for day in days:
            bar = "█" * round(BAR_WIDTH * day.count / most) if most else ""
            table.add_row(
                cells.plain(day.day.strftime("%a %d %b")),
                cells.number(day.count),
                cells.plain(bar),
            )

    def _fill_readiness(self, deck_id: str | None, texts: CardTexts) -> None:
        """Each deck's forecast at its briefing ahead, and the cards most at risk."""
        from trainer.core.scheduler import Scheduler
        from trainer.core.when import countdown, show_when

        table = self.query_one("#readiness", DataTable)
        table.clear()
        decks = [deck for deck in self.decks if deck_id is None or deck.id == deck_id]
        now = self.clock()
        times = briefing.deadlines(self.store, [deck.id for deck in decks], now)
        scheduler = getattr(self.app, "scheduler", None) or Scheduler()
        settings = getattr(self.app, "settings", None)
        target = settings.target if settings is not None else DEFAULT_TARGET
        lines: list[str] = []
        at_risk: list[briefing.CardReadiness] = []
        for deck in decks:
            if deck.id not in times:
                continue
            forecast = briefing.deck_readiness(
                self.store, deck.id, deck.card_index().ids, times[deck.id], scheduler, target
            )
            lines.append(
                f"{deck.title}: {percent(forecast.mean)} · "
                f"{show_when(forecast.at, now)}, {countdown(forecast.at, now)} · "
                f"{forecast.ready} of {len(forecast.cards)} cards at {target:.0%}"
            )
            at_risk.extend(forecast.at_risk(AT_RISK_ROWS))
        if not lines:
            lines = ["No briefing ahead. Press b on the deck list to set one."]
        self.query_one("#readiness-summary", Static).update("\n".join(lines))
        for card in sorted(at_risk, key=lambda card: card.recall)[:AT_RISK_ROWS]:
            text = texts.get(card.deck_id, card.card_id)
            table.add_row(
                cells.plain(shorten(text.prompt or card.card_id, PROMPT_WIDTH)),
                cells.number(percent(card.recall) if card.answered else "never seen"),
                cells.plain(shorten(card.deck_id, 24)),
            )

    # -- input ----------------------------------------------------------------------------

    @on(Select.Changed, "#history-deck")
    def _deck_chosen(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value
        self.deck_id = value if isinstance(value, str) else None
        self.refresh_data()

    def action_back(self) -> None:
        """Close the history screen."""
        self.dismiss(None)

    def action_focus_filter(self) -> None:
        """Move to the deck filter."""
        self.query_one("#history-deck", Select).focus()

    def action_next_tab(self) -> None:
        """Show the next table."""
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        """Show the previous table."""
        self._step_tab(-1)

    def _step_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane) if pane.id]
        if not panes or tabs.active not in panes:
            return
        tabs.active = panes[(panes.index(tabs.active) + step) % len(panes)]
        active = tabs.active_pane
        if active is not None:
            active.query_one(DataTable).focus()
