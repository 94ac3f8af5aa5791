"""An amount in a currency's small unit, spelt out ("4.1 pence a share", "50 cents"), is a
figure drafted like "4.1p" (find_figures.py); invented sentences."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards

from trainer.core.grading import grade

_DATED = "Published 2 December 2026\n\n"


def test_pence_and_cents_spelt_out_are_figures(tmp_path: Path) -> None:
    text = (
        _DATED + "The board cut the final dividend to 3.2 pence a share, from 8.5p a year"
        " earlier.\n\nTram fares will fall to 60 cents in March.\n"
    )
    cards = drafted_cards(tmp_path, text)
    dividend = card_answering(cards, "3.2 pence")
    assert dividend.prompt == "The board cut the final dividend to how much a share?"
    assert grade(dividend, "3.2p").accepted
    assert card_answering(cards, "60 cents").kind == "number"
