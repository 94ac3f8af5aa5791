"""Every key the trainer answers to, screen by screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from trainer.tui import cells

if TYPE_CHECKING:
    from trainer.tui.app import TrainerApp


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One line of help: the keys, what they do, and the binding id to remap them by."""

    keys: str
    description: str
    binding_id: str = ""


@dataclass(frozen=True, slots=True)
class HelpSection:
    """The keys of one screen."""

    title: str
    keys: tuple[KeyHelp, ...]


def keys_of(
    bindings: Sequence[BindingType], display: Callable[[Binding], str]
) -> tuple[KeyHelp, ...]:
    """One KeyHelp per binding id (or action), its keys joined: 'enter / escape'."""
    merged: dict[str, tuple[list[str], str, str]] = {}
    for binding in Binding.make_bindings(bindings):
        name = binding.id or binding.action
        keys, _description, _id = merged.setdefault(
            name, ([], binding.description or binding.action, binding.id or "")
        )
        keys.append(display(binding))
    return tuple(
        KeyHelp(" / ".join(keys), description, binding_id)
        for keys, description, binding_id in merged.values()
    )


class HelpScreen(ModalScreen[None]):
    """A table of keys over the current screen; any of its close keys returns."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close help", id="help.close"),
    ]

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self.sections = list(sections)

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static("Keys", id="help-title")
            yield DataTable(id="help-table", cursor_type="none")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # Fixed widths so the two columns fit the dialog at 80 columns. Binding ids are for
        # developers remapping keys (docs/tui.md), not shown here.
        table.add_column("Key", key="key", width=20)
        table.add_column("Action", key="action", width=50)
        for section in self.sections:
            table.add_row(cells.styled(section.title, "bold"), "")
            for key in section.keys:
                table.add_row(cells.plain("  " + key.keys), cells.plain(key.description))
        table.focus()

    @property
    def binding_ids(self) -> set[str]:
        """Every binding id listed."""
        return {
            key.binding_id for section in self.sections for key in section.keys if key.binding_id
        }

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)


def trainer_help_sections(app: TrainerApp) -> list[HelpSection]:
    """Every binding of every screen of the trainer (``TrainerApp.help_sections``)."""
    from trainer.tui.screens.decks import DeckListScreen, DeckTable
    from trainer.tui.screens.history import HistoryScreen
    from trainer.tui.screens.quiz import QuizScreen
    from trainer.tui.screens.summary import SummaryScreen

    display = app.get_key_display
    return [
        HelpSection(
            "Anywhere",
            (
                *keys_of(app.BINDINGS, display),
                KeyHelp(
                    display(Binding(app.COMMAND_PALETTE_BINDING, "command_palette")),
                    "Command palette",
                ),
            ),
        ),
        HelpSection(
            "Deck list",
            (
                *keys_of(DeckListScreen.BINDINGS, display),
                *keys_of(
                    [
                        b
                        for b in DeckTable.BINDINGS
                        if isinstance(b, Binding) and b.action != "screen.start_quiz"
                    ],
                    display,
                ),
            ),
        ),
        HelpSection(
            "Quiz",
            (
                KeyHelp(display(Binding("enter", "submit")), "Submit the answer: you are sure"),
                KeyHelp("answer? ⏎", "Submit, unsure (a trailing ?)"),
                KeyHelp("answer?? ⏎", "Submit, guessing (a trailing ??)"),
                KeyHelp("a-z / 1-9", "Pick an option (choice cards)"),
                KeyHelp("? / ?? then a-z", "Pick an option, unsure / guessing"),
                *keys_of(QuizScreen.BINDINGS, display),
            ),
        ),
        HelpSection("Summary", keys_of(SummaryScreen.BINDINGS, display)),
        HelpSection("History", keys_of(HistoryScreen.BINDINGS, display)),
        HelpSection("Help", keys_of(HelpScreen.BINDINGS, display)),
    ]
