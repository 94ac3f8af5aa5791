"""Decks, a fixed timer and small readers shared by the TUI tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

# The one deck writer of every level, named here too so TUI tests import all from one place.
from quiz_fixtures import write_deck as write_deck
from textual import events
from textual.pilot import Pilot

from trainer.core.clock import ManualClock
from trainer.core.deck import Deck
from trainer.core.scheduler import Scheduler
from trainer.core.session import QuizSession
from trainer.core.store import Store
from trainer.tui.app import TrainerApp

FROZEN_NOW = datetime(2025, 8, 1, 9, 0, tzinfo=UTC)
ANSWER_SECONDS = 3.0


DECK = """\
id: harbour-talks
title: Harbour talks, 2025
description: The harbour meeting and the tariff it agreed.
sources:
  s1:
    file: article.txt
    title: Ministers meet at the harbour
cards:
  - id: meeting-date
    kind: date
    prompt: On what date did the ministers meet in Islamabad?
    answer: 2025-07-25
    source: s1
    evidence: "on July 25, 2025"
    tags: [meeting, dates]
    note: A Friday, the first meeting in two years.
  - id: tariff
    kind: number
    prompt: What tariff on steel did both sides agree?
    answer: 29%
    source: s1
    evidence: "a tariff of 29 per cent"
    tags: [trade]
  - id: city
    kind: text
    prompt: In which city did the ministers meet?
    answer: Islamabad
    source: s1
    evidence: "in Islamabad"
    tags: [places]
    hint: The capital.
  - id: minister
    kind: name
    prompt: Who is the foreign minister who met his counterpart?
    answer: Ishaq Dar
    source: s1
    evidence: "Foreign Minister Ishaq Dar"
    tags: [people]
  - id: signing
    kind: choice
    prompt: Where was the joint statement signed?
    options: [White House, State Department, Pentagon]
    answer: State Department
    source: s1
    evidence: "signed at the State Department"
    tags: [places]
"""

SECOND_DECK = """\
id: ports
title: Ports named
cards:
  - id: port-count
    kind: number
    prompt: How many ports did officials name?
    answer: "3"
    tags: [places]
"""

BROKEN_DECK = """\
id: broken-deck
title: Broken
cards:
  - id: one
    prompt: What?
    answr: typo in the key
"""


class StepTimer:
    """A monotonic timer that moves by a fixed step at each reading, so answer times are fixed."""

    def __init__(self, step: float = ANSWER_SECONDS) -> None:
        self.step = step
        self.now = 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press ``keys`` and let the app handle them before the test reads the screen."""
    await pilot.press(*keys)
    await pilot.pause()


# Bounds wait_for: 200 pauses of 20 ms, far past any screen's mount on a loaded machine.
POLL_WAIT_PAUSES = 200


async def wait_for(pilot: Pilot[None], condition: Callable[[], bool]) -> bool:
    """Let the app run until ``condition`` holds, up to a bounded number of short pauses."""
    for _ in range(POLL_WAIT_PAUSES):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


async def answer(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` key by key into the answer box and press Enter."""
    await press(pilot, *text, "enter")


def burst(app: TrainerApp, *keys: str) -> None:
    """Keys arriving together, as from a paste or a slow link: all queued before any is read."""
    names = {"%": "percent_sign", " ": "space", "-": "minus"}
    for key in keys:
        if key == "enter":
            app.post_message(events.Key("enter", "\r"))
        else:
            for character in key:
                app.post_message(events.Key(names.get(character, character), character))


def progress(app: TrainerApp) -> str:
    """The quiz's "N / M" line."""
    from trainer.tui.widgets.card_prompt import CardPrompt

    return app.screen.query_one(CardPrompt).progress_text


def shown(app: TrainerApp, selector: str) -> str:
    """The plain text a Static on the current screen shows."""
    from textual.widgets import Static

    return str(app.screen.query_one(selector, Static).content)


def seed_two_sessions(store: Store, deck: Deck, clock: ManualClock) -> None:
    """Two sessions a day apart: three of five right on the first, all due right on the next."""
    scheduler = Scheduler(fuzz=False)
    first = QuizSession([deck], store, scheduler, clock)
    for response in ("2025-07-25", "19%", "Islamabad", "Ishaq Dar", "Pentagon"):
        first.submit(response, elapsed_s=4.0)
    clock.advance(days=1)
    second = QuizSession([deck], store, scheduler, clock)
    while (card := second.current) is not None:
        second.submit(card.answer_text, elapsed_s=4.0)
