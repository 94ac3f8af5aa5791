"""`trainer draft` proposes points for the reasons, aims and claims it drafts cards for."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import grade, load_deck
from trainer.cli import main
from trainer.core.authoring.propose_points import propose_points

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_points_come_from_the_answer_s_own_words_without_small_or_prompt_words() -> None:
    assert propose_points(
        "dismantle terror infrastructure in Pakistan and Pakistan-occupied Kashmir",
        "What did India launch it to do?",
    ) == [
        ["dismantle"],
        ["terror"],
        ["infrastructure"],
        ["Pakistan", "Pakistan-occupied Kashmir"],
    ]
    assert propose_points(
        "reduce reliance on Chinese resources", "What could it help the US reduce?"
    ) == [["reliance"], ["Chinese"], ["resources"]]


def test_a_number_keeps_its_word_and_a_denial_keeps_what_it_denies() -> None:
    assert ["22 April"] in propose_points("its involvement in the 22 April Pahalgam attack")
    assert ["without outside"] in propose_points("directly, without outside involvement")


def test_at_most_four_points_names_and_numbers_first() -> None:
    points = propose_points(
        "the absence of crisis management mechanisms between India and "
        "Pakistan since the 2019 Pulwama attack"
    )
    assert len(points) == 4
    assert ["2019 Pulwama"] in points


def test_drafted_aim_cards_carry_points_that_their_own_answer_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    path = tmp_path / "draft.yaml"
    assert main(["draft", str(SEEDS / "001_7ef7ea6c6ed4c750.txt"), "-o", str(path)]) == 0
    assert "reasons and aims" in capsys.readouterr().out
    cards = {card.id: card for card in load_deck(path).cards if card.points}
    aim = cards["aim-reduce-reliance-on-chinese"]
    assert aim.answer == "reduce reliance on Chinese resources"
    assert aim.points == (("reduce",), ("reliance",), ("Chinese",), ("resources",))
    assert all(grade(card, str(card.answer)).verdict == "correct" for card in cards.values())
    assert main(["validate", str(path)]) == 0
