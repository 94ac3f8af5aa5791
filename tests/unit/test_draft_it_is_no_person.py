"""An opening "It" never stands for a person named in the sentence before: "Judge Ann
Lee refused permission ..., so the firm must go to the Supreme Court. It has 21 days ..."
is the firm's deadline, not the judge's."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_it_after_a_judge_is_the_company(tmp_path: Path) -> None:
    article_path = tmp_path / "appeal.txt"
    article_path.write_text(
        "Energy firm loses appeal\n\n"
        "Korvel Energy said it would appeal against the £40m fine. Judge Harriet Lomond "
        "refused permission at the end of the hearing, so the firm must go to the Supreme "
        "Court. It has 21 days to do so.\n",
        encoding="utf-8",
    )
    deck_path = tmp_path / "appeal.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "a", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    [deadline] = [card for card in cards if str(card.answer) == "21 days"]
    assert "Lomond" not in deadline.prompt and "Judge" not in deadline.prompt
    assert deadline.prompt.startswith("The firm")
