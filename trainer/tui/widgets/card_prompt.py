"""The question being asked: its kind, tags, progress, prompt and (on request) hint."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from trainer.core.deck import Card


class PromptMeta(Widget):
    """One line: the card's kind and tags on the left, its place in the session on the right.

    One widget drawing both ends rather than a row of two: the quiz's first question waits
    for every widget on its screen to be styled.
    """

    DEFAULT_CSS = """
    PromptMeta {
        height: 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.about = Content("")
        self.progress = Content("")

    def show(self, about: Content, progress: Content) -> None:
        self.about = about
        self.progress = progress
        self.refresh()

    def render(self) -> Content:
        width = self.content_region.width or self.size.width
        room = width - self.progress.cell_length - 2
        about = self.about
        if about.cell_length > room:
            # The tags give way first; the progress stays whole.
            about = about.truncate(max(room, 0), ellipsis=True)
        gap = max(width - about.cell_length - self.progress.cell_length, 1)
        return Content.assemble(about, " " * gap, self.progress)


class CardPrompt(Vertical):
    """Shows one card's prompt with where it sits in the session."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hint: Static | None = None

    def compose(self) -> ComposeResult:
        yield PromptMeta(id="prompt-meta")
        yield Static(id="prompt-text")

    def show(self, card: Card, position: int, total: int) -> None:
        """Display ``card`` as question ``position`` of ``total``."""
        tags = ", ".join(card.tags)
        about = Content.assemble((card.kind, "bold $text-accent"),
                                 (f"  {tags}" if tags else "", "$text-muted"))
        # The deck's title is in the title bar; the row keeps its room for the tags.
        self.query_one(PromptMeta).show(about, Content.styled(f"{position} / {total}", "bold"))
        self.query_one("#prompt-text", Static).update(Content(card.prompt))
        if self._hint is not None:
            self._hint.update("")
            self._hint.display = False

    def show_hint(self, hint: str) -> None:
        """Reveal the card's hint under the prompt (its line is added on first use)."""
        text = Content.assemble(("Hint ", "bold $text-warning"), hint)
        if self._hint is None:
            self._hint = Static(text, id="prompt-hint")
            self.mount(self._hint)
        else:
            self._hint.update(text)
            self._hint.display = True

    @property
    def progress_text(self) -> str:
        """The progress as shown, e.g. '7 / 20'."""
        return self.query_one(PromptMeta).progress.plain

    @property
    def about_text(self) -> str:
        """The kind and tags as shown, e.g. 'number  dates, figures'."""
        return self.query_one(PromptMeta).about.plain
