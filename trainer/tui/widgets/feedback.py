"""What the trainer says after an answer: verdict, the difference, evidence, note, next due."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Static

from trainer.core.answer_words import answer_in_words
from trainer.core.deck import Card
from trainer.core.grading.choice_kind import option_label, read_option_label
from trainer.core.outcome import Outcome
from trainer.tui.formatting import due_in
from trainer.tui.widgets.answer_diff import marked_pair, near_accepted_form

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
    return answer_in_words(card)


def shown_response(card: Card, response: str) -> str:
    """The response as the screen shows it; a picked choice letter gets its option's text."""
    label = read_option_label(response, len(card.options)) if card.kind == "choice" else None
    if label is not None and label.option is not None and label.text.isalpha():
        return f"{option_label(label.option)}) {card.options[label.option]}"
    return response


def comparison(card: Card, response_text: str, *, exact: bool) -> Content:
    """The response over the answer, their differences marked unless the answer was exact.

    When the response is close to one of the card's accepted forms (and nearer it than to
    the answer itself), that form is shown and marked too, labelled as an accepted form, so
    a slip in "Senator" is not drawn as a missing "U.S.". A response near no form gets no
    such line: beside a ✗ it would read as if something had been accepted.
    """
    response = shown_response(card, response_text)
    answer = shown_answer(card)
    label = partial(_label, width=LABEL_WIDTH)
    if exact and response.casefold() == answer.casefold():
        return Content.assemble(label("You said"), response, "\n", label("Answer"), answer)
    near = None
    if card.kind not in ("choice", "list"):
        near = near_accepted_form(response, answer, card.accept)
    if near is None:
        marked_response, marked_answer = marked_pair(response, answer)
        return Content.assemble(label("You said"), marked_response or "(nothing)", "\n",
                                label("Answer"), marked_answer)
    if near.casefold() == response.casefold():
        # Word for word an accepted form: nothing to mark, and no need to repeat it.
        return Content.assemble(label("You said"), response,
                                ("  (an accepted form)", "$text-muted"), "\n",
                                label("Answer"), answer)
    marked_response, marked_near = marked_pair(response, near)
    return Content.assemble(label("You said"), marked_response or "(nothing)", "\n",
                            label("Closest"), marked_near, ("  (also accepted)", "$text-muted"),
                            "\n", label("Answer"), answer)


def _label(text: str, width: int) -> tuple[str, str]:
    return text.ljust(width), "$text-muted"


class Feedback(VerticalScroll, can_focus=True):
    """The panel under the answer once it is graded; scrolls when a note runs long.

    Its border is drawn around a box inside it, as tall as its content: the panel itself
    fills the room left, so a short verdict is not boxed in a screenful of space.
    """

    # Parsed with the first answer, so the first question never waits for it.
    DEFAULT_CSS = """
    /* The panel takes the room under the answer and scrolls when the terminal is short;
       the box inside is only as tall as what it says. */
    Feedback {
        height: 1fr;
        margin: 0 1;
        min-height: 6;
    }

    #feedback-box {
        height: auto;
        border: round $panel-lighten-2;
        padding: 0 1;
    }

    Feedback.-correct > #feedback-box {
        border: round $success;
    }

    Feedback.-close > #feedback-box {
        border: round $warning;
    }

    Feedback.-wrong > #feedback-box {
        border: round $error;
    }

    #feedback-box > Static {
        height: auto;
    }

    #verdict-row {
        height: auto;
    }

    #verdict {
        width: 1fr;
    }

    /* Capped, so on a narrow terminal the due date wraps rather than squeezing the verdict
       into a column one character wide. */
    #due {
        width: auto;
        max-width: 60%;
        margin: 0 0 0 2;
        color: $text-muted;
    }

    #comparison, #evidence, #note {
        padding: 1 0 0 0;
    }

    #feedback-actions {
        height: 1;
        margin: 1 0 0 0;
    }

    #feedback-actions Button {
        margin: 0 2 0 0;
    }
    """

    class OverrideRequested(Message):
        """The user says their answer was right after all."""

    class NextRequested(Message):
        """The user is done reading and wants the next card."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # The parts are held, not queried, so an answer can be shown in a panel the quiz has
        # only just mounted: its children are composed a moment later.
        self._verdict = Static(id="verdict")
        self._due = Static(id="due")
        self._comparison = Static(id="comparison")
        self._evidence = Static(id="evidence")
        self._note = Static(id="note")
        self._override = Button("I was right  ^r", id="override", variant="warning",
                                compact=True)
        self._next = Button("Next  ⏎", id="next", variant="primary", compact=True)
        # Keys drive the quiz; the buttons are for the mouse only, so Enter never lands on
        # "I was right" by accident.
        self._override.can_focus = False
        self._next.can_focus = False

    def compose(self) -> ComposeResult:
        with Vertical(id="feedback-box"):
            with Horizontal(id="verdict-row"):
                yield self._verdict
                yield self._due
            yield self._comparison
            yield self._evidence
            yield self._note
            with Horizontal(id="feedback-actions"):
                yield self._override
                yield self._next

    def show(self, outcome: Outcome, source_title: str | None, now: datetime, *,
             can_override: bool) -> None:
        """Render the graded ``outcome`` of one card; offer "I was right" when the session may."""
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
        self._verdict.update(Content.assemble(*verdict_parts))

        self._comparison.update(
            comparison(card, outcome.response, exact=grade.verdict == "correct"
                       and not outcome.overridden)
        )

        evidence = self._evidence
        if card.evidence:
            parts: list[str | tuple[str, str]] = [("“" + card.evidence + "”", "italic")]
            if source_title:
                parts.append(("  — " + source_title, "$text-muted"))
            evidence.update(Content.assemble(*parts))
        evidence.display = bool(card.evidence)

        note = self._note
        note.update(Content.assemble(("Note ", "bold $text-accent"), card.note or ""))
        note.display = bool(card.note)

        due_text = (
            "cram: not scheduled"
            if outcome.due is None
            else f"next review {due_in(outcome.due, now)} · {outcome.rating}"
        )
        self._due.update(Content.styled(due_text, "$text-muted"))
        self._override.display = can_override
        self.scroll_home(animate=False)

    @on(Button.Pressed, "#override")
    def _override_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.OverrideRequested())

    @on(Button.Pressed, "#next")
    def _next_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.NextRequested())
