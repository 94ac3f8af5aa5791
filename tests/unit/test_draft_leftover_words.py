"""Where another card's answer is cut from a prompt, no word that led into it is left
dangling ("Net profit of compared with how much?", "As, donors had pledged how much?",
"a Category storm", "Core inflation: (September: what percentage)"): the opener goes whole,
or "…" shows where the answer was; a cut that leaves a phrase whole stays as it is."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.leftover_words import (
    left_dangling,
    without_bare_opener,
    without_stacked_preposition,
)
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck

# A word that leads into a phrase, right before punctuation or a word that cannot head it.
_DANGLING = re.compile(
    r"\b(?:of|as|a|an|the|at|in|on|by|to|or|and)\s*(?:[,:;?)]|\s(?:compared|versus|or|and)\b)",
    re.I,
)


def _asked(tmp_path: Path, text: str) -> dict[str, str]:
    """Each drafted card's answer, by its prompt."""
    article_path = tmp_path / "article.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "article.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "t", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    return {card.prompt: str(card.answer) for card in cards}


def _no_dangling_word(asked: dict[str, str]) -> None:
    for prompt in asked:
        assert not _DANGLING.search(prompt), prompt
        assert not re.search(r"\(\s*\w+:\s*(?:what|how)\b", prompt.split("…")[0]), prompt


def test_a_results_release_never_asks_of_compared_with(tmp_path: Path) -> None:
    asked = _asked(
        tmp_path,
        "Harbour Grid reports third quarter results\n\n"
        "OSLO, 4 November 2026 - Harbour Grid said on Tuesday that its results beat forecasts.\n\n"
        "Net profit of $41.2 million, or $0.61 per share, compared with $22.5 million a year "
        "earlier.\n",
    )
    _no_dangling_word(asked)
    earlier = next(prompt for prompt, answer in asked.items() if answer == "$22.5 million")
    assert earlier == "What was net profit a year earlier?"


def test_an_as_of_opener_whose_date_was_cut_goes_whole(tmp_path: Path) -> None:
    asked = _asked(
        tmp_path,
        "Flood appeal: situation update\n\n"
        "As of 30 October, donors had pledged US$52 million toward the appeal, or 44% of "
        "requirements.\n\n"
        "Some 18,000 people remain in evacuation centres, the agency said.\n",
    )
    _no_dangling_word(asked)
    assert asked["Donors had pledged how much toward the appeal?"] == "US$52 million"
    assert not any(prompt.startswith(("As,", "As or")) for prompt in asked)


def test_a_category_whose_number_was_cut_shows_where_it_was(tmp_path: Path) -> None:
    asked = _asked(
        tmp_path,
        "Typhoon Mirae strikes northern coast\n\n"
        "The storm made landfall near Tamsui on 12 October as a Category 3 storm, bringing "
        "winds of 180 km/h.\n",
    )
    _no_dangling_word(asked)
    assert not any("a Category storm" in prompt for prompt in asked)
    assert any("a Category … storm" in prompt for prompt in asked)


def test_a_bracketed_earlier_figure_keeps_the_cut_figure_as_an_ellipsis(tmp_path: Path) -> None:
    asked = _asked(
        tmp_path,
        "Consumer prices, October 2026\n\n"
        "Prices rose again in October, the statistics office said on 18 November 2026.\n\n"
        "Headline inflation: 2.9% (September: 3.1%).\n\n"
        "Core inflation: 3.4% (September: 3.7%).\n",
    )
    _no_dangling_word(asked)
    assert asked["Core inflation: what percentage?"] == "3.4%"
    assert asked["Core inflation: … (September: what percentage)?"] == "3.7%"


def test_a_cut_that_leaves_a_phrase_whole_stays_as_it_is() -> None:
    # The phrase's head is still there: "to … people" reads "to people".
    assert not left_dangling(
        "The programme will extend safe piped water to people in how many counties?",
        "The programme will extend safe piped water to an estimated … people in how many counties?",
    )
    # "by at least … by the end" cut to "by the end": the first "by" went with its figure.
    assert not left_dangling(
        "Set a target to reduce rental spending by the end of what year?",
        "Set a target to reduce rental spending by at least … by the end of what year?",
    )
    # A modifier cut from a noun phrase ("the phase 2 … trial") leaves it whole.
    assert not left_dangling(
        "The phase 2 trial enrolled how many patients?",
        "The phase 2 … trial enrolled how many patients?",
    )
    assert not left_dangling("Prices rose by how much?", "Prices rose by how much?")


def test_a_cut_that_leaves_a_leading_word_is_found() -> None:
    assert left_dangling(
        "GAAP net income of compared with how much?",
        "GAAP net income of …, or … per diluted share, compared with how much?",
    )
    assert left_dangling(
        "Services inflation: (September: what percentage)?",
        ("Services inflation: … (September: what percentage)?"),
    )
    assert left_dangling(
        "Rental cost how much over the examined?",
        "Rental cost how much over the … examined?",
    )
    assert left_dangling("How much is pencilled in ago?", "How much is pencilled in … ago?")
    assert left_dangling(
        "The storm struck as a Category storm on what date?",
        "The storm struck as a Category … storm on what date?",
    )


def test_a_participle_before_its_noun_keeps_its_phrase_whole() -> None:
    # "the … licensed vendors" cut to "the licensed vendors": the noun is still there.
    assert not left_dangling(
        "Sales reached what share of the licensed vendors?",
        "Sales reached what share of the … licensed vendors?",
    )


def test_an_opener_left_with_only_its_comma_goes() -> None:
    assert without_bare_opener("As, donors had pledged how much?") == (
        "Donors had pledged how much?"
    )
    kept = "As expected, donors had pledged how much?"
    assert without_bare_opener(kept) == kept


def test_a_question_phrase_after_the_sentences_own_preposition() -> None:
    assert without_stacked_preposition("Work will be completed by in which season?") == (
        "Work will be completed by which season?"
    )
    kept = "Work will start in which season?"
    assert without_stacked_preposition(kept) == kept
