"""The end of a session: score, time, each card's verdict and when reviews come back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from trainer.core.confidence import LABEL
from trainer.core.deck import Deck
from trainer.core.outcome import SessionSummary
from trainer.core.terminal_text import safe_text
from trainer.core.wording import due_in, duration, percent, plural, shorten
from trainer.tui import cells
from trainer.tui.widgets.feedback import shown_answer, shown_response
from trainer.tui.widgets.title_bar import TitleBar

SummaryChoice = Literal["decks", "history"]
# The next-due column's width, and what each column's padding and the screen's edges take;
# the prompt, the response and the answer share what the verdict column leaves.
NEXT_WIDTH = 11
SKIPPED = "↷ skipped"
EDGES = 4
CELL_PADDING = 2
# The shares of the rest: the question gets most, what was said and the answer the same.
PROMPT_SHARE = 0.4


class SummaryScreen(Screen[SummaryChoice]):
    """Shows a finished session; dismisses with where the user goes next."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority, so Enter goes back even while the table (which also wants Enter) has focus.
        Binding("enter,escape", "back", "Back to decks", id="summary.back", priority=True),
        Binding("h", "history", "History", id="summary.history"),
    ]

    def __init__(
        self, summary: SessionSummary, decks: Mapping[str, Deck], now: datetime, *, names: str = ""
    ) -> None:
        """``names``: the session's decks as its title bar named them; by default their titles."""
        super().__init__()
        self.summary = summary
        self.decks = decks
        self.now = now
        self._filled_width = 0
        self.names = names or ", ".join(
            self.decks[d].title if d in self.decks else d for d in summary.deck_ids
        )

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="summary-body"):
            yield Static(id="summary-title")
            yield Static(id="summary-score")
            yield DataTable(id="summary-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="summary-due")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        summary = self.summary
        self.query_one("#summary-title", Static).update(
            Content.assemble(
                (_headline(summary), "bold"), ("  " + safe_text(self.names), "$text-muted")
            )
        )
        answered = summary.correct + summary.close + summary.wrong
        self.query_one("#summary-score", Static).update(
            Content.assemble(
                ("Score ", "$text-muted"),
                (percent(summary.score) if answered else "—", "bold"),
                ("   Time ", "$text-muted"),
                duration(summary.elapsed_s),
                ("   ✓ ", "$text-success"),
                str(summary.correct),
                ("   ≈ ", "$text-warning"),
                str(summary.close),
                ("   ✗ ", "$text-error"),
                str(summary.wrong),
                ("   skipped ", "$text-muted"),
                str(summary.skipped),
                *self._final_parts(summary),
            )
        )
        table = self.query_one(DataTable)
        self._fill_table()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._fill_table())
        if summary.next_due is None:
            due_text = "No reviews scheduled." if answered else "No cards were answered."
        else:
            due_text = (
                f"Next review {due_in(summary.next_due, self.now)} · "
                f"{plural(summary.due_tomorrow, 'review')} due in the next 24 h"
            )
        self.query_one("#summary-due", Static).update(Content.styled(due_text, "$text-muted"))
        table.focus()

    def on_resize(self) -> None:
        # The text columns share the terminal's width; refilled only when that has changed.
        if self.is_mounted and self.app.size.width != self._filled_width:
            self._fill_table()

    @staticmethod
    def _final_parts(summary: SessionSummary) -> tuple[str | tuple[str, str], ...]:
        """After missed cards were asked again: the first-try score above, the final here."""
        answered = summary.correct + summary.close + summary.wrong
        if summary.attempts <= answered:
            return ()
        return (
            "\n",
            ("First try ", "$text-muted"),
            (percent(summary.score), "bold"),
            ("   Final ", "$text-muted"),
            (percent(summary.final_score), "bold"),
            (
                f"   {summary.final_correct} of {answered} right in the end, "
                f"{plural(summary.attempts - answered, 'card')} asked again",
                "$text-muted",
            ),
        )

    def _fill_table(self) -> None:
        table = self.query_one(DataTable)
        # The columns go too: a column never narrows by itself once it has grown.
        table.clear(columns=True)
        for label, key in (
            ("Card", "card"),
            ("You said", "response"),
            ("Answer", "answer"),
            ("Verdict", "verdict"),
            ("Next", "next"),
        ):
            table.add_column(label, key=key)
        variables = self.app.theme_variables
        self._filled_width = self.app.size.width
        verdicts = []
        for outcome in self.summary.outcomes:
            verdict = cells.verdict(outcome.grade.verdict, variables)
            if outcome.confidence != "sure":
                verdict.append(f" ({LABEL[outcome.confidence]})")
            verdicts.append(verdict)
        # The verdict column is as wide as its longest; the text columns share the rest.
        verdict_width = max([len(SKIPPED), *(verdict.cell_len for verdict in verdicts)])
        room = self.app.size.width - EDGES - verdict_width - NEXT_WIDTH - 5 * CELL_PADDING
        prompt_width = max(12, round(room * PROMPT_SHARE))
        said_width = max(8, (room - prompt_width) // 2)
        finals = {(o.deck_id, o.card.id): o for o in self.summary.final_outcomes}
        for outcome, verdict in zip(self.summary.outcomes, verdicts, strict=True):
            card = outcome.card
            # When a missed card was asked again, its last answer set when it comes back.
            last = finals.get((outcome.deck_id, card.id), outcome)
            table.add_row(
                cells.plain(shorten(card.prompt, prompt_width)),
                cells.plain(
                    shorten(shown_response(card, outcome.response, outcome.options), said_width)
                ),
                cells.plain(shorten(shown_answer(card, outcome.options), said_width)),
                verdict,
                cells.plain(due_in(last.due, self.now) if last.due else "—"),
            )
        for _deck_id, card in self.summary.skipped_cards:
            table.add_row(
                cells.plain(shorten(card.prompt, prompt_width)),
                cells.styled("(skipped)", "dim"),
                cells.plain(shorten(shown_answer(card), said_width)),
                cells.styled(SKIPPED, "dim"),
                cells.plain("—"),
            )

    def action_back(self) -> None:
        """Return to the deck list."""
        self.dismiss("decks")

    def action_history(self) -> None:
        """Open the history screen."""
        self.dismiss("history")


def _headline(summary: SessionSummary) -> str:
    """ "Session complete", or how far a session ended early got."""
    if not summary.ended_early:
        return "Session complete"
    return f"Session ended early: {summary.asked} of {summary.queued} cards asked"
