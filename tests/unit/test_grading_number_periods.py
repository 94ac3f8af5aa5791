"""A number answer told with its period ("£6.8 billion over ten years", "30 per cent by
2032") or a restatement in brackets is graded by its figure; a period the response gives
must be the answer's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import DeckError, grade, load_deck
from trainer.core.deck import Card


def _card(answer: str, prompt: str = "How much will the defences cost?") -> Card:
    return Card(id="n", kind="number", prompt=prompt, answer=answer)


@pytest.mark.parametrize(
    ("answer", "response"),
    [
        ("£6.8 billion over ten years", "£6.8 billion"),
        ("£6.8 billion over ten years", "6.8bn pounds over the next 10 years"),
        ("US$750 million by 2029", "$750m"),
        ("30 per cent by 2032", "30%"),
        ("3.6 million a year by 2045", "3.6 million"),
        ("3.6 million a year by 2045", "3.6 million per year"),
        ("EVK 3 billion a month", "3 billion a month"),
        ("€275 million (88 per cent)", "€275 million"),
        ("14 peacekeepers killed in 2026", "14"),
        ("£10 million within 42 days", "£10 million within forty-two days"),
    ],
)
def test_the_figure_with_or_without_the_answer_s_period_is_right(
    answer: str, response: str
) -> None:
    assert grade(_card(answer), response).verdict == "correct"


@pytest.mark.parametrize(
    ("answer", "response", "detail"),
    [
        ("£6.8 billion over ten years", "£6.8 billion over five years", "the period"),
        ("US$750 million by 2029", "$750 million by 2030", "the period"),
        ("3.6 million a year by 2045", "3.6 million a month", "the period"),
        ("£6.8 billion over ten years", "£6.9 billion", "number 6.9 billion ≠ 6.8 billion"),
        ("30 per cent by 2032", "30 million", "scale"),
    ],
)
def test_another_figure_or_another_period_is_wrong(answer: str, response: str, detail: str) -> None:
    result = grade(_card(answer), response)
    assert result.verdict == "wrong"
    assert detail in result.detail


def test_a_period_typed_to_a_plain_answer_counts_when_the_question_states_it() -> None:
    stated = _card("£6.8 billion", "How much will the defences cost over the next ten years?")
    assert grade(stated, "£6.8 billion over ten years").verdict == "correct"
    # A period the question never mentions is a second number the answer does not hold.
    unstated = _card("£6.8 billion")
    assert not grade(unstated, "£6.8 billion over ten years").accepted


def test_a_deck_may_write_a_number_answer_with_its_period(tmp_path: Path) -> None:
    deck_file = tmp_path / "defences.yaml"
    deck_file.write_text(
        "id: defences\ntitle: Coastal defences\ncards:\n"
        "  - id: cost\n    kind: number\n    prompt: How much will the defences cost?\n"
        '    answer: "£6.8 billion over ten years"\n'
        "  - id: share\n    kind: number\n    prompt: What share is protected?\n"
        '    answer: "30 per cent by 2032 and rising"\n',
        encoding="utf-8",
    )
    with pytest.raises(DeckError) as raised:
        load_deck(deck_file)
    # The period is read; words that are no period still make no number.
    assert "'30 per cent by 2032 and rising' is not a number" in str(raised.value)
    assert "£6.8 billion" not in str(raised.value)
