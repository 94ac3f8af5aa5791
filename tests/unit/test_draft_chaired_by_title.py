"""A meeting "chaired by the Minister of Health of the Republic of Moldova, Ana Rusu": the
office, however many "of the" it holds, belongs to the name after it, and the meeting is no
person with the role "chaired by ..."."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_role_appositives import find_role_appositives
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

TEXT = (
    "Health ministers of five countries met in Chisinau on 4 June 2026 for the Regional "
    "Vaccine Supply Conference, chaired by the Minister of Health of the Republic of Moldova, "
    "Ana Rusu.\n"
)


def test_the_office_goes_to_the_name_after_it_and_the_meeting_is_no_person() -> None:
    article = Article(Path("meeting.txt"), TEXT, tuple(TEXT.splitlines()))
    found = {person.name: person.role for person in find_role_appositives(article)}
    assert found == {"Ana Rusu": "Minister of Health of the Republic of Moldova"}


def test_the_card_asks_who_holds_the_office(tmp_path: Path) -> None:
    article_path = tmp_path / "meeting.txt"
    article_path.write_text(TEXT, encoding="utf-8")
    deck_path = tmp_path / "meeting.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "m", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    asked = [card for card in cards if card.prompt.startswith("Who ")]
    assert [(card.prompt, card.answer) for card in asked] == [
        ("Who is the Minister of Health of the Republic of Moldova?", "Ana Rusu")
    ]
