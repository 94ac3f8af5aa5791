"""Dates as newsrooms write them around the publication date (issue 15): a day before its
month with "this year", an opening "From 1 January" in a story of what is to come, a
possessive weekday, and a wire dateline whose dash ends its line. Each test writes its own
short article in the pattern, never a benchmark article's sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from draft_fixtures import card_answering, drafted_cards


def test_a_day_before_its_month_this_year_is_a_whole_date(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Wednesday 9 December 2026\n\n"
        "The council awarded the cleaning contract on 3 June this year, the audit found.\n",
    )
    contract = card_answering(cards, "2026-06-03")
    assert contract.kind == "date"
    assert "3 June" not in contract.prompt
    # Not also asked as its month alone ("on 3 what month?").
    assert not any(card.answer_text == "2026-06" for card in cards)


def test_an_opening_date_goes_with_the_verb_after_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Monday 7 December 2026\n\n"
        "From 1 February, the charge for a parking permit will rise to £95 a year.\n\n"
        "On 12 March, the council sold the depot.\n",
    )
    # What "will" happen from 1 February is the coming one; what was done on 12 March, the
    # last.
    assert card_answering(cards, "2027-02-01").kind == "date"
    assert card_answering(cards, "2026-03-12").kind == "date"


def test_a_possessive_weekday_is_asked_of_what_it_names(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Thursday 10 December 2026\n\n"
        "No party won a majority in Sunday's regional vote, officials said.\n\n"
        "Shares closed at €4.10 at Monday's close, the exchange said.\n",
    )
    vote = card_answering(cards, "2026-12-06")
    assert vote.prompt == "On what date was the regional vote?"
    # The day a price was taken is no event of the story.
    assert not any(card.answer_text == "2026-12-07" for card in cards)


def test_a_wire_dateline_whose_dash_ends_its_line(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "LUSAKA, Nov 12 (Copperbelt Wire) -\n\n"
        "The mine will reopen on Nov. 30, the company said, and its shares rose 4%.\n",
        today=dt.date(2026, 12, 6),
    )
    assert card_answering(cards, "2026-11-30").kind == "date"
    assert not any("LUSAKA" in card.prompt for card in cards)


def test_a_deadline_at_the_end_of_a_month_someone_was_asked_to_meet(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tuesday 8 December 2026\n\n"
        "The minister said she had told the regulator to review the tariff by the end of "
        "February.\n\n"
        "The firm had repaired 212 bridges by the end of October, the report said.\n",
    )
    deadline = card_answering(cards, "2027-02")
    assert "by the end of which month" in deadline.prompt
    # The month a count was taken is no event of its own.
    assert not any(card.answer_text.endswith("-10") for card in cards)


def test_a_month_something_was_done_in_beside_a_figure_is_an_event(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 4 December 2026\n\n"
        "The bypass was approved in May 2019 with a budget of £410 million and a target "
        "date for opening of March 2024.\n\n"
        "Exports rose 4% in October 2026, the figures showed.\n",
    )
    assert card_answering(cards, "2019-05").kind == "date"
    assert card_answering(cards, "2024-03").kind == "date"
    # The month a figure was counted in is still no card.
    assert not any(card.answer_text == "2026-10" for card in cards)


def test_a_span_of_days_is_one_card(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 30 October 2026\n\n"
        "The King of Norland will make a state visit to Ghana from 3 to 5 November 2026.\n",
    )
    # Asked when it opens, as a marker asks it; the days it runs are in the note.
    visit = card_answering(cards, "2026-11-03")
    assert visit.prompt == "The King of Norland will make a state visit to Ghana from what date?"
    assert visit.note is not None and "3 to 5 November 2026" in visit.note
    assert not any(card.answer_text == "2026-11-05" for card in cards)


def test_advice_to_the_reader_is_for_what_is_to_come(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Friday 20 November 2026\n\n"
        "Water bills will rise in the spring, the regulator said.\n\n"
        "What to do\n"
        "• Send a meter reading on 30 December so the old tariff applies.\n",
    )
    assert card_answering(cards, "2026-12-30").kind == "date"


def test_an_update_label_is_asked_as_the_day_the_story_was_updated(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Published 1 December 2026\n\n"
        "The Harbour Trust approved a new berth on Tuesday.\n\n"
        "UPDATE, Wednesday 2 December: Following publication, the trust said it would write "
        "to all 85 berth holders before Christmas.\n",
    )
    assert not any(card.prompt.startswith("UPDATE") for card in cards)
    assert card_answering(cards, "2026-12-02").prompt.endswith("was the article updated?")
    assert card_answering(cards, "85").prompt.endswith("how many berth holders before Christmas?")


def test_a_press_releases_immediate_release_line_dates_it(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "MINISTRY OF PORTS\nPRESS RELEASE\n\nFor immediate release: Thursday, 3 December 2026\n\n"
        "The minister said on Tuesday that ten cranes will be ordered, with a tender to be "
        "published in January.\n",
    )
    assert card_answering(cards, "2026-12-03").prompt == "When was the press release published?"
    assert card_answering(cards, "2026-12-01").kind == "date"
    # "to be published" is to come: the next January, not the last.
    assert card_answering(cards, "2027-01").kind == "date"


def test_a_briefs_letterhead_series_and_issue_line_are_not_its_title(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "INSTITUTE FOR RIVER STUDIES (IRS) - VIENNA\n\nWORKING PAPER No. 9/2026\n\n"
        "Published in Vienna on 2 December 2026\n\n"
        "Silt and the Danube Ports\n\n"
        "Dredging at the four ports cost 31 million euros last year, the paper finds.\n",
    )
    titles = {card.answer_text for card in cards if card.prompt.startswith("What is the title")}
    assert titles <= {"Silt and the Danube Ports"}
    assert card_answering(cards, "WORKING PAPER No. 9/2026").prompt.endswith("in its series?")
    assert card_answering(cards, "2026-12-02").prompt.startswith("When was the ")
    assert card_answering(cards, "2026-12-02").prompt.endswith(" published?")


def test_what_someone_was_asked_to_do_in_a_month_is_still_to_come(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tuesday 8 December 2026\n\n"
        "The transport committee has asked the chief executive to give evidence in "
        "January.\n\n"
        "The ferry company cut its timetable in October, the union said.\n",
    )
    assert "give evidence in which month" in card_answering(cards, "2027-01").prompt
    assert card_answering(cards, "2026-10").prompt.startswith("The ferry company cut")


def test_a_weekday_of_next_or_last_week_is_a_day_of_that_week(tmp_path: Path) -> None:
    cards = drafted_cards(
        tmp_path,
        "Tuesday 1 December 2026\n\n"
        "He said the transport committee had agreed to question the minister on Wednesday "
        "next week.\n\nThe ferry board met on Monday last week.\n",
    )
    # Not the Wednesday after publication (2 December): the one of next week.
    asked = card_answering(cards, "2026-12-09")
    assert asked.prompt == (
        "The transport committee had agreed to question the minister on what date?"
    )
    assert card_answering(cards, "2026-11-23").prompt == "The ferry board met on what date?"
