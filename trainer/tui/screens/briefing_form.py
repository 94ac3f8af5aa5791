"""The briefing form: when it is (typed as people say it) and which decks it covers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, SelectionList, Static

from trainer.core.clock import Clock
from trainer.core.deck import Deck
from trainer.core.when import EXAMPLES, WhenError, countdown, parse_when, show_when


@dataclass(frozen=True)
class BriefingRequest:
    """What the form gives back: the time (UTC) and the decks."""

    at: datetime
    deck_ids: tuple[str, ...]


class BriefingForm(ModalScreen[BriefingRequest | None]):
    """Asks for a briefing's time and decks; dismisses with them, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="briefing.cancel"),
        Binding("ctrl+s", "save", "Save", id="briefing.save"),
    ]

    def __init__(self, decks: Sequence[Deck], chosen: Sequence[str], clock: Clock) -> None:
        super().__init__()
        self.decks = list(decks)
        self.chosen = set(chosen)
        self.clock = clock

    def compose(self) -> ComposeResult:
        with Vertical(id="briefing-form"):
            yield Label("[b]Set a briefing[/b]")
            yield Label("When (your local time)")
            yield Input(placeholder=f"e.g. {EXAMPLES}", id="briefing-when")
            yield Static(id="briefing-when-says")
            yield Label("Decks it covers (Space to tick)")
            yield SelectionList[str](
                *[(deck.title, deck.id, deck.id in self.chosen) for deck in self.decks],
                id="briefing-decks",
            )
            yield Static("Enter saves · Esc cancels", classes="muted")

    def on_mount(self) -> None:
        self.query_one("#briefing-when", Input).focus()

    def _read(self) -> datetime | str:
        """The time typed, in UTC, or what is wrong with it."""
        text = self.query_one("#briefing-when", Input).value
        now = self.clock()
        try:
            at = parse_when(text, now)
        except WhenError as error:
            return str(error)
        if at <= now:
            return f"{show_when(at, now)} is in the past; a briefing must be ahead"
        return at

    @on(Input.Changed, "#briefing-when")
    def _when_changed(self) -> None:
        read = self._read()
        says = self.query_one("#briefing-when-says", Static)
        if not self.query_one("#briefing-when", Input).value.strip():
            says.update("")
        elif isinstance(read, str):
            says.update(read)
        else:
            now = self.clock()
            says.update(f"{show_when(read, now)}, in {countdown(read, now)}")

    @on(Input.Submitted, "#briefing-when")
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Keep the briefing, if the time reads and a deck is ticked."""
        read = self._read()
        if isinstance(read, str):
            self.notify(read, title="Not saved", severity="warning")
            return
        decks = tuple(self.query_one("#briefing-decks", SelectionList).selected)
        if not decks:
            self.notify("Tick at least one deck.", title="Not saved", severity="warning")
            return
        self.dismiss(BriefingRequest(read, decks))

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
