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
