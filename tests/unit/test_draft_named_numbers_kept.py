"""A number that a label makes part of a name ("stage two", "Phase 3") stays in the prompt
when another card's answer is the same number: it names the stage, it counts nothing."""

from __future__ import annotations

import pytest

from trainer.core.authoring.questions import mask


@pytest.mark.parametrize(
    ("prompt", "written", "expected"),
    [
        (
            "The survey for stage two will take two years",
            "two",
            "The survey for stage two will take … years",
        ),
        ("Phase 3 of the tramway will add 3 stops", "3", "Phase 3 of the tramway will add … stops"),
        ("Stage two, the last two kilometres", "two", "Stage two, the last … kilometres"),
        ("Article 5 was invoked by 5 members", "5", "Article 5 was invoked by … members"),
        ("The phase two works need two cranes", "two", "The phase two works need … cranes"),
        # A count after an ordinary noun is still hidden.
        ("The port gained two berths", "two", "The port gained … berths"),
    ],
)
def test_a_number_naming_a_stage_is_not_hidden(prompt: str, written: str, expected: str) -> None:
    assert mask(prompt, written, "…", named_in="The port gained two berths.") == expected


def test_a_card_asking_the_stage_s_number_still_has_it_hidden() -> None:
    prompt = "Phase 3 of the tramway will add 3 stops"
    asked = mask(prompt, "3", "…", named_in="The tramway's Phase 3 opens in May.")
    assert asked == "Phase … of the tramway will add … stops"
