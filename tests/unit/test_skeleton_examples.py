"""A `trainer new` skeleton's example cards are never quizzed until they are replaced."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.scaffold import scaffold_deck
from trainer.core.clock import ManualClock
from trainer.core.deck import load_deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def _skeleton(folder: Path) -> Path:
    path = folder / "mine.yaml"
    path.write_text(scaffold_deck("mine", path, []), encoding="utf-8")
    return path


def test_a_fresh_skeleton_has_nothing_to_ask(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = load_deck(_skeleton(tmp_path))
    assert len(deck.cards) == 6
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert session.total == 0 and session.current is None


def test_a_replaced_example_is_asked_and_the_others_stay_out(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    path = _skeleton(tmp_path)
    # The author rewrites the text example as their own card, with their own id.
    text = path.read_text(encoding="utf-8").replace("id: example-text", "id: meeting-city", 1)
    path.write_text(text, encoding="utf-8")
    session = QuizSession([load_deck(path)], store, Scheduler(fuzz=False), clock)
    assert session.total == 1
    assert session.current is not None and session.current.id == "meeting-city"
