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
from trainer.core.confidence import LABEL
from trainer.core.deck import Card
from trainer.core.grading.choice_kind import option_label
from trainer.core.grading.point_lines import EXTRA, FOUND, MISSING, point_lines
from trainer.core.outcome import Outcome
from trainer.core.terminal_text import safe_text
from trainer.core.wording import due_in
from trainer.tui.widgets.answer_diff import marked_pair, near_accepted_form

VERDICT_TEXT = {"correct": "✓ Correct", "close": "≈ Close", "wrong": "✗ Wrong"}
VERDICT_STYLE = {
    "correct": "bold $text-success",
    "close": "bold $text-warning",
    "wrong": "bold $text-error",
}
LABEL_WIDTH = 10


def shown_answer(card: Card, options: tuple[str, ...] = ()) -> str:
    """The correct answer as the screen shows it; a choice answer keeps its letter in the
    order ``options`` were shown (the deck's order when not given)."""
    options = options or card.options
    if card.kind == "choice" and card.answer_text in options:
        index = options.index(card.answer_text)
        return f"{option_label(index)}) {card.answer_text}"
    return answer_in_words(card)


def shown_response(card: Card, response: str, options: tuple[str, ...] = ()) -> str:
    """The response as the screen shows it: an option's text with the letter it was shown
    under; a choice letter stored by an older trainer gets its option's text."""
    options = options or card.options
    if card.kind == "choice" and response in options:
        return f"{option_label(options.index(response))}) {response}"
    letter = response.strip().lower()
    if card.kind == "choice" and len(letter) == 1 and "a" <= letter <= "z":
        index = ord(letter) - ord("a")
        if index < len(options):
            return f"{letter}) {options[index]}"
    return response


def comparison(
    card: Card, response_text: str, *, exact: bool, options: tuple[str, ...] = ()
) -> Content:
    """The response over the answer, their differences marked unless the answer was exact.

    When the response is close to one of the card's accepted forms (and nearer it than to
    the answer itself), that form is shown and marked too, labelled as an accepted form, so
    a slip in "Senator" is not drawn as a missing "U.S.". A response near no form gets no
    such line: beside a ✗ it would read as if something had been accepted.
    """
    # The typed answer and the deck's text are shown, never obeyed, by the terminal;
    # safe_text keeps each string's length, so the marked differences stay in place.
    response = safe_text(shown_response(card, response_text, options))
    answer = safe_text(shown_answer(card, options))
    label = partial(_label, width=LABEL_WIDTH)
    if exact and response.casefold() == answer.casefold():
        return Content.assemble(label("You said"), response, "\n", label("Answer"), answer)
    near = None
    if card.kind not in ("choice", "list"):
        near = near_accepted_form(response, answer, card.accept)
        near = None if near is None else safe_text(near)
    if near is None:
        marked_response, marked_answer = marked_pair(response, answer)
        return Content.assemble(
            label("You said"), marked_response or "(nothing)", "\n", label("Answer"), marked_answer
        )
    if near.casefold() == response.casefold():
        # Word for word an accepted form: nothing to mark, and no need to repeat it.
        return Content.assemble(
            label("You said"),
            response,
            ("  (an accepted form)", "$text-muted"),
            "\n",
            label("Answer"),
            answer,
        )
    marked_response, marked_near = marked_pair(response, near)
    return Content.assemble(
        label("You said"),
        marked_response or "(nothing)",
        "\n",
        label("Closest"),
        marked_near,
        ("  (also accepted)", "$text-muted"),
        "\n",
        label("Answer"),
        answer,
    )


_POINT_STYLE = {FOUND: "$text-success", MISSING: "$text-error", EXTRA: "$text-warning"}


def points_content(lines: tuple[str, ...]) -> Content:
    """The point-by-point lines (trainer.core.grading.point_lines), each mark coloured."""
    parts: list[str | tuple[str, str]] = []
    for line in lines:
        mark, _, rest = line.partition(" ")
        if parts:
            parts.append("\n")
        if mark in _POINT_STYLE:
            parts.extend([(mark, _POINT_STYLE[mark]), " " + rest])
        else:
            parts.append((line, "$text-muted"))
    return Content.assemble(*parts)


def _label(text: str, width: int) -> tuple[str, str]:
    return text.ljust(width), "$text-muted"


