"""The feedback names an accepted form only when the response was close to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from tui_support import shown, write_deck

from trainer import load_deck
from trainer.core import history
from trainer.core.store import Store
from trainer.tui.app import TrainerApp

FORMS_DECK = """\
id: forms
title: Accepted forms
cards:
  - id: sector
    prompt: In which sector did Rubio's post say the two sides would collaborate?
    answer: critical minerals
    accept: [critical minerals sector, minerals]
  - id: statement-source
    prompt: Whose statement are both reports of the call based on?
    answer: Pakistan's Foreign Office
    accept: [Foreign Office, Pakistan Foreign Office, foreign ministry]
    reject: [State Department, US State Department, White House]
  - id: title
    prompt: What was Rubio's title before he became secretary of state?
    answer: U.S. Senator
    accept: [Senator]
"""


async def answer(pilot: Pilot[None], text: str) -> list[str]:
    """Answer the card on screen; the comparison lines the feedback shows, then move on."""
    await pilot.press(*text, "enter")
    await pilot.pause()
    lines = shown(pilot.app, "#comparison").splitlines()  # type: ignore[arg-type]
    await pilot.press("enter")
    await pilot.pause()
    return lines


async def test_accepted_forms_are_shown_only_beside_a_near_response(
    make_app: Callable[..., TrainerApp], store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "forms"
    deck = load_deck(write_deck(folder, "forms.yaml", FORMS_DECK))
    app = make_app(deck_folders=[folder], start_decks=[deck])
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.pause()
        unrelated = await answer(pilot, "Rubio")
        rejected = await answer(pilot, "US State Department")
        slip = await answer(pilot, "Senater")

    assert unrelated == ["You said  Rubio", "Answer    critical minerals"]
    assert rejected == ["You said  US State Department", "Answer    Pakistan's Foreign Office"]
    # Near a form: that form, marked against the response and said to be an accepted one.
    assert slip == [
        "You said  Senater",
        "Closest   Senator  (also accepted)",
        "Answer    U.S. Senator",
    ]
    verdicts = [(review.card, review.verdict) for review in history.reviews(store)]
    assert verdicts[:2] == [("sector", "wrong"), ("statement-source", "wrong")]
