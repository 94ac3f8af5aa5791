"""The options of a choice card, answered by letter, number, or arrows and Enter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events, on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from trainer.tui.formatting import option_label


class ChoicePicker(OptionList):
    """Lists a choice card's options as a), b), c) ... and reports the one picked."""

    @dataclass
    class Picked(Message):
        """An option was picked; ``label`` is its letter, which the grader reads first."""

        picker: ChoicePicker
        label: str

        @property
        def control(self) -> ChoicePicker:
            return self.picker

    def show(self, options: Sequence[str]) -> None:
        """Offer ``options``, the first one highlighted."""
        self.clear_options()
        self.add_options(
            Option(Content.assemble((f"{option_label(i)}) ", "bold $text-accent"), text),
                   id=option_label(i))
            for i, text in enumerate(options)
        )
        self.highlighted = 0 if options else None

    def _label_for_key(self, character: str | None) -> str | None:
        if not character or len(character) != 1:
            return None
        count = self.option_count
        if character.isdigit() and 1 <= int(character) <= min(count, 9):
            return option_label(int(character) - 1)
        lowered = character.lower()
        if "a" <= lowered <= "z" and ord(lowered) - ord("a") < count:
            return lowered
        return None

    def pick_by_key(self, character: str | None) -> bool:
        """Pick the option a typed letter or number names; False when it names none."""
        label = self._label_for_key(character)
        if label is None:
            return False
        self.post_message(self.Picked(self, label))
        return True

    def on_key(self, event: events.Key) -> None:
        if self.pick_by_key(event.character):
            event.stop()
            event.prevent_default()

    @on(OptionList.OptionSelected)
    def _picked_with_enter(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Picked(self, event.option.id))
