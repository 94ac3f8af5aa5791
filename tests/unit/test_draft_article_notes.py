"""A correction of the article itself is no fact of the story; when it was amended may be."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck


def _cards(tmp_path: Path, text: str) -> list[dict[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    cards: list[dict[str, str]] = deck["cards"]
    return cards


@pytest.mark.parametrize(
    "note",
    [
        "Correction: An earlier version of this article gave the levy as £62m.",
        "An earlier version of this report misstated the levy as £62m.",
        "Clarification: the levy of £62m proposed in January was never adopted.",
    ],
)
def test_a_correction_of_the_article_asks_nothing(tmp_path: Path, note: str) -> None:
    text = f"Levy story\n\nThe council set a levy of £48m in February.\n\n{note}\n"
    cards = _cards(tmp_path, text)
    assert [card["answer"] for card in cards if card["kind"] == "number"] == ["£48m"]
    assert not any(card["evidence"].startswith(note[:20]) for card in cards)
