"""The article's own publication date as a card (issue 15), in the forms newsrooms and
institutions print it: a "Published" line with its time, a press release's "Place, date"
line, a byline's timestamp, a saved page's <time> element, a wire dateline with its region.
Each test writes its own short document, never a benchmark article's lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from draft_fixtures import assert_no_give_aways, drafted_cards

from trainer.core.authoring.reading import read_source
from trainer.core.deck import Card


def _dated(cards: list[Card], answer: str) -> list[Card]:
    return [card for card in cards if card.kind == "date" and card.answer_text == answer]


@pytest.mark.parametrize(
    ("date_line", "same_day"),
    [
        # A regional paper: the report the story is about came out the day it was published.
        (
            "Published 2 December 2026, 06:05 GMT",
            "The annual review by the Ferncliff Water Board, published on Wednesday, found "
            "that 1,240 homes had no supply for more than a day.",
        ),
        # A press release's "Place, date" line, and a launch that morning. (A launch dated
        # twice, local day and CET day, is asked once, on the first: same_moment.py.)
        (
            "Darmstadt, 2 December 2026",
            "The Ferncliff probe lifted off at 02:14 CET on 2 December from the spaceport "
            "at Kourou.",
        ),
        # A city desk's byline timestamp, and shares moving on the day.
        (
            "2 December 2026, 9:42am",
            "Ferncliff shares jumped 31pc to 608p in morning trading on Wednesday.",
        ),
    ],
)
def test_the_publication_date_is_a_card_beside_a_same_day_fact(
    tmp_path: Path, date_line: str, same_day: str
) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Ferncliff report published\n\nBy Anna Roberts, Business Reporter\n{date_line}\n\n"
        f"{same_day} The board said it would spend £12m on new mains by 2028.\n",
    )
    dated = _dated(cards, "2026-12-02")
    published = [card for card in dated if card.evidence == date_line]
    assert len(published) == 1, [card.prompt for card in dated]
    assert published[0].prompt.endswith(("published?", "filed?"))
    # The day the story tells of is still its own card, from its own sentence.
    assert [card for card in dated if card.evidence != date_line]
    assert_no_give_aways(cards)


def test_an_updated_stamp_beside_the_published_line_is_never_the_date(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Ferncliff mains to be replaced\n\nPublished 2 December 2026, 06:05 GMT\n"
        "Updated 3 December 2026, 11:20 GMT\n\n"
        "The Ferncliff Water Board said it would spend £12m on new mains by 2028.\n",
    )
    assert [card.evidence for card in _dated(cards, "2026-12-02")] == [
        "Published 2 December 2026, 06:05 GMT"
    ]
    assert not _dated(cards, "2026-12-03")


def _page(time_element: str, body: str) -> str:
    paragraph = (
        "<p>The Ferncliff Water Board said it would spend £12m replacing 40km of Victorian "
        "mains by 2028, after a year in which 1,240 homes lost their supply for more than "
        "a day and the regulator opened an inquiry into the board's repairs.</p>"
    )
    return (
        "<html><head><title>Ferncliff to replace mains</title>"
        '<meta property="article:published_time" content="2026-12-02T09:42:00Z">'
        "</head><body><article><h1>Ferncliff to replace mains</h1>"
        f'<div class="byline">By Anna Roberts · {time_element}</div>'
        f"<p>{body}</p>{paragraph}{paragraph.replace('1,240', '1,310')}"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("shown", "line"),
    [
        ("24 November 2026, 9:42am", "Published 24 November 2026, 9:42am"),
        ("November 24, 2026 6:42 AM GMT", "Published November 24, 2026 6:42 AM GMT"),
        ("Tuesday 24 November 2026, 6:00 am", "Published Tuesday 24 November 2026, 6:00 am"),
        # The page's own label is not written twice.
        ("Published Tuesday 24 November 2026", "Published Tuesday 24 November 2026"),
        # An update's stamp beside it is no part of the date line.
        (
            "Tuesday 24 November 2026, 9.42 GMT | Updated 18.05 GMT",
            "Published Tuesday 24 November 2026, 9.42 GMT",
        ),
    ],
)
def test_a_saved_page_dates_itself_in_its_own_words(tmp_path: Path, shown: str, line: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        _page(
            f'<time datetime="2026-11-24T09:42:00Z">{shown}</time>', "Work starts in May."
        ).replace("2026-12-02", "2026-11-24"),
        encoding="utf-8",
    )
    assert line in read_source(str(page)).text.splitlines()


def test_a_saved_pages_time_showing_another_day_is_not_its_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    # The <time> of a related link, not the story's: the date is written from the metadata.
    page.write_text(
        _page('<time datetime="2025-05-14">14 May 2025</time>', "Work starts in May."),
        encoding="utf-8",
    )
    assert "Published 2 December 2026" in read_source(str(page)).text.splitlines()


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("LONDON, Dec 2 (Reuters) -", "London"),
        ("PORT KLANG, Malaysia, Dec 2 (Meridian Wire) -", "Port Klang"),
        ("AUSTIN, Texas, Dec. 2 (Lone Star Wire) -", "Austin"),
    ],
)
def test_a_saved_wire_page_cites_the_dateline_it_was_filed_under(
    tmp_path: Path, dateline: str, place: str
) -> None:
    cards = drafted_cards(
        tmp_path,
        _page(
            '<time datetime="2026-12-02T09:42:00Z">2 December 2026</time>',
            f"{dateline} Ferncliff's water board was fined £3m on Tuesday for leaks.",
        ),
        name="page.html",
    )
    [filed] = [card for card in _dated(cards, "2026-12-02") if card.prompt.endswith("filed?")]
    assert filed.evidence == dateline.rstrip(" -")
    assert filed.prompt == f"On what date was the story from {place} filed?"


def test_a_wire_dateline_with_its_region_and_no_year_dates_the_story(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Ferncliff board fined\n\nAUSTIN, Texas, Nov 24 (Lone Star Wire) - The Ferncliff "
        "water board was fined $3 million on Monday for leaks, the regulator said.\n",
        today=dt.date(2026, 12, 1),
    )
    [filed] = _dated(cards, "2026-11-24")
    assert filed.prompt == "On what date was the story from Austin filed?"
    # "on Monday" counts back from the dateline's day, not from the day of drafting.
    assert _dated(cards, "2026-11-23")


@pytest.mark.parametrize(
    ("date_line", "verb"),
    [
        ("Published: 2 December 2026 at 06:05 GMT", "published"),  # a regional paper
        ("Posted on December 2, 2026 by Anna Roberts", "posted"),  # a blog
        ("First published on Wed 2 Dec 2026 06.05 GMT", "published"),  # a national daily
        ("December 2, 2026 — 6:05 a.m. EST", "published"),  # a US metro desk
        ("2 Dec 2026 | 06:05 GMT", "published"),  # a broadcaster's page
    ],
)
def test_a_date_line_in_each_newsrooms_style_is_one_card_and_no_other(
    tmp_path: Path, date_line: str, verb: str
) -> None:
    cards = drafted_cards(
        tmp_path,
        f"Ferncliff mains\n\nBy Anna Roberts\n{date_line}\nLast modified on Thu 3 Dec 2026 "
        "10.00 GMT\n\nThe Ferncliff Water Board said it would spend £12m on new mains by 2028.\n",
    )
    dated = [card for card in cards if card.kind == "date"]
    # The publication date, asked of the document; never the "Last modified" stamp, and no
    # card asking the date line as if it were a sentence ("Posted on what date by ...?").
    assert [(card.prompt, card.answer_text) for card in dated] == [
        (f"When was the article {verb}?", "2026-12-02")
    ]


def test_a_byline_stamp_over_a_wire_dateline_is_the_publication_date(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Ferncliff board fined over leaks\n\nBy Anna Roberts\nTuesday 1 December 2026, 14:32 "
        "GMT\n\nLISBON, Dec 1 (Meridian Wire) - The Ferncliff water board was fined 3 million "
        "euros on Monday for leaks, the regulator said.\n",
    )
    [published] = _dated(cards, "2026-12-01")
    assert published.prompt.endswith("published?")
    assert published.evidence == "Tuesday 1 December 2026, 14:32 GMT"


def test_a_published_line_with_its_time_first_is_a_date_line(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Ferncliff board fined over leaks\nPublished 06:12, Friday 4 December 2026\n\n"
        "The Ferncliff water board was fined £3 million on Thursday for leaks.\n",
    )
    [published] = _dated(cards, "2026-12-04")
    assert published.evidence == "Published 06:12, Friday 4 December 2026"
    assert _dated(cards, "2026-12-03")
