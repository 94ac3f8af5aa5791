"""Option labels, shown and read by both front ends through the choice grader's module."""

from __future__ import annotations

import pytest

from trainer.core.grading.choice_kind import (
    OptionLabel,
    option_label,
    option_name,
    read_option_label,
)


def test_labels_are_letters_and_prose_names_them_in_capitals() -> None:
    assert [option_label(index) for index in range(4)] == ["a", "b", "c", "d"]
    assert option_name(1) == "option B"


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("b", "b"),
        ("B", "b"),
        ("B)", "b"),
        ("(b)", "b"),
        ("b.", "b"),
        ("option b", "b"),
        ("Option B", "b"),
        (" b ", "b"),
        ("2", "2"),
        ("#2", "2"),
    ],
)
def test_every_way_of_typing_a_label_names_the_same_option(typed: str, text: str) -> None:
    assert read_option_label(typed, 3) == OptionLabel(text, 1)


def test_a_label_past_the_last_option_names_none() -> None:
    assert read_option_label("e", 4) == OptionLabel("e", None)
    assert read_option_label("7", 4) == OptionLabel("7", None)
    assert read_option_label("0", 4) == OptionLabel("0", None)


@pytest.mark.parametrize("typed", ["", "bb", "Beijing", "option", "12 b", "b" + " " * 20])
def test_other_text_is_no_label(typed: str) -> None:
    assert read_option_label(typed, 4) is None
