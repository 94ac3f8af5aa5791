"""A length of time opening a sentence before its counts ("Over 18 months, there were 212
collisions") is the period the counts cover, no card of its own (its prompt could only read
"Over how many months, there were … collisions?"); a length of time that says when
something happens ("In 18 months, the bridge will reopen") or how long it lasts stays a
card."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def _answers(tmp_path: Path, text: str) -> set[str]:
    article_path = tmp_path / "roads.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "roads.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "r", deck_path)
    return {card.answer_text for card in parse_deck(draft.text.encode("utf-8"), deck_path).cards}


def test_the_period_counts_cover_is_no_card(tmp_path: Path) -> None:
    answers = _answers(
        tmp_path,
        "During the past 30 months, there were 96 crashes at the Kelby junction, the "
        "county's road safety officer said.\n\n"
        "Over two years, inspectors recorded 1,240 faults on the Marlow line.\n",
    )
    assert "96" in answers and "1,240" in answers
    assert "30 months" not in answers and "two years" not in answers


def test_a_time_that_says_when_or_how_long_stays(tmp_path: Path) -> None:
    answers = _answers(
        tmp_path,
        "In 18 months, the Kelby bridge will reopen to lorries, the county council said.\n\n"
        "The closure of the Marlow line will last six weeks, Network Rail said on Monday.\n",
    )
    assert "18 months" in answers
    assert "six weeks" in answers
