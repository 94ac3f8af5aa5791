"""The options of a choice card, answered by letter, number, or arrows and Enter."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual import events, on
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from trainer.core.confidence import LABEL, Confidence, next_level
from trainer.core.grading.choice_kind import option_label, read_option_label
from trainer.core.terminal_text import safe_text


class ChoicePicker(OptionList):
    """Lists a choice card's options as a), b), c) ... and hands over the one picked.

    A pick is handed over at once (``pick`` is called with the option's letter, which the
    grader reads first), in turn with the keys typed around it, and a key that reaches the
    list once it is hidden (the screen has moved on) goes to ``typed_ahead``.
    """

    DEFAULT_CSS = """
    ChoicePicker {
        height: auto;
        margin: 0 1;
        max-height: 10;
        border: round $accent 50%;
    }

    ChoicePicker:focus {
        border: round $accent;
    }
    """

    def __init__(
        self,
        *,
        pick: Callable[[str], None],
        typed_ahead: Callable[[events.Key], bool],
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._pick = pick
        self._typed_ahead = typed_ahead
        # Stated with ? before the pick, as a trailing ? states it on a typed answer.
        self.confidence: Confidence = "sure"

    def show(self, options: Sequence[str]) -> None:
        """Offer ``options``, the first one highlighted; the confidence back at sure."""
        self.confidence = "sure"
        self._title_confidence()
        self.clear_options()
        self.add_options(
            Option(
                Content.assemble((f"{option_label(i)}) ", "bold $text-accent"), safe_text(text)),
                id=option_label(i),
            )
            for i, text in enumerate(options)
        )
        self.highlighted = 0 if options else None

    def _label_for_key(self, character: str | None) -> str | None:
        if not character or len(character) != 1:
            return None
        label = read_option_label(character, self.option_count)
        return None if label is None or label.option is None else option_label(label.option)

    def _title_confidence(self) -> None:
        if self.confidence == "sure":
            self.border_title = "? before your pick if unsure, ?? if guessing"
        else:
            self.border_title = f"You are {LABEL[self.confidence]} (? again to change)"

    def pick_by_key(self, character: str | None) -> bool:
        """Pick the option a typed letter or number names; False when it names none.

        ``?`` picks nothing: it states the confidence of the pick to come, as a trailing
        ``?`` on a typed answer does (one unsure, two guessing, a third sure again).
        """
        if character == "?":
            self.confidence = next_level(self.confidence)
            self._title_confidence()
            return True
        label = self._label_for_key(character)
        if label is None:
            return False
        self._pick(label)
        return True

    def on_key(self, event: events.Key) -> None:
        if not self.display:
            event.stop()
            event.prevent_default()
            self._typed_ahead(event)
            return
        if event.key == "enter":
            # Picked here rather than through OptionList's own Enter, whose message would be
            # handled after the keys typed behind it.
            option = self.highlighted_option
            if option is not None and option.id is not None:
                event.stop()
                event.prevent_default()
                self._pick(option.id)
            return
        if self.pick_by_key(event.character):
            event.stop()
            event.prevent_default()

    @on(OptionList.OptionSelected)
    def _picked_with_mouse(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self._pick(event.option.id)
