"""A wire story's dateline ("OSLO, March 11 (Reuters) - ...") dates the story, not a fact in
it: draft asks no "OSLO, on what date - ..." card."""

from __future__ import annotations

import pytest

from trainer.core.authoring.find_dates import is_date_line


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("OSLO, March 11 - Norway will supply Poland with wind power.", "March 11"),
        ("WASHINGTON, July 23 (Reuters) — The United States and Japan agreed a deal.", "July 23"),
        ("NEW DELHI, Jan 5 (AP) - India said on Monday it would buy jets.", "Jan 5"),
    ],
)
def test_a_wire_dateline_is_a_date_line(line: str, date: str) -> None:
    assert is_date_line(line, date)


def test_a_date_in_the_story_is_still_a_fact() -> None:
    assert not is_date_line("Oslo signed the deal on March 11 - a day early.", "March 11")
