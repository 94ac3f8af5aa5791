"""Names whose first letters carry accents ("Åsa", "Pål", "Élodie") are people like any
other: their roles and their quotations are drafted."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_roles_and_quotes_of_accented_names_are_drafted(tmp_path: Path) -> None:
    article_path = tmp_path / "ferry.txt"
    article_path.write_text(
        "The operator Vestsund Lines will cut winter sailings from 1 November 2026.\n\n"
        "Vestsund's chief executive, Pål Berge, said fuel costs had doubled.\n\n"
        '"This leaves every family on the islands stranded," said Élodie Marchal, who leads '
        "the islanders' association.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "ferry.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "f", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    answers = {card.prompt: str(card.answer) for card in cards if card.kind == "name"}
    assert answers.get("Who is Vestsund's chief executive?") == "Pål Berge"
    [said] = [who for prompt, who in answers.items() if "every family" in prompt]
    assert said == "Élodie Marchal"
