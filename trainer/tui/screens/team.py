"""The team screen, reached from history with `t` when a team server is set: what
`trainer team` prints, as tables (each member's readiness at the team's next briefing, and
the cards the team is weakest on). Read in a thread: the server may be slow or away, and
the screen says so in one sentence instead of freezing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from trainer.core.clock import Clock
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.settings import DEFAULT_TARGET
from trainer.core.team import DeckCards, TeamView
from trainer.core.terminal_text import safe_text
from trainer.core.when import countdown, show_when
from trainer.core.wording import shorten
from trainer.tui import cells
from trainer.tui.widgets.title_bar import TitleBar

QUESTION_WIDTH = 60


class TeamScreen(Screen[None]):
    """A lead's view of the team on the server; read-only."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="team.back"),
        Binding("r", "reload", "Reload", id="team.reload"),
    ]

    def __init__(
        self, url: str, decks: Sequence[Deck], clock: Clock, target: float = DEFAULT_TARGET
    ) -> None:
        super().__init__()
        self.url = url
        self.decks = {deck.id: deck for deck in decks}
        self.clock = clock
        self.target = target

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("Reading the team from the server…", id="team-heading")
        yield DataTable(id="team-members", cursor_type="row", zebra_stripes=True)
        yield Static("", id="team-weakest-title")
        yield DataTable(id="team-weakest", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        members = self.query_one("#team-members", DataTable)
        for label in ("Analyst", "Recall", "At target", "Seen"):
            members.add_column(label, key=label)
        weakest = self.query_one("#team-weakest", DataTable)
        for label in ("Question", "Mean recall", "Never seen", "Deck"):
            weakest.add_column(label, key=label)
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_reload(self) -> None:
        self.load()

    def find_deck(self, deck_id: str) -> DeckCards | None:
        deck = self.decks.get(deck_id)
        if deck is None:
            return None
        return DeckCards(
            deck.id,
            deck.title,
            tuple(deck.card_index().ids),
            {card.id: card.prompt for card in deck.cards},
        )

    @work(thread=True, exclusive=True, group="team")
    def load(self) -> None:
        from trainer.core.scheduler import Scheduler
        from trainer.core.server.team_view import read_team_view

        try:
            view = read_team_view(
                self.url, None, self.clock(), self.find_deck, Scheduler(), self.target
            )
        except TrainerError as error:
            self.app.call_from_thread(self.show_problem, str(error))
            return
        self.app.call_from_thread(self.show_view, view)

    def show_problem(self, sentence: str) -> None:
        self.query_one("#team-heading", Static).update(Content(safe_text(sentence)))

    def show_view(self, view: TeamView | None) -> None:
        heading = self.query_one("#team-heading", Static)
        members = self.query_one("#team-members", DataTable)
        weakest = self.query_one("#team-weakest", DataTable)
        members.clear()
        weakest.clear()
        if view is None:
            heading.update(
                "The team has no briefing ahead. Set one with: trainer team brief DECK... "
                "--at 'fri 9:00'"
            )
            return
        now = self.clock()
        at = view.briefing.at
        text = (
            f"Team {view.team} · briefing {show_when(at, now)} (in {countdown(at, now)}) · "
            f"{', '.join(view.briefing.deck_ids)} · target {view.target:.0%}"
        )
        if view.missing_decks:
            text += f" · not in your deck folders: {', '.join(view.missing_decks)}"
        heading.update(Content(safe_text(text)))
        for forecast in view.members:
            name = forecast.member.name + (" (lead)" if forecast.member.lead else "")
            members.add_row(
                cells.plain(name),
                cells.number(f"{forecast.mean:.0%}"),
                cells.number(f"{forecast.ready} of {forecast.cards}"),
                cells.number(f"{forecast.seen} of {forecast.cards}"),
                key=forecast.member.name,
            )
        self.query_one("#team-weakest-title", Static).update(
            "Weakest for the team (mean recall at the briefing)"
        )
        for card in view.weakest:
            weakest.add_row(
                cells.plain(shorten(card.question, QUESTION_WIDTH)),
                cells.number(f"{card.mean:.0%}"),
                cells.number(card.never_seen),
                cells.plain(card.deck_id),
                key=f"{card.deck_id}/{card.card_id}",
            )
