"""The quiz: a prompt, an answer box, and after Enter the feedback on that answer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from trainer.core.clock import Clock
from trainer.core.confidence import HOW_TO_SAY, Confidence, split_confidence
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.quiz_start import QuizStart
from trainer.core.wording import plural
from trainer.tui.widgets.answer_box import AnswerBox
from trainer.tui.widgets.card_prompt import CardPrompt
from trainer.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from trainer.core.outcome import SessionSummary
    from trainer.core.session import QuizSession
    from trainer.tui.widgets.choice_picker import ChoicePicker
    from trainer.tui.widgets.feedback import Feedback

Timer = Callable[[], float]

# The smallest terminal the quiz is laid out for; a smaller one gets a notice saying so.
MIN_SIZE = Size(80, 24)


class QuizScreen(Screen["SessionSummary"]):
    """Asks each card of a session in turn; dismisses with the session's summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next_card", "Next card", id="quiz.next"),
        Binding("ctrl+r", "override", "I was right", id="quiz.override"),
        Binding("ctrl+t", "hint", "Hint", id="quiz.hint"),
        Binding("ctrl+n", "skip", "Skip", id="quiz.skip"),
        # Priority: the answer box would otherwise take Ctrl+Z for its own text.
        Binding("ctrl+z", "undo", "Undo", id="quiz.undo", priority=True),
        Binding("escape", "finish", "End session", id="quiz.finish"),
    ]

    class Ended(Message):
        """A session ended on the app's first screen, which cannot be dismissed."""

        def __init__(self, summary: SessionSummary) -> None:
            super().__init__()
            self.summary = summary

    def __init__(
        self,
        session: QuizSession | QuizStart,
        decks: Mapping[str, Deck],
        clock: Clock,
        timer: Timer,
        *,
        cursor_blink: bool = True,
        deck_names: str = "",
        open_session: Callable[[QuizStart], QuizSession] | None = None,
    ) -> None:
        """``session``: the session, or only its first card (``QuizStart``, with
        ``open_session`` to build the session from it after the first frame, or sooner if
        an answer, a skip or the end of the session needs it)."""
        super().__init__()
        if isinstance(session, QuizStart):
            if open_session is None:
                raise ValueError("a quiz opened on its first card needs open_session")
            self._start: QuizStart | None = session
            self._session: QuizSession | None = None
        else:
            self._start = None
            self._session = session
        self._open_session = open_session
        self.decks = decks
        self.clock = clock
        self.timer = timer
        self.cursor_blink = cursor_blink
        self.deck_names = deck_names
        self._title_session()
        self.answered = False
        self._shown_at = 0.0
        self._feedback: Feedback | None = None
        self._choices: ChoicePicker | None = None

    @property
    def session(self) -> QuizSession:
        """The session; opened on its first card, the screen builds it on first use."""
        if self._session is None:
            assert self._start is not None and self._open_session is not None
            self._session = self._open_session(self._start)
            self._start = None
        return self._session

    @property
    def asked(self) -> QuizSession | QuizStart:
        """What the screen shows before any answer: the session, or its first card while
        the session is not built (read without building it)."""
        if self._session is not None:
            return self._session
        assert self._start is not None
        return self._start

    def compose(self) -> ComposeResult:
        yield TitleBar()
        prompt = CardPrompt(id="prompt")
        asked = self.asked
        card = asked.current
        if card is not None:
            # Filled before it is mounted, the first card is in the screen's first frame.
            # Its count follows once the rest of the queue is built (after this frame).
            session = self._session
            total = session.total if session is not None and session.counted else None
            prompt.show(card, asked.position, total)
        yield prompt
        yield AnswerBox(
            submit=self._answer_submitted,
            typed_ahead=self.take_typed_ahead,
            placeholder=f"Your answer, then Enter ({HOW_TO_SAY})",
            id="answer",
            select_on_focus=False,
        )
        # The options of choice cards join under the answer box with the first choice card,
        # and the feedback panel with the first answer: the first question waits for neither
        # (the feedback's buttons are the costliest widgets to style).
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#answer", AnswerBox).cursor_blink = self.cursor_blink
        # The footer reads the keys when it first lists them, which comes after this; a
        # refresh now would only have it build them twice.
        self.show_current(refresh_keys=False, prompt_shown=True)
        self._too_small_noticed = False
        # After the first frame: the first question does not wait for the size check.
        self.call_after_refresh(self._notice_if_too_small)
        if not self.asked.counted:
            # Nor for the rest of its queue (or the session itself, opened on its first
            # card): built, and counted, once it is on screen.
            self.call_after_refresh(self._count_session)

    def _count_session(self) -> None:
        """Build the rest of the session's queue and show its counts (an answer or a skip
        before this may have built it already)."""
        try:
            self.session.complete()
        except TrainerError:
            # The store cannot be read now: no count is shown rather than a wrong one, and
            # the answer, which needs the rest first, says what failed ("Not saved").
            return
        self._title_session()
        if not self.answered and self.session.current is not None:
            self.query_one(CardPrompt).show_progress(
                self.session.position, self.session.total, again=self.session.asked_again
            )

    def on_resize(self) -> None:
        self._notice_if_too_small()

    def _notice_if_too_small(self) -> None:
        """Say once (until the terminal is big enough again) that the quiz will be cramped."""
        width, height = self.app.size
        too_small = width < MIN_SIZE.width or height < MIN_SIZE.height
        if too_small and not self._too_small_noticed:
            self.notify(
                f"The quiz needs a terminal of at least {MIN_SIZE.width}×"
                f"{MIN_SIZE.height}; this one is {width}×{height}.",
                title="Terminal too small",
                severity="warning",
                timeout=6,
            )
        self._too_small_noticed = too_small

    def _title_session(self) -> None:
        """Name the decks and the session's card count in the title bar.

        The title bar cuts the names to its width and keeps the count whole; the count
        follows the session's, which drops when another trainer answers cards it holds.
        """
        session = self._session
        if session is None or not session.counted:
            # Only the first card is known yet: the count follows, never a wrong one.
            self.sub_title = self.deck_names
            return
        count = plural(session.total, "card")
        self.sub_title = f"{self.deck_names} · {count}" if self.deck_names else count

    # -- showing cards --------------------------------------------------------------------

    def show_current(self, *, refresh_keys: bool = True, prompt_shown: bool = False) -> None:
        """Ask the session's current card, or end the session when none is left.

        ``prompt_shown``: the card prompt already shows it (the first card, from compose).
        """
        if not prompt_shown:
            # Another trainer on the same data may have answered the next cards while the
            # feedback was read.
            self.session.pass_cards_answered_elsewhere()
            self._title_session()  # the same text again changes nothing on screen
        asked = self.asked  # the first card, shown before its session is built
        card = asked.current
        deck_id = asked.current_deck_id
        if card is None or deck_id is None:
            self.action_finish()
            return
        self.answered = False
        prompt = self.query_one(CardPrompt)
        if not prompt.display:
            # Hidden, on a short terminal, while the last feedback showed. Set only then:
            # setting it anew would lay the screen out again before the first question.
            prompt.display = True
        if not prompt_shown:
            prompt.show(
                card, self.session.position, self.session.total, again=self.session.asked_again
            )
            if self.session.hinted and card.hint:
                # Back after an undo: the hint seen before still counts, so it stays shown.
                prompt.show_hint(card.hint)
        if card.points:
            # The dictionary that grades such an answer is read while the question is read.
            from trainer.core.grading.point_words import prepare_in_background

            prepare_in_background()
        if self._feedback is not None:
            self._feedback.display = False
        answer = self.query_one("#answer", AnswerBox)
        is_choice = card.kind == "choice"
        answer.display = not is_choice
        if self._choices is not None:
            self._choices.display = is_choice
        if is_choice:
            choices = self._choice_picker()
            choices.show(asked.current_options)
            choices.focus()
        else:
            answer.disabled = False
            answer.value = ""
            answer.focus()
        self._shown_at = self.timer()
        if refresh_keys:
            self.refresh_bindings()

    def submit(self, response: str, confidence: Confidence | None = None) -> None:
        """Grade ``response`` to the current card and show why.

        The confidence is read from the response's trailing ``?`` marks unless given.
        """
        # What the screen does with keys, answers and its actions is in quiz_input.py,
        # loaded with the first key: a first run does not compile it before the question.
        from trainer.tui.screens import quiz_input

        quiz_input.submit(self, response, confidence)

    def _choice_picker(self) -> ChoicePicker:
        """The options list of choice cards, mounted under the answer box on first use."""
        from trainer.tui.screens import quiz_input

        return quiz_input.choice_picker(self)

    # -- input ----------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Keys typed straight after the Enter that leaves the feedback keep their order.

        A binding acts on a key only after the key has passed this screen, so letters typed
        right behind that Enter would pass while the feedback still had focus and be
        dropped. The screen moves on at that Enter itself (see ``take_typed_ahead``).
        """
        if self.answered and not (self._feedback is not None and self.focused is self._feedback):
            return  # a button of the feedback, say, acts on its own keys
        if self.take_typed_ahead(event):
            event.stop()
            event.prevent_default()

    def take_typed_ahead(self, event: events.Key) -> bool:
        """Act on a key typed before the focus caught up with the quiz; True if it was used.

        Enter after an answer moves on; a letter typed for the next card goes into its
        answer box, or picks the option it names on a choice card, and the Enter after it
        submits that answer. Anything else typed while the feedback shows belongs to no
        answer and is left alone.
        """
        from trainer.tui.screens import quiz_input

        return quiz_input.take_typed_ahead(self, event)

    def _say_slip(self, typed: str) -> bool:
        """Say so when ``typed`` is a label naming no option (``e`` among four), as line mode
        does; nothing is saved and the card stays asked. True if it was such a label."""
        from trainer.tui.screens import quiz_input

        return quiz_input.say_slip(self, typed)

    def _answer_submitted(self, response: str) -> None:
        if self.answered:
            return
        if not split_confidence(response).text:
            self.notify("Type an answer, or press Ctrl+N to skip this card.", timeout=3)
            return
        self.submit(response)

    def _option_picked(self, label: str) -> None:
        if not self.answered:
            choices = self._choices
            self.submit(label, choices.confidence if choices is not None else None)

    # Named handlers rather than @on: the feedback module is imported with the first answer.
    def on_feedback_override_requested(self) -> None:
        self.action_override()

    def on_feedback_next_requested(self) -> None:
        self.action_next_card()

    # -- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each key only when it can do something now."""
        if action == "next_card":
            return self.answered
        if action == "override":
            return self.answered and self.session.can_override
        if action == "hint":
            # Offered on every card, so Ctrl+T on one without a hint says so; the footer
            # lists it only when there is a hint (see active_bindings).
            return not self.answered and self.asked.current is not None
        if action == "skip":
            return not self.answered and self.asked.current is not None
        if action == "undo":
            return self.asked.can_undo
        return True

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys the footer lists: the hint's only when the card has a hint."""
        bindings = super().active_bindings
        card = self.asked.current
        if card is not None and card.hint:
            return bindings
        return {key: active for key, active in bindings.items() if active.binding.action != "hint"}

    def action_next_card(self) -> None:
        """Move on from the feedback to the next card."""
        if self.answered:
            self.show_current()

    def action_override(self) -> None:
        """Count the last answer as correct: the user knows better than the grader."""
        from trainer.tui.screens import quiz_input

        quiz_input.override(self)

    def action_hint(self) -> None:
        """Reveal the current card's hint; the answer then counts at most as close."""
        if not self.check_action("hint", ()):
            return
        hint = self.session.hint()
        if not hint:
            self.notify("This card has no hint.", timeout=3)
            return
        self.query_one(CardPrompt).show_hint(hint)
        self.refresh_bindings()

    def action_skip(self) -> None:
        """Leave the current card unanswered (nothing is recorded) and show its answer."""
        from trainer.tui.screens import quiz_input

        quiz_input.skip(self)

    def action_undo(self) -> None:
        """Take back the session's last answer; its card is asked again."""
        from trainer.tui.screens import quiz_input

        quiz_input.undo(self)

    def action_finish(self) -> None:
        """End the session; every answer given is already stored.

        A card on screen and not yet answered was asked: it counts as skipped, as it does
        in line mode.
        """
        from trainer.tui.screens import quiz_input

        quiz_input.finish(self)
