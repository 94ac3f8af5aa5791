"""People as newsrooms name them: a courtesy title between role and name, compound titles,
council and company offices, roles after the name ("of ...", "at ..."), roles told by what
the person does ("who chairs ..."), and "its" resolved past a quotation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck


def _cards(tmp_path: Path, text: str) -> list[dict[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    cards: list[dict[str, str]] = deck["cards"]
    return cards


def _answers(cards: list[dict[str, str]]) -> dict[str, str]:
    return {card["prompt"]: card["answer"] for card in cards}


@pytest.mark.parametrize(
    ("sentence", "prompt", "name"),
    [
        (
            "Minister of Health Dr. Chanda Mwiinga opened the clinic on 3 May 2026.",
            "Who is the Minister of Health?",
            "Chanda Mwiinga",
        ),
        (
            "Acme Chief Executive Mark Tessier said costs rose 4% in 2025.",
            "Who is the Acme Chief Executive?",
            "Mark Tessier",
        ),
        (
            "Costs rose 4% in 2025, said Dr. Ruth Banda, the ministry's director of public health.",
            "Who is the ministry's director of public health?",
            "Ruth Banda",
        ),
        (
            "Sailings fell 4% in 2025, said Lars Berg, head of network planning at Nordlys Line.",
            "Who is the head of network planning at Nordlys Line?",
            "Lars Berg",
        ),
        (
            "The World Health Organization's country representative, Dr. Samuel Okello, said "
            "cases rose 4% in 2025.",
            "Who is the World Health Organization's country representative?",
            "Samuel Okello",
        ),
        (
            "Councillor Margaret Osei, who chairs the finance committee, voted against the "
            "4% rise.",
            "Who is the chair of the finance committee?",
            "Margaret Osei",
        ),
        (
            "Prices rose 4% in 2025, said Tomasz Brandt, a portfolio manager at Northgate Capital.",
            "Who is the portfolio manager at Northgate Capital?",
            "Tomasz Brandt",
        ),
    ],
)
def test_a_role_in_each_common_form_asks_for_the_full_name(
    tmp_path: Path, sentence: str, prompt: str, name: str
) -> None:
    assert _answers(_cards(tmp_path, sentence + "\n")).get(prompt) == name


def test_a_speaker_named_by_surname_after_a_title_gets_the_full_name(tmp_path: Path) -> None:
    text = (
        "The motion was moved by Councillor Tom Reyes of Ward 3.\n\n"
        '"This budget listens to them," Reyes said.\n'
    )
    [quote] = [card for card in _cards(tmp_path, text) if card["id"].startswith("quote-")]
    assert quote["answer"] == "Tom Reyes" and "note" not in quote


def test_its_after_a_quotation_is_the_body_named_before_the_speakers_title(
    tmp_path: Path,
) -> None:
    text = (
        '"This gives us a second mine," Acme Chief Executive Mark Tessier said. '
        "Its chief financial officer, Elena Vukovic, told analysts savings would reach "
        "$150 million.\n"
    )
    answers = _answers(_cards(tmp_path, text))
    assert answers.get("Who is Acme’s chief financial officer?") == "Elena Vukovic"


def test_a_bare_title_asks_what_the_person_did_not_who_holds_it(tmp_path: Path) -> None:
    text = "Mayor Denise Albright had proposed a new library for the east side.\n"
    cards = _cards(tmp_path, text)
    people = [card for card in cards if card["id"].startswith("person-")]
    assert [(card["prompt"], card["answer"]) for card in people] == [
        ("Who had proposed a new library for the east side?", "Denise Albright")
    ]


def test_its_is_the_name_the_sentence_before_gives_its_subject(tmp_path: Path) -> None:
    text = (
        "The European Union's naval mission, Operation Aspides, has escorted 1,200 ships. "
        "Its commander, Rear Admiral Paolo Vitale, said escorts alone were not enough.\n"
    )
    answers = _answers(_cards(tmp_path, text))
    # "Its" is the operation; the operation's name is a card of its own, so this prompt
    # calls it by its kind rather than give that answer away.
    assert answers.get("Who is the operation’s commander?") == "Paolo Vitale"
    assert answers.get("What is the name of the operation?") == "Operation Aspides"


def test_a_named_thing_is_asked_by_what_it_is_to_its_owner(tmp_path: Path) -> None:
    text = "Cordillera's main asset, the Quebrada Alta mine in northern Chile, is ageing.\n"
    answers = _answers(_cards(tmp_path, text))
    assert answers.get("Which mine is Cordillera's main asset?") == "Quebrada Alta"


def test_a_way_between_two_named_places_asks_for_them(tmp_path: Path) -> None:
    text = "Ships use the narrow passage between Yemen and Djibouti less than before.\n"
    answers = _answers(_cards(tmp_path, text))
    assert answers.get("Which two places does the passage lie between?") == "Yemen and Djibouti"
    talks = "The talks between Rubio and Lavrov lasted 3 hours.\n"
    assert not any("lie between" in prompt for prompt in _answers(_cards(tmp_path, talks)))
