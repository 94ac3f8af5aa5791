"""A scale joined to its amount by a hyphen ("a $1.9-billion operating budget", "a
$2.5-million pilot") is part of the figure: the card's answer is "$1.9 billion", never
"$1.9", which a reader answering "1.9 billion dollars" would be marked wrong against."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card, parse_deck
from trainer.core.grading import grade


def _cards(tmp_path: Path, text: str) -> list[Card]:
    article_path = tmp_path / "budget.txt"
    article_path.write_text(text, encoding="utf-8")
    deck_path = tmp_path / "budget.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "b", deck_path)
    return list(parse_deck(draft.text.encode("utf-8"), deck_path).cards)


def test_a_hyphenated_scale_is_part_of_the_answer(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "Residents of Brantford will pay an average of $181 more in property taxes next year "
        "after city council approved a $1.9-billion operating budget.\n\n"
        "The budget also includes a new $2.5-million pilot to plough rural roads, the city "
        "treasurer said.\n",
    )
    answers = {str(card.answer): card for card in cards if card.kind == "number"}
    assert "$1.9 billion" in answers and "$1.9" not in answers
    assert "$2.5 million" in answers and "$2.5" not in answers
    assert grade(answers["$1.9 billion"], "1.9 billion dollars").accepted
    # "$1.9" alone is short of the figure: at best close, never correct.
    assert grade(answers["$1.9 billion"], "$1.9").verdict != "correct"
    # The amount written apart from its noun is read as before.
    assert "$181" in answers


def test_a_hyphen_before_any_other_word_is_no_scale(tmp_path: Path) -> None:
    cards = _cards(
        tmp_path,
        "The regulator said the repair bill for the Harlow bridge would be $40 million, and "
        "that a $250-per-tonne levy on lorries was under review.\n",
    )
    answers = {str(card.answer) for card in cards}
    assert "$40 million" in answers
    assert "$250" in answers
