"""Which body issued an official document (issue 15): the masthead's name of the issuer,
in capitals or on a line of its own, asked "Which body issued the ...?" with the name in the
case the article writes it. A headline in capitals is not an issuer. Each test writes its
own short document in a different institution's style."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.deck import Card

BODY = (
    "The quota for North Sea cod will fall by 12 per cent from 1 January 2027, the "
    "Minister for Fisheries, Ana Costa, said on Tuesday."
)


def _issuer_cards(cards: list[Card]) -> list[Card]:
    return [card for card in cards if card.prompt.startswith("Which body issued")]


def test_a_ministry_in_capitals_over_a_media_statement(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Cod quota cut for 2027\nMINISTRY OF FISHERIES AND OCEANS\nMedia statement\n"
        f"Lisbon, 3 March 2026\n\n{BODY}\n",
    )
    issuer = card_answering(cards, "Ministry of Fisheries and Oceans")
    assert issuer.prompt == "Which body issued the media statement?"
    assert issuer.evidence == "MINISTRY OF FISHERIES AND OCEANS"
    assert_no_give_aways(cards)


def test_an_office_on_a_line_of_its_own_over_a_report(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Managing the Rural Roads Fund\nOffice of the Auditor General\nReport to Parliament\n\n"
        "The fund's budget was $410 million in 2022, the Office found.\n",
    )
    issuer = card_answering(cards, "Office of the Auditor General")
    assert issuer.prompt == "Which body issued the report?"


def test_the_case_and_initials_the_text_uses(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "NORDIC GRID AUTHORITY\nPress release\n\n"
        "Power prices rose 14% in February, the Nordic Grid Authority said on 3 March 2026. "
        "The NGA expects prices to fall by 6% in the summer.\n",
    )
    issuer = card_answering(cards, "Nordic Grid Authority")
    assert issuer.prompt == "Which body issued the press release?"
    assert issuer.accept == ("NGA",)


def test_a_name_with_its_initials_in_brackets(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Flooding in the Zambezi valley - Situation Report No. 4\n"
        "Riverlands Relief Alliance (RRA)\n\n"
        "At least 41,000 people have been displaced since 3 March 2026.\n",
    )
    # (asked once: as the issuer, or as what its initials stand for)
    assert card_answering(cards, "Riverlands Relief Alliance")


def test_a_headline_in_capitals_is_no_issuer(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "MINISTRY FINES BANK OVER DATA LEAK\nBy Ana Ruiz\n3 March 2026\n\n"
        "The finance ministry fined Westbank €4 million on Tuesday for a data leak "
        "affecting 80,000 customers.\n",
    )
    assert _issuer_cards(cards) == []


def test_a_news_headline_ending_on_a_body_is_no_issuer(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "STRIKE SHUTS REGIONAL HEALTH SERVICE\n3 March 2026\n\n"
        "Nurses walked out at 14 hospitals on Tuesday in a dispute over pay.\n",
    )
    assert _issuer_cards(cards) == []


def test_a_news_story_without_a_masthead_has_no_issuer(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, f"Cod quota cut for 2027\n\n{BODY}\n")
    assert _issuer_cards(cards) == []


def test_other_prompts_name_the_issuer_by_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Managing the Rural Roads Fund\nPublic Works Audit Office\nReport to Parliament\n\n"
        "Dr Lena Moss, the head of the Public Works Audit Office, said the fund had "
        "overspent by $38 million by 3 March 2026.\n",
    )
    assert card_answering(cards, "Public Works Audit Office")
    assert all("Public Works Audit Office" not in card.prompt for card in cards)
    assert_no_give_aways(cards)


def test_a_newspapers_name_and_the_documents_kind_are_no_issuer(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "FINANCIAL TIMES\n\nCod quota cut for 2027\n3 March 2026\n\n"
        f"{BODY} The Financial Times understands the cut was agreed last week.\n",
    )
    assert _issuer_cards(cards) == []
    cards = drafted_cards(
        tmp_path,
        f"Cod quota cut for 2027\nMEDIA STATEMENT\nLisbon, 3 March 2026\n\n{BODY} "
        "This media statement replaces the one issued in January.\n",
    )
    assert _issuer_cards(cards) == []
