"""The quiz screen's feedback: the panel under the answer box, mounted with the first answer,
the room made for it on a short terminal, and what it shows after an answer, an "I was
right" or a skip.

Apart from ``quiz.py`` so that the first question waits for none of it: the screen imports
this module (and the panel's) with the first answer or skip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from textual.widgets import Footer

from trainer.tui.widgets.answer_box import AnswerBox
from trainer.tui.widgets.card_prompt import CardPrompt
from trainer.tui.widgets.feedback import Feedback
from trainer.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from trainer.core.deck import Card
    from trainer.core.outcome import Outcome
    from trainer.tui.screens.quiz import QuizScreen

# Rows the feedback needs to show its verdict and the response over the answer, border
# included; on a shorter terminal the quiz makes room for them (see _make_room).
FEEDBACK_ROWS: Final = 5


def show_outcome(screen: QuizScreen, outcome: Outcome) -> None:
    """Show why an answer (or its correction) counts as it does."""
    source_title = _source_title(screen, outcome.deck_id, outcome.card)
    feedback = _shown_panel(screen)
    feedback.show(outcome, source_title, screen.clock(), can_override=screen.session.can_override)
    _focus(screen, feedback)


def show_skipped(screen: QuizScreen, deck_id: str, card: Card, options: tuple[str, ...]) -> None:
    """Show the answer of a card just skipped."""
    feedback = _shown_panel(screen)
    feedback.show_skipped(card, options, _source_title(screen, deck_id, card))
    _focus(screen, feedback)


def _shown_panel(screen: QuizScreen) -> Feedback:
    _make_room(screen)
    return _panel(screen)


def _focus(screen: QuizScreen, feedback: Feedback) -> None:
    feedback.display = True
    feedback.focus()
    screen.refresh_bindings()


def _source_title(screen: QuizScreen, deck_id: str, card: Card) -> str | None:
    deck = screen.decks.get(deck_id)
    if deck is not None and card.source is not None and card.source in deck.sources:
        source = deck.sources[card.source]
        return source.title or source.file.name
    return None


def _make_room(screen: QuizScreen) -> None:
    """On a terminal too short for the whole quiz, keep the feedback's verdict on screen.

    The feedback goes under the prompt and the answer box; where that leaves it fewer
    than ``FEEDBACK_ROWS`` above the footer, the answer box (the feedback repeats the
    response) and then the prompt are hidden until the next card.
    """
    footer_top = screen.query_one(Footer).region.y
    answer = screen.query_one("#answer", AnswerBox)
    prompt = screen.query_one(CardPrompt)
    room = footer_top - (prompt if prompt.display else screen.query_one(TitleBar)).region.bottom
    if answer.display:
        room -= answer.outer_size.height
        if room < FEEDBACK_ROWS:
            answer.display = False
            room += answer.outer_size.height
    if room < FEEDBACK_ROWS and prompt.display:
        prompt.display = False


def _panel(screen: QuizScreen) -> Feedback:
    """The feedback panel, mounted under the answer box (or the options) on first use."""
    if screen._feedback is None:
        screen._feedback = Feedback(id="feedback")
        screen.mount(screen._feedback, after=screen._choices or "#answer")
    return screen._feedback
