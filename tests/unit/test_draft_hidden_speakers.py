"""A figure in a quotation whose speaker's name is another card's answer is asked as the
quotation alone ("Complete the quotation: “...”?"), never opened on "… said:"; a speaker
the deck names by role still speaks."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.hidden_speakers import without_hidden_speaker
from trainer.core.authoring.reading import read_source
from trainer.core.deck import parse_deck


def test_a_hidden_speaker_is_left_out_and_a_named_role_kept() -> None:
    assert without_hidden_speaker("… said: “We have waited for how many years”?") == (
        "Complete the quotation: “We have waited for how many years”?"
    )
    for kept in (
        "The harbour master said: “We have waited for how many years”?",
        "… more ships arrived in how many days?",
        "Who said this? “We have waited for … years.”",
    ):
        assert without_hidden_speaker(kept) == kept


def test_a_drafted_quotation_figure_opens_on_no_gap(tmp_path: Path) -> None:
    article_path = tmp_path / "ward.txt"
    article_path.write_text(
        "Councillors in Brackley approved a new bus contract on Monday.\n\n"
        '"People on my estate have been waiting 50 minutes for a bus in winter," said '
        'Joanna Pelletier. "That is not a service."\n',
        encoding="utf-8",
    )
    deck_path = tmp_path / "ward.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "w", deck_path)
    prompts = [card.prompt for card in parse_deck(draft.text.encode("utf-8"), deck_path).cards]
    assert not any(prompt.startswith("… said") for prompt in prompts), prompts
