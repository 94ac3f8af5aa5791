"""Prompts keep other figures whole: hiding the "4" of "4 gigawatts" leaves "9.4 billion
crowns" alone, and a question in brackets reads "(how much)", not "( how much)"."""

from __future__ import annotations

from trainer.core.authoring.questions import ask_in_place, mask

SENTENCE = (
    "Under the deal, Poland's state utility PGE will buy a 30 percent stake in the Utsira "
    "Nord floating wind project for about 9.4 billion crowns ($870 million), according "
    "to a statement from Norway's energy ministry."
)


def test_hiding_a_number_leaves_a_decimal_that_holds_its_digits_whole() -> None:
    assert mask("about 9.4 billion crowns, 4 gigawatts, 4.5 GW", "4", "…") == (
        "about 9.4 billion crowns, … gigawatts, 4.5 GW"
    )
    assert mask("1,400 jobs and 400 homes", "400", "…") == "1,400 jobs and … homes"


def test_hiding_a_month_takes_the_day_before_it_too() -> None:
    # Another card asks "December 2025"; "By 31" alone would say nothing.
    assert mask("By 31 December 2025, 12 ferries had sailed", "December 2025", "…") == (
        "By …, 12 ferries had sailed"
    )
    assert mask("On 3rd March 2024 the depot closed", "March 2024", "…") == "On … the depot closed"
    # A figure before a month that is no day of it stays: only a date's own day goes.
    assert mask("The 2023 and December 2025 reports", "December 2025", "…") == (
        "The 2023 and … reports"
    )


def test_a_question_in_brackets_has_no_space_after_the_bracket() -> None:
    start = SENTENCE.index("$870 million")
    prompt = ask_in_place(SENTENCE, start, start + len("$870 million"), "how much")
    assert "(how much)" in prompt, prompt
