"""Command palette entries: quiz a deck, open history, show help, go back to the decks."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from trainer.core.terminal_text import safe_text

if TYPE_CHECKING:
    from trainer.tui.app import TrainerApp

Command = tuple[str, Callable[[], object], str]


class TrainerCommands(Provider):
    """The trainer's own commands, one per deck for quizzing and for its history."""

    def _commands(self) -> list[Command]:
        app: TrainerApp = self.app  # type: ignore[assignment]
        commands: list[Command] = [
            ("Decks", app.action_show_decks, "Back to the deck list"),
            ("History", partial(app.open_history, None), "Scores over time for every deck"),
            ("Help", app.action_help, "Every key, screen by screen"),
            ("Reload decks", app.action_reload_decks, "Read the deck files again"),
            ("Settings", app.action_settings, "New cards per deck a day, readiness target"),
            ("Set briefing", app.action_briefing, "When it is and the decks it covers"),
        ]
        for deck in app.library.decks:
            commands.append(
                (
                    f"Quiz: {safe_text(deck.title)}",
                    partial(app.start_quiz, (deck,)),
                    f"{deck.id} · {len(deck.cards)} cards",
                )
            )
        for deck in app.library.decks:
            commands.append(
                (
                    f"Cram: {safe_text(deck.title)}",
                    partial(app.start_quiz, (deck,), cram=True),
                    f"Drill every card of {deck.id}, whatever its schedule",
                )
            )
        for deck in app.library.decks:
            commands.append(
                (
                    f"Clear briefing: {safe_text(deck.title)}",
                    partial(app.clear_briefings, deck),
                    f"Call off the briefings ahead that cover {deck.id}",
                )
            )
        for deck in app.library.decks:
            commands.append(
                (
                    f"History: {safe_text(deck.title)}",
                    partial(app.open_history, deck.id),
                    f"Scores and weak cards of {deck.id}",
                )
            )
        return commands

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, text=name, help=help_text)
