"""A figure cut out of a long sentence in place leaves no fragment: a list's item is asked
with the list's head alone, a change's restated share is the change's card, and a change
apposition keeps "…" where its figure was."""

import pytest

from trainer.core.authoring.leftover_words import left_dangling
from trainer.core.authoring.list_siblings import asked_alone


def _asked(sentence: str, figure: str, question: str = "how many") -> str:
    start = sentence.index(figure)
    text, at, end = asked_alone(sentence, start, start + len(figure), question)
    assert text[at:end] == figure
    return text[:at] + "[Q]" + text[end:]


def test_each_item_of_a_list_of_figures_is_asked_with_the_head_alone() -> None:
    sentence = (
        "The marina will be funded with £4.4 million of harbour reserves, a £1.2 million "
        "grant from the Coastal Fund and £0.8 million from berth sales."
    )
    assert _asked(sentence, "£4.4 million", "how much") == (
        "The marina will be funded with [Q] of harbour reserves."
    )
    assert _asked(sentence, "£1.2 million", "how much") == (
        "The marina will be funded with a [Q] grant from the Coastal Fund."
    )
    assert _asked(sentence, "£0.8 million", "how much") == (
        "The marina will be funded with [Q] from berth sales."
    )
    counted = "The valley holds 14 reservoirs, 9 pumping stations and three weirs."
    assert _asked(counted, "three") == "The valley holds [Q] weirs."
    # What follows the last item is the list's own.
    assert _asked("Volunteers handed out 400 blankets and 950 meals since the fire.", "950") == (
        "Volunteers handed out [Q] meals since the fire."
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # Items told apart by their years, which other cards may hide.
        ("The board forecasts growth of 2.1% in 2027 and 1.8% in 2028.", "1.8%"),
        # A clause of its own, not an item.
        ("Forty of the 58 cases are in adults, and 12 are in babies.", "12"),
        # A part of the item before.
        ("The clinic saw 210 patients, 31 of them under five.", "31"),
        # A change from an earlier figure.
        ("Police logged 90 thefts, up from 62 in May, and four robberies.", "four"),
        # A hedge is the first item's own.
        ("The ferry line runs fewer than 12 boats and two terminals.", "two"),
        # Items that go together.
        ("The rates were raised to 2.5% and 3.5% respectively.", "3.5%"),
        # A year is no item.
        ("Opening is now expected in May 2029, four years later than planned.", "four years"),
    ],
)
def test_figures_that_are_no_items_of_one_list_stay_in_their_sentence(
    sentence: str, figure: str
) -> None:
    start = sentence.index(figure)
    assert asked_alone(sentence, start, start + len(figure), "how many")[0] == sentence


def test_a_change_apposition_keeps_its_cut_figure_shown() -> None:
    shown = "The council expects the bridge to cost …, an increase of how much?"
    assert left_dangling("The council expects the bridge to cost, an increase of how much?", shown)


def test_a_change_restated_as_a_share_is_one_card(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from trainer.core.authoring.article import Article
    from trainer.core.authoring.find_figures import find_figures

    line = (
        "The trust now expects the wing to cost £90 million, an increase of £30 million, "
        "or 50 per cent, on the original budget."
    )
    figures = find_figures(Article(path=tmp_path / "a.txt", text=line, lines=(line,)))
    assert [figure.answer for figure in figures] == ["£90 million", "£30 million"]
    assert figures[1].restated == ", or 50 per cent,"
