"""The question being asked: its kind, tags, progress, prompt and (on request) hint."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from trainer.core.deck import Card
from trainer.core.terminal_text import safe_text


class CardPrompt(Widget):
    """One card's prompt, under a line with its kind and tags (left) and progress (right).

    One widget draws all of it rather than a box of rows: a container on the quiz screen
    costs the first question a second layout and render before it settles.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._about = Content("")
        self._progress = Content("")
        self._prompt = Content("")
        self._hint: Content | None = None

    def show(self, card: Card, position: int, total: int | None, *, again: bool = False) -> None:
        """Display ``card`` as question ``position`` of ``total`` (before mounting, too);
        ``again``: a card missed earlier in the session, asked once more. A total of None
        (not counted yet) leaves the progress out until ``show_progress`` gives it."""
        # Deck text is shown, never obeyed, by the terminal.
        tags = safe_text(", ".join(card.tags))
        self._about = Content.assemble(
            (card.kind, "bold $text-accent"), (f"  {tags}" if tags else "", "$text-muted")
        )
        self._progress = _progress(position, total, again)
        self._prompt = Content.styled(safe_text(card.prompt), "bold")
        self._hint = None
        if self.is_mounted:
            self.refresh(layout=True)

    def show_progress(self, position: int, total: int, *, again: bool = False) -> None:
        """Show the card on screen as question ``position`` of ``total``."""
        self._progress = _progress(position, total, again)
        if self.is_mounted:
            self.refresh(layout=True)

    def show_hint(self, hint: str) -> None:
        """Reveal the card's hint under the prompt."""
        self._hint = Content.assemble(("Hint ", "bold $text-warning"), safe_text(hint))
        self.refresh(layout=True)

    @property
    def progress_text(self) -> str:
        """The progress as shown, e.g. '7 / 20'."""
        return self._progress.plain

    @property
    def about_text(self) -> str:
        """The kind and tags as shown, e.g. 'date  meeting, dates'."""
        return self._about.plain

    @property
    def prompt_text(self) -> str:
        """The card's prompt."""
        return self._prompt.plain

    @property
    def hint_text(self) -> str | None:
        """The hint as shown, or None while it is hidden."""
        return None if self._hint is None else self._hint.plain

    def render(self) -> Content:
        return self._lines(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The top line is drawn to the width it is given, so its height is worked out at it.
        # Textual's own Widget passes its styles here too; the hint names the mapping they read.
        styles = self.styles
        return self._lines(width).get_height(styles, width) if width else 0  # type: ignore[arg-type]

    def _lines(self, width: int) -> Content:
        progress = self._progress
        about = self._about
        room = width - progress.cell_length - 2
        if about.cell_length > room:
            # The tags give way first; the progress stays whole.
            about = about.truncate(max(room, 0), ellipsis=True)
        gap = max(width - about.cell_length - progress.cell_length, 1)
        parts: list[Content | str] = [about, " " * gap, progress, "\n\n", self._prompt]
        if self._hint is not None:
            parts += ["\n\n", self._hint]
        return Content.assemble(*parts)


def _progress(position: int, total: int | None, again: bool) -> Content:
    """The line's right part: "7 / 20" (nothing before the total is known), and a note on
    a card asked again. The deck's title is in the title bar; the line keeps its room for
    the tags."""
    return Content.assemble(
        ("" if total is None else f"{position} / {total}", "bold"),
        ("  again: missed earlier" if again else "", "$text-warning"),
    )
