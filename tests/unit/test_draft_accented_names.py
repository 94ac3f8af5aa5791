"""Names whose first letters carry accents ("Åsa", "Pål", "Élodie") are people like any
other: their roles and their quotations are drafted."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_roles_and_quotes_of_accented_names_are_drafted(tmp_path: Path) -> None:
    article_path = tmp_path / "ferry.txt"
    article_path.write_text(
        "The operator Vestsund Lines will cut winter sailings from 1 November 2026.\n\n"
        "Vestsund's chief executive, Pål Berge, said fuel costs had doubled.\n\n"
        '"This leaves every family on the islands stranded," said Élodie Marchal, who leads '
        "the islanders' association.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "ferry.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "f", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    answers = {card.prompt: str(card.answer) for card in cards if card.kind == "name"}
    assert answers.get("Who is Vestsund's chief executive?") == "Pål Berge"
    [said] = [who for prompt, who in answers.items() if "every family" in prompt]
    assert said == "Élodie Marchal"


def _name_answers(tmp_path: Path, text: str) -> dict[str, str]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "s", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards if card.kind == "name"}


def test_letters_beyond_latin_1_are_letters_of_the_name(tmp_path: Path) -> None:
    # Lithuanian, Polish and Turkish letters (Latin Extended-A) no longer cut a name at
    # the first of them ("Žemaitė-Vilkas" read as "Vilkas").
    answers = _name_answers(
        tmp_path,
        "Talks on river dredging opened in Kaunas on Monday.\n\n"
        "Lithuanian Transport Minister Dalė Žemaitė-Vilkas chaired the meeting.\n\n"
        '"We asked for more, but this is real money," Žemaitė-Vilkas told reporters.\n\n'
        "Łucja Wędrowska, the mayor of Gdynia, said 14 ports would share the fund.\n\n"
        "Şevket Güllüoğlu, a Turkish engineer, said the dredgers would arrive in May.\n",
    )
    assert answers.get("Who is the Lithuanian Transport Minister?") == "Dalė Žemaitė-Vilkas"
    [said] = [who for prompt, who in answers.items() if "real money" in prompt]
    assert said == "Dalė Žemaitė-Vilkas"
    assert answers.get("Who is the mayor of Gdynia?") == "Łucja Wędrowska"
    assert answers.get("Who is the Turkish engineer?") == "Şevket Güllüoğlu"


def test_vietnamese_letters_are_letters_of_the_name(tmp_path: Path) -> None:
    # Latin Extended Additional ("ễ", "ị"): the family name stays on the name.
    answers = _name_answers(
        tmp_path,
        "The delta agency has a new adviser.\n\n"
        "Trần Thị Mỹ Linh, who ran the flood office in Cần Thơ, joined the agency in May.\n\n"
        '"The river does not read our budgets, and it never will," Trần said.\n',
    )
    assert "Trần Thị Mỹ Linh" in answers.values()
    assert "Thị Mỹ Linh" not in answers.values()
    # Called later by the family name, written first: the speaker is the whole name.
    [said] = [who for prompt, who in answers.items() if "read our budgets" in prompt]
    assert said == "Trần Thị Mỹ Linh"


def test_a_sentence_may_open_on_a_letter_beyond_latin_1(tmp_path: Path) -> None:
    # "… closed. Łukasz Wróbel said …": the capital opens a new sentence, so the count of
    # the next sentence is asked on its own.
    answers = _name_answers(
        tmp_path,
        "The bridge over the Vistula closed on Monday. Łukasz Wróbel, the city engineer, "
        "said 12 bridges needed repairs.\n",
    )
    assert answers.get("Who is the city engineer?") == "Łukasz Wróbel"
