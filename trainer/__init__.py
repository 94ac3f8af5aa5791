"""Briefing-quiz trainer: drill the facts of news articles before a briefing.

The public API is stable: ``load_deck``, ``DeckError`` and ``grade``. This module never
imports textual, so scripts and the non-interactive commands stay fast; the API itself is
loaded on first use, so commands that never grade never load the grader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.deck import DeckError, load_deck
    from trainer.core.grading import grade

__version__ = "0.1.0"
__all__ = ["DeckError", "__version__", "grade", "load_deck"]

_HOMES = {
    "DeckError": "trainer.core.deck",
    "load_deck": "trainer.core.deck",
    "grade": "trainer.core.grading",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'trainer' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
