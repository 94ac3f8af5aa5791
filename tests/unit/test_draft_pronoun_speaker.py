""" "…," he told reporters: "he" is the person the sentence before is about (its subject),
not whoever that sentence happens to name last."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

ARTICLE = (
    "OSLO, March 11 - Norway and Poland signed an offshore wind agreement on Tuesday.\n\n"
    "Norwegian Energy Minister Terje Aasland signed the accord in Oslo with his Polish "
    'counterpart, Climate Minister Paulina Hennig-Kloska. "This is not a memorandum of hope, '
    'it is a construction plan," he told reporters after the signing.\n'
)


def test_he_is_the_subject_of_the_sentence_before_not_the_last_name_in_it(tmp_path: Path) -> None:
    article_path = tmp_path / "wind.txt"
    article_path.write_text(ARTICLE, encoding="utf-8")
    deck_path = tmp_path / "wind.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "wind", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    [quote] = [card for card in cards if "memorandum of hope" in card.prompt]
    assert quote.answer == "Terje Aasland"


def test_she_called_it_a_partial_quote_goes_to_the_person_before(tmp_path: Path) -> None:
    article_path = tmp_path / "coal.txt"
    article_path.write_text(
        "OSLO, March 11 - Norway and Poland signed an offshore wind agreement on Tuesday.\n\n"
        "Climate Minister Paulina Hennig-Kloska said the agreement would help Poland cut its "
        'reliance on coal. She called the pact "a turning point" for Polish industry.\n',
        encoding="utf-8",
    )
    deck_path = tmp_path / "coal.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "coal", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    [quote] = [card for card in cards if "turning point" in card.prompt]
    assert quote.answer == "Paulina Hennig-Kloska"
