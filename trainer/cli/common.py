"""What several commands share: where data and decks are, as the user asked."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer import paths
from trainer.core.deck import Deck
from trainer.core.deck_cache import DeckCache
from trainer.core.library import Library, load_library, resolve_deck


def data_dir(args: argparse.Namespace) -> Path:
    """The data dir from --data-dir, TRAINER_DATA_DIR or the platform default."""
    return paths.data_dir(getattr(args, "data_dir", None))


def deck_dirs(args: argparse.Namespace) -> list[Path]:
    """The deck folders from --decks, TRAINER_DECKS or the defaults."""
    return paths.deck_dirs(data_dir(args), getattr(args, "decks", None))


def deck_cache(args: argparse.Namespace) -> DeckCache:
    """The parsed-deck cache inside the data dir."""
    return DeckCache(paths.cache_dir(data_dir(args)))


def find_deck(args: argparse.Namespace, reference: str) -> Deck:
    """A deck by id (searched in the deck folders) or by path."""
    return resolve_deck(reference, deck_dirs(args), deck_cache(args))


def library(args: argparse.Namespace) -> Library:
    """Every deck in the deck folders, the broken ones listed apart."""
    return load_library(deck_dirs(args), deck_cache(args))
