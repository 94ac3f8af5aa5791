"""Cards a briefing editor deletes as junk (helper e18f): each test writes its own short
article in the pattern and says what must not be drafted, and what must still be."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.authoring.article import Article
from trainer.core.authoring.contact_lines import (
    is_contact_heading,
    is_contact_line,
    without_contact_lines,
)
from trainer.core.authoring.name_numbers import numbers_a_name


def _cards(tmp_path: Path, text: str) -> dict[str, str]:
    return {card.prompt: card.answer_text for card in drafted_cards(tmp_path, text)}


def test_a_press_contact_line_is_no_card(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The Harbour Board approved a new ferry timetable on Tuesday, its chair, Dr Lene "
        "Ostrava-Maki, said.\n\n"
        "Media contact: Tobiah Wren-Castell, Head of Communications, Harbour Board. Email: "
        "press@harbour.example\n\n"
        "Investor Contact: Ilse Varga-Moon, Vice President, Investor Relations, "
        "ir@harbour.example",
    )
    assert "Tobiah Wren-Castell" not in cards.values()
    assert "Ilse Varga-Moon" not in cards.values()
    assert "Lene Ostrava-Maki" in cards.values()


def test_the_lines_under_a_media_enquiries_heading_are_no_cards(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The clinic reopened after a £2 million refit, Valley Health's chief executive, Omar "
        "Falkirk-Teo, said.\n\n"
        "Media enquiries:\nMarta Quennell-Aro, Press Officer, Valley Health\n"
        "press@valley.example | +44 20 0000 1111",
    )
    assert "Marta Quennell-Aro" not in cards.values()
    assert "Omar Falkirk-Teo" in cards.values()


def test_what_is_a_contact_line() -> None:
    assert is_contact_heading("Media enquiries:")
    assert is_contact_heading("CONTACTS")
    assert is_contact_heading("For media enquiries, please contact:")
    assert not is_contact_heading("Information")
    assert is_contact_line("Donor relations: Sofia Lind, Resource Unit, Geneva")
    assert is_contact_line("press@body.example | +358 29 000 1234")
    # A sentence naming whom to call is the story's prose, and stays.
    assert not is_contact_line(
        "For further information, please contact Jo Reed, Head of Communications."
    )
    assert not is_contact_line("Mediators said on Monday that talks would resume.")


def test_the_sentences_after_a_contact_on_its_line_stay() -> None:
    line = "Media contact: Relief Office, Harare. This update is based on reports from field teams."
    article = Article(path=Path("update.txt"), text=line, lines=(line,))
    assert without_contact_lines(article).lines == (
        "This update is based on reports from field teams.",
    )


def test_a_number_inside_a_name_is_no_count(tmp_path: Path) -> None:
    # "The Halden how many company ...?" cuts the name in two.
    cards = _cards(
        tmp_path,
        "The Halden 100 company said on Tuesday that it would close 38 of its 412 stores. "
        "Sales of its Lumora 9 reading lamp rose to 61,000 units.",
    )
    assert "100" not in cards.values()
    assert "9" not in cards.values()
    assert "38" in cards.values()
    assert "61,000" in cards.values()


def test_what_is_a_number_inside_a_name() -> None:
    assert numbers_a_name("passengers at Heathrow Terminal ", "5 queued")
    assert not numbers_a_name("Some ", "40 people marched")  # a sentence's first word
    assert not numbers_a_name("Toronto received ", "19 votes")
    assert not numbers_a_name("Norway's ", "5 million people")
    assert not numbers_a_name("on Thursday ", "400 people")
    assert not numbers_a_name("by Nkr ", "40 billion a year")  # a currency's code
