"""People named in full once and by surname later: "she said" after a quotation is the
person the paragraph is about, and a double surname stays whole in the answer."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.named_in_full import full_name_of, people_named_in_full
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

STORY = (
    "By Ann Writer\n\n"
    "On a wet evening in the harbour town, Lena Vasquez Roy addressed the dockworkers.\n\n"
    "Tomas Ekberg, who leads the rival list, stayed away. Published Dec. 4.\n\n"
    "Vasquez, meanwhile, is promising cheaper ferries to the islands. Her plan has drawn "
    'students to her meetings. "Nobody should pay a day\'s wage to cross the water," she '
    "said at the quay.\n\n"
    'Ekberg, a former harbour master, answered on Tuesday. "The ferries are fine as they '
    'are," he said.\n'
)


def test_a_full_name_whose_surname_comes_back_alone_is_a_person() -> None:
    names = people_named_in_full(STORY)
    assert names == ["Lena Vasquez Roy", "Tomas Ekberg"]
    assert full_name_of("Vasquez", STORY) == "Lena Vasquez Roy"
    assert full_name_of("Ekberg", STORY) == "Tomas Ekberg"
    assert full_name_of("Writer", STORY) is None  # never written alone


def _quote_answers(tmp_path: Path) -> dict[str, str]:
    article_path = tmp_path / "ferry.txt"
    article_path.write_text(STORY, encoding="utf-8")
    deck_path = tmp_path / "ferry.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "ferry", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards if card.prompt.startswith("Who said")}


def test_she_after_a_quote_is_the_person_the_paragraph_is_about(tmp_path: Path) -> None:
    answers = _quote_answers(tmp_path)
    [wage] = [answer for prompt, answer in answers.items() if "day's wage" in prompt]
    assert wage == "Lena Vasquez Roy"
    [fine] = [answer for prompt, answer in answers.items() if "ferries are fine" in prompt]
    assert fine == "Tomas Ekberg"


def test_whose_the_person_is_or_their_party_is_no_part_of_their_name(tmp_path: Path) -> None:
    story = (
        "Plymouth Courier | Friday 4 December 2026\n\n"
        "Labour's Yusuf Carrow-Nance has been elected mayor by 412 votes. The Liberal Democrat"
        " Piotr Zelewski came third. Carrow-Nance's agent, Councillor Bryn Soames, asked for"
        " a recount, which was granted.\n\n"
        "In his speech, Carrow-Nance repeated his pledges:\n\n- a rent freeze;\n\n"
        '- free buses.\n\n"I spent eleven years in an ambulance in this city," he said.\n\n'
        "Zelewski said the party had doubled its vote.\n"
    )
    assert people_named_in_full(story)[0] == "Yusuf Carrow-Nance"
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(path)).article(path), "story", deck_path)
    cards = parse_deck(draft.text.encode(), deck_path).cards
    # "he said" after the pledges is the mayor's, not the agent's named before them.
    [quote] = [card for card in cards if "ambulance" in card.prompt and card.kind == "name"]
    assert quote.answer_text == "Yusuf Carrow-Nance"
    assert not any(card.answer_text.startswith("Democrat") for card in cards)
