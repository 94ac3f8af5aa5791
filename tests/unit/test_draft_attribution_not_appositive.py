""" "Nexans, the ministry said" is an attribution, not "Nexans, the cable maker": draft asks
no "What is the ministry said called?" card."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_facts import find_facts


def _prompts(sentence: str) -> list[str]:
    article = Article(path=Path("story.txt"), text=sentence, lines=(sentence,))
    return [fact.prompt or "" for fact in find_facts(article)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cable will be built by Nexans, the ministry said.",
        "Norway signed an agreement on Tuesday, the two governments said.",
        "The first ships will dock in May, the port authority told reporters.",
    ],
)
def test_a_reporting_clause_after_a_comma_is_not_a_name_card(sentence: str) -> None:
    assert not [prompt for prompt in _prompts(sentence) if "called?" in prompt]


def test_a_real_appositive_still_gives_its_card() -> None:
    prompts = _prompts("The cable will be built by Nexans, the French cable maker.")
    assert "What is the French cable maker called?" in prompts
