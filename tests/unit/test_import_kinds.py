"""`trainer import` keeps the grading: kinds read from answers that plainly are one."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main
from trainer.core.authoring.import_kinds import infer_kind
from trainer.core.deck import load_deck
from trainer.core.grading import grade

IMPORTS = Path(__file__).resolve().parents[1] / "data" / "imports"


def _imported(data_dir: Path, deck_id: str) -> Path:
    return data_dir / "decks" / f"{deck_id}.yaml"


def test_round_trip_grades_other_forms_of_the_answer_as_a_careful_marker_would(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(IMPORTS / "japan-deal-quizlet.tsv"), "--deck", "japan"]) == 0
    out = capsys.readouterr().out
    assert "graded by kind, read from the answers: 1 date, 1 name, 3 number" in out
    assert "--kind text" in out
    deck = load_deck(_imported(data_dir, "japan"))
    cards = {card.prompt.split()[0] + str(index): card for index, card in enumerate(deck.cards)}
    invest, rate, negotiator, place, goods, when, where, threat, party = cards.values()
    assert grade(invest, "$550bn").accepted
    assert grade(rate, "15 percent").accepted
    assert grade(negotiator, "Akazawa").accepted
    assert not grade(invest, "$505bn").accepted
    assert (when.kind, when.answer) == ("date", "2025-07-22")
    assert grade(when, "22 July 2025").accepted
    # A comma alone makes neither a list nor a name: these stay text cards.
    assert (place.kind, place.answer) == ("text", "Washington, D.C.")
    assert (goods.kind, goods.answer) == ("text", "steel, aluminium")
    # The spreadsheet's quoting is gone: the wrapping quotes, the doubled quotes inside,
    # and the apostrophe that kept "-5%" from being read as a formula.
    assert where.answer == 'Truth Social, his "platform"'
    assert (threat.kind, threat.answer) == ("number", "-5%")
    # "Who ...?" answered by an organisation is no person.
    assert party.kind == "text"
    assert deck.title == "Japan deal"


def test_kind_text_keeps_every_card_text(data_dir: Path) -> None:
    assert (
        main(
            ["import", str(IMPORTS / "japan-deal-quizlet.tsv"), "--deck", "plain", "--kind", "text"]
        )
        == 0
    )
    deck = load_deck(_imported(data_dir, "plain"))
    assert {card.kind for card in deck.cards} == {"text"}
    assert deck.cards[5].answer == "July 22, 2025"


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        ("How much?", "$5.44 billion", "number"),
        ("How many?", "70 people", "number"),
        ("What share?", "10 per cent", "number"),
        ("What guidance?", "4 to 6 per cent", "number"),  # a range is one number answer
        ("How much?", "KSh 5.4 billion", "number"),
        ("How much?", "C$9,800", "number"),
        ("When?", "2025-04-07", "date"),
        ("When?", "April 2025", "date"),
        ("Who met Dar?", "Marco Rubio", "name"),
        ("Who chairs it?", "Jane Q. Public", "name"),
    ],
)
def test_plain_answers_get_their_kind(prompt: str, answer: str, kind: str) -> None:
    inferred = infer_kind(prompt, answer)
    assert inferred is not None and inferred.kind == kind


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Where?", "Washington, D.C."),
        ("Which goods?", "steel, aluminium, copper"),
        ("Which city?", "New York"),  # capitalised, but nobody asked who
        ("Which company's chief executive?", "Acme Foods"),  # a post, but of which company
        ("Who signed?", "the Ministry of Foreign Affairs"),
        ("When?", "05/07/2025"),  # day-first or month-first: the author must say
        ("Which section?", "Section 232"),
        ("What did he say?", "We will go with whoever offers the better deal by 2026"),
        ("Who?", "Dar"),  # one word is not clearly a full name
        ("Which years?", "2013 to 2018"),  # a span of years, graded as text
        ("When?", "7 and 8 July"),  # two days, not 7 July 2008
    ],
)
def test_unclear_answers_stay_text(prompt: str, answer: str) -> None:
    assert infer_kind(prompt, answer) is None


@pytest.mark.parametrize("prompt", ["Japanese negotiator?", "Fed chair", "Who negotiated?"])
def test_a_prompt_naming_a_persons_post_takes_a_name(prompt: str) -> None:
    inferred = infer_kind(prompt, "Ryosei Akazawa")
    assert inferred is not None and inferred.kind == "name"
