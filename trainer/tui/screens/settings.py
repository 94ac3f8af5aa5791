"""The settings form: the new-card limit per deck and the readiness target."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from trainer.core.settings import Settings, SettingsError, target_from_text

if TYPE_CHECKING:
    from trainer.tui.app import TrainerApp


class SettingsScreen(ModalScreen[Settings | None]):
    """Edits the settings; dismisses with the new ones (not yet saved), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="settings.cancel"),
        Binding("ctrl+s", "save", "Save", id="settings.save"),
    ]

    def __init__(self, settings: Settings, where: str) -> None:
        super().__init__()
        self.settings = settings
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(id="settings-form"):
            yield Label("[b]Settings[/b]")
            yield Label("New cards per deck per day")
            yield Input(str(self.settings.new_limit), id="settings-new-limit", type="integer")
            yield Label("Readiness target at a briefing (%)")
            yield Input(f"{self.settings.target * 100:g}", id="settings-target", type="number")
            yield Static(f"Kept in {self.where}\nEnter saves · Esc cancels")

    def on_mount(self) -> None:
        self.query_one("#settings-new-limit", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Check the values and hand them back."""
        try:
            new_limit = int(self.query_one("#settings-new-limit", Input).value)
            target = target_from_text(self.query_one("#settings-target", Input).value)
            settings = Settings(new_limit=new_limit, target=target).checked("settings")
        except (ValueError, SettingsError) as error:
            message = str(error).removeprefix("settings: ")
            if isinstance(error, ValueError):
                message = "give a whole number of cards and a target in per cent"
            self.notify(message, title="Not saved", severity="warning")
            return
        self.dismiss(settings)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


def change_settings(app: TrainerApp) -> None:
    """Open the settings form over ``app``; what is saved becomes its settings and quiz
    options (``TrainerApp.action_settings``)."""
    from trainer import paths

    def keep(settings: Settings | None) -> None:
        if settings is None:
            return
        from trainer.core.settings import update_settings

        try:
            app.settings = update_settings(
                app.data_dir, new_limit=settings.new_limit, target=settings.target
            )
        except SettingsError as error:
            app.notify(str(error), title="Not saved", severity="error", timeout=10)
            return
        app.quiz_options = app.quiz_options.with_settings(app.settings)
        app.notify(
            f"Saved: {app.settings.new_limit} new cards per deck a day, target "
            f"{app.settings.target:.0%}.",
            timeout=3,
        )
        app.refresh_deck_statuses()

    app.push_screen(SettingsScreen(app.settings, str(paths.settings_path(app.data_dir))), keep)
