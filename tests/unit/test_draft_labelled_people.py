"""A sentence opening on an occupation and a full name ("Economist Lena Holm of the Nordic
Policy Forum came second") asks what the person did, never "Who is the economist?"."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_labelled_people import find_labelled_people
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

TEXT = (
    "Voters in the county elected a new council on 9 May 2026.\n\n"
    "Economist Lena Holm of the Nordic Policy Forum came a close second in the mayoral race.\n\n"
    "The economist said she would stand again.\n"
)


def test_the_label_and_the_name_are_read_at_a_sentence_start_only() -> None:
    text = TEXT + "Residents said Economist Ivo Lind was absent.\n"
    article = Article(Path("vote.txt"), text, tuple(text.splitlines()))
    assert [(p.name, p.role) for p in find_labelled_people(article)] == [("Lena Holm", "economist")]


def test_the_person_is_asked_by_what_they_did(tmp_path: Path) -> None:
    article_path = tmp_path / "vote.txt"
    article_path.write_text(TEXT, encoding="utf-8")
    deck_path = tmp_path / "vote.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "v", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    asked = [(card.prompt, card.answer) for card in cards if card.answer == "Lena Holm"]
    assert asked == [("Who came a close second in the mayoral race?", "Lena Holm")]
