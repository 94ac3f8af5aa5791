"""A length of time ("six months", "52 years") is drafted as a number card, so "6" answers
"how many months?"; it stays a fact of its own beside the same number counting something
else ("six deaths", "10 hours" beside "10 days")."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.duration_kinds import counted_kind, time_unit
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck
from trainer.core.grading import grade


def _cards(tmp_path: Path, text: str) -> list[Card]:
    article_path = tmp_path / "story.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "story.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "s", deck_path)
    return list(parse_deck(draft.text.encode("utf-8"), deck_path).cards)


def test_lengths_of_time_are_counts_and_other_text_is_not() -> None:
    for answer in ("six months", "52 years", "three consecutive days", "200 days", "ten years"):
        assert counted_kind("text", answer) == "number", answer
    for answer in ("a third", "the fourth quarter of 2026", "2019 to 2021", "several years"):
        assert counted_kind("text", answer) == "text", answer
    # A card already a name or a date keeps its kind.
    assert counted_kind("name", "Ten Days") == "name"
    assert time_unit("six months") == "month"
    assert time_unit("10 hours") != time_unit("10 days")
    assert time_unit("six") is None


def test_a_drafted_duration_grades_the_count_in_figures(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The ferry operator Kelsund Lines will suspend its night service for six months "
        "while the harbour wall is rebuilt, the port authority said on Monday.\n",
    )
    [card] = [card for card in cards if str(card.answer) == "six months"]
    assert card.kind == "number"
    assert grade(card, "6").accepted
    assert grade(card, "6 months").accepted
    assert not grade(card, "7").accepted


def test_a_duration_and_the_same_number_counting_people_are_two_cards(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Six people died when the bridge at Orlany collapsed, the regional governor said.\n\n"
        "Repairs to the crossing are expected to take six months and cost about $40 million, "
        "according to the roads agency.\n\n"
        "Divers searched for 10 hours before the operation was suspended for 10 days.\n",
    )
    answers = {str(card.answer).casefold() for card in cards}
    assert "six months" in answers
    assert answers & {"six", "six people"}
    assert {"10 hours", "10 days"} <= answers


def test_the_same_number_counting_other_things_gives_no_duration_away(tmp_path: Path) -> None:
    # "Two mobile clinics" and "two weeks" of stocks: each card is kept, neither prompt
    # holds the other's answer.
    cards = _cards(
        tmp_path,
        "Health: Two mobile clinics are operating in the district of Marrow.\n\n"
        "Food stocks in the country are sufficient for around two weeks, the agency said.\n\n"
        "The Torvald bridge lies between Oskarby and Lindell, two towns cut off by the flood.\n",
    )
    answers = {str(card.answer).casefold(): card for card in cards}
    assert "two weeks" in answers
    assert answers["two weeks"].kind == "number"
    assert any(answer in answers for answer in ("two", "2"))
