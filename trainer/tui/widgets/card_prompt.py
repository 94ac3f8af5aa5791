"""The question being asked: its kind, tags, progress, prompt and (on request) hint."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from trainer.core.deck import Card


class CardPrompt(Vertical):
    """Shows one card's prompt with where it sits in the session."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="prompt-meta"):
            yield Static(id="prompt-kind")
            yield Static(id="prompt-progress")
        yield Static(id="prompt-text")
        yield Static(id="prompt-hint")

    def show(self, card: Card, position: int, total: int) -> None:
        """Display ``card`` as question ``position`` of ``total``."""
        tags = ", ".join(card.tags)
        meta = Content.assemble((card.kind, "bold $text-accent"), (f"  {tags}" if tags else "",
                                                                  "$text-muted"))
        self.query_one("#prompt-kind", Static).update(meta)
        # The deck's title is in the header; the row keeps its room for the tags.
        self.query_one("#prompt-progress", Static).update(
            Content.styled(f"{position} / {total}", "bold")
        )
        self.query_one("#prompt-text", Static).update(Content(card.prompt))
        hint = self.query_one("#prompt-hint", Static)
        hint.update("")
        hint.display = False

    def show_hint(self, hint: str) -> None:
        """Reveal the card's hint under the prompt."""
        widget = self.query_one("#prompt-hint", Static)
        widget.update(Content.assemble(("Hint ", "bold $text-warning"), hint))
        widget.display = True

    @property
    def progress_text(self) -> str:
        """The progress as shown, e.g. '7 / 20'."""
        return str(self.query_one("#prompt-progress", Static).content)
