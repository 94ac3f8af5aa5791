"""A press or wire dateline that gives the full date ("DENVER, Colo., Feb. 3, 2027
/BusinessWire/ -- ...") dates the story and is asked as the article's own date, beside the
card on anything the story says happened "today" after its lead."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from trainer.core.authoring.article import Article, wire_lead_end
from trainer.core.authoring.drafting import draft_deck
from trainer.core.authoring.find_dates import find_dateline

LEAD = "DENVER, Colo., Feb. 3, 2027 /BusinessWire/ -- "
STORY = (
    "Kestrel Foods, Inc. today announced that it had agreed to buy a bakery chain for "
    "$210 million in cash."
)


def _article(path: Path, *lines: str) -> Article:
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return Article(path=path, text=text, lines=tuple(text.splitlines()))


@pytest.mark.parametrize(
    "lead",
    [
        LEAD,
        "DENVER, Feb. 3, 2027 (Reuters) -- ",
        "SAN JOSE, Calif., February 3, 2027 /PRNewswire/ - ",
        "LONDON, Wednesday 3 February 2027 -- ",
    ],
)
def test_a_dated_wire_lead_ends_at_its_dash(lead: str) -> None:
    assert wire_lead_end(lead + STORY) == len(lead)


def test_a_dated_wire_lead_dates_the_story(tmp_path: Path) -> None:
    dateline = find_dateline(
        _article(tmp_path / "a.txt", "Kestrel buys bakeries", "", LEAD + STORY)
    )
    assert dateline is not None and dateline.is_publication
    assert dateline.date == dt.date(2027, 2, 3)


def test_a_date_in_a_later_sentence_dates_nothing(tmp_path: Path) -> None:
    line = "The firm said on Feb. 3, 2027 -- a Wednesday -- that it would buy a bakery."
    assert find_dateline(_article(tmp_path / "a.txt", "Kestrel", "", STORY, line)) is None


def test_the_lead_s_today_is_the_dateline_s_card(tmp_path: Path) -> None:
    article = _article(tmp_path / "story.txt", "Kestrel buys bakeries", "", LEAD + STORY)
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    dated = [card for card in deck["cards"] if str(card["answer"]) == "2027-02-03"]
    assert len(dated) == 1
    assert dated[0]["evidence"].startswith("DENVER, Colo., Feb. 3, 2027")


def test_a_later_today_is_an_event_of_its_own(tmp_path: Path) -> None:
    later = "\nThe Kestrel board today approved a share buyback worth $40 million."
    article = _article(tmp_path / "story.txt", "Kestrel buys bakeries", "", LEAD + STORY, later)
    deck = yaml.safe_load(draft_deck(article, "story", tmp_path / "story.yaml").text)
    dated = [card for card in deck["cards"] if str(card["answer"]) == "2027-02-03"]
    evidences = sorted(card["evidence"] for card in dated)
    assert len(dated) == 2
    assert evidences[0].startswith("DENVER, Colo., Feb. 3, 2027")
    assert "today approved" in evidences[1]


def test_a_dateline_under_a_masthead_headline_and_byline_dates_the_story(
    tmp_path: Path,
) -> None:
    # Wire copy puts a blank line between masthead, headline, byline and dateline: the
    # dateline is the seventh line but only the fourth with words.
    article = _article(
        tmp_path / "a.txt",
        "HARBOURLINE PRESS - EUROPE DESK",
        "",
        "FISHERIES MINISTERS AGREE QUOTA CUT AFTER LONG NIGHT",
        "",
        "By Oskar Venn-Talbot",
        "",
        "TALLINN, Friday 5 March 2027 (Harbourline) - Fisheries ministers agreed on "
        "Thursday to cut the herring quota by a fifth.",
    )
    dateline = find_dateline(article)
    assert dateline is not None and dateline.is_publication
    assert dateline.date == dt.date(2027, 3, 5)


def test_a_dated_lead_far_down_the_story_dates_nothing(tmp_path: Path) -> None:
    body = ["A paragraph of the story that says nothing of dates."] * 6
    line = "TALLINN, Friday 5 March 2027 (Harbourline) - Ministers met again."
    article = _article(tmp_path / "a.txt", "Quota talks", "", *body, line)
    assert find_dateline(article) is None
