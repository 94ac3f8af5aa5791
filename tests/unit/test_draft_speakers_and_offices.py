"""Four faults of drafting on an unseen round, each on sentences written for this test:
a pronoun set aside for a quote's reporter ("Okafor, he said, ...") is no clue to the
named person's gender; an office's field of two capitalised words is no part of the name
after it; a title line's card never costs the lead sentence its figures; a prompt holding one
side of a parenthesis reads broken."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_people import is_field_word
from trainer.core.authoring.finishing import reads_broken
from trainer.core.authoring.person_names import gender_of
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck


def _draft(tmp_path: Path, body: str) -> list[Card]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(
        f"Test headline\nThe Daily Test | Thursday 3 December 2026\n\n{body}\n", encoding="utf-8"
    )
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "s", deck_path)
    return list(parse_deck(draft.text.encode("utf-8"), deck_path).cards)


def test_a_reporters_aside_says_nothing_of_the_persons_gender() -> None:
    text = (
        "The board chair, Martin Ekwueme, said the search had taken a year. "
        'Adaeze Okafor, he said, "was the clearest candidate we saw." '
        "Okafor starts in March."
    )
    assert gender_of("Adaeze Okafor", text) is None
    assert gender_of("Adaeze Okafor", text + " Okafor said she would visit every site.") == "f"


def test_she_said_goes_to_the_woman_not_the_last_man_named(tmp_path: Path) -> None:
    cards = _draft(
        tmp_path,
        "The port authority named Adaeze Okafor, 51, as its new director on Tuesday.\n\n"
        "Board chair Martin Ekwueme said the panel had met nine candidates. Okafor, he said, "
        '"was the only one with a plan for the night shifts".\n\n'
        "Okafor does not dispute that fees will rise. "
        '"The cranes were bought by our parents and they are worn out," she said.',
    )
    said = [card for card in cards if card.prompt.startswith("Who said this?")]
    assert said and all(card.answer_text == "Adaeze Okafor" for card in said), [
        (card.prompt, card.answer_text) for card in said
    ]


def test_an_offices_field_is_not_the_start_of_the_name(tmp_path: Path) -> None:
    cards = _draft(
        tmp_path,
        "Minister for Coastal Planning Aoife Brennan-Kealy said the sea wall would be "
        "finished by May.",
    )
    people = {card.prompt: card.answer_text for card in cards if card.kind == "name"}
    assert people.get("Who is the Minister for Coastal Planning?") == "Aoife Brennan-Kealy", people
    for field in ("Planning", "Development", "Security", "Standards", "Affairs"):
        assert is_field_word(field)
    for given in ("Ming", "Hans", "Niels", "James", "Douglas", "Rory", "Aoife"):
        assert not is_field_word(given)


def test_a_title_lines_month_does_not_cost_the_lead_its_figures(tmp_path: Path) -> None:
    cards = _draft(
        tmp_path,
        "MEDIA RELEASE\nHarbour Statistics Office\nPort Throughput, September 2026\n\n"
        "Container throughput at the port rose to 412,000 boxes in September, up from "
        "388,000 in August, according to figures released today.",
    )
    answers = [card.answer_text for card in cards]
    assert "412,000" in answers and "388,000" in answers, answers


def test_a_cut_that_kept_one_side_of_a_parenthesis_reads_broken() -> None:
    assert reads_broken("What did Heavitree) say the 40 flats were?")
    assert reads_broken("Cllr Ann Reed (Heavitree said how many flats were too tall?")
    assert not reads_broken("The value of exports fell (how much)?")
