"""The one "may this answer be counted as correct?" rule that both front ends ask."""

from __future__ import annotations

from pathlib import Path

from quiz_fixtures import card, make_deck

from trainer.core.clock import ManualClock
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store


def test_only_an_answer_not_yet_correct_may_be_overridden(
    tmp_path: Path, store: Store, clock: ManualClock
) -> None:
    deck = make_deck(
        tmp_path, "capitals", [card("fr", "Paris"), card("de", "Berlin"), card("it", "Rome")]
    )
    session = QuizSession([deck], store, Scheduler(fuzz=False), clock)
    assert not session.can_override  # nothing answered yet

    assert session.current is not None
    session.submit("no idea")
    assert session.can_override
    session.override()
    assert not session.can_override  # already counted as correct

    assert session.current is not None
    session.submit(session.current.answer_text)
    assert not session.can_override  # right the first time

    assert session.current is not None
    session.submit("wrong again")
    assert session.can_override
