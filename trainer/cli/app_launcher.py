"""Opens the full-screen trainer: the deck list (`trainer`) or a quiz (`trainer quiz DECK`).

Textual is imported inside the functions so that the other commands never load it.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.cli.common import (
    data_dir,
    deck_cache,
    deck_dirs,
    find_deck,
    session_options,
    upgrade_progress,
)
from trainer.core.deck import Deck

if TYPE_CHECKING:
    from trainer.core.session_builder import SessionOptions


def run(args: argparse.Namespace) -> int:
    """Open the deck list."""
    _pause_collector()
    try:
        return _run_app(args, start_decks=())
    finally:
        _resume_collector()  # the app resumes it after its first frame; this if it never drew


def run_quiz(args: argparse.Namespace) -> int:
    """Open straight on a quiz of ``args.deck``, with the session options of `trainer quiz`."""
    _pause_collector()
    try:
        # Resolve the deck and its filters before the screen opens, so a bad deck or tag is
        # one line on the terminal rather than a message inside the app.
        deck = find_deck(args, args.deck)
        options = session_options(args, deck)
        return _run_app(args, start_decks=(deck,), options=options)
    finally:
        _resume_collector()


def _run_app(
    args: argparse.Namespace, start_decks: Sequence[Deck], options: SessionOptions | None = None
) -> int:
    from trainer.core.store.open import open_review_database
    from trainer.tui.app import TrainerApp

    # Checked before the database opens and the screen takes over the terminal, so a
    # mistyped deck folder is one line on the terminal rather than an empty deck list.
    folders = deck_dirs(args)
    # Opened and checked (a migration due runs now, with its progress), its Store built
    # once the first question is on screen. Today's backup waits until the first screen
    # is up (the app starts it, two seconds in).
    opened = open_review_database(
        data_dir(args), getattr(args, "store", None), progress=upgrade_progress
    )
    with opened:
        app = TrainerApp(
            opened,
            folders,
            start_options=options,
            start_decks=start_decks,
            deck_cache=deck_cache(args),
            after_first_frame=_resume_collector,
        )
        # What is loaded by now (modules, the decks) lives as long as the app: set it apart
        # so the cycle collector stops walking it on every pass.
        gc.freeze()
        app.run()
        if app.startup_error is not None:
            raise app.startup_error
        # Today's backup runs beside the quiz (or now, if the app closed before it began);
        # what it found is said once the screen is gone.
        store = app.store
        store.start_daily_backup()
        store.wait_for_backup()
        for warning in store.warnings:
            print(f"trainer: warning: {warning}", file=sys.stderr)
    return app.return_code or 0


# Whether _pause_collector turned the cycle collector off (and so must turn it back on).
_collector_paused = False


def _pause_collector() -> None:
    """Keep the cycle collector off until the first screen is drawn.

    Importing Textual, loading the deck and building the first screen allocate hundreds of
    thousands of objects, none of them garbage in a cycle: the collector's passes over them
    (a dozen before the first frame, about 13 ms) free nothing.
    """
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def _resume_collector() -> None:
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        # What the first screen built (its widgets, styles and layout) lives as long as the
        # app, as what was loaded before it does (see _run_app): set apart too, or the first
        # collection would walk all of it right after the first frame (about 5 ms) to free
        # a few hundred objects.
        gc.freeze()
        gc.enable()
