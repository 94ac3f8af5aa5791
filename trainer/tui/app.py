"""TrainerApp: the full-screen trainer, built from its dependencies so tests can build it too."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from trainer.core.clock import Clock, utc_now
from trainer.core.deck import Deck
from trainer.core.errors import TrainerError
from trainer.core.quiz_start import QuizStart
from trainer.core.session_builder import SessionOptions, open_session
from trainer.core.settings import Settings, SettingsError, load_settings
from trainer.core.store.opened import OpenedDatabase
from trainer.tui.screens.quiz import QuizScreen, Timer

# The other screens are imported when first shown: opened straight on a quiz, the first
# question waits only for the quiz screen's modules.
if TYPE_CHECKING:
    from textual.command import Provider

    from trainer.core.deck_cache import DeckCache
    from trainer.core.library import Library
    from trainer.core.outcome import SessionSummary
    from trainer.core.scheduler import Scheduler
    from trainer.core.session import QuizSession
    from trainer.core.store import ReviewStore
    from trainer.tui.screens.decks import DeckListScreen
    from trainer.tui.screens.help import HelpSection
    from trainer.tui.screens.summary import SummaryChoice


def _trainer_commands() -> type[Provider]:
    from trainer.tui.commands import TrainerCommands

    return TrainerCommands


# The screens after a quiz the app opened on: see TrainerApp.on_quiz_screen_ended.
DECKS_MODE = "decks"

# Seconds after the app starts that today's database backup begins (see on_mount); an app
# closed sooner has it made as it closes (the launcher).
BACKUP_AFTER_FIRST_SCREEN_S = 2.0


class TrainerApp(App[None]):
    """Deck list, quiz, summary, history and help over one review store."""

    CSS_PATH: ClassVar[str | PurePath | list[str | PurePath] | None] = ["app.tcss", "screens.tcss"]
    TITLE = "Briefing trainer"
    COMMANDS = App.COMMANDS | {_trainer_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
        Binding("f1", "help", "Help", id="app.help"),
    ]

    def __init__(
        self,
        store: ReviewStore | OpenedDatabase,
        deck_folders: Sequence[Path],
        *,
        clock: Clock = utc_now,
        scheduler: Scheduler | None = None,
        timer: Timer = time.monotonic,
        quiz_options: SessionOptions | None = None,
        start_decks: Sequence[Deck] = (),
        start_options: SessionOptions | None = None,
        poll_interval: float | None = 2.0,
        cursor_blink: bool = True,
        theme: str | None = None,
        deck_cache: DeckCache | None = None,
        after_first_frame: Callable[[], None] | None = None,
    ) -> None:
        """``store``: the review store, or the database opened with its store not yet
        built (the launcher's): the first quiz then draws its first question before the
        store, the session and the scheduler are loaded (trainer.core.quiz_start).
        ``after_first_frame``: called once the first screen is drawn (the launcher turns the
        cycle collector back on there)."""
        super().__init__()
        if isinstance(store, OpenedDatabase):
            self._opened: OpenedDatabase | None = store
            self._store: ReviewStore | None = None
        else:
            self._opened = None
            self._store = store
        self.deck_folders = list(deck_folders)
        self.clock = clock
        self._scheduler = scheduler
        self.timer = timer
        # The settings file lives beside the review database, in the data dir.
        self.data_dir = store.path.parent
        try:
            self.settings = load_settings(self.data_dir)
        except SettingsError as error:
            self.settings = Settings()
            self.startup_warning: str | None = str(error)
        else:
            self.startup_warning = None
        self.quiz_options = quiz_options or SessionOptions.from_settings(self.settings)
        self.start_decks = tuple(start_decks)
        # The options `trainer quiz DECK --kind ...` gave are for that first session only;
        # quizzes started later from the deck list use ``quiz_options``.
        self.start_options = start_options or self.quiz_options
        self.cursor_blink = cursor_blink
        if theme:
            self.theme = theme
        self._poll_interval = poll_interval
        self._deck_cache = deck_cache
        self._deck_list: DeckListScreen | None = None
        # Why the quiz the app was opened on could not start (a database problem, say).
        self.startup_error: TrainerError | None = None
        # The decks of the session last started, as its title bar names them.
        self._session_names = ""
        self._after_first_frame = after_first_frame

    @property
    def store(self) -> ReviewStore:
        """The review store (built on first use over a database the launcher opened)."""
        if self._store is None:
            assert self._opened is not None
            self._store = self._opened.store()
        return self._store

    @property
    def scheduler(self) -> Scheduler:
        """The FSRS scheduler, built with the first session."""
        if self._scheduler is None:
            from trainer.core.scheduler import Scheduler

            self._scheduler = Scheduler()
        return self._scheduler

    def get_default_screen(self) -> Screen[Any]:
        """Opened on a quiz with something to ask, the quiz is the first screen.

        Nothing is built beneath it, so the first question waits for no other screen; the
        deck list takes its place when the session ends.
        """
        if self.start_decks:
            try:
                screen = self._quiz_screen(self.start_decks, self.start_options)
            except TrainerError as error:
                # The app closes at once; the launcher says why on the terminal.
                self.startup_error = error
                return super().get_default_screen()
            if screen is not None:
                return screen
        return super().get_default_screen()

    def on_mount(self) -> None:
        if self.startup_error is not None:
            self.exit(return_code=self.startup_error.exit_code)
            return
        if self.startup_warning:
            self.notify(
                self.startup_warning,
                title="Settings not read: defaults used",
                severity="warning",
                timeout=10,
            )
        if isinstance(self.screen, QuizScreen):
            return
        if self.start_decks:
            self._say_nothing_due(self.start_decks)
        self.push_screen(self.deck_list)

    def on_ready(self) -> None:
        if self._after_first_frame is not None:
            self._after_first_frame()
        # Today's check and copy of the database, a moment after the first frame (the first
        # question, when the app opens on a quiz) is on the terminal: checking and copying a
        # large file beside the first paint slowed it. Counted from the first frame, not
        # from mounting, so a slow first paint on a loaded machine never meets the backup.
        self.set_timer(BACKUP_AFTER_FIRST_SCREEN_S, self._start_daily_backup)

    def _start_daily_backup(self) -> None:
        # The database cannot be read now (the disk went away, say): the answers say so as
        # they fail to save; the backup is tried again as the app closes.
        with suppress(TrainerError):
            self.store.start_daily_backup()

    @property
    def deck_list(self) -> DeckListScreen:
        """The deck list screen, built on first use."""
        if self._deck_list is None:
            from trainer.tui.screens.decks import DeckListScreen

            self._deck_list = DeckListScreen(
                self.deck_folders,
                self.store,
                self.clock,
                poll_interval=self._poll_interval,
                deck_cache=self._deck_cache,
            )
        return self._deck_list

    @property
    def library(self) -> Library:
        """The decks currently listed (read on first use)."""
        return self.deck_list.ensure_loaded()

    # -- the quiz -------------------------------------------------------------------------

    def start_quiz(self, decks: Sequence[Deck], *, cram: bool = False) -> bool:
        """Start a session on ``decks`` unless one runs or nothing is due; True if it started.

        ``cram``: every card, whatever its schedule (memory moves, due times stay).
        """
        from trainer.tui import app_screens

        return app_screens.start_quiz(self, decks, cram=cram)

    def _quiz_screen(
        self, decks: Sequence[Deck], options: SessionOptions | None = None
    ) -> QuizScreen | None:
        """A quiz on ``decks`` (with the app's options unless given); None if it asks nothing."""
        options = options or self.quiz_options
        if self._store is None and self._opened is not None:
            # Nothing of the store is built yet (the quiz the app opened on): the first
            # question is drawn from the database's reads, the session built after it.
            start = QuizStart.find(decks, self._opened, options, self.clock)
            if start is not None:
                self._session_names = self._name_session(decks)
                return QuizScreen(
                    start,
                    {deck.id: deck for deck in decks},
                    self.clock,
                    self.timer,
                    cursor_blink=self.cursor_blink,
                    deck_names=self._session_names,
                    open_session=self._open_started_session,
                )
        # The first question is drawn before the rest of the queue is built: the quiz
        # screen completes the session after its first frame (QuizScreen.on_mount).
        session = open_session(
            decks,
            self.store,
            options,
            scheduler=self.scheduler,
            clock=self.clock,
            quick_start=True,
        )
        if session.finished:
            return None
        # The summary names the session as its title bar did.
        self._session_names = self._name_session(decks)
        return QuizScreen(
            session,
            {deck.id: deck for deck in decks},
            self.clock,
            self.timer,
            cursor_blink=self.cursor_blink,
            deck_names=self._session_names,
        )

    def _open_started_session(self, start: QuizStart) -> QuizSession:
        return start.session(self.store, self.scheduler, self.clock)

    def _name_session(self, decks: Sequence[Deck]) -> str:
        """What a session's title bar names: its deck, "All decks", or "3 decks: A; B; C".

        Uncut: the title bar and the summary cut it to the width they have.
        """
        if len(decks) == 1:
            return decks[0].title
        if self._lists_exactly(decks):
            return "All decks"
        return f"{len(decks)} decks: {'; '.join(deck.title for deck in decks)}"

    def _lists_exactly(self, decks: Sequence[Deck]) -> bool:
        """Whether ``decks`` are every deck of the deck list (if it has been read)."""
        listed = self._deck_list
        if listed is None or not listed.loaded:
            return False
        return sorted(str(deck.path) for deck in decks) == sorted(
            str(deck.path) for deck in listed.library.decks
        )

    def _say_nothing_due(self, decks: Sequence[Deck]) -> None:
        from trainer.tui import app_screens

        app_screens.say_nothing_due(self, decks)

    def on_quiz_screen_ended(self, event: QuizScreen.Ended) -> None:
        """The first screen's quiz is over: on to the deck list, then the summary.

        Textual cannot take the first screen off its stack, so the deck list starts a stack
        of its own (a mode), and the app stays there from then on.
        """
        from trainer.tui import app_screens

        app_screens.on_quiz_screen_ended(self, event)

    def _quiz_finished(self, summary: SessionSummary | None) -> None:
        from trainer.tui import app_screens

        app_screens.quiz_finished(self, summary)

    def _summary_closed(self, choice: SummaryChoice | None) -> None:
        if choice == "history":
            self.open_history(None)

    def _pop_to_deck_list(self) -> None:
        # Read without building it: a deck list not yet built is not on the stack.
        while len(self.screen_stack) > 1 and self.screen is not self._deck_list:
            self.pop_screen()

    def _show_deck_list(self) -> None:
        """Back to the deck list, placing it first if the app opened straight on a quiz."""
        self._pop_to_deck_list()
        if self.screen is not self.deck_list:
            self.push_screen(self.deck_list)

    # -- other screens --------------------------------------------------------------------

    def open_history(self, deck_id: str | None) -> None:
        """Show the history screen, for one deck or (None) all of them."""
        from trainer.tui import app_screens

        app_screens.open_history(self, deck_id)

    def _team_url(self) -> str | None:
        """The team server's URL, when one is set (TRAINER_STORE or the settings file)."""
        from trainer.tui import app_screens

        return app_screens.team_url(self)

    def action_help(self) -> None:
        """Show every key."""
        from trainer.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def action_show_decks(self) -> None:
        """Go back to the deck list, unless a session runs (Esc ends it, with its summary)."""
        if self._refused_during_session():
            return
        self._show_deck_list()

    def _refused_during_session(self) -> bool:
        """Say that a running session must be ended first; True if one runs.

        Leaving a session or starting another is refused alike, so that no session ends
        without its summary (the answers given are saved either way).
        """
        from trainer.tui import app_screens

        return app_screens.refused_during_session(self)

    def action_settings(self) -> None:
        """Change the new-card limit per deck and the readiness target."""
        from trainer.tui.screens.settings import change_settings

        change_settings(self)

    def action_briefing(self) -> None:
        """Open the briefing form from the deck list."""
        from trainer.tui import app_screens

        app_screens.action_briefing(self)

    def clear_briefings(self, deck: Deck) -> None:
        """Call off the briefings ahead that cover ``deck`` (they stay in the history)."""
        from trainer.tui import app_screens

        app_screens.clear_briefings(self, deck)

    def refresh_deck_statuses(self) -> None:
        """Show the deck list's statuses anew (the settings or a briefing changed), if it
        has shown them."""
        if self._deck_list is not None and self._deck_list.checked:
            self._deck_list.refresh_statuses()

    def action_reload_decks(self) -> None:
        """Read the deck files again."""
        self.deck_list.action_reload()

    def help_sections(self) -> list[HelpSection]:
        """Every binding of every screen, for the help screen."""
        from trainer.tui.screens.help import trainer_help_sections

        return trainer_help_sections(self)

    # -- messages from screens ------------------------------------------------------------

    # Named handlers rather than @on, so that the deck list's module loads only with it.
    def on_deck_list_screen_quiz_requested(self, event: DeckListScreen.QuizRequested) -> None:
        self.start_quiz(event.decks, cram=event.cram)

    def on_deck_list_screen_history_requested(self, event: DeckListScreen.HistoryRequested) -> None:
        self.open_history(event.deck_id)
