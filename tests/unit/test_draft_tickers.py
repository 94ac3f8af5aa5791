"""A listed company's "(EXCHANGE: SYMBOL)" is asked as its ticker, exchange and symbol
together."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_tickers import find_tickers


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Kestrel Foods, Inc. (NASDAQ: KSTF), a maker of frozen bread, today said sales rose.",
            "Under which ticker is Kestrel Foods listed?",
            "NASDAQ: KSTF",
        ),
        (
            "Shares of Marlow Freight (LSE: MRF.L) fell.",
            "Under which ticker is Marlow Freight listed?",
            "LSE: MRF.L",
        ),
    ],
)
def test_the_ticker_is_asked(sentence: str, prompt: str, answer: str) -> None:
    assert [(fact.prompt, fact.answer) for fact in find_tickers(sentence, 1)] == [(prompt, answer)]


def test_other_brackets_are_no_ticker() -> None:
    assert find_tickers("The Harbour Authority (HA) said so (see page 4).", 1) == []
