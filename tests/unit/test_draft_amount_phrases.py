"""An amount cut from a noun phrase leaves the whole noun together ("a bridge loan worth
how much"), and "the 95% needed to ..." is asked as the share that is needed."""

from __future__ import annotations

import pytest

from trainer.core.authoring.questions import ask_in_place


def _ask(sentence: str, figure: str, question: str) -> str:
    start = sentence.index(figure)
    return ask_in_place(sentence, start, start + len(figure), question)


@pytest.mark.parametrize(
    ("sentence", "figure", "question", "expected"),
    [
        (
            "The deal will be funded with a $1.2 billion bridge loan from two banks.",
            "$1.2 billion",
            "how much",
            "The deal will be funded with a bridge loan worth how much from two banks?",
        ),
        (
            "Councillors approved a $412 million operating budget for the year.",
            "$412 million",
            "how much",
            "Councillors approved an operating budget worth how much for the year?",
        ),
        (
            "The change was a $2.3 million cut to the police overtime budget.",
            "$2.3 million",
            "how much",
            "The change was a cut worth how much to the police overtime budget?",
        ),
        (
            "Coverage fell to 61%, well below the 95% needed to halt transmission.",
            "95%",
            "what percentage",
            "What share is needed to halt transmission?",
        ),
        (
            "Reserves fell below the $5 million required by state law.",
            "$5 million",
            "how much",
            "How much is required by state law?",
        ),
    ],
)
def test_an_amount_in_a_noun_phrase_is_asked_without_garbling(
    sentence: str, figure: str, question: str, expected: str
) -> None:
    assert _ask(sentence, figure, question) == expected


def test_which_stands_for_the_body_named_before_it() -> None:
    sentence = (
        '"They are paying too much," said Tomasz Brandt, a portfolio manager at Northgate '
        "Capital, which holds about 4% of Halvorsen."
    )
    assert _ask(sentence, "4%", "what percentage") == (
        "Northgate Capital holds about what percentage of Halvorsen?"
    )


def test_which_after_a_whole_clause_stands_for_the_noun_before_it() -> None:
    sentence = (
        "Shareholders will own about 22% of the combined company, which will produce "
        "roughly 410,000 tonnes of copper a year."
    )
    assert _ask(sentence, "410,000", "how many") == (
        "The combined company will produce roughly how many tonnes of copper a year?"
    )
