"""What the quiz screen does after its first question is on screen: keys typed ahead, an
answer submitted, the choice options, "I was right", a skip, undo and the end.

Apart from ``quiz.py`` so that the first question waits for none of it (a first run after
an editable install compiles it with the first key); each is called from the screen's
method of the same purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.core.errors import TrainerError
from trainer.core.terminal_text import safe_text
from trainer.tui.widgets.answer_box import AnswerBox

if TYPE_CHECKING:
    from textual import events

    from trainer.core.confidence import Confidence
    from trainer.tui.screens.quiz import QuizScreen
    from trainer.tui.widgets.choice_picker import ChoicePicker


def submit(screen: QuizScreen, response: str, confidence: Confidence | None = None) -> None:
    elapsed = max(0.0, screen.timer() - screen._shown_at)
    try:
        outcome = screen.session.submit(response, elapsed_s=elapsed, confidence=confidence)
    except TrainerError as error:
        # The answer was not saved (a locked or full disk, say); the card stays asked so
        # the user can try again or end the session.
        screen.notify(
            safe_text(str(error)), title="Not saved", severity="error", timeout=10, markup=False
        )
        return
    screen.answered = True
    screen.query_one("#answer", AnswerBox).disabled = True
    # The feedback repeats the option picked; the list would only crowd it out.
    if screen._choices is not None:
        screen._choices.display = False
    from trainer.tui.screens import quiz_feedback

    quiz_feedback.show_outcome(screen, outcome)


def choice_picker(screen: QuizScreen) -> ChoicePicker:
    if screen._choices is None:
        from trainer.tui.widgets.choice_picker import ChoicePicker

        screen._choices = ChoicePicker(
            pick=screen._option_picked, typed_ahead=screen.take_typed_ahead, id="choices"
        )
        screen.mount(screen._choices, after="#answer")
    return screen._choices


def take_typed_ahead(screen: QuizScreen, event: events.Key) -> bool:
    if screen.answered:
        if event.key == "enter":
            screen.action_next_card()
            return True
        return False
    if event.key == "enter":
        # The Enter ending an answer typed ahead: the answer box would have taken it.
        answer = screen.query_one("#answer", AnswerBox)
        if not answer.display or answer.disabled:
            return False
        screen._answer_submitted(answer.value)
        return True
    if not event.is_printable or event.character is None:
        return False
    choices = screen._choices
    if choices is not None and choices.display:
        return choices.pick_by_key(event.character) or screen._say_slip(event.character)
    answer = screen.query_one("#answer", AnswerBox)
    if not answer.display or answer.disabled:
        return False
    answer.insert_text_at_cursor(event.character)
    return True


def say_slip(screen: QuizScreen, typed: str) -> bool:
    from trainer.core.grading.choice_kind import missing_option_message

    card = screen.asked.current
    slip = missing_option_message(card, typed) if card is not None else None
    if slip is None:
        return False
    screen.notify(slip, timeout=4)
    return True


def override(screen: QuizScreen) -> None:
    if not screen.check_action("override", ()):
        return
    try:
        outcome = screen.session.override()
    except TrainerError as error:
        screen.notify(
            safe_text(str(error)), title="Not saved", severity="error", timeout=10, markup=False
        )
        return
    from trainer.tui.screens import quiz_feedback

    quiz_feedback.show_outcome(screen, outcome)


def skip(screen: QuizScreen) -> None:
    if not screen.check_action("skip", ()):
        return
    deck_id = screen.session.current_deck_id or ""
    options = screen.session.current_options
    card = screen.session.skip()
    screen.answered = True
    answer = screen.query_one("#answer", AnswerBox)
    answer.disabled = True
    if screen._choices is not None:
        screen._choices.display = False
    from trainer.tui.screens import quiz_feedback

    quiz_feedback.show_skipped(screen, deck_id, card, options)


def undo(screen: QuizScreen) -> None:
    if not screen.asked.can_undo:
        screen.notify("No answer of this session to take back.", timeout=3)
        return
    try:
        card = screen.session.undo()
    except TrainerError as error:
        screen.notify(str(error), title="Not taken back", severity="error", timeout=10)
        return
    screen.notify(
        f"Took back your answer to “{card.prompt}”: answer it again.", title="Undone", timeout=4
    )
    screen.show_current()


def finish(screen: QuizScreen) -> None:
    summary = screen.session.end(card_open=not screen.answered)
    if screen.app.screen_stack[0] is screen:
        # The app opened on this quiz: there is no screen beneath to return to, so the
        # app replaces it (see TrainerApp.on_quiz_screen_ended).
        screen.post_message(screen.Ended(summary))
        return
    screen.dismiss(summary)
