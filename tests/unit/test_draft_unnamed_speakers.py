"""A quotation from "One" of a group the sentence before describes ("Allies of the minister
played it down. One said: ...") has no speaker to ask for: no "Who said this?" card answers
"One". A speaker named in full still gets the card."""

from __future__ import annotations

from pathlib import Path

from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.reading import read_source
from trainer.core.authoring.unnamed_speakers import names_no_one
from trainer.core.deck import parse_deck


def test_words_for_an_unnamed_member_of_a_group() -> None:
    for speaker in ("One", "Another", "One of them", "Some of his allies", "Others"):
        assert names_no_one(speaker), speaker
    for speaker in ("Oneida Marsh", "Some", "Many Voices Trust"):
        # "Some" alone names no one; a name that starts like those words is a name.
        assert names_no_one(speaker) == (speaker == "Some"), speaker


def test_no_speaker_card_for_one_of_a_group(tmp_path: Path) -> None:
    article_path = tmp_path / "move.txt"
    article_path.write_text(
        "The prime minister moved Harriet Calloway from the Treasury to the Home Office on "
        "Tuesday.\n\n"
        'Allies of the outgoing chancellor played down talk of a demotion. One said: "She '
        'asked for a change, and she got the job she wanted."\n\n'
        '"We will keep the borders open to trade," said Harriet Calloway.\n',
        encoding="utf-8",
    )
    deck_path = tmp_path / "move.yaml"
    draft = draft_deck(read_source(str(article_path)).article(article_path), "m", deck_path)
    cards = parse_deck(draft.text.encode("utf-8"), deck_path).cards
    speakers = [str(card.answer) for card in cards if card.id.startswith("quote-")]
    assert "One" not in speakers
    assert "Harriet Calloway" in speakers
