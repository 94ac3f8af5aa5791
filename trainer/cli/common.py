"""What several commands share: where data and decks are, and the quiz's store and session."""

from __future__ import annotations

import argparse
import ipaddress
import os
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.core.deck import Deck
from trainer.core.deck_cache import DeckCache
from trainer.core.errors import TrainerError
from trainer.core.library import DECK_SUFFIXES, Library, is_a_file, load_library, resolve_deck

if TYPE_CHECKING:
    from trainer.core.clock import Clock
    from trainer.core.session import QuizSession
    from trainer.core.session_builder import SessionOptions
    from trainer.core.store import ReviewStore


def data_dir(args: argparse.Namespace) -> Path:
    """The data dir from --data-dir, TRAINER_DATA_DIR or the platform default."""
    return paths.data_dir(getattr(args, "data_dir", None))


def deck_dirs(args: argparse.Namespace) -> list[Path]:
    """The deck folders to read decks from: --decks, TRAINER_DECKS or the defaults.

    A folder the user named that does not exist is an error: read as an empty library, a
    mistyped path would only show as "no decks".
    """
    folders = any_deck_dirs(args)
    named_by = deck_dirs_named_by(args)
    if named_by is not None:
        for folder in folders:
            if not folder.exists():
                raise TrainerError(
                    f"the deck folder {folder} (from {named_by}) does not exist; check the path"
                )
    return folders


def any_deck_dirs(args: argparse.Namespace) -> list[Path]:
    """The deck folders as named, whether they exist or not (a new deck may create one)."""
    return paths.deck_dirs(data_dir(args), getattr(args, "decks", None))


def deck_dirs_named_by(args: argparse.Namespace) -> str | None:
    """ "--decks" or "TRAINER_DECKS" when the user named the deck folders; None for defaults.

    A default folder that does not exist yet (no decks of one's own) is not a problem.
    """
    if getattr(args, "decks", None):
        return "--decks"
    if os.environ.get(paths.DECKS_VARIABLE):
        return paths.DECKS_VARIABLE
    return None


def deck_cache(args: argparse.Namespace) -> DeckCache:
    """The parsed-deck cache inside the data dir."""
    return DeckCache(paths.cache_dir(data_dir(args)))


def find_deck(args: argparse.Namespace, reference: str) -> Deck:
    """A deck by id (searched in the deck folders) or by path."""
    as_path = Path(reference).expanduser()
    if as_path.suffix in DECK_SUFFIXES or is_a_file(as_path):
        # A deck file named outright needs no deck folder, named or not.
        return resolve_deck(reference, [], deck_cache(args))
    return resolve_deck(reference, deck_dirs(args), deck_cache(args))


def library(args: argparse.Namespace) -> Library:
    """Every deck in the deck folders, the broken ones listed apart."""
    return load_library(deck_dirs(args), deck_cache(args))


def session_options(args: argparse.Namespace, deck: Deck) -> SessionOptions:
    """The session options `trainer quiz` arguments ask for on ``deck``, the settings file's
    for what they leave out; a --tag no card of the deck carries is refused."""
    from trainer.core.session_builder import SessionOptions, check_tags
    from trainer.core.settings import load_settings

    tags = list(getattr(args, "tags", ()))
    check_tags(deck, tags)
    return SessionOptions.from_settings(
        load_settings(data_dir(args)),
        new_limit=getattr(args, "new_limit", None),
        tags=tags,
        kinds=getattr(args, "kinds", ()),
        cram=getattr(args, "cram", False),
    )


def open_session(
    args: argparse.Namespace,
    store: ReviewStore,
    clock: Clock | None = None,
    deck: Deck | None = None,
) -> QuizSession:
    """The QuizSession that `trainer quiz` arguments ask for."""
    from trainer.core.clock import utc_now
    from trainer.core.session_builder import open_session as build

    deck = deck or find_deck(args, args.deck)
    return build([deck], store, session_options(args, deck), clock=clock or utc_now)


def open_store(
    args: argparse.Namespace, *, backup: bool = True, backup_later: bool = False
) -> ReviewStore:
    """The review store the arguments name: the team server of --store (TRAINER_STORE, the
    settings file), else the data dir's SQLite file (its backup as ``Store.open`` says)."""
    from trainer.core.store.open import open_review_store

    return open_review_store(
        data_dir(args),
        getattr(args, "store", None),
        backup=backup,
        backup_later=backup_later,
        progress=upgrade_progress,
    )


def upgrade_progress(done: int, total: int) -> None:
    """Report an upgrade of the review database that converts every review (schema 10), on
    standard error, before any screen: one line, rewritten in place on a terminal."""
    import sys

    if not total:
        return
    line = f"trainer: upgrading the review database: {done:,} of {total:,} reviews"
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{line}" + ("\n" if done >= total else ""))
    else:
        sys.stderr.write(line + "\n")
    sys.stderr.flush()


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only (localhost, 127.0.0.1, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
