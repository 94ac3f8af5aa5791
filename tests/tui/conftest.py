"""Builds the trainer app the way the launcher does, but with a frozen clock and temp data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tui_support import DECK, FROZEN_NOW, StepTimer, write_deck

from trainer import load_deck
from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.store import Store
from trainer.tui.app import TrainerApp


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    """A deck folder holding the harbour-talks deck."""
    folder = tmp_path / "decks"
    write_deck(folder, "harbour-talks.yaml", DECK)
    return folder


@pytest.fixture
def clock() -> ManualClock:
    """The shared clock, frozen at FROZEN_NOW here: the screens' pictures were taken then."""
    return ManualClock(FROZEN_NOW)


@pytest.fixture
def make_app(store: Store, deck_dir: Path, clock: ManualClock) -> Callable[..., TrainerApp]:
    """Build a TrainerApp on the test's store, decks and clock; keywords override defaults."""

    def build(**overrides: Any) -> TrainerApp:
        options: dict[str, Any] = {
            "clock": clock,
            "scheduler": Scheduler(fuzz=False),
            "timer": StepTimer(),
            "poll_interval": None,
            "cursor_blink": False,
        }
        options.update(overrides)
        folders = options.pop("deck_folders", [deck_dir])
        return TrainerApp(store, folders, **options)

    return build


@pytest.fixture
def open_on_quiz(make_app: Callable[..., TrainerApp], deck_dir: Path) -> Callable[..., TrainerApp]:
    """Build a TrainerApp opened straight on a quiz of the harbour-talks deck."""

    def build(**overrides: Any) -> TrainerApp:
        deck = load_deck(deck_dir / "harbour-talks.yaml")
        return make_app(start_decks=[deck], **overrides)

    return build


@pytest.fixture(autouse=True)
def options_in_file_order(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Choice options in the deck's order, so tests about other things can name them by
    letter; a test marked ``shuffled`` sees the real per-review shuffle."""
    if request.node.get_closest_marker("shuffled") is None:
        monkeypatch.setattr(
            "trainer.core.choice_options.shown_order", lambda card, _rng: card.options
        )
