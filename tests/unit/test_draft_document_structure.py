"""Facts carried by a document's structure (issue 15): its publication date, its "Label:
value" lines and the names it gives the programmes and bodies it introduces. Each test
writes its own short document in the pattern, never a benchmark article's lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, card_answering, drafted_cards

from trainer.core.authoring.article import Article
from trainer.core.authoring.document_kind import document_kind
from trainer.core.authoring.find_dates import find_dateline

BODY = (
    "The Harbour Authority said on Monday that container volumes at the port of Estrand "
    "rose to 2.4 million boxes last year, the highest since it opened."
)


def _article(text: str) -> Article:
    return Article(path=Path("doc.txt"), text=text, lines=tuple(text.splitlines()))


def test_a_papers_publication_date_is_asked_with_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Dredging the Estrand Channel\nCoastal Futures Trust\nWorking Paper No. 3\n"
        f"Published 9 October 2026\n\n{BODY}\n",
    )
    published = card_answering(cards, "2026-10-09")
    assert published.prompt == "When was the working paper published?"
    assert published.evidence == "Published 9 October 2026"
    assert_no_give_aways(cards)


def test_an_issued_stamp_is_asked_with_its_own_verb(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, f"PORT OF ESTRAND — PRESS RELEASE\nIssued: Friday 9 October 2026\n\n{BODY}\n"
    )
    assert card_answering(cards, "2026-10-09").prompt == "When was the press release issued?"


def test_a_wire_dateline_without_a_year_is_asked_with_its_place_and_noted(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand port volumes hit record\n\n"
        "ESTRAND, Oct 9 (Coastal Wire) - Container volumes at the city's port rose to "
        "2.4 million boxes last year, the highest since it opened in 1988.\n",
        today=dt.date(2026, 10, 20),
    )
    filed = card_answering(cards, "2026-10-09")
    assert filed.prompt == "On what date was the story from Estrand filed?"
    assert filed.evidence == "ESTRAND, Oct 9 (Coastal Wire)"
    assert filed.note is not None and "no year" in filed.note


def test_an_updated_stamp_is_not_asked(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path, f"Estrand volumes rise\nUpdated 9 October 2026 14:05\n\n{BODY}\n"
    )
    assert not [card for card in cards if (card.evidence or "").startswith("Updated")]


def test_a_fact_boxs_label_lines_are_asked_as_questions(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand Harbour Authority\nAnnual Review 2026\n"
        "Review period: 1 April 2025 to 31 March 2026\n\n"
        f"{BODY}\n\nThe year in figures\n\n"
        "- Ships handled: 3,410\n"
        "- Berths upgraded: 7\n"
        "- Groundings: 12, including two serious\n"
        "- Staff: 240 full-time equivalent\n"
        "- Turnout at the open day: 48%\n"
        "- Media enquiries: press@estrand.example\n"
        "- Tel: 020 7946 0000\n",
    )
    assert card_answering(cards, "3,410").prompt == "How many ships were handled?"
    assert card_answering(cards, "7").prompt == "How many berths were upgraded?"
    assert card_answering(cards, "12").prompt == "How many groundings were there?"
    assert card_answering(cards, "two").prompt == "How many of the groundings were serious?"
    staff = card_answering(cards, "240")
    assert staff.prompt == "How many full-time equivalent staff were there?"
    assert staff.evidence == "Staff: 240 full-time equivalent"
    assert card_answering(cards, "48%").prompt == "What was the turnout at the open day?"
    period = card_answering(cards, "1 April 2025 to 31 March 2026")
    assert period.prompt == "What was the review period?"
    # Contact lines hold nothing to learn, and the period is asked once, as a whole.
    assert not [card for card in cards if "enquiries" in (card.evidence or "")]
    assert not [card for card in cards if (card.evidence or "").startswith("Tel")]
    assert not [card for card in cards if card.answer_text == "2026-03-31"]
    assert_no_give_aways(cards)


def test_a_label_line_that_is_a_sentence_is_left_to_the_sentence_passes(
    tmp_path: Path,
) -> None:
    cards = drafted_cards(
        tmp_path,
        f"{BODY}\n\nShelter: 900 tents have been delivered to the camps on the coast, and "
        "another 400 are on the way.\n",
    )
    assert not [card for card in cards if card.prompt.startswith("How many shelter")]


def test_a_programme_named_by_the_verb_that_launches_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The ministry is starting Ready for Winter, a campaign to get older people to check "
        "their heating before December.\n\n"
        "In June 2026 the agency published Clean Ports 2035, its strategic plan for the "
        "next decade.\n",
    )
    campaign = card_answering(cards, "Ready for Winter")
    assert campaign.prompt == "What is the campaign the ministry is starting called?"
    plan = card_answering(cards, "Clean Ports 2035")
    assert plan.prompt == "What is the strategic plan the agency published called?"
    assert_no_give_aways(cards)


def test_a_name_with_commas_is_read_whole(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The council is launching Look Left, Look Right, a campaign to cut road deaths near "
        "schools.\n",
    )
    assert card_answering(cards, "Look Left, Look Right").prompt == (
        "What is the campaign the council is launching called?"
    )


def test_a_thing_named_after_what_it_is(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The navies will form a joint mine-clearing squadron, provisionally named Task Unit "
        "Atlantic Shield, by the end of 2027.\n",
    )
    assert card_answering(cards, "Task Unit Atlantic Shield").prompt == (
        "What is the joint mine-clearing squadron provisionally named?"
    )


def test_a_recommended_body_is_asked_by_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Keeping the Lights On\nGrid Futures Institute\nPolicy Paper No. 8\n"
        "Published 9 October 2026\n\n"
        "The grid has grown faster than the rules that govern it.\n\n"
        "Recommendations\n\n"
        "1. Establish a National Grid Resilience Office within the energy ministry by 2029.\n"
        "2. Publish an annual report on outages.\n",
    )
    office = card_answering(cards, "National Grid Resilience Office")
    assert office.prompt == (
        "Which office does the policy paper recommend establishing within the energy ministry?"
    )
    assert_no_give_aways(cards)


@pytest.mark.parametrize(
    ("masthead", "kind"),
    [
        ("Ministry of Ports\nPRESS RELEASE\n", "press release"),
        ("Ministry of Ports | News Release\n", "press release"),
        ("Tide Institute\nPolicy Brief No. 2 | May 2026\n", "policy brief"),
        ("Harbour Board\nAnnual Report 2025–26: Summary\n", "annual report"),
        ("Ministry of Ports\nMedia statement\n", "media statement"),
        ("Ports and Harbours: a White Paper\n", "white paper"),
        ("Estrand port volumes hit record\nBy Ana Ruiz\n", None),
        ("Auditor's report faults harbour spending\nBy Ana Ruiz\n", None),
        ("Harbour Institute - Research Paper No. 4\n", "research paper"),
    ],
)
def test_the_document_names_its_kind_in_its_masthead(masthead: str, kind: str | None) -> None:
    assert document_kind(_article(f"{masthead}\n{BODY}\n")) == kind


def test_a_briefs_title_and_number_in_its_series(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Silting Up: Why the Estrand Channel Needs a Dredging Plan\nCoastal Futures Trust\n"
        "Policy Brief No. 6 | March 2026\nPublished 9 March 2026\n\n"
        "The channel has lost two metres of depth since 2019, the brief finds.\n",
    )
    title = card_answering(cards, "Silting Up: Why the Estrand Channel Needs a Dredging Plan")
    assert title.prompt == "What is the title of the policy brief?"
    assert title.accept == ("Silting Up",)
    number = card_answering(cards, "Policy Brief No. 6")
    assert number.prompt == "What is the policy brief's number in its series?"
    assert set(number.accept) == {"No. 6", "6"}
    assert_no_give_aways(cards)


def test_a_title_a_pdf_wrapped_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Silting Up: Why the Estrand Channel Needs a Dredging Plan Before\n\n"
        "the Next Storm Season\n\nCoastal Futures Trust | Working Paper No. 2\n\n"
        "The channel has lost two metres of depth since 2019, the paper finds.\n",
    )
    title = next(card for card in cards if card.prompt == "What is the title of the working paper?")
    assert title.answer_text.endswith("Plan Before the Next Storm Season")


def test_a_publishers_name_above_the_masthead_is_no_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand Harbour Board\nAnnual Report 2025–26\n\n"
        "This has been a difficult year for the port, with 12 groundings in the channel.\n",
    )
    assert not [card for card in cards if "title" in card.prompt]


def test_a_news_storys_headline_is_no_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand channel loses two metres of depth\nBy Ana Ruiz\n9 March 2026\n\n"
        "The channel has lost two metres of depth since 2019, the harbour board said.\n",
    )
    assert not [card for card in cards if "title" in card.prompt]


def test_a_signature_under_a_foreword(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand Harbour Board\nAnnual Report 2025–26\n\nForeword\n\n"
        "This has been a difficult year for the port, with 12 groundings in the channel.\n\n"
        "Prof. Marta Lindqvist\nChair of the Board of Governors\n\n"
        "For media enquiries:\nJon Berg\nMedia Relations Officer\n",
    )
    chair = card_answering(cards, "Marta Lindqvist")
    assert chair.prompt == "Who signed the annual report as Chair of the Board of Governors?"
    assert not [card for card in cards if card.answer_text == "Jon Berg"]


def test_a_signature_a_pdf_ran_onto_the_paragraph_above(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Estrand Harbour Board\nAnnual Report 2025–26\n\n"
        "This has been a difficult year for the port, with 12 groundings in the channel. "
        "Dr Ola Nygaard\n\nChief Harbour Master\n\nGovernance\n\n"
        "Dr Nygaard was reappointed in February 2026 for a further term ending in 2029.\n",
    )
    assert card_answering(cards, "Ola Nygaard").prompt == (
        "Who signed the annual report as Chief Harbour Master?"
    )
    # Other prompts name the signatory by role, so none gives the name away.
    assert card_answering(cards, "2029").prompt == (
        "The Chief Harbour Master was reappointed for a further term ending in what year?"
    )
    assert_no_give_aways(cards)


def test_a_name_after_what_it_is_and_a_name_that_ends_on_its_kind(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The government on Tuesday unveiled the National Quiet Streets Strategy, which caps "
        "traffic noise near schools.\n\n"
        "The ministry also set up a Coastal Erosion Taskforce to advise councils.\n\n"
        "Last year the agency launched a new scheme, Dry Homes First, to repair 9,000 roofs.\n\n"
        "The city will open the Harbourside Robotics Hub in 2028.\n",
    )
    asked = {card.answer_text: card.prompt for card in cards}
    assert asked["National Quiet Streets Strategy"] == (
        "What is the strategy the government unveiled called?"
    )
    assert asked["Coastal Erosion Taskforce"] == "What is the taskforce the ministry set up called?"
    assert asked["Dry Homes First"] == "What is the scheme the agency launched called?"
    assert asked["Harbourside Robotics Hub"] == "What is the hub the city will open called?"
    # Other prompts name the thing by its kind, or leave the name out.
    assert asked["2028"] == "The city will open the hub in what year?"
    assert asked["9,000"] == "Last year the agency launched a new scheme to repair how many roofs?"
    assert_no_give_aways(cards)


def test_an_owner_and_a_plain_name_are_no_launch(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The minister launched the Commission's review of port charges on Monday.\n\n"
        "The company opened the Lisbon office in March.\n",
    )
    assert not [card for card in cards if card.prompt.endswith("called?")]


def test_a_fact_box_set_as_a_table_in_a_saved_web_page(tmp_path: Path) -> None:
    paragraph = (
        "<p>The Estrand Harbour Board said on Monday that container volumes rose to 2.4 "
        "million boxes last year, the highest since the port opened, as new cranes came into "
        "service at the southern quay.</p>"
    )
    cards = drafted_cards(
        tmp_path,
        "<html><head><title>Harbour board reports record year</title></head><body><article>"
        f"<h1>Harbour board reports record year</h1>{paragraph}<h2>The year in figures</h2>"
        "<table><tr><th>Ships handled</th><td>3,410</td></tr>"
        "<tr><th>Staff</th><td>240 full-time equivalent</td></tr></table>"
        "<h2>Results by quay</h2><table><tr><th>Quay</th><th>Boxes</th><th>Share</th></tr>"
        "<tr><td>North</td><td>1.1 million</td><td>46%</td></tr></table>"
        f"{paragraph.replace('Monday', 'Tuesday')}</article></body></html>",
        name="page.html",
    )
    ships = card_answering(cards, "3,410")
    assert ships.prompt == "How many ships were handled?"
    assert ships.evidence == "Ships handled | 3,410"
    assert card_answering(cards, "240").prompt == "How many full-time equivalent staff were there?"
    # A table of several columns is no label line, and its rows are read as no sentence.
    assert not [card for card in cards if "|" in card.prompt or "North" in (card.evidence or "")]


def test_a_disaster_boxs_one_word_labels_count_people(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"{BODY}\n\nAt a glance\n\n- Injured: 412\n- Dead: 73\n"
        "- Emergency funding: KSh 18.6 billion\n",
    )
    assert card_answering(cards, "412").prompt == "How many people were injured?"
    assert card_answering(cards, "73").prompt == "How many people died?"
    assert card_answering(cards, "KSh 18.6 billion").prompt == "What was the emergency funding?"


def test_a_programme_called_by_its_name_without_a_comma(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Lisbon, 9 October 2026\n\n"
        "The ministry last week launched a campaign called Check Your Boiler to cut carbon "
        "monoxide deaths.\n\nA fisherman named Tomas Silva found the wreck in 2019.\n",
    )
    assert card_answering(cards, "Check Your Boiler").prompt == (
        "What is the campaign the ministry launched called?"
    )
    # A person named in passing is no programme's name.
    assert not [card for card in cards if card.answer_text == "Tomas Silva"]


def test_a_contact_block_is_no_signature(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        f"{BODY}\n\nENDS\n\nFor more details:\nJon Berg\nHead of Corporate Affairs\n"
        "+44 20 7946 0000\n",
    )
    assert not [card for card in cards if card.answer_text == "Jon Berg"]


def test_key_dates_measures_and_years_in_label_lines(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 9 October 2026\n\n"
        f"{BODY}\n\nKey dates\n\n- Founded: 1998\n- Consultation closes: 30 November 2026\n"
        "- Deadline for bids: 31 March 2027\n- Capacity: 450 MW\n- Year of opening: 2031\n"
        "- Last updated: 2 October 2026\n",
        today=dt.date(2026, 10, 20),
    )
    asked = {card.answer_text: card.prompt for card in cards}
    assert asked["2026-11-30"] == "When does the consultation close?"
    assert asked["2027-03-31"] == "What is the deadline for bids?"
    assert asked["450 MW"] == "What was the capacity?"
    assert asked["2031"] == "What is the year of opening?"
    # What was founded the line does not say, and a page's stamp is no fact.
    assert "1998" not in asked and "2026-10-02" not in asked


def test_a_listed_label_date_is_no_signature_dating_the_story() -> None:
    article = _article(f"{BODY}\n\nKey dates\n\n- Deadline for bids: 31 March 2027\n")
    assert find_dateline(article) is None
    signed = _article(f"{BODY}\n\n- Secretary Ana Ruiz, 9 October 2026\n")
    assert find_dateline(signed) is not None


def test_a_count_of_things_issued_or_published_is_no_date_stamp(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, f"{BODY}\n\n- Notices issued: 19\n- Reports published: 6\n")
    assert card_answering(cards, "19").prompt == "How many notices were issued?"
    assert card_answering(cards, "6").prompt == "How many reports were published?"
