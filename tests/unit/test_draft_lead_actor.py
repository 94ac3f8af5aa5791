"""The person a lead sentence opens on is asked who did what it says, and its "yesterday"
is dated from the publication date; a place opening the lead is no person."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.lead_actor import lead_actor
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

STORY = (
    "Friday 6 March 2026\n\n"
    "Ana Ruiz completed the first solo crossing of the Atlantic by rowing boat from Spain "
    "yesterday, landing in Antigua to cheers from a crowd.\n\n"
    "The engineer from Seville set off on 13 January.\n\n"
    "Ruiz said the hardest part had been the loneliness.\n"
)


def _article(text: str) -> Article:
    return Article(Path("story.txt"), text, tuple(text.splitlines()))


def test_the_lead_opens_on_a_person_named_in_full_and_then_by_surname() -> None:
    assert lead_actor(_article(STORY)) == ["Ana Ruiz"]


def test_a_place_or_a_body_opening_the_lead_is_no_actor() -> None:
    text = (
        "New Zealand reported 412 new cases of measles in the week to Sunday, health "
        "officials said.\n\nNew cases were highest in Auckland.\n"
    )
    assert lead_actor(_article(text)) == []
    # Named once only, the name may be anything: no actor is assumed.
    assert lead_actor(_article("Ana Ruiz completed the crossing yesterday after 52 days.\n")) == []


def test_the_lead_actor_and_the_day_are_cards(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(path)).article(path), "s", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    asked = {card.prompt: card.answer for card in cards}
    prompt = "Who completed the first solo crossing of the Atlantic by rowing boat from Spain?"
    assert asked[prompt] == "Ana Ruiz"
    assert "2026-03-05" in asked.values()  # "yesterday", published on 6 March 2026
