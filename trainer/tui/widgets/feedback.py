"""What the trainer says after an answer: verdict, the difference, evidence, note, next due."""

from __future__ import annotations

from datetime import datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static

from trainer.core.deck import Card
from trainer.core.session import Outcome
from trainer.tui.formatting import due_in, option_label
from trainer.tui.widgets.answer_diff import marked_pair

VERDICT_TEXT = {"correct": "✓ Correct", "close": "≈ Close", "wrong": "✗ Wrong"}
VERDICT_STYLE = {
    "correct": "bold $text-success",
    "close": "bold $text-warning",
    "wrong": "bold $text-error",
}
LABEL_WIDTH = 10


def shown_answer(card: Card) -> str:
    """The correct answer as the screen shows it; a choice answer keeps its letter."""
    if card.kind == "choice" and card.answer_text in card.options:
        index = card.options.index(card.answer_text)
        return f"{option_label(index)}) {card.answer_text}"
    return card.answer_text


def shown_response(card: Card, response: str) -> str:
    """The response as the screen shows it; a picked choice letter gets its option's text."""
    letter = response.strip().lower()
    if card.kind == "choice" and len(letter) == 1 and "a" <= letter <= "z":
        index = ord(letter) - ord("a")
        if index < len(card.options):
            return f"{letter}) {card.options[index]}"
    return response


class Feedback(VerticalScroll, can_focus=True):
    """The panel under the answer once it is graded; scrolls when a note runs long."""

    class OverrideRequested(Message):
        """The user says their answer was right after all."""

    class NextRequested(Message):
        """The user is done reading and wants the next card."""

    def compose(self) -> ComposeResult:
        yield Static(id="verdict")
        yield Static(id="comparison")
        yield Static(id="evidence")
        yield Static(id="note")
        yield Static(id="due")
        with Horizontal(id="feedback-actions"):
            yield Button("I was right  ^r", id="override", variant="warning", compact=True)
            yield Button("Next  ⏎", id="next", variant="primary", compact=True)

    def on_mount(self) -> None:
        # Keys drive the quiz; the buttons are for the mouse only, so Enter never lands on
        # "I was right" by accident.
        for button in self.query(Button):
            button.can_focus = False

    def show(self, outcome: Outcome, source_title: str | None, now: datetime) -> None:
        """Render the graded ``outcome`` of one card."""
        grade = outcome.grade
        card = outcome.card
        self.set_class(grade.verdict == "correct", "-correct")
        self.set_class(grade.verdict == "close", "-close")
        self.set_class(grade.verdict == "wrong", "-wrong")

        verdict_parts: list[str | tuple[str, str]] = [
            (VERDICT_TEXT[grade.verdict], VERDICT_STYLE[grade.verdict])
        ]
        if grade.detail:
            # The session already words overrides and hint caps into the detail.
            verdict_parts.append(("   " + grade.detail, "$text-muted"))
        self.query_one("#verdict", Static).update(Content.assemble(*verdict_parts))

        response = shown_response(card, outcome.response)
        answer = shown_answer(card)
        if grade.verdict == "correct" and not outcome.overridden and (
            response.casefold() == answer.casefold()
        ):
            response_line, answer_line = Content(response), Content(answer)
        else:
            response_line, answer_line = marked_pair(response, answer)
        self.query_one("#comparison", Static).update(
            Content.assemble(
                ("You said".ljust(LABEL_WIDTH), "$text-muted"), response_line or "(nothing)",
                "\n", ("Answer".ljust(LABEL_WIDTH), "$text-muted"), answer_line,
            )
        )

        evidence = self.query_one("#evidence", Static)
        if card.evidence:
            parts: list[str | tuple[str, str]] = [("“" + card.evidence + "”", "italic")]
            if source_title:
                parts.append(("  — " + source_title, "$text-muted"))
            evidence.update(Content.assemble(*parts))
        evidence.display = bool(card.evidence)

        note = self.query_one("#note", Static)
        note.update(Content.assemble(("Note ", "bold $text-accent"), card.note or ""))
        note.display = bool(card.note)

        due_text = (
            "Cram session: not scheduled"
            if outcome.due is None
            else f"Next review {due_in(outcome.due, now)} · rated {outcome.rating}"
        )
        self.query_one("#due", Static).update(Content.styled(due_text, "$text-muted"))
        self.query_one("#override", Button).display = (
            grade.verdict != "correct" and not outcome.overridden
        )
        self.scroll_home(animate=False)

    @on(Button.Pressed, "#override")
    def _override_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.OverrideRequested())

    @on(Button.Pressed, "#next")
    def _next_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.NextRequested())
