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
from trainer.core.authoring.name_numbers import number_in_a_name


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
    assert not is_contact_line("Kettle helpline: 0800 123 4567, open 8am to 8pm")
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


def _names(sentence: str, number: str) -> bool:
    start = sentence.index(number)
    return number_in_a_name(sentence, start, start + len(number))


def test_what_is_a_number_inside_a_name() -> None:
    assert _names("Passengers at Heathrow Terminal 5 queued for hours.", "5")
    assert _names("Pupils of the Escola Secundária 25 de Setembro marched.", "25")
    assert not _names("Some 40 people marched.", "40")  # a sentence's first word
    assert not _names("Toronto received 19 votes.", "19")
    assert not _names("Norway's 5 million people voted.", "5")
    assert not _names("Police said on Thursday 400 people marched.", "400")
    assert not _names("The levy raised by Nkr 40 billion a year.", "40")  # a currency's code
    assert not _names("It was a Category 4 storm.", "4")  # a rank is a fact of its own


def _said(tmp_path: Path, text: str) -> dict[str, str]:
    return {
        prompt: answer
        for prompt, answer in _cards(tmp_path, text).items()
        if prompt.startswith("Who said this?")
    }


def test_she_said_after_someone_named_only_once_is_hers(tmp_path: Path) -> None:
    # The councillor named more often is not the one the "she" means.
    said = _said(
        tmp_path,
        "Cllr Tomasz Orrell-Vane, the council's finance lead, said the plan would cost £9 "
        "million. Orrell-Vane said the vote was close.\n\n"
        "Residents spoke before the vote. Mairead Quillon, 68, who has lived on the estate "
        'for forty years, said she felt ignored. "Nobody here was asked what we wanted from '
        'this plan," she said.\n\n'
        "Detective Sergeant Ines Halloran-Pike, of the county fraud unit, said the inquiry "
        'took two years. "This was a patient and deliberate theft from the people it '
        'served," she said.',
    )
    assert set(said.values()) == {"Mairead Quillon", "Ines Halloran-Pike"}


def test_she_said_goes_back_to_the_nearest_sentence_naming_her(tmp_path: Path) -> None:
    # The last full name written (the president) is not whom "she" means: the paragraph
    # before names the speaker by surname.
    said = _said(
        tmp_path,
        "Opposition leader Carla Benedetti-Ross said on Monday that her party would table a "
        "motion of no confidence in the government of Prime Minister Arno Velde.\n\n"
        "President Ilse Marrow-Quint, who returns from Chile next week, must then decide "
        "whether to call elections.\n\n"
        "Benedetti-Ross ended her speech by promising to publish a housing budget.\n\n"
        "Asked whether she was ready to govern, she did not hesitate. "
        '"We were ready a year ago and we are ready now," she said.',
    )
    assert set(said.values()) == {"Carla Benedetti-Ross"}


def test_a_clause_or_a_leaning_is_no_name_to_ask(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "In Paris, the reaction was cool. Anna Berg, who speaks on trade for the centre-right "
        "Civic Union, said the plan was late. Lumo, the Oslo-based carmaker, grew fast.",
    )
    assert "In Paris" not in cards.values()
    assert not any("name of the centre-right" in prompt for prompt in cards)
    assert cards["What is the Oslo-based carmaker called?"] == "Lumo"
