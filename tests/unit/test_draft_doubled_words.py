"""A preposition doubled where a question met its sentence ("met on on which dates?") is
written once; words that may stand twice in English ("had had", "that that") are left."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.doubled_words import without_doubled_preposition
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_a_doubled_preposition_is_written_once() -> None:
    assert without_doubled_preposition("The envoys met on on which dates?") == (
        "The envoys met on which dates?"
    )
    assert without_doubled_preposition("Talks ran In in which city?") == (
        "Talks ran In which city?"
    )
    for kept in (
        "The firm had had how many offers by May?",
        "Officials said that that plan would cost how much?",
        "The fund grew from 4% to what percentage?",
    ):
        assert without_doubled_preposition(kept) == kept


def test_no_drafted_prompt_doubles_a_preposition(tmp_path: Path) -> None:
    article_path = tmp_path / "talks.txt"
    article_path.write_text(
        "The foreign ministers of Norway, Iceland and Denmark met in Reykjavik on 4 to 5 "
        "March 2026 to discuss fishing quotas.\n\n"
        "The talks were hosted by the Nordic Fisheries Council, its secretary said.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "talks.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "t", deck_path)
    prompts = [card.prompt for card in parse_deck(draft.text.encode("utf-8"), deck_path).cards]
    assert not any(" on on " in prompt or " in in " in prompt for prompt in prompts), prompts
