"""Verdicts stated plainly, a report's key facts box, and periods that say nothing on their
own (issue 15): each test writes its own short report, never a benchmark article's text."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_a_rating_and_a_share_of_recommendations_accepted(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "The Major Projects Authority rated the scheme's delivery confidence as Amber in "
        "May 2026. The ministry said that it had accepted all six recommendations.\n",
    )
    rating = card_answering(cards, "Amber")
    assert (
        rating.prompt
        == "How did the Major Projects Authority rate the scheme's delivery confidence?"
    )
    share = card_answering(cards, "all six recommendations")
    assert share.prompt == "How many of the recommendations did it accept?" or (
        share.prompt == "How many of the recommendations did the ministry accept?"
    )
    # The rating is left out of other prompts whole ("rated ... in what month?").
    month = card_answering(cards, "2026-05")
    assert " as " not in month.prompt


def test_a_key_facts_box_gives_no_cards_of_its_own(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "Key facts\n\n"
        "£640m forecast cost of the new depot 9 of 12 milestones missed\n\n"
        "Summary\n\n"
        "The council now puts the new depot's cost at £640 million.\n",
    )
    assert [card.answer_text for card in cards if "640" in card.answer_text] == ["£640 million"]
    assert not any(card.answer_text in ("9", "12") for card in cards)


def test_the_period_of_a_change_and_of_the_reporting_are_no_cards(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        "Files reviewed by this newspaper over four months show the fee rose 22% in six "
        "months. The council pledged £3 million over two years.\n",
    )
    answers = {card.answer_text for card in cards}
    assert "22%" in answers
    assert not {"four months", "six months"} & answers
    # The span a pledge runs over is asked with the pledge, not as a card of its own.
    assert "two years" not in answers
    assert card_answering(cards, "£3 million").prompt.endswith("over two years?")


def test_a_grade_in_quotation_marks(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 2 December 2026\n\n"
        'Inspectors rated Harlow Academy\'s leadership as "requires improvement" in a report '
        "published on 1 December 2026.\n",
    )
    grade = card_answering(cards, "requires improvement")
    assert grade.prompt == "How did Inspectors rate Harlow Academy's leadership?" or (
        grade.prompt == "How did inspectors rate Harlow Academy's leadership?"
    )
