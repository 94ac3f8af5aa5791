"""A prompt with nothing of its own subject left, or a page header read as a sentence, is
no card (issue 15, QA round 4)."""

from __future__ import annotations

import pytest

from trainer.core.authoring.empty_prompts import says_nothing


@pytest.mark.parametrize(
    "prompt",
    [
        "What is the name?",
        "Between which years?",
        "In what month?",
        "Report No. 4 | in what year?",
        "At the end of what year?",
        "By the start of which month?",
        "The target is homes to have access /10 Mbps service by what year?",
    ],
)
def test_prompts_that_ask_about_nothing(prompt: str) -> None:
    assert says_nothing(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Who is the Chief Executive?",
        "What is the name of the energy regulator?",
        "Between which years did prices double?",
        "In what month did the strike end?",
        "At the end of what year were the ferries sold?",
        "What share of homes have 50/10 Mbps service?",
    ],
)
def test_prompts_with_a_subject_say_something(prompt: str) -> None:
    assert not says_nothing(prompt)
