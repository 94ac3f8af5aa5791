"""A participial phrase after a comma ("..., rising to chief hydrologist") continues the
clause; it is no role of the body before it. An -ing word that is part of an office
("acting director") still opens a role."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _cards(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "career.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "career.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "c", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards}


def test_a_participle_after_a_comma_is_no_role(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "A hydrologist takes over the river agency.\n\n"
        "Before that she spent nine years at the Orvalle Basin Authority, rising to chief "
        "hydrologist, and later served as a consultant.\n",
    )
    assert not any("rising" in prompt for prompt in cards)
    assert all(not prompt.startswith("Who is the") for prompt in cards)


def test_an_acting_office_is_still_a_role(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The dam opens in spring.\n\n"
        "Tomas Reyl, acting director of the Orvalle Basin Authority, said the dam would open "
        "in May.\n",
    )
    assert cards.get("Who is the acting director of the Orvalle Basin Authority?") == "Tomas Reyl"
