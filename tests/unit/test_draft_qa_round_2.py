"""Patterns of news copy QA round 2 found the drafter missing (issue 15): each test writes
its own short article in the pattern, never the QA article's sentence."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck


def _cards(tmp_path: Path, text: str, name: str = "story.txt") -> list[Card]:
    article_path = tmp_path / name
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "story", deck_path)
    return parse_deck(draft.text.encode("utf-8"), deck_path).cards


def test_an_abbreviation_in_another_language_stands_for_the_body_named_before_it(
    tmp_path: Path,
) -> None:
    cards = _cards(
        tmp_path,
        "Floods closed 40 roads on Monday, the Federal Office for Civil Protection (BABS) "
        "said in a statement.\n",
    )
    asked = {card.prompt: card.answer_text for card in cards}
    assert asked.get("What does BABS stand for?") == "Federal Office for Civil Protection"
