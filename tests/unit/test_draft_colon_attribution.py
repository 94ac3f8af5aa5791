"""A colon attribution in a paragraph of its own ("Name, Minister of A and B, said:") gives
the quotation in the next paragraph to the name that opens it, not to the role's tail."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_the_speaker_is_the_name_before_the_role(tmp_path: Path) -> None:
    article_path = tmp_path / "bridge.txt"
    article_path.write_text(
        "Valley bridge approved\n\n"
        "The ministry confirmed on Monday that the Ribeira bridge will open in 2029.\n\n"
        "Marta Vieira-Lopes, Minister of Transport and Regional Development, said:\n\n"
        '"For a generation this valley has waited for a bridge, and now it will be built."\n\n'
        "The bridge will cost €300 million.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "bridge.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "b", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    [said] = [card for card in cards if "has waited for a bridge" in card.prompt]
    assert str(said.answer) == "Marta Vieira-Lopes"
    assert all(not str(card.answer).startswith("and ") for card in cards)
