"""What the app does once its first screen is up: starting a quiz from the deck list,
the deck list and the summary after a session, the history, briefings, and refusing to
leave a running session.

Apart from ``app.py`` so that the first question waits for none of it (a first run after
an editable install compiles it when first used); each is called from the app's method
of the same name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.terminal_text import safe_text
from trainer.tui.app import DECKS_MODE, TrainerApp
from trainer.tui.screens.quiz import QuizScreen

if TYPE_CHECKING:
    from trainer.core.outcome import SessionSummary


def start_quiz(app: TrainerApp, decks: Sequence[Deck], *, cram: bool = False) -> bool:
    if app._refused_during_session():
        return False
    options = app.quiz_options.crammed() if cram else None
    try:
        screen = app._quiz_screen(decks, options)
    except TrainerError as error:
        # Plain text, not markup: the message may quote a deck.
        app.notify(
            safe_text(str(error)),
            title="The quiz cannot start",
            severity="error",
            timeout=10,
            markup=False,
        )
        return False
    if screen is None:
        app._say_nothing_due(decks)
        return False
    app._pop_to_deck_list()
    app.push_screen(screen, app._quiz_finished)
    return True


def say_nothing_due(app: TrainerApp, decks: Sequence[Deck]) -> None:
    from trainer.core.examples import only_examples, only_examples_message

    if only_examples(deck.card_index() for deck in decks):
        message = only_examples_message(_titles(decks))
    else:
        message = (
            f"Nothing to review in {_titles(decks)} now: no card is due and "
            "no new card is left for today."
        )
    app.notify(
        safe_text(message),
        timeout=5,
        markup=False,
    )


def on_quiz_screen_ended(app: TrainerApp, event: QuizScreen.Ended) -> None:
    if app.current_mode == DECKS_MODE:
        return  # a second end request, sent before the first was handled
    app.add_mode(DECKS_MODE, lambda: app.deck_list)
    app.switch_mode(DECKS_MODE)
    app._quiz_finished(event.summary)


def quiz_finished(app: TrainerApp, summary: SessionSummary | None) -> None:
    app._show_deck_list()
    if summary is None:
        return
    decks = {deck.id: deck for deck in app.library.decks}
    decks.update({deck.id: deck for deck in app.start_decks})
    from trainer.tui.screens.summary import SummaryScreen

    screen = SummaryScreen(summary, decks, app.clock(), names=app._session_names)
    screen.sub_title = "Summary"
    app.push_screen(screen, app._summary_closed)


def open_history(app: TrainerApp, deck_id: str | None) -> None:
    # Imported here: its chart library is slow to load and most runs never open it.
    from trainer.tui.screens.history import HistoryScreen

    if isinstance(app.screen, HistoryScreen):
        app.screen.dismiss(None)
    screen = HistoryScreen(
        app.store,
        app.library.decks,
        app.clock,
        deck_id,
        team_url=app._team_url(),
        target=app.settings.target,
    )
    screen.sub_title = "History"
    app.push_screen(screen)


def team_url(app: TrainerApp) -> str | None:
    from trainer.core.settings import store_location

    try:
        location = store_location(app.data_dir)
    except TrainerError:
        return None  # a settings file it cannot read: the app says so where it loads it
    return None if location is None else location.url


def refused_during_session(app: TrainerApp) -> bool:
    if not any(isinstance(screen, QuizScreen) for screen in app.screen_stack):
        return False
    app.notify("A session is running: end it with Esc first.", severity="warning")
    return True


def action_briefing(app: TrainerApp) -> None:
    if app._refused_during_session():
        return
    app._show_deck_list()
    app.deck_list.action_briefing()


def clear_briefings(app: TrainerApp, deck: Deck) -> None:
    count = app.store.clear_briefings(app.clock(), [deck.id])
    app.notify(f"Cleared {count} briefing{'s' if count != 1 else ''} of {deck.title}.", timeout=3)
    app.refresh_deck_statuses()


def _titles(decks: Sequence[Deck]) -> str:
    return ", ".join(deck.title for deck in decks)
