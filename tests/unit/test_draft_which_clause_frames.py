"""A "which" clause that is not its verb's subject ("which the ministry said would ...",
"which the board expects to finish ...") is asked with its antecedent put where "which"
stands (a thing in a place, "a yard in Porto do Mar", by the thing: the yard would create the
jobs, not the town), and a place name with a lower-case particle ("Porto do Mar") is named
whole."""

from __future__ import annotations

import pytest

from trainer.core.authoring.questions import ask_in_place


@pytest.mark.parametrize(
    ("sentence", "fact", "question", "expected"),
    [
        (
            "The ferries will be built at a yard in Porto do Mar, which the ministry said"
            " would create about 900 jobs in the south of the country.",
            "about 900",
            "about how many",
            "The ministry said the yard would create about how many jobs in the south of the"
            " country?",
        ),
        (
            "The contract went to a firm in Vila do Conde, which rivals said had bid 12"
            " million euros less.",
            "12 million euros",
            "how much",
            "Rivals said the firm had bid how much less?",
        ),
        (
            "The first job is a new sewage pumping station, which the board expects to finish"
            " within 18 months.",
            "18 months",
            "how many months",
            "The board expects to finish the new sewage pumping station within how many months?",
        ),
        # A "which" that is its verb's subject is asked as before.
        (
            "Operator Keldvik said its Tarn 2 line, which carries about a third of the freight,"
            " failed on Sunday.",
            "about a third",
            "about what share",
            "The Tarn 2 line carries about what share of the freight?",
        ),
    ],
)
def test_a_which_clause_is_asked_of_its_antecedent(
    sentence: str, fact: str, question: str, expected: str
) -> None:
    start = sentence.index(fact)
    assert ask_in_place(sentence, start, start + len(fact), question) == expected
