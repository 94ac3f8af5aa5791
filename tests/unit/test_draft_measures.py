"""Ranges, sizes made adjectives, vote counts and multipliers are each one fact, asked as
one question, not split into cards on their parts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.draft_fixtures import drafted_cards
from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_measures import find_measures


def _cards(tmp_path: Path, text: str) -> list[dict[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    cards: list[dict[str, str]] = deck["cards"]
    return cards


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The detour adds 10 to 14 days to a voyage.", "10 to 14 days"),
        ("It will vaccinate children aged nine months to 14 years.", "nine months to 14 years"),
        ("Sentences range between 3 and 5 years in prison.", "3 and 5 years"),
        ("The council approved the plan, voting 7-4.", "7-4"),
        ("The plan passed by a 5-2 vote on the night.", "5-2"),
        ("Premiums are still seven times the 2023 rate.", "seven times"),
        ("The 12-day campaign starts soon.", "12 days"),
        ("The 29-kilometre-wide passage links two seas.", "29 kilometres"),
        ("They met for a six-hour session.", "six hours"),
        ("The deal needs approval from two-thirds of shareholders.", "two-thirds"),
        ("The judge cut the fine by a third to reflect the plea.", "a third"),
        ("They expect it to close in the third quarter of 2026.", "the third quarter of 2026"),
        ("Ships crossed in 2025, against 72 a day before.", "72"),
    ],
)
def test_each_measure_is_one_fact(sentence: str, answer: str) -> None:
    assert [fact.answer for fact in find_measures(sentence, 1)] == [answer]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between 3 firms and 5 banks went on.",
        "A 9-member board met.",
        "A third party was blamed.",
    ],
)
def test_no_measure_where_there_is_none(sentence: str) -> None:
    assert find_measures(sentence, 1) == []


def test_a_range_is_one_card_and_the_figure_beside_it_keeps_its_question(
    tmp_path: Path,
) -> None:
    text = "Diverting adds about 3,500 nautical miles and 10 to 14 days to a voyage.\n"
    cards = _cards(tmp_path, text)
    answers = [card["answer"] for card in cards]
    assert "10 to 14 days" in answers
    assert not {"10", "14 days"} & set(answers)
    [miles] = [card for card in cards if card["answer"] == "3,500"]
    assert "14" not in miles["prompt"] and "10" not in miles["prompt"]


def test_a_hyphenated_size_asks_about_its_noun(tmp_path: Path) -> None:
    cards = _cards(tmp_path, "Councillors met for a six-hour meeting that ran past midnight.\n")
    assert {card["prompt"]: card["answer"] for card in cards}["How long was the meeting?"] == (
        "six hours"
    )


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Oslo and Lima signed a 12-year gas supply agreement in May.",
            "How long was the gas supply agreement?",
            "12 years",
        ),
        (
            "The broadcaster agreed a 10-year news licensing deal with the league.",
            "How long was the news licensing deal?",
            "10 years",
        ),
        (
            "Pilots staged a two-day strike ending on Friday.",
            "How long was the strike?",
            "two days",
        ),
    ],
)
def test_a_hyphenated_size_names_its_whole_compound_noun(
    tmp_path: Path, sentence: str, prompt: str, answer: str
) -> None:
    cards = _cards(tmp_path, sentence + "\n")
    assert {card["prompt"]: card["answer"] for card in cards}.get(prompt) == answer


def test_a_vote_count_is_asked_on_the_clause_it_closes(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path, "Councillors approved the new budget, voting 7-4 after a long meeting.\n"
    )
    [vote] = [card for card in cards if card["answer"] == "7-4"]
    assert vote["prompt"] == "Councillors approved the new budget, by what vote?"
    assert vote["evidence"].endswith("after a long meeting.")


def test_last_year_stays_in_another_cards_prompt(tmp_path: Path) -> None:
    text = "Budget rises\n\nThursday, April 16, 2026\n\nLast year's budget was $389 million.\n"
    [figure] = [card for card in _cards(tmp_path, text) if card["answer"] == "$389 million"]
    assert figure["prompt"] == "Last year's budget was how much?"


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The new ferry will cross in 2 hours 15 minutes.", "2 hours 15 minutes"),
        ("The inquiry sat for four hours and 10 minutes on Monday.", "four hours and 10 minutes"),
        ("He served three years and eight months of the term.", "three years and eight months"),
    ],
)
def test_a_length_of_time_in_two_units_is_one_fact_asked_how_long(
    tmp_path: Path, sentence: str, answer: str
) -> None:
    assert [(fact.answer, fact.question) for fact in find_measures(sentence, 1)] == [
        (answer, "how long")
    ]
    cards = drafted_cards(tmp_path, f"Ferry story\n\n{sentence}\n")
    asked = [card for card in cards if "how long" in card.prompt]
    assert [card.answer_text for card in asked] == [answer]
    # Neither unit is asked on its own: "2 hours" or "15" alone would be a wrong answer.
    assert not any(card.answer_text in answer and card.answer_text != answer for card in cards)
