"""Dates told in asides, notices' own dates, and weekdays read by their verb's tense."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainer.core.authoring.article import Article
from trainer.core.authoring.find_dates import find_dateline, is_date_line
from trainer.core.authoring.participle_dates import aside_date_prompt, participle_date_prompt
from trainer.core.authoring.relative_dates import find_relative_dates
from trainer.core.authoring.tidy_prompts import reads_garbled


def _article(text: str) -> Article:
    return Article(path=Path("a.txt"), text=text, lines=tuple(text.splitlines()))


def test_a_participle_aside_asks_of_its_noun() -> None:
    sentence = "Hunger has risen, according to the latest Tarvo survey, released on 4 May."
    assert aside_date_prompt(sentence, sentence.find("4 May")) == (
        "On what date was the latest Tarvo survey released?"
    )


def test_a_gathering_spoken_at_is_asked_of_the_gathering() -> None:
    sentence = "Speaking at a meeting of Brisk Valley Council on Monday night, she apologised."
    assert aside_date_prompt(sentence, sentence.find("on Monday")) == (
        "On what date was the meeting of Brisk Valley Council?"
    )


def test_a_passive_release_date_reads_whole() -> None:
    assert not reads_garbled("The quarterly index was released on what date?")
    assert reads_garbled("Bilateral trade reached in what year?")


def test_a_sentence_about_an_issue_date_is_no_date_line() -> None:
    line = "The next bulletin will be issued on Tuesday 9 March."
    assert not is_date_line(line, "9 March.")
    assert is_date_line("Issued: Tuesday 9 March 2027", "9 March 2027")


def test_a_notice_dates_itself_and_a_place_may_precede_the_date() -> None:
    notice = _article("RECALL NOTICE\nDate of notice: 2 March 2027\nThe heaters were withdrawn.")
    found = find_dateline(notice)
    assert found is not None and found.date == dt.date(2027, 3, 2) and found.is_publication
    brief = _article("Policy brief\nPublished: Tallinn, 5 May 2027\nThe study found gaps.")
    found = find_dateline(brief)
    assert found is not None and found.date == dt.date(2027, 5, 5)


def test_a_scheduled_present_speaks_of_the_coming_weekday() -> None:
    published = dt.date(2027, 3, 4)  # a Thursday
    found = find_relative_dates(_article("The two leaders meet in Oslo on Monday."), published)
    assert [date.value for date in found] == [dt.date(2027, 3, 8)]


def test_a_verb_joined_after_the_weekday_has_its_own_time() -> None:
    published = dt.date(2027, 3, 4)  # a Thursday
    text = "The ban was agreed by ministers on Monday and takes effect at once."
    found = find_relative_dates(_article(text), published)
    assert [date.value for date in found] == [dt.date(2027, 3, 1)]


def test_a_verb_closing_a_participle_aside_is_the_sentence_s_own() -> None:
    # "opened" follows the aside "hosted by ... at the Hall of the Merchant Guild": it is
    # the meeting's verb, not a participle describing the hall.
    sentence = (
        "The meeting of the Harbour Forum, hosted by Mayor Ilse Brandvik at the Hall of the "
        "Merchant Guild, opened on Tuesday with ministers from six countries."
    )
    assert participle_date_prompt(sentence, sentence.find("Tuesday")) is None
