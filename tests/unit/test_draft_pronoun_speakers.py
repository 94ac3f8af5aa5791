"""A quotation attributed by "he said" / "she said" (issue 15): the pronoun means one person
named before it, never a group ("Survivors", "Witnesses") or a body; where no one fits,
there is no "Who said this?" card. Each test writes its own short story."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import drafted_cards

from trainer.core.deck import Card


def _speakers(cards: list[Card]) -> dict[str, str]:
    """Each "Who said this?" card's quotation opening, and the speaker it names."""
    return {
        card.prompt.removeprefix("Who said this? "): card.answer_text
        for card in cards
        if card.prompt.startswith("Who said this?")
    }


def test_she_after_a_group_and_a_named_woman_with_her_age(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Storm batters coast\n\n"
        "Residents of the village described a night of terror. Maria Okafor, 67, said she "
        'watched the sea wall give way. "The water was at the door in minutes," she said.\n',
    )
    speakers = _speakers(cards)
    assert list(speakers.values()) == ["Maria Okafor"]
    assert "Residents" not in speakers.values()


def test_he_after_a_plural_subject_alone_gives_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Storm batters coast\n\n"
        "Fishermen described waves taller than their boats on 3 March 2026. "
        '"I have never seen anything like it," he said.\n',
    )
    assert _speakers(cards) == {}


def test_witnesses_are_no_speaker(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Blast at chemical plant\n\n"
        "The blast happened at 3 a.m. on 3 March 2026 and injured 14 workers. "
        'Witnesses said the ground shook. "It felt like an earthquake," she said.\n',
    )
    assert all(answer != "Witnesses" for answer in _speakers(cards).values())


def test_he_means_the_man_named_in_the_sentence_before(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Port strike ends\n\n"
        "Harbour Minister Jonas Berg met the union on Tuesday, 3 March 2026. "
        'Union leader Tomas Lind, 58, said he accepted the offer. "We got what we came for," '
        "he said.\n",
    )
    assert "Tomas Lind" in _speakers(cards).values()
    assert "Jonas Berg" not in _speakers(cards).values()


def test_he_never_means_a_woman_named_earlier(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Minister drops housing scheme\n\n"
        "Housing Minister Claire Dunmore dropped the scheme on 3 March 2026, saying her "
        "department would try another way.\n\n"
        'Not everyone was persuaded. "It is a retreat dressed up as reform," he said.\n',
    )
    assert "Claire Dunmore" not in _speakers(cards).values()


def test_she_after_a_woman_named_with_her_post(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Council votes to close library\n\n"
        "Councillors voted 9 to 4 on 3 March 2026 to close the branch. Rosa Klein, chair of "
        "the library friends group, said she would fight on. "
        '"We will take this to the courts if we must," she said.\n',
    )
    assert list(_speakers(cards).values()) == ["Rosa Klein"]


def test_a_speaker_named_after_the_quote_ends_with_the_sentence(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Council extends mission\n\n"
        "The Security Council extended the mandate on 3 March 2026. "
        '"The Council has spoken with one voice," said Ambassador Maria Santos of Brazil. '
        "Delegates in the chamber applauded.\n",
    )
    [card] = [card for card in cards if card.prompt.startswith("Who said this?")]
    assert card.answer_text == "Maria Santos"
    assert card.evidence.endswith("Maria Santos of Brazil.")
