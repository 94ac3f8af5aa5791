"""Prompts read away from the article: no opening "She added that", no quotation longer
than the question needs, no appositive's comma left where a name was hidden, and no
question over twenty words."""

from __future__ import annotations

from pathlib import Path

import yaml

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.stand_alone import (
    PROMPT_WORDS,
    quotation_opening,
    within_words,
    without_reporting_frame,
)


def _cards(tmp_path: Path, text: str) -> list[dict[str, str]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    cards: list[dict[str, str]] = deck["cards"]
    return cards


def test_a_reporting_frame_with_a_pronoun_goes() -> None:
    assert without_reporting_frame(
        "She added that coverage of the second dose fell to what percentage?"
    ) == ("Coverage of the second dose fell to what percentage?")
    assert without_reporting_frame(
        "He told reporters the agency would deploy how many epidemiologists?"
    ) == ("The agency would deploy how many epidemiologists?")
    # Too little would be left to say what the question is about.
    assert without_reporting_frame("She said it was how much?") == "She said it was how much?"


def test_a_long_quotation_is_cut_to_its_opening() -> None:
    assert quotation_opening("one two three four five", 3) == "one two three …"
    assert quotation_opening("one two", 3) == "one two"


def test_drafted_prompts_stand_alone_and_stay_short(tmp_path: Path) -> None:
    text = (
        "Minister of Health Dr. Jane Phiri spoke on 3 May 2026. She added that coverage of "
        "the second routine measles dose fell to 61% last year, well below target. "
        '"Every child who misses this vaccine is a child we leave exposed to a disease we '
        'know how to stop, and we will not stop," Phiri said. '
        '"This gives us a second mine," Acme Chief Executive Mark Tessier said. '
        "Its chief financial officer, Elena Vukovic, told analysts the company expected "
        "savings of $150 million.\n"
    )
    cards = _cards(tmp_path, text)
    prompts = {card["answer"]: card["prompt"] for card in cards}
    assert prompts["61%"].startswith("Coverage of the second routine measles dose")
    assert all(len(card["prompt"].split()) <= PROMPT_WORDS for card in cards)
    assert "officer, told" not in prompts["$150 million"]
    assert "Elena" not in prompts["$150 million"]


def test_a_prompt_lengthened_by_a_hidden_name_is_cut_around_its_question() -> None:
    long = (
        "The Prime Minister of the Republic of New Zealand made the holiday an election "
        "promise in the campaign, and won which year's general election with a large majority?"
    )
    cut = within_words(long)
    assert len(cut.split()) <= PROMPT_WORDS
    assert "which year's general election" in cut and cut.endswith("?")
    # The subject stays: the named body it belongs to and the words after the question go.
    assert cut == (
        "The Prime Minister made the holiday an election promise in the campaign, and won "
        "which year's general election?"
    )
    assert within_words("How long was the meeting?") == "How long was the meeting?"
