"""Roles set off after a name that the appositive finder used to miss: an age before the
role ("the 44-year-old business secretary"), a description after it ("chair of the
committee and a long-standing critic of the scheme"), a party office ("the former chief
whip")."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_facts import find_facts
from trainer.core.authoring.find_role_appositives import find_role_appositives


def _roles(text: str) -> dict[str, str]:
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    return {found.name: found.role for found in find_role_appositives(article)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clive Embleton, chair of the housing select committee and a long-standing critic "
            "of the scheme, said he welcomed the decision.",
            {"Clive Embleton": "chair of the housing select committee"},
        ),
        (
            "The post goes to Priya Venkatesh, the 44-year-old business secretary, who is seen "
            "as a fiscal hawk.",
            {"Priya Venkatesh": "the business secretary"},
        ),
        (
            "He is succeeded by Ruth Okonjo, the former chief whip, on Monday.",
            {"Ruth Okonjo": "the former chief whip"},
        ),
        (
            # An election's people, the side they stand for written before the role.
            "The Conservative candidate, Helen Trewin, finished second with 27,994 votes.",
            {"Helen Trewin": "Conservative candidate"},
        ),
        (
            "Maria Lopes, the shadow chancellor, said the budget was a gamble.",
            {"Maria Lopes": "the shadow chancellor"},
        ),
    ],
)
def test_the_role_after_the_name(text: str, expected: dict[str, str]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A description that is no role names no one's job.
        "Clive Embleton, a long-standing critic of the scheme, said it had failed.",
        # The role with no person.
        "The role of chair of the committee remains vacant, officials said.",
    ],
)
def test_no_role_no_person(text: str) -> None:
    assert _roles(text) == {}


def test_a_numbered_house_is_no_count() -> None:
    text = "Hartley, speaking outside No 10 as the final appointments were confirmed, smiled.\n"
    article = Article(Path("story.txt"), text, tuple(text.splitlines()))
    assert [fact.answer for fact in find_facts(article) if fact.answer == "10"] == []
