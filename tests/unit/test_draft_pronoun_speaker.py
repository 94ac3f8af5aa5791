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
    # What she called it is asked of her, by the role the sentence before gives her (the
    # characterisation's card, find_characterisations.py), and no card asks who said it.
    [quote] = [card for card in cards if card.answer_text == "a turning point"]
    assert quote.prompt == "What did the Climate Minister call the pact?"
    assert not [card for card in cards if "turning point" in card.prompt]


def _quote_answers(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "story", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: card.answer_text for card in cards if card.id.startswith("quote")}


def test_she_said_is_the_woman_the_sentence_before_is_about_even_if_unnamed_elsewhere(
    tmp_path: Path,
) -> None:
    answers = _quote_answers(
        tmp_path,
        "ANKARA, May 3 - Interior Minister Orhan Celik said 40 people were hurt on Monday.\n\n"
        "Selma Arikan, a nurse, said her son was rescued after 20 hours under a wall. "
        '"I had given up on him," she said.\n',
    )
    [answer] = [a for prompt, a in answers.items() if "given up" in prompt]
    assert answer == "Selma Arikan"


def test_he_said_after_a_surname_subject_is_that_man_in_full_and_asked_once(
    tmp_path: Path,
) -> None:
    answers = _quote_answers(
        tmp_path,
        "LIMA, June 8 - Lawyer Ana Quispe won the mayoral race over senator Luis Paredes.\n\n"
        '"Lima chose change," Quispe told supporters. Paredes conceded at midnight. '
        '"The voters have decided and I accept it," he said, adding that his party would be '
        '"a loyal opposition."\n',
    )
    said = [a for prompt, a in answers.items() if "voters have decided" in prompt]
    assert said == ["Luis Paredes"]
    assert not any("loyal opposition" in prompt for prompt in answers)


def test_a_quote_said_by_a_bare_title_takes_the_one_person_holding_it(tmp_path: Path) -> None:
    answers = _quote_answers(
        tmp_path,
        "The Minister for Transport, Ines Dolan TD, signed the contract today.\n\n"
        'Speaking later, the Minister said the price was "fair to the taxpayer and the town."\n',
    )
    assert list(answers.values()) == ["Ines Dolan"]


def test_a_county_is_no_person_she_could_be(tmp_path: Path) -> None:
    # "Bantry, Co Kerry" then "Kerry" alone ("Kerry Airport", "between Kerry and Tralee")
    # once read as a person named in full and by surname: "she" went to "Co Kerry".
    article_path = tmp_path / "storm.txt"
    article_path.write_text(
        "Storm live: roads closed across the south\n\nPublished 26 November 2026\n\n"
        "- A woman was injured when a tree fell near Bantry, Co Kerry\n\n09:10\n"
        "Kerry Airport says 12 flights have been cancelled today. Services between Kerry and "
        "Tralee are suspended.\n\n09:40\nKerry County Council's chief fire officer, Mary "
        "Byrne, says crews have dealt with more than 40 call-outs since midnight.\n\n"
        '"People have been careful, by and large," she said. "But some drivers went around '
        'the closed signs."\n',
        encoding="utf-8",
    )
    deck_path = tmp_path / "storm.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "storm", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    [quote] = [card for card in cards if "careful, by and large" in card.prompt]
    assert quote.answer == "Mary Byrne"
