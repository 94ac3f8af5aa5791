"""A list item's card asked with what its list hangs from (issue 15): a results release's
highlights take the heading's period, an audit's recommendations their lead-in clause, and
an item opening on a verb the document's subject. Invented documents in several styles."""

from __future__ import annotations

from pathlib import Path

from draft_fixtures import assert_no_give_aways, drafted_cards

from trainer.core.authoring.article import Article
from trainer.core.authoring.list_items import asked_from_list, document_subject, list_item_of

RESULTS = """Harrowgate Foods Reports First Half 2027 Results

Margins recover as export volumes climb

LEEDS, England, July 30, 2027 /Business Wire/ -- Harrowgate Foods Ltd, a maker of chilled \
ready meals for supermarkets, today reported results for the six months ended June 30, 2027.

First Half 2027 Highlights

- Group revenue of £318.4 million, up 11% year over year
- Export revenue of £72.9 million, representing 23% of group revenue
- Operating profit of £21.6 million
- Net income of £14.2 million, or £0.31 per share
- Adjusted EBITDA of £40.5 million, with an adjusted EBITDA margin of 12.7%

Corporate Update

- Repurchased approximately 2.3 million shares for £9 million under the existing programme
"""

AUDIT = """Managing the Regional Bus Contracts: Summary Report
OFFICE OF THE COMPTROLLER

Findings

The Authority let 84 contracts in 2025. Late running rose on most routes.

Recommendations

The Comptroller recommends that the Transport Authority:

(a) publish a timetable for retendering the remaining 41 contracts by 30 June 2027;

(b) cap the share of routes run under emergency awards at 10% of the network.
"""


def _prompts(cards: list) -> dict[str, str]:
    return {card.answer_text: card.prompt for card in cards}


def test_a_highlight_takes_its_headings_period(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, RESULTS)
    prompts = _prompts(cards)
    assert prompts["£318.4 million"] == "How much was group revenue in the first half of 2027?"
    assert prompts["11%"] == (
        "Group revenue was up what percentage year over year in the first half of 2027?"
    )
    assert prompts["23%"] == (
        "Export revenue represented what percentage of group revenue in the first half of 2027?"
    )
    assert prompts["£21.6 million"] == "How much was operating profit in the first half of 2027?"
    assert prompts["£0.31"] == "How much per share was net income in the first half of 2027?"
    assert prompts["12.7%"] == (
        "What percentage was the adjusted EBITDA margin in the first half of 2027?"
    )
    assert_no_give_aways(cards)


def test_an_item_opening_on_a_verb_takes_the_documents_subject(tmp_path: Path) -> None:
    prompts = _prompts(drafted_cards(tmp_path, RESULTS))
    assert prompts["2.3 million"].startswith("Harrowgate Foods repurchased approximately how many")


def test_a_recommendation_is_asked_as_what_the_body_recommends(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, AUDIT)
    asked = [card.prompt for card in cards if card.prompt.lower().find("retendering") >= 0]
    assert asked
    assert all(
        prompt.startswith("The Comptroller recommends that the Transport Authority publish ")
        for prompt in asked
    )
    assert not any(card.prompt.startswith(("Publish", "Cap ")) for card in cards)
    assert_no_give_aways(cards)


def _article(text: str) -> Article:
    return Article(path=Path("story.txt"), text=text, lines=tuple(text.splitlines()))


def test_a_prompt_with_a_subject_of_its_own_stays() -> None:
    item = list_item_of("Group revenue of £318.4 million, up 11% year over year", _article(RESULTS))
    assert item is not None and item.heading == "First Half 2027 Highlights"
    prompt = "What was Harrowgate's group revenue?"
    assert asked_from_list(prompt, item, "Harrowgate Foods") == prompt


def test_a_heading_without_a_period_leaves_a_noun_item_as_it_was() -> None:
    text = "Key figures\n\n- Staff of 420 across three sites\n"
    item = list_item_of("Staff of 420 across three sites", _article(text))
    assert item is not None
    assert asked_from_list("Staff of how many across three sites?", item, None) == (
        "Staff of how many across three sites?"
    )


def test_a_verb_item_with_no_known_subject_is_dropped() -> None:
    text = "Update\n\n- Opened 12 new branches in the north\n"
    item = list_item_of("Opened 12 new branches in the north", _article(text))
    assert item is not None
    assert asked_from_list("Opened how many new branches in the north?", item, None) == ""


def test_a_paragraph_after_a_speakers_line_is_no_list_item() -> None:
    text = "Rachel Ormsby said:\n\nWe treated 40 patients on the first night.\n"
    assert list_item_of("We treated 40 patients on the first night.", _article(text)) is None


def test_a_label_lead_in_is_not_joined() -> None:
    text = "Key dates:\n\n- Consultation closes on 4 May\n"
    item = list_item_of("Consultation closes on 4 May", _article(text))
    assert item is not None and item.lead_in == "Key dates"
    prompt = "Consultation closes on what date?"
    assert asked_from_list(prompt, item, None) == prompt


def test_the_documents_subject_skips_dateline_and_standfirst() -> None:
    assert document_subject(_article(RESULTS)) == "Harrowgate Foods"
    story = "Storm hits coast\n\nThe storm struck the coast overnight, leaving 3,000 homes dark.\n"
    assert document_subject(_article(story)) is None


OUTLOOK = """Corvane Mining Reports Results

PERTH, Australia, Feb. 12, 2027 /Newswire/ -- Corvane Mining Ltd, a copper producer with \
three mines in Western Australia, today reported results for its second quarter.

Outlook

For the third quarter of 2027, Corvane expects:
- Copper output in the range of 41,000 to 44,000 tonnes
- All-in sustaining cost of approximately $2.10 per pound
"""


def test_a_lead_in_holding_a_period_is_asked_with_its_items(tmp_path: Path) -> None:
    cards = drafted_cards(tmp_path, OUTLOOK)
    asked = [card.prompt for card in cards if "range of" in card.prompt]
    assert asked == [
        "For the third quarter of 2027, Corvane expects copper output in the range of how many"
        " tonnes?"
    ]
    assert not any(card.prompt.startswith("For which period") for card in cards)
    assert_no_give_aways(cards)


def test_a_highlight_that_names_its_period_is_not_given_it_twice() -> None:
    story = Article(path=Path("release.txt"), text=RESULTS, lines=tuple(RESULTS.splitlines()))
    item = list_item_of("Export revenue of £72.9 million, representing 23% of group revenue", story)
    assert item is not None
    named = "Export revenue, representing what percentage of group revenue in the first half?"
    assert asked_from_list(named, item, None) == named
    # Without the period, it is given the heading's.
    bare = "Export revenue, representing what percentage of group revenue?"
    assert asked_from_list(bare, item, None) == (
        "Export revenue represented what percentage of group revenue in the first half of 2027?"
    )
