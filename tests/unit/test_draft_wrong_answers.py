"""Cards whose answer is wrong for their question, found by an editor's read of drafts:
a leader swept into what a party's letters stand for, a pronoun given as a speaker, a page's
"Update" label taken for a company, and "an" before a word that sounds a consonant."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.finishing import asks_a_quantity
from trainer.core.authoring.indefinite_article import indefinite_article
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _cards(tmp_path: Path, body: str) -> dict[str, str]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(f"Vote news\nThe Valley Post | 3 December 2026\n\n{body}\n")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "story", deck_path)
    deck = parse_deck(draft.text.encode(), deck_path)
    return {card.prompt: str(card.answer) for card in deck.cards}


def test_a_leader_is_no_part_of_what_the_partys_letters_stand_for(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Anka Petrovic-Lund of the Green Dawn Party (ZDS) won the race outright. "
        "The National Bank of Orlania (BNO) held its rate.",
    )
    assert cards["What does ZDS stand for?"] == "Green Dawn Party"
    assert cards["What does BNO stand for?"] == "National Bank of Orlania"


def test_a_pronoun_is_never_a_speaker(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        '"It tells you exactly when the water came in," the retired nurse, who is 70, told '
        'me last week. "And the first alarm on my phone came at ten past four."',
    )
    assert "It" not in cards.values()


def test_an_update_label_is_no_company(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Update, 16:45 GMT: In a statement issued this afternoon, Varro Foods said it was "
        "considering its options. Its chief executive, Ines Calloway, held talks with "
        "investors.",
    )
    assert not any("Update" in prompt for prompt in cards)


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("outbreak", "an"),
        ("one-off", "a"),
        ("union", "a"),
        ("European", "a"),
        ("hour", "an"),
        ("8%", "an"),
        ("rise", "a"),
    ],
)
def test_a_or_an_by_the_first_sound(word: str, article: str) -> None:
    assert indefinite_article(word) == article


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("How many food parcels had the consortium handed out?", True),
        ("Turnout fell to what in the second round?", True),
        ("Assaults on staff rose to what in the year to March 2026?", True),
        ("What was the magnitude of the earthquake?", True),
        ("One in how many voters stayed at home?", True),
        ("The Valley Relief Consortium (VRC), whose president?", False),
        ("She still keeps the clock, a few and what feels like a lifetime from the house?", False),
        ("This consultation sets out how we intend to change that within this decade?", False),
    ],
)
def test_a_figures_question_must_ask_a_quantity(prompt: str, asks: bool) -> None:
    assert asks_a_quantity(prompt) is asks
