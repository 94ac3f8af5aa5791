"""The one-line bar at the top of every screen: the app's title and what the screen shows."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from trainer.core.terminal_text import safe_text
from trainer.core.wording import shorten

# Between a sub-title and its last part (a count, say), which the bar keeps whole.
KEPT_TAIL = " · "
# The fewest characters of a sub-title's head kept before its tail, however narrow the bar.
HEAD_MIN = 12


class TitleBar(Widget):
    """The screen's title and sub-title, centred; one widget where Textual's Header is four.

    Every screen has one, and the quiz's first question waits for it to be styled: the
    header's icon (a second way into the command palette, which Ctrl+P and the footer
    already offer) and clock space are left out.

    A line too long for the bar is cut at each render, so it refits as the terminal is
    resized: a sub-title's last part after " · " (the quiz's card count) stays whole and
    the part before it gives way.
    """

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        content-align: center middle;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        # The quiz names its deck and card count in the sub-title once the session is built.
        self.watch(self.screen, "title", self._retitle, init=False)
        self.watch(self.screen, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    def render(self) -> Content:
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        sub_title = screen.sub_title if screen.sub_title is not None else self.app.sub_title
        # Titles name decks: their text is shown, never obeyed, by the terminal.
        title, sub_title = safe_text(title), safe_text(sub_title)
        return self.app.format_title(title, fit_sub_title(title, sub_title, self.size.width))


def fit_sub_title(title: str, sub_title: str, width: int) -> str:
    """``sub_title`` cut so that the bar's line fits ``width``, its last part kept whole.

    A sub-title with no such part, or too narrow a bar, is left to the bar's own ellipsis.
    """
    if len(f"{title} — {sub_title}") <= width:
        return sub_title
    head, separator, tail = sub_title.rpartition(KEPT_TAIL)
    if not separator:
        return sub_title
    room = width - len(f"{title} — {separator}{tail}")
    return shorten(head, max(room, HEAD_MIN)) + separator + tail
