"""A thing brought in by its kind and then "named" or "called" ("a greyhound named Silver
Gale") is asked by its kind; "the court heard" after a name is attribution, no description.
Sentences written for the test, never a benchmark article's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_fixtures import drafted_cards


def _asked(tmp_path: Path, sentence: str) -> list[tuple[str, str]]:
    cards = drafted_cards(tmp_path, f"Local news\n\n{sentence}\n")
    return [(card.prompt, card.answer_text) for card in cards]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        # A court report.
        (
            "The former treasurer spent about £80,000 on a greyhound named Silver Gale.",
            "What is the name of the greyhound?",
            "Silver Gale",
        ),
        # A local news item: a boat, called, with a number in its name.
        (
            "Volunteers restored an old fishing boat called Morning Star 2 over the winter.",
            "What is the name of the old fishing boat?",
            "Morning Star 2",
        ),
    ],
)
def test_a_thing_named_after_its_kind_is_asked_by_its_kind(
    tmp_path: Path, sentence: str, prompt: str, answer: str
) -> None:
    assert (prompt, answer) in _asked(tmp_path, sentence)


def test_a_person_named_is_left_to_the_people_finders(tmp_path: Path) -> None:
    asked = _asked(
        tmp_path, "Police arrested a man named Tomas Brek near the harbour on 4 May 2026."
    )
    assert not any("name of the man" in prompt for prompt, _ in asked)


def test_the_court_heard_is_no_description_of_a_name(tmp_path: Path) -> None:
    asked = _asked(tmp_path, "About £40,000 went on a yacht for Halvor Lund, the court heard.")
    assert not any("court heard" in prompt for prompt, _ in asked)
