"""Dates as newsrooms write them: a place before the date line's date, "next Monday" on a
Monday, a weekday in a clause of its own, a month and day with no year in the future tense,
and a wire dateline that is no part of the first sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from trainer.core.authoring.article import Article
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_dates import find_dateline
from trainer.core.authoring.relative_dates import find_relative_dates


def _article(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return Article(path=path, text=text, lines=tuple(text.splitlines()))


def _cards(tmp_path: Path, text: str) -> tuple[dict[str, object], list[dict[str, str]]]:
    article = _article(tmp_path, text)
    draft = draft_deck(article, "story", tmp_path / "story.yaml")
    deck = yaml.safe_load(draft.text)
    return deck, deck["cards"]


@pytest.mark.parametrize(
    "line", ["Lusaka, Monday 9 February 2026", "Port Moresby, 9 February 2026"]
)
def test_a_named_place_before_the_date_line_is_the_publication_date(
    tmp_path: Path, line: str
) -> None:
    text = f"Ministry opens clinics\n\n{line}\n\nThe ministry opened 12 clinics on Thursday.\n"
    dateline = find_dateline(_article(tmp_path, text))
    assert dateline is not None and dateline.date == dt.date(2026, 2, 9)
    deck, cards = _cards(tmp_path, text)
    assert deck["sources"]["s1"]["published"] == "2026-02-09"
    # The date line is asked only as the date of the article itself.
    assert [card["prompt"] for card in cards if card["answer"] == "2026-02-09"] == [
        "When was the article published?"
    ]
    assert "2026-02-05" in {card["answer"] for card in cards}


def test_next_monday_written_on_a_monday_is_a_week_on() -> None:
    monday = dt.date(2026, 2, 9)
    text = "The campaign will begin next Monday."
    article = Article(path=Path("s.txt"), text=text, lines=(text,))
    [found] = find_relative_dates(article, monday)
    assert found.value == dt.date(2026, 2, 16)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The noun phrase's clause has no verb: a closing price is past.
        (
            "X will pay $18 a share, a premium of 31% to the closing price on Monday.",
            dt.date(2026, 3, 2),
        ),
        ("The board will vote on Monday.", dt.date(2026, 3, 9)),
    ],
)
def test_the_weekdays_own_clause_decides_its_direction(sentence: str, expected: dt.date) -> None:
    tuesday = dt.date(2026, 3, 3)
    article = Article(path=Path("s.txt"), text=sentence, lines=(sentence,))
    [found] = find_relative_dates(article, tuesday)
    assert found.value == expected


def test_a_month_and_day_in_the_future_tense_is_the_coming_one(tmp_path: Path) -> None:
    text = (
        "Council passes budget\n\nThursday, November 12, 2026\n\n"
        "The budget, which takes effect January 1, raises taxes by 3%. "
        "The old rates ended on March 3.\n"
    )
    _, cards = _cards(tmp_path, text)
    answers = {card["answer"] for card in cards}
    assert "2027-01-01" in answers
    assert "2026-03-03" in answers


def test_a_wire_dateline_is_left_out_of_the_first_sentence(tmp_path: Path) -> None:
    text = (
        "Firm buys rival\n\nPublished March 3, 2026\n\n"
        "TORONTO, March 3 (Reuters) - Acme Corp said on Tuesday it had agreed to buy Beta Ltd.\n"
    )
    _, cards = _cards(tmp_path, text)
    # (the dateline is the story's own date card, "On what date was the story from Toronto
    # filed?", beside the day the story tells of)
    dated = [card for card in cards if card["answer"] == "2026-03-03"]
    [card] = [card for card in dated if not card["evidence"].startswith("TORONTO")]
    assert "TORONTO" not in card["prompt"] and "March 3" not in card["prompt"]
    assert card["evidence"].startswith("Acme Corp said on Tuesday")
