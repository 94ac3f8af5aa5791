"""A weekday is read as past or future from its own clause, not from a verb elsewhere in
the sentence ("Norway will supply ... under an agreement signed on Tuesday")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from trainer.core.authoring.article import Article
from trainer.core.authoring.relative_dates import find_relative_dates, speaks_of_future

PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday


def _resolved(sentence: str) -> dt.date:
    article = Article(path=Path("story.txt"), text=sentence, lines=(sentence,))
    [found] = find_relative_dates(article, PUBLISHED)
    return found.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The future verb belongs to another clause: the signing was the day before.
        (
            "Norway will supply Poland with up to 4 gigawatts by 2032 under an agreement signed "
            "on Tuesday, the two governments said.",
            dt.date(2026, 3, 10),
        ),
        (
            "The minister said on Tuesday that the deal would help Poland cut its reliance "
            "on coal.",
            dt.date(2026, 3, 10),
        ),
        # The weekday's own clause is in the future.
        ("The two ministers will meet again in Warsaw on Tuesday.", dt.date(2026, 3, 17)),
        ("A vote in parliament is expected on Friday, officials said.", dt.date(2026, 3, 13)),
        ("Talks ended on Monday and will resume next month.", dt.date(2026, 3, 9)),
        # A clause describing the thing signed has its own time.
        (
            "The two firms signed a supply contract on Monday that will bring cheaper steel "
            "to the yard.",
            dt.date(2026, 3, 9),
        ),
        # What is warned of or forecast is to come, whatever the warning's own tense.
        (
            "The weather office has warned of further heavy rain in the hills until Friday.",
            dt.date(2026, 3, 13),
        ),
        ("Forecasters have warned of snow on Saturday in the north.", dt.date(2026, 3, 14)),
        # A forecast named as a thing is no warning of what is to come.
        ("The airline cut its profit forecast on Tuesday.", dt.date(2026, 3, 10)),
        ("The agency warned that the river would peak on Thursday.", dt.date(2026, 3, 12)),
        # A warning given on a day is still past.
        ("The agency warned on Monday that stocks were low.", dt.date(2026, 3, 9)),
    ],
)
def test_a_weekday_takes_its_tense_from_its_own_clause(sentence: str, expected: dt.date) -> None:
    assert _resolved(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        # "Two weeks later" counts on from an earlier event of the story: past, not to come.
        ("The board signed the lease two weeks later, on Feb. 20, by a 5-2 vote.", False),
        ("The ferry sailed again a day later, on Feb. 21.", False),
        # "Later" alone still speaks of what is to come.
        ("The inspectors will report later, on March 30.", True),
    ],
)
def test_a_duration_later_counts_from_an_earlier_event(sentence: str, future: bool) -> None:
    assert speaks_of_future(sentence, sentence.find(", on") + 5) is future


@pytest.mark.parametrize(
    ("sentence", "date", "future"),
    [
        # A passive after "will" is to come, though its participle looks like a past verb.
        (
            "Open days will be held in Brackton on 12 January and in Ferrisby on 14 January.",
            "14 January",
            True,
        ),
        ("Open days will be held in Brackton on 12 January.", "12 January", True),
        ("The runway will have been resurfaced by 9 March.", "9 March", True),
        ("The dam would be finished on 2 May under the new plan.", "2 May", True),
        # The passive in the past stays past.
        ("Open days were held in Brackton on 12 January.", "12 January", False),
    ],
)
def test_a_passive_after_will_speaks_of_the_future(sentence: str, date: str, future: bool) -> None:
    assert speaks_of_future(sentence, sentence.find(date)) is future


def test_a_january_session_to_be_held_after_a_december_date_line_is_next_year(
    tmp_path: Path,
) -> None:
    import yaml

    from trainer.core.authoring.drafting import draft_deck

    text = (
        "Ferrisby bypass goes to consultation\n"
        "Published: Tuesday 1 December 2026\n\n"
        "Open days on the Ferrisby bypass will be held in Brackton on 12 January.\n"
    )
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    article = Article(path=path, text=text, lines=tuple(text.splitlines()))
    deck = yaml.safe_load(draft_deck(article, "release", tmp_path / "release.yaml").text)
    answers = {str(card["answer"]) for card in deck["cards"]}
    assert "2027-01-12" in answers and "2026-01-12" not in answers
