"""Who signed an official document (issue 15): a signature block under "Signed:", a name
over its role, or one line after a dash ("— Jane Roe, Director of Operations"), asked "Who
signed the ... as <role>?". A press office's contact is no signature. Each test writes its
own short document in a different institution's style."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.deck import Card

BODY = "Spending on the programme rose to €3.1 billion in 2025, up from €2.2 billion in 2021."


def _signed(cards: list[Card]) -> list[Card]:
    return [card for card in cards if card.prompt.startswith("Who signed")]


def test_a_signature_block_under_signed_with_an_unusual_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Delivering School Buildings\nOFFICE OF THE SCHOOLS EXAMINER\nReport No. 3 of 2026\n\n"
        f"{BODY}\n\nSigned:\n\nAoife Brennan\nKeeper of the Public Accounts\n16 July 2026\n",
    )
    signed = card_answering(cards, "Aoife Brennan")
    assert signed.prompt == "Who signed the report as Keeper of the Public Accounts?"
    assert signed.evidence == "Aoife Brennan Keeper of the Public Accounts"
    assert_no_give_aways(cards)


def test_a_name_over_an_examiners_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Annual Report 2025\n\n{BODY}\n\nDeclan Roche\nPublic Spending Examiner\n",
    )
    assert card_answering(cards, "Declan Roche").prompt == (
        "Who signed the annual report as Public Spending Examiner?"
    )


def test_a_signature_on_one_line_after_a_dash(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Northfield Water\nPress release\n\n{BODY}\n\n— Jane Roe, Director of Operations\n",
    )
    signed = card_answering(cards, "Jane Roe")
    assert signed.prompt == "Who signed the press release as Director of Operations?"
    assert signed.evidence == "— Jane Roe, Director of Operations"


def test_signed_with_the_name_and_role_on_its_line(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Open letter to shareholders\n\n{BODY}\n\nSigned: Dr Amir Haddad, Chief Executive\n",
    )
    assert card_answering(cards, "Amir Haddad").prompt.endswith("as Chief Executive?")


def test_yours_sincerely_over_a_name_and_role(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Letter to the Committee\n\n{BODY}\n\nYours sincerely,\n\nTomás Reid\n"
        "Keeper of the Rolls\n",
    )
    assert card_answering(cards, "Tomás Reid").prompt.endswith("as Keeper of the Rolls?")


def test_a_press_offices_contact_is_no_signature(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Northfield Water\nPress release\n\n{BODY}\n\nFor media enquiries:\nJon Berg\n"
        "Media Relations Officer\n\n— Contact: Jon Berg, Press Officer\n",
    )
    assert _signed(cards) == []


def test_a_name_over_a_heading_is_no_signature(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Annual Report 2025\n\n{BODY}\n\nKey Findings\nRegional Spending Patterns\n\n"
        "Spending in the north rose by 12% in 2025.\n",
    )
    assert _signed(cards) == []


def test_a_dash_before_a_sentence_is_no_signature(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Northfield Water\nPress release\n\n{BODY}\n\n"
        "— Jane Roe, who chairs the board, said the rise was expected.\n",
    )
    assert _signed(cards) == []


def test_a_ministers_letter_signed_with_honorifics_and_letters(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "THE TREASURY\nLetter to the Chair of the Finance Committee\n\n12 February 2026\n\n"
        "Dear Chair,\n\n1. Thank you for your letter about the cost of the border system.\n\n"
        "2. The system has cost £412 million so far, against a budget of £300 million.\n\n"
        "Yours sincerely,\n\nRt Hon Sarah Blake MP\nChief Secretary to the Treasury\n",
    )
    signed = card_answering(cards, "Sarah Blake")
    assert signed.prompt == "Who signed the letter as Chief Secretary to the Treasury?"
    assert signed.evidence == "Rt Hon Sarah Blake MP Chief Secretary to the Treasury"
    # The signatory's role names the issuer: no second card hiding it there.
    assert not [card for card in cards if card.prompt.startswith("Which body issued")]
    assert_no_give_aways(cards)