class Feedback(VerticalScroll, can_focus=True):
    """The panel under the answer once it is graded; scrolls when a note runs long.

    Its border is drawn around a box inside it, as tall as its content: the panel itself
    fills the room left, so a short verdict is not boxed in a screenful of space.
    """

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

    #comparison, #points, #evidence, #note {
        padding: 1 0 0 0;
    }

    #items {
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
        self._points = Static(id="points")
        self._items = Static(id="items")
        self._evidence = Static(id="evidence")
        self._note = Static(id="note")
        self._override = Button("I was right  ^r", id="override", variant="warning", compact=True)
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
            yield self._points
            yield self._items
            yield self._evidence
            yield self._note
            with Horizontal(id="feedback-actions"):
                yield self._override
                yield self._next

    def show(
        self, outcome: Outcome, source_title: str | None, now: datetime, *, can_override: bool
    ) -> None:
        """Render the graded ``outcome`` of one card; offer "I was right" when the session may."""
        grade = outcome.grade
        card = outcome.card
        self.set_class(grade.verdict == "correct", "-correct")
        self.set_class(grade.verdict == "close", "-close")
        self.set_class(grade.verdict == "wrong", "-wrong")

        verdict_parts: list[str | tuple[str, str]] = [
            (VERDICT_TEXT[grade.verdict], VERDICT_STYLE[grade.verdict])
        ]
        if outcome.confidence != "sure":
            verdict_parts.append((f"  · you were {LABEL[outcome.confidence]}", "bold"))
        if grade.detail:
            # The session already words overrides and hint caps into the detail.
            verdict_parts.append(("   " + safe_text(grade.detail), "$text-muted"))
        self._verdict.update(Content.assemble(*verdict_parts))

        self._comparison.update(
            comparison(
                card,
                outcome.response,
                exact=grade.verdict == "correct" and not outcome.overridden,
                options=outcome.options,
            )
        )
        show_items = card.kind == "list" and not outcome.overridden
        if show_items:
            self._items.update(item_marks(card, outcome.response, grade.score))
        self._items.display = show_items

        lines = point_lines(card, outcome.response)
        self._points.update(points_content(lines))
        self._points.display = bool(lines)

        self._show_sources(card, source_title)

        due_text = (
            "cram: not scheduled"
            if outcome.due is None
            else f"next review {due_in(outcome.due, now)} · {outcome.rating}"
        )
        self._due.update(Content.styled(due_text, "$text-muted"))
        self._override.display = can_override
        self.scroll_home(animate=False)

    def show_skipped(self, card: Card, options: tuple[str, ...], source_title: str | None) -> None:
        """Show the answer of a card skipped: nothing was recorded, but it is learnt now."""
        for verdict in ("correct", "close", "wrong"):
            self.remove_class(f"-{verdict}")
        self._verdict.update(
            Content.assemble(
                ("↷ Skipped", "bold $text-muted"), ("   nothing was recorded", "$text-muted")
            )
        )
        self._comparison.update(
            Content.assemble(_label("Answer", LABEL_WIDTH), shown_answer(card, options))
        )
        self._items.display = False
        self._points.display = False
        self._show_sources(card, source_title)
        self._due.update(Content.styled("asked again when it is next due", "$text-muted"))
        self._override.display = False
        self.scroll_home(animate=False)

    def _show_sources(self, card: Card, source_title: str | None) -> None:
        evidence = self._evidence
        if card.evidence:
            parts: list[str | tuple[str, str]] = [("“" + safe_text(card.evidence) + "”", "italic")]
            if source_title:
                parts.append(("  — " + safe_text(source_title), "$text-muted"))
            evidence.update(Content.assemble(*parts))
        evidence.display = bool(card.evidence)
        note = self._note
        note.update(Content.assemble(("Note ", "bold $text-accent"), safe_text(card.note or "")))
        note.display = bool(card.note)

    @on(Button.Pressed, "#override")
    def _override_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.OverrideRequested())

    @on(Button.Pressed, "#next")
    def _next_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.NextRequested())


ITEM_STYLE = {
    "right": "$text-success",
    "close": "$text-warning",
    "wrong": "$text-error",
    "missing": "$text-muted",
}


def item_marks(card: Card, response: str, score: float) -> Content:
    """Each item of a list answer marked right, close, wrong or missing, and the score."""
    from trainer.core.grading.list_marks import MEANING, SYMBOL, list_marks

    parts: list[str | tuple[str, str]] = [_label("Items", LABEL_WIDTH)]
    for index, item in enumerate(list_marks(card, response)):
        if index:
            parts.append("  ")
        said = f" ({item.said})" if item.mark == "close" and item.said != item.text else ""
        parts.append(
            (f"{SYMBOL[item.mark]} {item.text}{said}{MEANING[item.mark]}", ITEM_STYLE[item.mark])
        )
    parts.append((f"   score {round(score * 100)}%", "$text-muted"))
    return Content.assemble(*parts)
