"""A person given only a bare title is asked by what the sentence says of them in a "who"
clause, never as "Who is the President?"."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.bare_title_people import asked_of_bare_title
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_a_who_clause_after_the_name_is_the_question() -> None:
    sentence = (
        "The vote follows the resignation of outgoing Governor Mirela Dobre, who was "
        "accused of misusing public funds, in March."
    )
    assert (
        asked_of_bare_title("Governor Mirela Dobre", sentence)
        == "Who was accused of misusing public funds?"
    )


def test_no_clause_or_a_short_one_asks_nothing() -> None:
    assert asked_of_bare_title("Governor Mirela Dobre", "Governor Mirela Dobre spoke.") is None
    assert (
        asked_of_bare_title("Governor Mirela Dobre", "Governor Mirela Dobre, who won, spoke.")
        is None
    )


def test_the_card_is_drafted_and_the_bare_title_is_not_asked(tmp_path: Path) -> None:
    article_path = tmp_path / "vote.txt"
    article_path.write_text(
        "The regional assembly will elect a new leader on 12 May 2026.\n\n"
        "The vote follows the resignation of outgoing Governor Mirela Dobre, who was accused "
        "of misusing public funds, in March.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "vote.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "vote", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    asked = {card.prompt: str(card.answer) for card in cards if card.answer == "Mirela Dobre"}
    assert asked == {"Who was accused of misusing public funds?": "Mirela Dobre"}


def test_the_deed_after_the_body_the_person_is_from() -> None:
    sentence = "Farmer Ole Dahl of the Rural Voters League won 12 percent of the vote."
    assert asked_of_bare_title("Farmer Ole Dahl", sentence) == "Who won 12 percent of the vote?"
    # Only of the sentence's opening person: further in, the deed may be someone else's.
    assert asked_of_bare_title("Ole Dahl", "Voters backed " + sentence[7:]) is None
