"""The box an answer is typed into, handing each answer over the moment Enter is read."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.widgets import Input

from trainer.core.terminal_text import safe_text


class AnswerBox(Input):
    """An Input whose Enter submits at once, in turn with the keys typed around it.

    Input's own Enter posts a message that is handled only after the keys already typed
    behind it, which the box would take in as part of the same answer ("7 April 2025Monday"
    from a quick typist, a paste, or a slow ssh link). Here Enter calls ``submit`` straight
    away, and a key that reaches the box after it stopped taking answers (the screen has
    moved on) goes to ``typed_ahead``, which places it where it belongs.
    """

    def __init__(
        self,
        *,
        submit: Callable[[str], None],
        typed_ahead: Callable[[events.Key], bool],
        **options: object,
    ) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._submit = submit
        self._typed_ahead = typed_ahead

    async def _on_key(self, event: events.Key) -> None:
        if self.disabled or not self.display:
            event.stop()
            event.prevent_default()
            self._typed_ahead(event)
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self._submit(self.value)
            return
        await super()._on_key(event)

    def insert(self, text: str, index: int) -> None:
        # A paste may carry terminal escapes (copied from a web page, say): the box shows
        # them as symbols, as every other place does, rather than echo them to the terminal.
        super().insert(safe_text(text), index)
