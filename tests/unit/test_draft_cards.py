"""The cards `trainer draft` writes: every form of attribution, short questions, no give-away."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.finishing import gives_away
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck

# A made-up story in wire style, written for these tests: one attribution form a paragraph.
ARTICLE = (Path(__file__).resolve().parents[1] / "data" / "port-deal.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture
def cards(tmp_path: Path) -> list[Card]:
    article_path = tmp_path / "port-deal.txt"
    article_path.write_text(ARTICLE, encoding="utf-8")
    source = read_source(str(article_path))
    deck_path = tmp_path / "port.yaml"
    draft = draft_deck(source.article(article_path), "port", deck_path)
    return parse_deck(draft.text.encode("utf-8"), deck_path).cards


def _by_answer(cards: list[Card], answer: str) -> list[Card]:
    return [card for card in cards if card.answer == answer]


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("largest investment our ports have seen", "Ama Mensah"),  # "…," Mensah said
        ("fair to both sides and good for farmers", "Peter Otieno"),  # partial quote
        ("whoever offers the better deal", "Peter Otieno"),  # "…," said Otieno
        ("the first ships will dock", "Peter Otieno"),  # according to Otieno
        ("Nobody expected a deal this quickly", "Peter Otieno"),  # he told reporters
        ("Everyone was tired but happy", "Clara Weiss"),  # speaker named before
    ],
)
def test_every_common_form_of_attribution_gives_the_speakers_full_name(
    cards: list[Card], words: str, speaker: str
) -> None:
    quote = next(card for card in cards if "quotes" in card.tags and words in card.prompt)
    assert quote.answer == speaker and quote.kind == "name"
    assert words in (quote.evidence or "")


def test_a_partial_quote_is_asked_as_who_said_it(cards: list[Card]) -> None:
    [partial] = [card for card in cards if "fair to both sides" in card.prompt]
    assert partial.prompt.startswith("Who said the terms were")


def test_figures_and_dates_are_short_questions_about_their_subject(cards: list[Card]) -> None:
    asked = [card for card in cards if card.kind in ("number", "date")]
    assert asked
    for card in asked:
        assert card.prompt.endswith("?") and "____" not in card.prompt
        assert len(card.prompt.split()) <= 30, card.prompt
    [tuesday] = _by_answer(cards, "2024-03-12")  # "on Tuesday", published Thursday 14 March
    assert "on what date" in tuesday.prompt and "Tuesday" in (tuesday.note or "")
    [last_year] = _by_answer(cards, "2023")
    assert "2024" in (last_year.note or "")


def test_one_card_per_fact_and_none_on_a_bare_title(cards: list[Card]) -> None:
    assert len(_by_answer(cards, "$2.4 billion")) == 1  # stated twice, one fact
    assert not [card for card in cards if card.prompt == "Who is the President?"]
    roles = {card.answer: card.prompt for card in cards if "people" in card.tags}
    assert roles["Ama Mensah"] == "Who is the Ghanaian Finance Minister?"
    assert roles["Peter Otieno"] == "Who is the Kenyan Trade Secretary?"


def test_no_prompt_gives_away_its_own_answer_or_another_cards(cards: list[Card]) -> None:
    entries = [
        {"id": card.id, "kind": card.kind, "prompt": card.prompt, "answer": card.answer_text}
        for card in cards
    ]
    leaks = [
        (card["id"], other["id"])
        for card in entries
        for other in entries
        if gives_away(card["prompt"], other)
    ]
    assert leaks == []


def test_every_card_keeps_verbatim_evidence(cards: list[Card]) -> None:
    for card in cards:
        assert card.evidence and card.evidence in ARTICLE, card.id
