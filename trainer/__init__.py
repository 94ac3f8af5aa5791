"""Briefing-quiz trainer: drill the facts of news articles before a briefing.

The public API is stable: ``load_deck``, ``DeckError`` and ``grade``. This module never
imports textual, so scripts and the non-interactive commands stay fast.
"""

from trainer.core.deck import DeckError, load_deck
from trainer.core.grading import grade

__version__ = "0.1.0"
__all__ = ["DeckError", "__version__", "grade", "load_deck"]
